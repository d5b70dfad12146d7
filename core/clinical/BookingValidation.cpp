// SPDX-License-Identifier: MIT
#include "clinical/BookingValidation.h"

#include "clinical/ConditionCodes.h"
#include "clinical/Dating.h"
#include "clinical/InputRules.h"
#include "clinical/NhsNumber.h"
#include "clinical/ObstetricHistory.h"
#include "domain/Codes.h"
#include "domain/Languages.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(BookingValidation)
};

// Each rule appends its one message; the functions at the bottom choose which rules apply.

void require(FieldErrors &errors, bool ok, const char *path, const QString &message)
{
    if (!ok)
        errors.append({QString::fromLatin1(path), message});
}

bool reported(const FieldErrors &errors, const char *path)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&](const FieldError &e) { return e.path == QLatin1String(path); });
}

QString between(double low, double high, const char *unit)
{
    return Words::tr("must be between %1 and %2 %3").arg(low).arg(high).arg(QLatin1String(unit));
}

/// An empty date and one that is not a real date are both missing here: each door reports
/// text it could not read as a date in its own words (`dd/mm/yyyy`, `YYYY-MM-DD`) first.
void requireDate(FieldErrors &errors, const QDate &date, const char *path)
{
    require(errors, date.isValid(), path, Words::tr("is required"));
}

void notAfterToday(FieldErrors &errors, const QDate &date, const char *path, const QDate &today)
{
    require(errors, !date.isValid() || date <= today || reported(errors, path), path,
            Words::tr("is in the future"));
}

void checkSocialCodes(FieldErrors &errors, const Woman &woman)
{
    for (const QString &code : woman.social) {
        require(errors, codes::socialCodes().contains(code), "woman.social",
                Words::tr("unknown code '%1'").arg(code));
    }
}

/// Unknown codes are an error, never ignored (rules page): a missed code could hide a risk.
void checkConditionCodes(FieldErrors &errors, const BookingAssessment &assessment)
{
    for (const QString &code : assessment.conditions) {
        require(errors, isKnownCondition(code), "conditions",
                Words::tr("unknown condition code '%1'").arg(code));
    }
}

/// A condition about an earlier pregnancy or birth needs one to have happened (rules v2).
void checkHistoryIsPossible(FieldErrors &errors, const Booking &booking)
{
    const Pregnancy &p = booking.pregnancy;
    for (const QString &code : booking.assessment.conditions) {
        const ConditionInfo *info = findCondition(code);
        if (info == nullptr)
            continue;
        if (info->needs == EarlierPregnancy::Pregnancy) {
            require(errors, p.previousBirths > 0 || p.previousLosses > 0, "conditions",
                    Words::tr("%1 needs a previous pregnancy").arg(code));
        } else if (info->needs == EarlierPregnancy::Birth) {
            require(errors, p.previousBirths > 0, "conditions",
                    Words::tr("%1 needs a previous birth").arg(code));
        }
    }
}

void checkWomanFields(FieldErrors &errors, const Woman &woman)
{
    // Her NHS number, or the temporary identifier she was given until it is known.
    const QString nhsProblem = nhs::identifierProblem(woman.nhsNumber);
    require(errors, nhsProblem.isEmpty(), "woman.nhs_number", nhsProblem);
    require(errors, !woman.givenName.trimmed().isEmpty(), "woman.given_name",
            Words::tr("is required"));
    require(errors, !woman.familyName.trimmed().isEmpty(), "woman.family_name",
            Words::tr("is required"));
    const std::pair<const QString &, const char *> names[] = {
        {woman.givenName, "woman.given_name"}, {woman.familyName, "woman.family_name"}};
    for (const auto &[text, path] : names)
        checkText(errors, text, TextKind::Name, QString::fromLatin1(path));
    checkText(errors, woman.address, TextKind::Address, QStringLiteral("woman.address"));
    const std::pair<const QString &, const char *> lines[] = {
        {woman.postcode, "woman.postcode"},
        {woman.phone, "woman.phone"},
        {woman.gpPractice, "woman.gp_practice"},
        {woman.occupation, "woman.occupation"},
        {woman.nextOfKin.name, "woman.next_of_kin.name"},
        {woman.nextOfKin.relationship, "woman.next_of_kin.relationship"},
        {woman.nextOfKin.phone, "woman.next_of_kin.phone"}};
    for (const auto &[text, path] : lines)
        checkText(errors, text, TextKind::Line, QString::fromLatin1(path));
    requireDate(errors, woman.dateOfBirth, "woman.date_of_birth");
    require(errors,
            woman.ethnicCategory.isEmpty() ||
                codes::ethnicCategoryCodes().contains(woman.ethnicCategory),
            "woman.ethnic_category",
            Words::tr("'%1' is not an NHS ethnic category letter (A-H, J-N, P, R, S, Z)")
                .arg(woman.ethnicCategory));
    require(errors,
            woman.preferredLanguage.isEmpty() || !languageName(woman.preferredLanguage).isEmpty(),
            "woman.preferred_language",
            Words::tr("'%1' is not an ISO 639 language code (en, gu, pa, pl...)")
                .arg(woman.preferredLanguage));
    checkSocialCodes(errors, woman);
}

