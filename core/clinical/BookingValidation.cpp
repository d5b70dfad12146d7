// SPDX-License-Identifier: MIT
#include "clinical/BookingValidation.h"

#include "clinical/ConditionCodes.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "domain/Codes.h"

namespace bb::clinical {
namespace {

void require(FieldErrors &errors, bool ok, const char *path, const QString &message)
{
    if (!ok)
        errors.append({QString::fromLatin1(path), message});
}

QString between(double low, double high, const char *unit)
{
    return QStringLiteral("must be between %1 and %2 %3")
        .arg(low)
        .arg(high)
        .arg(QLatin1String(unit));
}

} // namespace

FieldErrors validateWoman(const Woman &woman)
{
    FieldErrors errors;
    const QString nhsProblem = nhs::problem(woman.nhsNumber);
    require(errors, nhsProblem.isEmpty(), "woman.nhs_number", nhsProblem);
    require(errors, !woman.givenName.trimmed().isEmpty(), "woman.given_name",
            QStringLiteral("is required"));
    require(errors, !woman.familyName.trimmed().isEmpty(), "woman.family_name",
            QStringLiteral("is required"));
    require(errors, woman.dateOfBirth.isValid(), "woman.date_of_birth",
            QStringLiteral("is required (a real date)"));
    require(errors,
            woman.ethnicCategory.isEmpty() ||
                codes::ethnicCategoryCodes().contains(woman.ethnicCategory),
            "woman.ethnic_category",
            QStringLiteral("'%1' is not an NHS ethnic category letter (A-H, J-N, P, R, S, Z)")
                .arg(woman.ethnicCategory));
    for (const QString &code : woman.social) {
        require(errors, codes::socialCodes().contains(code), "woman.social",
                QStringLiteral("unknown code '%1'").arg(code));
    }
    return errors;
}

FieldErrors validateBooking(const Booking &booking)
{
    FieldErrors errors = validateWoman(booking.woman);
    const Pregnancy &p = booking.pregnancy;
    const QDate &dob = booking.woman.dateOfBirth;

    require(errors, p.bookingDate.isValid(), "pregnancy.booking_date",
            QStringLiteral("is required (a real date)"));
    if (p.bookingDate.isValid() && dob.isValid()) {
        require(errors, dob <= p.bookingDate, "woman.date_of_birth",
                QStringLiteral("is after the booking date"));
    }
    const bool hasScan = p.datingScan && p.datingScan->date.isValid();
    require(errors, p.lmp.isValid() || hasScan, "pregnancy.lmp",
            QStringLiteral("an LMP or a dating scan is needed to date the pregnancy"));
    if (p.lmp.isValid() && p.bookingDate.isValid()) {
        require(errors, p.lmp <= p.bookingDate, "pregnancy.booking_date",
                QStringLiteral("is before the LMP"));
        require(errors, p.lmp.daysTo(p.bookingDate) <= kLatestBookingDays, "pregnancy.booking_date",
                QStringLiteral("is more than 42+0 weeks after the LMP"));
    }
    if (p.datingScan) {
        require(errors, p.datingScan->date.isValid(), "pregnancy.dating_scan.date",
                QStringLiteral("is required (a real date)"));
        require(errors, p.datingScan->crlMm > 0.0 && p.datingScan->crlMm < 200.0,
                "pregnancy.dating_scan.crl_mm", QStringLiteral("must be a length in mm above 0"));
        if (hasScan && p.lmp.isValid()) {
            require(errors, p.datingScan->date >= p.lmp, "pregnancy.dating_scan.date",
                    QStringLiteral("is before the LMP"));
        }
    }
    require(errors, p.fetuses >= 1 && p.fetuses <= kMaxFetuses, "pregnancy.fetuses",
            QStringLiteral("must be between 1 and %1").arg(kMaxFetuses));
    require(errors, p.previousBirths >= 0, "pregnancy.previous_births",
            QStringLiteral("cannot be below 0"));
    require(errors, p.previousLosses >= 0, "pregnancy.previous_losses",
            QStringLiteral("cannot be below 0"));
    require(errors, p.previousCaesareans >= 0, "pregnancy.previous_caesareans",
            QStringLiteral("cannot be below 0"));
    require(errors, !p.yearsSinceLastPregnancy || *p.yearsSinceLastPregnancy >= 0,
            "pregnancy.years_since_last_pregnancy", QStringLiteral("cannot be below 0"));

    const Measurements &m = booking.assessment.measurements;
    require(errors, !m.heightCm || (*m.heightCm >= kMinHeightCm && *m.heightCm <= kMaxHeightCm),
            "measurements.height_cm", between(kMinHeightCm, kMaxHeightCm, "cm"));
    require(errors, !m.weightKg || (*m.weightKg >= kMinWeightKg && *m.weightKg <= kMaxWeightKg),
            "measurements.weight_kg", between(kMinWeightKg, kMaxWeightKg, "kg"));
    require(errors, !m.coPpm || (*m.coPpm >= 0.0 && *m.coPpm <= 100.0), "measurements.co_ppm",
            between(0, 100, "ppm"));

    const MentalHealthAnswers &mh = booking.assessment.mentalHealth;
    require(errors, mh.gad2Score >= 0 && mh.gad2Score <= kMaxGad2, "mental_health.gad2_score",
            QStringLiteral("must be between 0 and %1").arg(kMaxGad2));
    for (const QString &code : booking.assessment.conditions) {
        require(errors, isKnownCondition(code), "conditions",
                QStringLiteral("unknown condition code '%1'").arg(code));
    }
    return errors;
}

QStringList bookingWarnings(const Booking &booking)
{
    QStringList warnings;
    const auto dating = estimateDueDate(booking.pregnancy);
    if (!dating)
        return warnings;
    warnings << dating->warnings;
    const QDate &bookingDate = booking.pregnancy.bookingDate;
    if (bookingDate.isValid()) {
        // NICE NG201: booking ideally by 10+0 weeks; after 12+6 it is a late booking.
        const auto atBooking = gestationOn(dating->edd, bookingDate);
        if (atBooking > Gestation::fromWeeks(12, 6)) {
            warnings << QStringLiteral("late booking at %1 weeks (NICE NG201 aims for booking "
                                       "by 10 weeks)")
                            .arg(atBooking.toString());
        }
    }
    if (!booking.assessment.measurements.heightCm || !booking.assessment.measurements.weightKg)
        warnings << QStringLiteral("no height and weight recorded: BMI rules not applied");
    return warnings;
}

} // namespace bb::clinical
