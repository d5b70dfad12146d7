// SPDX-License-Identifier: MIT
#include "clinical/PostnatalRules.h"

#include "clinical/InputRules.h"

#include "clinical/BirthRules.h"
#include "clinical/MentalHealth.h"
#include "clinical/ObstetricHistory.h"

#include <cmath>

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PostnatalRules)
};

constexpr double kFeedingLossPercent = 10.0; // NICE NG194: a loss of more than 10%
constexpr int kPostnatalSystolic = 150;      // rules page: postnatal 150/100 or more
constexpr int kPostnatalDiastolic = 100;

const Baby *babyOf(const Birth &birth, qint64 babyId)
{
    for (const Baby &b : birth.babies) {
        if (b.id == babyId)
            return &b;
    }
    return nullptr;
}

QString percentText(double percent)
{
    return QString::number(std::fabs(percent), 'f', 1) + QLatin1Char('%');
}

void add(QList<ContactAction> &actions, const char *code, const char *source, const QString &reason)
{
    for (ContactAction &a : actions) {
        if (a.code == QLatin1String(code)) {
            a.reasons << reason;
            return;
        }
    }
    actions.append({QString::fromLatin1(code), QString::fromLatin1(source), {reason}});
}

} // namespace

double weightChangePercent(int birthGrams, int nowGrams)
{
    return birthGrams > 0 ? (nowGrams - birthGrams) * 100.0 / birthGrams : 0.0;
}

QList<ContactAction> assessPostnatal(const PostnatalContact &contact, const Birth &birth,
                                     const QHash<qint64, QDate> &lastTaken,
                                     std::optional<Gestation> atBirth)
{
    QList<ContactAction> actions;
    if (!contact.attended)
        return actions;
    if (const auto &bp = contact.bloodPressure;
        bp && (bp->systolic >= kPostnatalSystolic || bp->diastolic >= kPostnatalDiastolic))
        add(actions, "bp_review", "NICE NG194",
            Words::tr("blood pressure %1/%2 after the birth (150/100 or more): review the "
                      "same day")
                .arg(bp->systolic)
                .arg(bp->diastolic));
    if (contact.mentalHealth) {
        for (const QString &reason : mentalHealthConcerns(*contact.mentalHealth))
            add(actions, "mental_health_assessment", "NICE CG192", reason);
    }
    const BloodSpotDue due = bloodSpotDue(birth.date, atBirth);
    for (const BabyCheck &check : contact.babies) {
        const Baby *baby = babyOf(birth, check.babyId);
        if (baby == nullptr || baby->outcome != BabyOutcome::LiveBirth)
            continue;
        const QString who = QStringLiteral("baby %1").arg(baby->order);
        if (check.weightGrams) {
            const double change = weightChangePercent(baby->weightGrams, *check.weightGrams);
            if (-change > kFeedingLossPercent)
                add(actions, "feeding_assessment", "NICE NG194",
                    Words::tr("%1: %2 g is %3 below the birth weight of %4 g (more than "
                              "10%): assess feeding and refer")
                        .arg(who)
                        .arg(*check.weightGrams)
                        .arg(percentText(change))
                        .arg(baby->weightGrams));
        }
        if (check.jaundice == Jaundice::Under24Hours)
            add(actions, "jaundice_urgent_assessment", "NICE NG194",
                Words::tr("%1: jaundice in the first 24 hours: urgent medical assessment "
                          "the same day")
                    .arg(who));
        const QDate taken = lastTaken.value(baby->id);
        if (due.repeat && !check.bloodSpotTaken && contact.date >= *due.repeat &&
            (!taken.isValid() || taken < *due.repeat))
            add(actions, "blood_spot_repeat_due", "NICE NG194",
                Words::tr("%1: born before 32+0, the blood spot test is repeated at 28 days "
                          "(%2)")
                    .arg(who, due.repeat->toString(QStringLiteral("dd-MMM-yyyy"))));
        if (!check.bloodSpotTaken && !taken.isValid()) {
            if (contact.date > due.first.to)
                add(actions, "blood_spot_overdue", "NICE NG194",
                    Words::tr("%1: the blood spot test was due by day 8 (%2)")
                        .arg(who, due.first.to.toString(QStringLiteral("dd-MMM-yyyy"))));
            else if (contact.date >= due.first.from)
                add(actions, "blood_spot_due", "NICE NG194",
                    Words::tr("%1: take the blood spot test today (day %2; day 5 to day 8)")
                        .arg(who)
                        .arg(birth.date.daysTo(contact.date)));
        }
    }
    return actions;
}

FieldErrors postnatalProblems(const PostnatalContact &contact, const Birth &birth,
                              const QDate &today)
{
    FieldErrors errors;
    const auto fail = [&errors](const QString &path, const QString &message) {
        errors.append({path, message});
    };
    checkText(errors, contact.notes, TextKind::Note, QStringLiteral("notes"));
    if (!contact.date.isValid())
        fail(QStringLiteral("date"), Words::tr("is required"));
    else if (birth.date.isValid() && contact.date < birth.date)
        fail(QStringLiteral("date"),
             Words::tr("%1 is before the birth on %2")
                 .arg(contact.date.toString(Qt::ISODate), birth.date.toString(Qt::ISODate)));
    else if (today.isValid() && contact.date > today)
        fail(QStringLiteral("date"),
             Words::tr("%1 is after today").arg(contact.date.toString(Qt::ISODate)));
    if (contact.clinicianId <= 0)
        fail(QStringLiteral("clinician"), Words::tr("is required"));
    if (contact.bloodPressure) {
        for (const QString &line : bloodPressureProblems(*contact.bloodPressure))
            fail(QStringLiteral("bp"), line);
    }
    if (contact.temperatureC && (*contact.temperatureC < 34.0 || *contact.temperatureC > 42.0))
        fail(QStringLiteral("temperature"),
             Words::tr("%1 °C is not a possible temperature (34 to 42 °C)")
                 .arg(*contact.temperatureC));
    if (contact.mentalHealth &&
        (contact.mentalHealth->gad2Score < 0 || contact.mentalHealth->gad2Score > 6))
        fail(QStringLiteral("gad2"),
             Words::tr("%1 is not a GAD-2 score (0 to 6)").arg(contact.mentalHealth->gad2Score));
    for (qsizetype i = 0; i < contact.babies.size(); ++i) {
        const BabyCheck &check = contact.babies.at(i);
        const QString path = QStringLiteral("babies[%1].").arg(i);
        if (babyOf(birth, check.babyId) == nullptr)
            fail(path + QStringLiteral("baby"),
                 Words::tr("baby %1 is not a baby of this birth").arg(check.babyId));
        if (check.weightGrams &&
            (*check.weightGrams < kMinBabyWeightGrams || *check.weightGrams > kMaxBabyWeightGrams))
            fail(path + QStringLiteral("weight_g"),
                 Words::tr("%1 g is not a baby's weight (%2 to %3 g)")
                     .arg(*check.weightGrams)
                     .arg(kMinBabyWeightGrams)
                     .arg(kMaxBabyWeightGrams));
    }
    return errors;
}

} // namespace bb::clinical
