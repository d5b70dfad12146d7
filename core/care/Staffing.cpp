// SPDX-License-Identifier: MIT
#include "care/Staffing.h"

#include "care/Writes.h"
#include "storage/StaffRepository.h"

namespace bb::care {

Staffing::Staffing(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<Staff> Staffing::saveStaff(const StaffChange &change, const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    if (const FieldErrors problems = validate(change.staff); !problems.isEmpty())
        return problems;
    const storage::StaffRepository staff(m_database, m_clock);
    return inOneTransaction(m_database, [&]() -> Outcome<Staff> {
        // The team she was shown in: a member of several teams is edited in her first.
        const QList<Team> teams = change.staff.id ? staff.teamsOf(change.staff.id) : QList<Team>{};
        const qint64 wasIn = teams.isEmpty() ? 0 : teams.front().id;
        Staff saved = change.staff;
        QString error;
        if (!staff.saveStaff(saved, &error))
            return Failure{error};
        if (change.teamId != wasIn) {
            if (wasIn && !staff.removeMember(wasIn, saved.id, &error))
                return Failure{error};
            if (change.teamId && !staff.addMember(change.teamId, saved.id, &error))
                return Failure{error};
        }
        return saved;
    });
}

Outcome<Team> Staffing::saveTeam(const Team &team, const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    if (const FieldErrors problems = validate(team); !problems.isEmpty())
        return problems;
    Team saved = team;
    QString error;
    if (!storage::StaffRepository(m_database, m_clock).saveTeam(saved, &error))
        return Failure{error};
    return saved;
}

QList<Staff> Staffing::staff() const
{
    return storage::StaffRepository(m_database, m_clock).staff();
}

std::optional<Staff> Staffing::staffById(qint64 staffId) const
{
    return storage::StaffRepository(m_database, m_clock).staffById(staffId);
}

QList<Team> Staffing::teams() const
{
    return storage::StaffRepository(m_database, m_clock).teams();
}

std::optional<Team> Staffing::teamById(qint64 teamId) const
{
    return storage::StaffRepository(m_database, m_clock).teamById(teamId);
}

std::optional<Team> Staffing::teamByName(const QString &name) const
{
    return storage::StaffRepository(m_database, m_clock).teamByName(name);
}

QList<TeamMembership> Staffing::memberships() const
{
    return storage::StaffRepository(m_database, m_clock).memberships();
}

QList<Staff> Staffing::members(qint64 teamId) const
{
    return storage::StaffRepository(m_database, m_clock).members(teamId);
}

QList<Team> Staffing::teamsOf(qint64 staffId) const
{
    return storage::StaffRepository(m_database, m_clock).teamsOf(staffId);
}

} // namespace bb::care
