// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"
#include "scheduling/SchedulingTypes.h"
#include "storage/WomanRepository.h"

#include <QHash>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::scheduling {

/// What the pure scheduling rules need, loaded from storage. Nothing here writes.
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

/// Everything but the contacts: clinicians, teams, sessions, and the absences and timed booked
/// or attended appointments from `first` to `last`.
SchedulingInputs loadDiary(const storage::Database &database, const Clock &clock,
                           const QDate &first, const QDate &last);

/// Loads clinicians, teams, sessions, absences and the diary for `weeks` weeks from `from`,
/// and the contacts to place: for each booked pregnancy with a stored care plan, each planned
/// contact of its latest version not yet covered (contactCovered()), with her named midwife and
/// team from her current allocation. A woman with no allocation yet has no named midwife and
/// the team that covers her postcode (continuity and community teams only), so her local team
/// is still tried before anyone else. Her contacts are home visits when her latest plan's
/// chosen place of birth is home: the Home Birth Team sees her at home. With `teamId` set,
/// only that team's women are included.
SchedulingInputs loadSchedulingInputs(const storage::Database &database, const Clock &clock,
                                      const QDate &from, int weeks, qint64 teamId = 0);

/// The team that would care for her, by postcode: continuity and community teams, or the home
/// birth teams when she plans a home birth.
std::optional<TeamInfo> localTeam(const QList<TeamInfo> &teams, const QString &postcode,
                                  bool homeBirth);

} // namespace bb::scheduling
