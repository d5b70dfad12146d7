// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/CarePlan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bb {

/// Where one recommendation stands with her. Every recommendation starts to discuss: nothing
/// is taken as agreed before she and her midwife have talked it through.
enum class DecisionStatus
{
    ToDiscuss,
    Accepted,
    Declined, ///< with her reason
    InHand    ///< already arranged or done, such as a vaccine she has had
};
QString toCode(DecisionStatus value); ///< `to_discuss`, `accepted`, `declined`, `in_hand`
std::optional<DecisionStatus> decisionStatusFromCode(const QString &code);
QString label(DecisionStatus value); ///< as the midwife's screen says it

/// What she decided about one recommendation after talking it through with her midwife.
struct CarePlanDecision
{
    QString code;
    DecisionStatus status = DecisionStatus::ToDiscuss;
    QString reason; ///< required when declined ("declined aspirin after discussion")
    bool declined() const { return status == DecisionStatus::Declined; }
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
/// to discuss until she and her midwife go through it, her preferred place of birth as her choice.
inline StoredCarePlan initialCarePlan(qint64 pregnancyId, const Booking &booking,
                                      const CarePlan &plan)
{
    StoredCarePlan stored;
    stored.pregnancyId = pregnancyId;
    stored.plan = plan;
    stored.basedOn = booking;
    stored.chosenPlaceOfBirth = booking.assessment.preferredPlaceOfBirth;
    for (const Recommendation &recommendation : plan.recommendations)
        stored.decisions.append({recommendation.code, DecisionStatus::ToDiscuss, {}});
    return stored;
}

} // namespace bb