/// One message for a date of birth, the first that applies: a birth in the future, after the
/// booking, or an age (at booking; today when there is no booking) more likely a mistyped year.
void checkDateOfBirth(FieldErrors &errors, const QDate &dob, const QDate &today,
                      const QDate &bookingDate)
{
    if (!dob.isValid())
        return;
    if (dob > today) {
        notAfterToday(errors, dob, "woman.date_of_birth", today);
        return;
    }
    if (bookingDate.isValid() && dob > bookingDate) {
        errors.append(
            {QStringLiteral("woman.date_of_birth"), Words::tr("is after the booking date")});
        return;
    }
    const int age = ageInYears(dob, bookingDate.isValid() ? bookingDate : today);
    require(errors, age >= kMinAgeYears && age <= kMaxAgeYears, "woman.date_of_birth",
            Words::tr("gives an age of %1, outside %2 to %3 years: check the year")
                .arg(age)
                .arg(kMinAgeYears)
                .arg(kMaxAgeYears));
}

/// An LMP, or a dating scan with its date, is what dates a pregnancy.
void checkCanBeDated(FieldErrors &errors, const Pregnancy &p)
{
    const bool hasScan = p.datingScan && p.datingScan->date.isValid();
    require(errors, p.lmp.isValid() || hasScan, "pregnancy.lmp",
            Words::tr("an LMP or a dating scan is needed to date the pregnancy"));
    if (p.datingScan)
        requireDate(errors, p.datingScan->date, "pregnancy.dating_scan.date");
}

void checkCrl(FieldErrors &errors, const Pregnancy &p)
{
    if (!p.datingScan)
        return;
    // A scan read without its CRL holds 0 mm.
    const double crl = p.datingScan->crlMm;
    if (crl == 0.0) {
        errors.append({QStringLiteral("pregnancy.dating_scan.crl_mm"),
                       Words::tr("is required with a scan date")});
        return;
    }
    require(errors, crl > 0.0 && crl < 200.0, "pregnancy.dating_scan.crl_mm",
            Words::tr("must be a length in mm above 0"));
}

/// The booking, and a dating scan, fall within the pregnancy: no earlier than its start and the
/// booking no later than 42+0. Against the LMP when `againstLmp` (a future LMP is the value to
/// put right, so nothing is compared with it), and against the scan's EDD when the scan dates it.
void checkWithinPregnancy(FieldErrors &errors, const Pregnancy &p, bool againstLmp)
{
    const QDate &booked = p.bookingDate;
    if (againstLmp && p.lmp.isValid()) {
        if (booked.isValid()) {
            require(errors, p.lmp <= booked, "pregnancy.booking_date",
                    Words::tr("is before the LMP"));
            require(errors, p.lmp.daysTo(booked) <= kLatestBookingDays, "pregnancy.booking_date",
                    Words::tr("is more than 42+0 weeks after the LMP"));
        }
        if (p.datingScan && p.datingScan->date.isValid()) {
            require(errors, p.datingScan->date >= p.lmp, "pregnancy.dating_scan.date",
                    Words::tr("is before the LMP"));
        }
    }
    const auto dating = estimateDueDate(p);
    if (!booked.isValid() || !dating || dating->method != EddMethod::Crl ||
        reported(errors, "pregnancy.booking_date"))
        return;
    const Gestation atBooking = gestationOn(dating->edd, booked);
    const QString edd = dating->edd.toString(Qt::ISODate);
    require(errors, atBooking.days >= 0, "pregnancy.booking_date",
            Words::tr("is before the start of the pregnancy (EDD %1)").arg(edd));
    require(errors, atBooking <= Gestation::fromWeeks(42), "pregnancy.booking_date",
            Words::tr("is more than 42+0 weeks into the pregnancy (EDD %1)").arg(edd));
}

