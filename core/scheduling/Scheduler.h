// SPDX-License-Identifier: MIT
#pragma once

#include "scheduling/SchedulingTypes.h"

namespace bb::scheduling {

struct ScheduleResult
{
    QList<Placement> placements; ///< by date, time, clinician
    QList<Unplaced> unplaced;    ///< in the order the contacts were given
    /// For a later run: weeks that start after the period, and weeks that run past its end
    /// whose days inside it had no free slot. In the order the contacts were given.
    QList<ContactToPlace> notInPeriod;

    int contactsConsidered = 0; ///< placements + unplaced: the denominator of both percentages
    int withNamedMidwife = 0;
    int withinTeam = 0; ///< with her named midwife or another member of her team

    /// Percentages of the contacts considered (unplaced ones count against both), 0 when none.
    double percentWithNamedMidwife() const;
    double percentWithinTeam() const;
};

/// Books each contact into a real slot of a session in its window: the contact's week (its date
/// and the six days after), never on or before the booking date (the booking visit is that
/// day's contact), never before `from`, and never after the period of `weeks` weeks from `from`.
///
/// Her named midwife's sessions are tried first, then her team's, then any midwife's; a planned
/// home visit goes only into a home-visit session and a clinic contact only into a clinic. Each
/// tier is run for every contact before the next tier starts, earliest-ending window first, so
/// that no woman's fallback takes a slot another woman could have had with her own midwife.
/// Within a tier the earliest free slot is taken. Only midwives' sessions are used, on days
/// they work and are not absent; `alreadyBooked` blocks its clinician and its woman, and no
/// clinician or pregnancy is given two appointments that overlap. The same input always gives
/// the same result.
///
/// Work is proportional to the contacts times the sessions each one may look at (her midwife's
/// and her team's in one week), so a whole trust is a single call.
ScheduleResult scheduleContacts(const QList<ContactToPlace> &contacts,
                                const QList<Session> &sessions, const QList<Clinician> &clinicians,
                                const QList<Absence> &absences, const QList<Booked> &alreadyBooked,
                                const QDate &from, int weeks);

struct Rebooking
{
    Placement was;
    Placement now;
    bool operator==(const Rebooking &) const = default;
};

struct RebookResult
{
    QList<Rebooking> rebooked;
    QList<Unplaced> toActOn;  ///< could not be moved within their week: a person must call her
    int withNamedMidwife = 0; ///< of those rebooked
    int withinTeam = 0;
};

/// Moves the absent clinician's appointments that fall in the absence (from `appointments`, the
/// rest are left alone) to another slot in the same contact's week, on or after `today`:
/// her named midwife if she is not the one away, then her team, then anyone, exactly as
/// scheduleContacts() orders them. `absences` need not include `absence`. `booked` is the whole
/// diary; the appointments being moved are taken out of it first, so their old times do not
/// block the woman. What cannot be moved is listed for a person to act on.
RebookResult rebookForAbsence(const Absence &absence, const QList<Placement> &appointments,
                              const QList<Session> &sessions, const QList<Clinician> &clinicians,
                              const QList<Absence> &absences, const QList<Booked> &booked,
                              const QDate &today);

} // namespace bb::scheduling
