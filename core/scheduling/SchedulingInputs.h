// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"
#include "scheduling/SchedulingTypes.h"

#include <QHash>

#include <optional>

namespace bb::scheduling {

/// What the scheduling rules need from a clinic's records: care/ loads it, the rules run on it.
struct SchedulingInputs
{
    QList<Clinician> clinicians; ///< everyone on the staff list, midwife or not
    QList<TeamInfo> teams;
    QList<Session> sessions;
    QList<Absence> absences; ///< those that overlap the period asked for
    QList<Booked> booked;    ///< timed booked or attended appointments in the period
    /// Planned contacts still to book whose week has not ended before the period starts, in the
    /// order of the women's NHS numbers, then week.
    QList<ContactToPlace> contacts;
};

/// A staff member as the scheduling rules see her. Her team is her lowest-numbered team
/// (`teamOf`); a member of two teams is matched against one of them only.
Clinician toClinician(const Staff &staff, qint64 teamId);
Absence toAbsence(const bb::Absence &absence);
TeamInfo toTeamInfo(const Team &team);

/// Everyone's lowest team id, from the memberships.
QHash<qint64, qint64> teamOf(const QList<TeamMembership> &memberships);

/// Whether a contact week is already taken care of: an antenatal contact (or home visit)
/// booked or attended for that pregnancy with that contact week, or, when no week was recorded
/// (a contact recorded afterwards), one dated in that week's seven days.
bool contactCovered(const QList<Appointment> &appointments, int week, const QDate &weekStart);

/// Checks of a requested period: a valid start and from one week to two years.
FieldErrors periodProblems(const QDate &from, int weeks);

/// The team that would care for her, by postcode: continuity and community teams, or the home
/// birth teams when she plans a home birth.
std::optional<TeamInfo> localTeam(const QList<TeamInfo> &teams, const QString &postcode,
                                  bool homeBirth);

} // namespace bb::scheduling
