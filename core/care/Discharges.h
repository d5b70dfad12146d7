// SPDX-License-Identifier: MIT
#pragma once

#include "care/FeedbackSummary.h"
#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/BabyCare.h"
#include "domain/Discharge.h"
#include "domain/Team.h"

#include <QList>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// What discharging her changed besides the discharge itself.
struct DischargeDone
{
    RecordedDischarge discharge;
    QList<Appointment> cancelled; ///< postnatal contacts still booked after the day: "discharged"
};

/// The weeks after the birth end here: where each baby is cared for, her discharge to the
/// health visitor with her feedback, and the team's feedback for the Maternity Voices
/// Partnership.
class Discharges
{
public:
    Discharges(const storage::Database &database, const Clock &clock);

    /// Records that a baby of this pregnancy moved to be cared for at `move.location` from
    /// `move.from`. Field errors: `baby` not one of the birth's babies born alive, `from`
    /// before the birth or after today, `unit` missing away from her mother or not one the
    /// service directory lists for that kind of care.
    Outcome<BabyCareMove> moveBaby(qint64 pregnancyId, BabyCareMove move, const Actor &actor) const;
    /// The moves of her babies, by baby in birth order, each oldest first.
    Outcome<QList<BabyCareMove>> movesOf(qint64 pregnancyId) const;
    /// Babies cared for away from home (transitional care or a neonatal unit) on `day`, of
    /// `teamId`'s women (every team's when 0), longest away first.
    Outcome<QList<BabyAway>> babiesAwayFromHome(const QDate &day, qint64 teamId) const;

    /// Discharges her from maternity care in one transaction: the discharge with the health
    /// visitor taking over; her babies' NHS numbers when given; her postnatal contacts still
    /// booked after the day cancelled with the reason "discharged"; and, when she answered, her
    /// Friends and Family Test answer stored with her team and the month only, her words with
    /// her identifiers taken out (withoutHerIdentifiers()). Field errors: `pregnancy` not
    /// delivered or already discharged, `date` before the birth or after today,
    /// `babies.N.nhs_number` not a valid NHS number.
    Outcome<DischargeDone> discharge(Discharge discharge, const std::optional<Feedback> &feedback,
                                     const Actor &actor) const;
    /// Her discharge, if recorded.
    Outcome<std::optional<RecordedDischarge>> dischargeOf(qint64 pregnancyId) const;

    /// A team's answers from `from` to `to`, month by month. Field errors: `team` unknown,
    /// `to` before `from`.
    Outcome<FeedbackSummary> feedback(const QString &teamName, const QDate &from,
                                      const QDate &to) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
