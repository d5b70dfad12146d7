// SPDX-License-Identifier: MIT
#include "clinical/BookingFacts.h"

#include "clinical/BookingValidation.h"

namespace bb::clinical {

bool BookingFacts::hasCondition(const char *code) const
{
    for (const ConditionInfo *info : conditions) {
        if (qstrcmp(info->code, code) == 0)
            return true;
    }
    return false;
}

bool BookingFacts::hasPreExistingDiabetes() const
{
    for (const ConditionInfo *info : conditions) {
        if (info->preExistingDiabetes)
            return true;
    }
    return false;
}

QString bmiText(double bmi)
{
    return QStringLiteral("BMI %1").arg(bmi, 0, 'f', 1);
}

std::variant<BookingFacts, FieldErrors> bookingFacts(const Booking &booking)
{
    const Pregnancy &pregnancy = booking.pregnancy;
    if (FieldErrors errors = planningProblems(booking); !errors.isEmpty())
        return errors;

    BookingFacts facts;
    for (const QString &code : booking.assessment.conditions) {
        const ConditionInfo *info = findCondition(code);
        if (!facts.conditions.contains(info))
            facts.conditions << info; // known: planningProblems() refuses unknown codes
    }
    const std::optional<DatingResult> dating = estimateDueDate(pregnancy);
    Q_ASSERT(dating); // planningProblems() found it can be dated
    facts.booking = booking;
    facts.edd = dating->edd;
    facts.eddMethod = dating->method;
    // The same warnings the booking form shows (CRL outside the range, late booking, no BMI).
    facts.warnings = bookingWarnings(booking);
    facts.gestationAtBooking = gestationOn(facts.edd, pregnancy.bookingDate);
    facts.ageAtBooking = ageInYears(booking.woman.dateOfBirth, pregnancy.bookingDate);
    const Measurements &m = booking.assessment.measurements;
    facts.bmi = bodyMassIndex(m.heightCm, m.weightKg);
    facts.nulliparous = pregnancy.previousBirths == 0;
    facts.firstPregnancy = pregnancy.previousBirths == 0 && pregnancy.previousLosses == 0;
    return facts;
}

} // namespace bb::clinical
