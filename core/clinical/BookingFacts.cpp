// SPDX-License-Identifier: MIT
#include "clinical/BookingFacts.h"

#include "clinical/BookingValidation.h"
#include "domain/Codes.h"

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

namespace {

void checkDating(const Pregnancy &pregnancy, FieldErrors &errors)
{
    const bool scanUsable = pregnancy.datingScan && pregnancy.datingScan->date.isValid() &&
                            crlInDatingRange(pregnancy.datingScan->crlMm);
    if (scanUsable || pregnancy.lmp.isValid())
        return;
    if (pregnancy.datingScan) {
        if (!pregnancy.datingScan->date.isValid()) {
            errors << FieldError{QStringLiteral("pregnancy.dating_scan.date"),
                                 QStringLiteral("is required to date the pregnancy by scan")};
        } else {
            errors << FieldError{
                QStringLiteral("pregnancy.dating_scan.crl_mm"),
                QStringLiteral("%1 mm is outside the dating range 45.0-84.0 mm, so the scan "
                               "cannot date the pregnancy")
                    .arg(pregnancy.datingScan->crlMm, 0, 'f', 1)};
        }
        errors << FieldError{QStringLiteral("pregnancy.lmp"),
                             QStringLiteral("is needed to date the pregnancy when the dating "
                                            "scan cannot be used")};
    } else {
        errors << FieldError{QStringLiteral("pregnancy.lmp"),
                             QStringLiteral("is required when there is no dating scan: the "
                                            "pregnancy cannot be dated")};
    }
}

} // namespace

std::variant<BookingFacts, FieldErrors> bookingFacts(const Booking &booking)
{
    FieldErrors errors;
    const Pregnancy &pregnancy = booking.pregnancy;
    if (!pregnancy.bookingDate.isValid())
        errors << FieldError{QStringLiteral("pregnancy.booking_date"),
                             QStringLiteral("is required")};
    if (!booking.woman.dateOfBirth.isValid())
        errors << FieldError{QStringLiteral("woman.date_of_birth"), QStringLiteral("is required")};
    checkDating(pregnancy, errors);

    BookingFacts facts;
    // Unknown codes are an error, never ignored (rules page): a missed code could hide a risk.
    const QStringList &codes = booking.assessment.conditions;
    for (const QString &code : codes) {
        const ConditionInfo *info = findCondition(code);
        if (info == nullptr) {
            errors << FieldError{QStringLiteral("conditions"),
                                 QStringLiteral("unknown condition code '%1'").arg(code)};
        } else if (!facts.conditions.contains(info)) {
            facts.conditions << info;
        }
    }
    const QStringList known = codes::socialCodes();
    for (const QString &code : booking.woman.social) {
        if (!known.contains(code)) {
            errors << FieldError{QStringLiteral("woman.social"),
                                 QStringLiteral("unknown social code '%1'").arg(code)};
        }
    }
    if (!errors.isEmpty())
        return errors;

    const std::optional<DatingResult> dating = estimateDueDate(pregnancy);
    Q_ASSERT(dating); // checkDating() returned no error
    facts.booking = booking;
    facts.edd = dating->edd;
    facts.eddMethod = dating->method;
    // The same warnings the booking form shows (CRL outside the range, late booking, no BMI).
    facts.warnings = bookingWarnings(booking);
    facts.gestationAtBooking = gestationOn(facts.edd, pregnancy.bookingDate);
    // Validation checks the booking date against the LMP only; a scan-dated pregnancy needs the
    // same limits against the scan's dates, or every schedule date would be nonsense.
    if (facts.gestationAtBooking.days < 0) {
        return FieldErrors{{QStringLiteral("pregnancy.booking_date"),
                            QStringLiteral("is before the start of the pregnancy (EDD %1)")
                                .arg(facts.edd.toString(Qt::ISODate))}};
    }
    if (facts.gestationAtBooking > Gestation::fromWeeks(42)) {
        return FieldErrors{{QStringLiteral("pregnancy.booking_date"),
                            QStringLiteral("is more than 42+0 weeks into the pregnancy (EDD %1)")
                                .arg(facts.edd.toString(Qt::ISODate))}};
    }
    facts.ageAtBooking = ageInYears(booking.woman.dateOfBirth, pregnancy.bookingDate);
    const Measurements &m = booking.assessment.measurements;
    facts.bmi = bodyMassIndex(m.heightCm, m.weightKg);
    facts.nulliparous = pregnancy.previousBirths == 0;
    facts.firstPregnancy = pregnancy.previousBirths == 0 && pregnancy.previousLosses == 0;
    return facts;
}

} // namespace bb::clinical
