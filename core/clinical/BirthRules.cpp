// SPDX-License-Identifier: MIT
#include "clinical/BirthRules.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(BirthRules)
};

constexpr int kApgarNeedsTenMinutes = 7; // NICE NG194: a 5-minute score below 7

QString babyPath(qsizetype i, const char *field)
{
    return QStringLiteral("babies[%1].%2").arg(i).arg(QLatin1String(field));
}

void checkApgar(FieldErrors &errors, const std::optional<int> &score, qsizetype i,
                const char *field)
{
    if (score && (*score < 0 || *score > 10))
        errors.append(
            {babyPath(i, field), Words::tr("%1 is not an Apgar score (0 to 10)").arg(*score)});
}

void checkBaby(FieldErrors &errors, const Baby &baby, qsizetype i)
{
    const auto fail = [&](const char *field, const QString &message) {
        errors.append({babyPath(i, field), message});
    };
    if (baby.weightGrams < kMinBabyWeightGrams || baby.weightGrams > kMaxBabyWeightGrams)
        fail("weight_g", Words::tr("%1 g is not a baby's weight (%2 to %3 g)")
                             .arg(baby.weightGrams)
                             .arg(kMinBabyWeightGrams)
                             .arg(kMaxBabyWeightGrams));
    checkApgar(errors, baby.apgar1, i, "apgar_1");
    checkApgar(errors, baby.apgar5, i, "apgar_5");
    checkApgar(errors, baby.apgar10, i, "apgar_10");
    if (baby.outcome == BabyOutcome::Stillbirth) {
        if (baby.apgar1 || baby.apgar5 || baby.apgar10)
            fail("apgar", Words::tr("a baby born without signs of life has no Apgar score"));
        if (baby.firstFeed != FirstFeed::NotYet)
            fail("first_feed", Words::tr("a baby born without signs of life was not fed"));
        return;
    }
    // NICE NG194: every baby born alive is scored at 1 and 5 minutes.
    if (!baby.apgar1)
        fail("apgar_1", Words::tr("is needed for a baby born alive"));
    if (!baby.apgar5) {
        fail("apgar_5", Words::tr("is needed for a baby born alive"));
        return;
    }
    if (*baby.apgar5 < 0 || *baby.apgar5 > 10)
        return; // what the 10-minute score must be depends on a 5-minute one that is wrong
    const bool lowAtFive = *baby.apgar5 < kApgarNeedsTenMinutes;
    if (lowAtFive && !baby.apgar10)
        fail("apgar_10", Words::tr("is needed when the 5-minute score is below 7"));
    if (!lowAtFive && baby.apgar10)
        fail("apgar_10", Words::tr("is only scored when the 5-minute score is below 7"));
}

} // namespace

FieldErrors birthProblems(const Birth &birth, const QDate &bookingDate, const QDate &today)
{
    FieldErrors errors;
    const auto fail = [&errors](const char *path, const QString &message) {
        errors.append({QString::fromLatin1(path), message});
    };
    if (!birth.date.isValid())
        fail("date", Words::tr("is required"));
    else if (bookingDate.isValid() && birth.date < bookingDate)
        fail("date", Words::tr("%1 is before her booking on %2")
                         .arg(birth.date.toString(Qt::ISODate), bookingDate.toString(Qt::ISODate)));
    else if (today.isValid() && birth.date > today)
        fail("date", Words::tr("%1 is after today").arg(birth.date.toString(Qt::ISODate)));
    if (birth.setting != birth.plannedSetting && birth.settingChangeReason.trimmed().isEmpty())
        fail("setting_change_reason",
             Words::tr("say why she gave birth somewhere other than planned (%1, planned %2)")
                 .arg(codes::label(birth.setting), codes::label(birth.plannedSetting)));
    if (birth.attendants.isEmpty())
        fail("clinicians", Words::tr("name at least one person who attended the birth"));
    if (birth.onset == LabourOnset::CaesareanBeforeLabour && !birth.isCaesarean())
        fail("mode", Words::tr("a caesarean before labour is a caesarean birth"));
    if (birth.isCaesarean() && birth.perineum != Perineum::NotRecorded &&
        birth.perineum != Perineum::NotApplicable && birth.perineum != Perineum::Intact)
        fail("perineum",
             Words::tr("%1 does not go with a caesarean birth").arg(codes::label(birth.perineum)));
    if (birth.midCavityOrRotational && birth.mode != BirthMode::Instrumental)
        fail("mid_cavity_or_rotational", Words::tr("is only for a forceps or ventouse birth"));
    if (birth.bloodLossMl < 0 || birth.bloodLossMl > kMaxBloodLossMl)
        fail("blood_loss_ml", Words::tr("%1 ml is not a blood loss (0 to %2 ml)")
                                  .arg(birth.bloodLossMl)
                                  .arg(kMaxBloodLossMl));
    if (birth.babies.isEmpty())
        fail("babies", Words::tr("record each baby born"));
    else if (birth.babies.size() > kMaxBabies)
        fail("babies", Words::tr("no more than %1 babies").arg(kMaxBabies));
    for (qsizetype i = 0; i < birth.babies.size(); ++i)
        checkBaby(errors, birth.babies.at(i), i);
    return errors;
}

BirthEvent birthEventOf(const Birth &birth, std::optional<Gestation> atBirth)
{
    BirthEvent event;
    event.date = birth.date;
    event.gestation = atBirth;
    // RCOG GTG 37a: a caesarean in labour scores 2, an elective (planned, before labour) one 1.
    event.caesareanInLabour =
        birth.isCaesarean() && birth.onset != LabourOnset::CaesareanBeforeLabour;
    event.electiveCaesarean =
        birth.isCaesarean() && birth.onset == LabourOnset::CaesareanBeforeLabour;
    event.midCavityOrRotationalBirth =
        birth.mode == BirthMode::Instrumental && birth.midCavityOrRotational;
    event.labourOver24Hours = birth.labourOver24Hours;
    event.pphOver1LitreOrTransfusion = birth.bloodLossMl > 1000 || birth.transfused;
    for (const Baby &baby : birth.babies)
        event.stillbirth = event.stillbirth || baby.outcome == BabyOutcome::Stillbirth;
    return event;
}

BloodSpotDue bloodSpotDue(const QDate &birthDate, std::optional<Gestation> atBirth)
{
    BloodSpotDue due;
    due.first = {birthDate.addDays(5), birthDate.addDays(8)};
    if (atBirth && *atBirth < Gestation::fromWeeks(32))
        due.repeat = birthDate.addDays(28);
    return due;
}

QList<PlannedPostnatalContact> postnatalContactPlan(const QDate &birthDate)
{
    return {
        {1, birthDate.addDays(1), birthDate.addDays(2),
         Words::tr("First postnatal contact: her and her baby's wellbeing, feeding (NICE "
                   "NG194)")},
        {5, birthDate.addDays(5), birthDate.addDays(8),
         Words::tr("Newborn blood spot test on day 5, her and her baby's check (NICE NG194)")},
        {10, birthDate.addDays(10), birthDate.addDays(14),
         Words::tr("Review for discharge from maternity care to the health visitor (NICE "
                   "NG194)")},
    };
}

} // namespace bb::clinical
