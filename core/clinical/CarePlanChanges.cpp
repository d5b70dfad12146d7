// SPDX-License-Identifier: MIT
#include "clinical/CarePlanChanges.h"

#include "clinical/Recommendations.h"
#include "domain/Codes.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanChanges)
};

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MMM-yyyy"));
}

const Recommendation *findRecommendation(const CarePlan &plan, const QString &code)
{
    for (const Recommendation &r : plan.recommendations) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

} // namespace

QStringList carePlanChanges(const CarePlan &given, const CarePlan &now)
{
    QStringList changes;
    if (given.edd != now.edd)
        changes << Words::tr("Due date: %1 becomes %2").arg(day(given.edd), day(now.edd));
    if (given.pathway != now.pathway)
        changes << Words::tr("Care: %1 becomes %2")
                       .arg(clinicalLabel(given.pathway), clinicalLabel(now.pathway));
    if (given.vteScore != now.vteScore)
        changes << Words::tr("VTE score (RCOG GTG 37a): %1 becomes %2")
                       .arg(given.vteScore)
                       .arg(now.vteScore);
    for (const Recommendation &r : now.recommendations) {
        if (!findRecommendation(given, r.code)) {
            changes << Words::tr("New: %1 (%2) because %3")
                           .arg(recommendationTitle(r.code), r.source,
                                r.reasons.join(QStringLiteral(", ")));
        }
    }
    for (const Recommendation &r : given.recommendations) {
        if (!findRecommendation(now, r.code))
            changes << Words::tr("No longer advised: %1").arg(recommendationTitle(r.code));
    }
    for (const BirthPlaceAdvice &place : now.birthPlaces) {
        for (const BirthPlaceAdvice &before : given.birthPlaces) {
            if (before.setting == place.setting && before.advice != place.advice) {
                changes << Words::tr("%1: %2 becomes %3")
                               .arg(codes::label(place.setting), label(before.advice),
                                    clinicalLabel(place.advice));
            }
        }
    }
    QList<int> weeksBefore;
    for (const PlannedContact &c : given.contacts)
        weeksBefore << c.week;
    QList<int> weeksNow;
    for (const PlannedContact &c : now.contacts)
        weeksNow << c.week;
    if (weeksBefore != weeksNow)
        changes << Words::tr("Appointments: a different set of weeks");
    else if (given.contacts != now.contacts)
        changes << Words::tr("Appointments: new dates");
    if (given.scans != now.scans)
        changes << Words::tr("Scans: new dates or scans");
    return changes;
}

PathwayChange pathwayChange(const CarePlan &given, const CarePlan &now)
{
    PathwayChange change;
    change.pathwayFrom = given.pathway;
    change.pathwayTo = now.pathway;
    for (const BirthPlaceAdvice &after : now.birthPlaces) {
        for (const BirthPlaceAdvice &before : given.birthPlaces) {
            if (before.setting == after.setting && before.advice != after.advice)
                change.birthPlaces.append({after.setting, before.advice, after.advice});
        }
    }
    return change;
}

} // namespace bb::clinical