/// A scan that cannot date the pregnancy, with no LMP to fall back on: the booking can be kept
/// (she will be scanned again) but not planned.
void checkScanDatesWithoutLmp(FieldErrors &errors, const Pregnancy &p)
{
    if (p.lmp.isValid() || !p.datingScan || !p.datingScan->date.isValid() ||
        crlInDatingRange(p.datingScan->crlMm))
        return;
    errors.append({QStringLiteral("pregnancy.dating_scan.crl_mm"),
                   Words::tr("%1 mm is outside the dating range 45.0-84.0 mm, so the scan "
                             "cannot date the pregnancy")
                       .arg(p.datingScan->crlMm, 0, 'f', 1)});
    errors.append({QStringLiteral("pregnancy.lmp"),
                   Words::tr("is needed to date the pregnancy when the dating scan cannot "
                             "be used")});
}

/// A caesarean is a birth: never more of them than previous births (rules v2).
void checkCaesareansWithinBirths(FieldErrors &errors, const Pregnancy &p)
{
    require(errors, p.previousCaesareans <= std::max(p.previousBirths, 0),
            "pregnancy.previous_caesareans",
            Words::tr("cannot be more than the previous births (%1)").arg(p.previousBirths));
}

void checkCountsAndMeasures(FieldErrors &errors, const Booking &booking)
{
    const Pregnancy &p = booking.pregnancy;
    require(errors, p.fetuses >= 1 && p.fetuses <= kMaxFetuses, "pregnancy.fetuses",
            Words::tr("must be between 1 and %1").arg(kMaxFetuses));
    require(errors, p.previousBirths >= 0, "pregnancy.previous_births",
            Words::tr("cannot be below 0"));
    require(errors, p.previousLosses >= 0, "pregnancy.previous_losses",
            Words::tr("cannot be below 0"));
    require(errors, p.previousCaesareans >= 0, "pregnancy.previous_caesareans",
            Words::tr("cannot be below 0"));
    checkCaesareansWithinBirths(errors, p);
    require(errors, !p.yearsSinceLastPregnancy || *p.yearsSinceLastPregnancy >= 0,
            "pregnancy.years_since_last_pregnancy", Words::tr("cannot be below 0"));

    const Measurements &m = booking.assessment.measurements;
    require(errors, !m.heightCm || (*m.heightCm >= kMinHeightCm && *m.heightCm <= kMaxHeightCm),
            "measurements.height_cm", between(kMinHeightCm, kMaxHeightCm, "cm"));
    require(errors, !m.weightKg || (*m.weightKg >= kMinWeightKg && *m.weightKg <= kMaxWeightKg),
            "measurements.weight_kg", between(kMinWeightKg, kMaxWeightKg, "kg"));
    require(errors, !m.coPpm || (*m.coPpm >= 0.0 && *m.coPpm <= 100.0), "measurements.co_ppm",
            between(0, 100, "ppm"));

    const MentalHealthAnswers &mh = booking.assessment.mentalHealth;
    require(errors, mh.gad2Score >= 0 && mh.gad2Score <= kMaxGad2, "mental_health.gad2_score",
            Words::tr("must be between 0 and %1").arg(kMaxGad2));
}

} // namespace

FieldErrors validateWoman(const Woman &woman, const QDate &today)
{
    FieldErrors errors;
    checkWomanFields(errors, woman);
    checkDateOfBirth(errors, woman.dateOfBirth, today, QDate());
    return errors;
}

