// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/CarePlan.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bb {

/// What she decided about one recommendation after talking it through with her midwife.
struct CarePlanDecision
{
    QString code;
    bool accepted = true;
    QString reason; ///< required when declined ("declined aspirin after discussion")
    bool operator==(const CarePlanDecision &) const = default;
};

/// One saved version of her care plan: what the rules advised from which booking, and what she
/// chose. Versions are never changed once saved; a change is a new version.
struct StoredCarePlan
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    int version = 0;
    CarePlan plan;
    Booking basedOn;
    QList<CarePlanDecision> decisions;
    PlaceOfBirth chosenPlaceOfBirth = PlaceOfBirth::Undecided; ///< hers, even against advice
    QString whatMatters;
    QString birthPreferences;
    QString savedBy;
    QDateTime savedAt;
    bool operator==(const StoredCarePlan &) const = default;
};

} // namespace bb

namespace bb {

/// The first version of her plan, as the rules give it from her booking: every recommendation
/// accepted until she and her midwife go through it, her preferred place of birth as her choice.
inline StoredCarePlan initialCarePlan(qint64 pregnancyId, const Booking &booking,
                                      const CarePlan &plan)
{
    StoredCarePlan stored;
    stored.pregnancyId = pregnancyId;
    stored.plan = plan;
    stored.basedOn = booking;
    stored.chosenPlaceOfBirth = booking.assessment.preferredPlaceOfBirth;
    for (const Recommendation &recommendation : plan.recommendations)
        stored.decisions.append({recommendation.code, true, {}});
    return stored;
}

} // namespace bb
