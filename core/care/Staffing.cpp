// SPDX-License-Identifier: MIT
#include "care/Staffing.h"

#include "care/Audited.h"
#include "care/Writes.h"
#include "storage/StaffRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Staffing)
};

} // namespace

Staffing::Staffing(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<Staff> Staffing::saveStaff(const StaffChange &change, const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const AuditEntry audit{change.staff.id ? AuditEventKind::Change : AuditEventKind::Create, 0,
                           QStringLiteral("staff member %1").arg(change.staff.name.simplified())};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::AdministerTeams, audit))
        return *refused;
    if (const FieldErrors problems = validate(change.staff); !problems.isEmpty())
        return problems;
    const storage::StaffRepository staff(m_database);
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<Staff> {
        // The team she was shown in: a member of several teams is edited in her first.
        const QList<Team> teams = change.staff.id ? staff.teamsOf(change.staff.id) : QList<Team>{};
        const qint64 wasIn = teams.isEmpty() ? 0 : teams.front().id;
        Staff saved = change.staff;
        QString error;
        if (!staff.saveStaff(saved, at, &error))
            return Failure{error};
        if (change.teamId != wasIn) {
            if (wasIn && !staff.removeMember(wasIn, saved.id, &error))
                return Failure{error};
            if (change.teamId && !staff.addMember(change.teamId, saved.id, &error))
                return Failure{error};
        }
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return saved;
    });
}

Outcome<Team> Staffing::saveTeam(const Team &team, const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const AuditEntry audit{team.id ? AuditEventKind::Change : AuditEventKind::Create, 0,
                           QStringLiteral("team %1").arg(team.name.simplified())};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::AdministerTeams, audit))
        return *refused;
    if (const FieldErrors problems = validate(team); !problems.isEmpty())
        return problems;
    return inOneTransaction(m_database, [&]() -> Outcome<Team> {
        Team saved = team;
        QString error;
        if (!storage::StaffRepository(m_database).saveTeam(saved, m_clock.now(), &error))
            return Failure{error};
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return saved;
    });
}

QList<Staff> Staffing::staff() const
{
    return storage::StaffRepository(m_database).staff();
}

std::optional<Staff> Staffing::staffById(qint64 staffId) const
{
    return storage::StaffRepository(m_database).staffById(staffId);
}

QList<Team> Staffing::teams() const
{
    return storage::StaffRepository(m_database).teams();
}

std::optional<Team> Staffing::teamById(qint64 teamId) const
{
    return storage::StaffRepository(m_database).teamById(teamId);
}

std::optional<Team> Staffing::teamByName(const QString &name) const
{
    return storage::StaffRepository(m_database).teamByName(name);
}

QList<TeamMembership> Staffing::memberships() const
{
    return storage::StaffRepository(m_database).memberships();
}

QList<Staff> Staffing::members(qint64 teamId) const
{
    return storage::StaffRepository(m_database).members(teamId);
}

QList<Team> Staffing::teamsOf(qint64 staffId) const
{
    return storage::StaffRepository(m_database).teamsOf(staffId);
}

} // namespace bb::care