FieldErrors validateBooking(const Booking &booking, const QDate &today)
{
    FieldErrors errors;
    const Pregnancy &p = booking.pregnancy;
    checkWomanFields(errors, booking.woman);
    checkDateOfBirth(errors, booking.woman.dateOfBirth, today, p.bookingDate);

    requireDate(errors, p.bookingDate, "pregnancy.booking_date");
    // Before 1900 is a mistyped year, said as such before any rule compares it; none of these
    // dates may be after today at all (notAfterToday()).
    const std::pair<QDate, const char *> dates[] = {
        {p.bookingDate, "pregnancy.booking_date"},
        {p.lmp, "pregnancy.lmp"},
        {p.datingScan ? p.datingScan->date : QDate(), "pregnancy.dating_scan.date"}};
    for (const auto &[date, path] : dates) {
        if (date.isValid() && date < kEarliestDate)
            errors.append({QString::fromLatin1(path), implausibleDate(date, today)});
    }
    notAfterToday(errors, p.bookingDate, "pregnancy.booking_date", today);
    notAfterToday(errors, p.lmp, "pregnancy.lmp", today);
    checkCanBeDated(errors, p);
    if (p.datingScan)
        notAfterToday(errors, p.datingScan->date, "pregnancy.dating_scan.date", today);
    checkCrl(errors, p);
    checkWithinPregnancy(errors, p, !p.lmp.isValid() || p.lmp <= today);

    checkCountsAndMeasures(errors, booking);
    checkConditionCodes(errors, booking.assessment);
    checkHistoryIsPossible(errors, booking);
    errors.append(previousPregnancyProblems(booking));
    errors.append(bookingDetailProblems(booking.details));
    return errors;
}

FieldErrors planningProblems(const Booking &booking)
{
    FieldErrors errors;
    const Pregnancy &p = booking.pregnancy;
    requireDate(errors, p.bookingDate, "pregnancy.booking_date");
    requireDate(errors, booking.woman.dateOfBirth, "woman.date_of_birth");
    checkCanBeDated(errors, p);
    checkScanDatesWithoutLmp(errors, p);
    checkConditionCodes(errors, booking.assessment);
    checkSocialCodes(errors, booking.woman);
    checkWithinPregnancy(errors, p, true);
    return errors;
}

FieldErrors bookingQueries(const Booking &booking, const RuleSettings &settings)
{
    FieldErrors queries;
    const BookingAssessment &a = booking.assessment;
    const Pregnancy &p = booking.pregnancy;
    if (a.measurements.coPpm && *a.measurements.coPpm >= settings.coRaisedPpm &&
        a.smoking != Smoking::Current) {
        queries.append(
            {QStringLiteral("measurements.co_ppm"),
             Words::tr("%1 ppm with smoking recorded as '%2': ask again about smoking, "
                       "smoke at home and faulty gas, coal or wood appliances%3")
                 .arg(*a.measurements.coPpm, 0, 'g', 3)
                 .arg(codes::label(a.smoking).toLower())
                 .arg(*a.measurements.coPpm > settings.coPoisoningPpm
                          ? Words::tr("; above %1 ppm, carbon monoxide safety advice today")
                                .arg(settings.coPoisoningPpm, 0, 'g', 3)
                          : QString())});
    }
    checkCaesareansWithinBirths(queries, p); // refused on saving too; asked as she types
    if (booking.woman.dateOfBirth.isValid() && p.bookingDate.isValid() &&
        booking.woman.dateOfBirth <= p.bookingDate) {
        const int age = ageInYears(booking.woman.dateOfBirth, p.bookingDate);
        if (age < 16) {
            queries.append({QStringLiteral("woman.date_of_birth"),
                            Words::tr("she is %1 at booking: under 16, a safeguarding "
                                      "referral is needed. Talk with her on her own.")
                                .arg(age)});
        }
    }
    return queries;
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
            warnings << Words::tr("late booking at %1 weeks (NICE NG201 aims for booking "
                                  "by 10 weeks)")
                            .arg(atBooking.toString());
        }
    }
    if (!booking.assessment.measurements.heightCm || !booking.assessment.measurements.weightKg)
        warnings << Words::tr("no height and weight recorded: BMI rules not applied");
    // An answer nobody gave is not taken as "no": the plan says what is still to ask.
    if (booking.assessment.smoking == Smoking::NotAsked) {
        warnings << Words::tr("smoking not asked: ask at the next contact (smoking brings "
                              "a stop-smoking referral, a CO test at every contact and 1 "
                              "point of VTE risk)");
    }
    if (booking.pregnancy.conception == Conception::NotAsked) {
        warnings << Words::tr("conception not asked: ask at the next contact (assisted "
                              "conception brings 1 point of VTE risk)");
    }
    return warnings;
}

} // namespace bb::clinical
