// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
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

/// A staff member as edited, and the one team she is to belong to.
struct StaffChange
{
    Staff staff;       ///< id 0 for someone new
    qint64 teamId = 0; ///< 0: no team
};

/// The staff list and its teams, as the team lead keeps them. Each save is one transaction by
/// `actor`; a save by an unknown actor is refused. (Staff and team records keep no history of
/// who changed them yet.)
class Staffing
{
public:
    Staffing(const storage::Database &database, const Clock &clock);

    /// Saves her and, when `teamId` is not the first of her teams, moves her from that team to
    /// `teamId`: all of it, or nothing.
    Outcome<Staff> saveStaff(const StaffChange &change, const Actor &actor) const;
    Outcome<Team> saveTeam(const Team &team, const Actor &actor) const;

    // What the team screens list.
    QList<Staff> staff() const;
    std::optional<Staff> staffById(qint64 staffId) const;
    QList<Team> teams() const;
    std::optional<Team> teamById(qint64 teamId) const;
    std::optional<Team> teamByName(const QString &name) const;
    /// Every membership, by team then staff id.
    QList<TeamMembership> memberships() const;
    QList<Staff> members(qint64 teamId) const;
    QList<Team> teamsOf(qint64 staffId) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
