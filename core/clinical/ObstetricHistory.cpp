// SPDX-License-Identifier: MIT
#include "clinical/ObstetricHistory.h"

#include "clinical/InputRules.h"

#include "clinical/ConditionCodes.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ObstetricHistory)
};

// A baby born from 24+0 is a birth, alive or not; before it, a baby born alive is a birth and
// one born without signs of life a loss (Stillbirth (Definition) Act 1992).
constexpr int kBirthFromWeeks = 24;
constexpr int kMinWeeks = 4;
constexpr int kMaxWeeks = 44;
constexpr int kMaxAlcoholUnits = 200;

void addOnce(QStringList &list, const QString &code)
{
    if (!list.contains(code)) {
        list << code;
        list.sort();
    }
}

QString rowPath(qsizetype i, const char *field)
{
    return QStringLiteral("pregnancy.previous_pregnancies[%1].%2").arg(i).arg(QLatin1String(field));
}

void checkRow(FieldErrors &errors, const PreviousPregnancy &row, qsizetype i,
              const Booking &booking)
{
    const auto fail = [&](const char *field, const QString &message) {
        errors.append({rowPath(i, field), message});
    };
    const QDate dob = booking.woman.dateOfBirth;
    const QDate booked = booking.pregnancy.bookingDate;
    if (row.year <= 0)
        fail("year", Words::tr("is required"));
    else if (dob.isValid() && row.year < dob.year() + 10)
        fail("year", Words::tr("%1 is before she was 10").arg(row.year));
    else if (booked.isValid() && row.year > booked.year())
        fail("year", Words::tr("%1 is after this booking").arg(row.year));

    if (row.gestationWeeks) {
        const int weeks = *row.gestationWeeks;
        if (weeks < kMinWeeks || weeks > kMaxWeeks)
            fail("gestation_weeks", Words::tr("%1 is not a gestation (%2 to %3 weeks)")
                                        .arg(weeks)
                                        .arg(kMinWeeks)
                                        .arg(kMaxWeeks));
        else if (row.outcome == PregnancyOutcome::Stillbirth && weeks < kBirthFromWeeks)
            fail("gestation_weeks",
                 Words::tr("a baby born without signs of life before 24 weeks is a "
                           "miscarriage"));
        else if (!row.isBirth() && weeks >= kBirthFromWeeks)
            fail("gestation_weeks",
                 Words::tr("%1 weeks is a birth: record a live birth or stillbirth").arg(weeks));
    }
    if (!row.isBirth() && row.mode != ModeOfBirth::NotKnown)
        fail("mode_of_birth", Words::tr("is only for a birth"));
    if (row.babyWeightGrams) {
        if (!row.isBirth())
            fail("baby_weight_g", Words::tr("is only for a birth"));
        else if (*row.babyWeightGrams < kMinBabyGrams || *row.babyWeightGrams > kMaxBabyGrams)
            fail("baby_weight_g", Words::tr("%1 g is not a baby's weight (%2 to %3 g)")
                                      .arg(*row.babyWeightGrams)
                                      .arg(kMinBabyGrams)
                                      .arg(kMaxBabyGrams));
    }
    for (const QString &code : row.complications) {
        const ConditionInfo *info = findCondition(code);
        if (info == nullptr || info->needs == EarlierPregnancy::NotNeeded)
            fail("complications",
                 Words::tr("'%1' is not a condition of an earlier pregnancy").arg(code));
        else if (info->needs == EarlierPregnancy::Birth && !row.isBirth())
            fail("complications",
                 Words::tr("%1 needs this pregnancy to have been a birth").arg(code));
    }
}

} // namespace

HistoryCounts countsOf(const QList<PreviousPregnancy> &rows)
{
    HistoryCounts counts;
    for (const PreviousPregnancy &row : rows) {
        if (row.isBirth())
            ++counts.births;
        else
            ++counts.losses;
        if (row.isBirth() && row.isCaesarean())
            ++counts.caesareans;
    }
    return counts;
}

Booking withDerivedHistory(Booking booking)
{
    const QList<PreviousPregnancy> &rows = booking.details.previousPregnancies;
    if (!rows.isEmpty()) {
        const HistoryCounts counts = countsOf(rows);
        booking.pregnancy.previousBirths = counts.births;
        booking.pregnancy.previousLosses = counts.losses;
        booking.pregnancy.previousCaesareans = counts.caesareans;
    }
    QStringList &conditions = booking.assessment.conditions;
    for (const PreviousPregnancy &row : rows) {
        for (const QString &code : row.complications)
            addOnce(conditions, code);
        if (row.isBirth() && row.babyWeightGrams && *row.babyWeightGrams >= kLargeBabyGrams)
            addOnce(conditions, QStringLiteral("previous_baby_4_5kg"));
    }
    if (booking.details.abuseEnquiry == AbuseEnquiry::Disclosed)
        addOnce(booking.woman.social, QStringLiteral("domestic_abuse"));
    return booking;
}

FieldErrors previousPregnancyProblems(const Booking &booking)
{
    FieldErrors errors;
    const QList<PreviousPregnancy> &rows = booking.details.previousPregnancies;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        checkRow(errors, rows.at(i), i, booking);
        checkText(errors, rows.at(i).notes, TextKind::Note, rowPath(i, "notes"));
    }
    return errors;
}

FieldErrors bookingDetailProblems(const BookingDetails &details)
{
    FieldErrors errors;
    if (details.bloodPressure) {
        for (const QString &line : bloodPressureProblems(*details.bloodPressure))
            errors.append({QStringLiteral("measurements.blood_pressure"), line});
    }
    if (details.alcoholUnitsPerWeek &&
        (*details.alcoholUnitsPerWeek < 0 || *details.alcoholUnitsPerWeek > kMaxAlcoholUnits))
        errors.append({QStringLiteral("alcohol_units_per_week"),
                       Words::tr("must be between 0 and %1").arg(kMaxAlcoholUnits)});
    return errors;
}

QStringList bloodPressureProblems(const BloodPressure &bp)
{
    QStringList lines;
    if (bp.systolic < 60 || bp.systolic > 260)
        lines
            << Words::tr("systolic %1 is not a possible reading (60 to 260 mmHg)").arg(bp.systolic);
    if (bp.diastolic < 30 || bp.diastolic > 160)
        lines << Words::tr("diastolic %1 is not a possible reading (30 to 160 mmHg)")
                     .arg(bp.diastolic);
    if (bp.diastolic >= bp.systolic)
        lines << Words::tr("%1/%2 has the diastolic at or above the systolic")
                     .arg(bp.systolic)
                     .arg(bp.diastolic);
    return lines;
}

} // namespace bb::clinical
