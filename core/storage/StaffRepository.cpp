// SPDX-License-Identifier: MIT
#include "storage/StaffRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TeamRows.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace bb::storage {
namespace {

using namespace rows;

constexpr auto kSelectStaff = "SELECT id, name, role, fte FROM staff";
constexpr auto kInsertStaff = "INSERT INTO staff (name, role, fte, updated_at) VALUES (?, ?, ?, ?)";
constexpr auto kUpdateStaff =
    "UPDATE staff SET name = ?, role = ?, fte = ?, updated_at = ? WHERE id = ?";
constexpr auto kSelectSkills = "SELECT code FROM staff_skill WHERE staff_id = ? ORDER BY code";
constexpr auto kDeleteSkills = "DELETE FROM staff_skill WHERE staff_id = ?";
constexpr auto kInsertSkill = "INSERT INTO staff_skill (staff_id, code) VALUES (?, ?)";
constexpr auto kSelectDays =
    "SELECT day_of_week FROM staff_working_day WHERE staff_id = ? ORDER BY day_of_week";
constexpr auto kDeleteDays = "DELETE FROM staff_working_day WHERE staff_id = ?";
constexpr auto kInsertDay = "INSERT INTO staff_working_day (staff_id, day_of_week) VALUES (?, ?)";

constexpr auto kSelectTeam = "SELECT id, name, kind, base, caseload_per_wte, phone FROM team";
constexpr auto kInsertTeam = R"(
    INSERT INTO team (name, kind, base, caseload_per_wte, phone, updated_at)
    VALUES (?, ?, ?, ?, ?, ?))";
constexpr auto kUpdateTeam = R"(
    UPDATE team SET name = ?, kind = ?, base = ?, caseload_per_wte = ?, phone = ?, updated_at = ?
     WHERE id = ?)";
constexpr auto kSelectAreas = "SELECT area FROM team_area WHERE team_id = ? ORDER BY area";
constexpr auto kDeleteAreas = "DELETE FROM team_area WHERE team_id = ?";
constexpr auto kInsertArea = "INSERT INTO team_area (team_id, area) VALUES (?, ?)";

constexpr auto kInsertMember = "INSERT INTO team_member (team_id, staff_id) VALUES (?, ?)";
constexpr auto kDeleteMember = "DELETE FROM team_member WHERE team_id = ? AND staff_id = ?";
constexpr auto kSelectMember = "SELECT 1 FROM team_member WHERE team_id = ? AND staff_id = ?";
constexpr auto kSelectMemberships =
    "SELECT team_id, staff_id FROM team_member ORDER BY team_id, staff_id";

constexpr auto kStaffExists = "SELECT 1 FROM staff WHERE id = ?";
constexpr auto kTeamExists = "SELECT 1 FROM team WHERE id = ?";

} // namespace

bool runWrite(QSqlDatabase db, QString *error, const std::function<bool()> &work)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(error, transaction.error());
    if (!work())
        return false; // the guard rolls back
    return transaction.commit() || fail(error, transaction.error());
}

StaffRepository::StaffRepository(const Database &database) : m_database(database) {}

QSqlDatabase StaffRepository::db() const
{
    return m_database.connection();
}

bool StaffRepository::write(QString *error, const std::function<bool()> &work) const
{
    return runWrite(db(), error, work);
}

// ---- staff ----

QList<Staff> StaffRepository::staffWhere(const QString &condition, const QVariantList &values) const
{
    QList<Staff> list;
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectStaff) + condition, values, nullptr, &q))
        return list;
    while (q.next()) {
        Staff s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.role = codes::staffRoleFromCode(q.value(2).toString()).value_or(StaffRole::Midwife);
        s.fte = q.value(3).toDouble();
        list << s;
    }
    for (Staff &s : list) {
        QSqlQuery skills(db());
        if (execute(db(), sql(kSelectSkills), {s.id}, nullptr, &skills)) {
            while (skills.next())
                s.skills << skills.value(0).toString();
        }
        QSqlQuery days(db());
        if (execute(db(), sql(kSelectDays), {s.id}, nullptr, &days)) {
            while (days.next())
                s.workingDays << days.value(0).toInt();
        }
    }
    return list;
}

QList<Staff> StaffRepository::staff() const
{
    return staffWhere(QStringLiteral(" ORDER BY id"), {});
}

std::optional<Staff> StaffRepository::staffById(qint64 id) const
{
    const auto found = staffWhere(QStringLiteral(" WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Staff>(found.front());
}

bool StaffRepository::saveStaff(Staff &staff, const QDateTime &at, QString *error) const
{
    const FieldErrors errors = validate(staff);
    if (!errors.isEmpty())
        return refuse(errors, error);
    Staff written = staff;
    written.skills.sort();
    std::sort(written.workingDays.begin(), written.workingDays.end());
    if (!write(error, [&] { return writeStaff(written, at, error); }))
        return false;
    staff = written;
    return true;
}

bool StaffRepository::writeStaff(Staff &s, const QDateTime &at, QString *error) const
{
    const QString now = at.toString(Qt::ISODate);
    if (!upsert(db(), s.id, kInsertStaff, kUpdateStaff, {s.name, codes::toCode(s.role), s.fte, now},
                QStringLiteral("staff member"), error) ||
        !execute(db(), sql(kDeleteSkills), {s.id}, error) ||
        !execute(db(), sql(kDeleteDays), {s.id}, error))
        return false;
    for (const QString &skill : s.skills) {
        if (!execute(db(), sql(kInsertSkill), {s.id, skill}, error))
            return false;
    }
    for (int day : s.workingDays) {
        if (!execute(db(), sql(kInsertDay), {s.id, day}, error))
            return false;
    }
    return true;
}

// ---- teams and membership ----

QList<Team> StaffRepository::teamsWhere(const QString &condition, const QVariantList &values) const
{
    QList<Team> list;
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectTeam) + condition, values, nullptr, &q))
        return list;
    while (q.next()) {
        Team t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.kind = codes::teamKindFromCode(q.value(2).toString()).value_or(TeamKind::Community);
        t.base = q.value(3).toString();
        t.caseloadPerFullTimeMidwife = q.value(4).toInt();
        t.phone = q.value(5).toString();
        list << t;
    }
    for (Team &t : list) {
        QSqlQuery areas(db());
        if (execute(db(), sql(kSelectAreas), {t.id}, nullptr, &areas)) {
            while (areas.next())
                t.postcodeAreas << areas.value(0).toString();
        }
    }
    return list;
}

QList<Team> StaffRepository::teams() const
{
    return teamsWhere(QStringLiteral(" ORDER BY id"), {});
}

std::optional<Team> StaffRepository::teamById(qint64 id) const
{
    const auto found = teamsWhere(QStringLiteral(" WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Team>(found.front());
}

std::optional<Team> StaffRepository::teamByName(const QString &name) const
{
    // Compared here rather than with SQL lower(), which folds ASCII only in SQLite.
    for (const Team &team : teams()) {
        if (team.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return team;
    }
    return std::nullopt;
}

QList<Team> StaffRepository::teamsCovering(const QString &postcode) const
{
    QList<Team> list = teams();
    list.removeIf([&](const Team &team) { return !team.covers(postcode); });
    return list;
}

bool StaffRepository::saveTeam(Team &team, const QDateTime &at, QString *error) const
{
    const FieldErrors errors = validate(team);
    if (!errors.isEmpty())
        return refuse(errors, error);
    Team written = team;
    for (QString &area : written.postcodeAreas)
        area = area.trimmed().toUpper();
    written.postcodeAreas.sort();
    written.postcodeAreas.removeDuplicates();
    if (!write(error, [&] { return writeTeam(written, at, error); }))
        return false;
    team = written;
    return true;
}

bool StaffRepository::writeTeam(Team &t, const QDateTime &at, QString *error) const
{
    const QString now = at.toString(Qt::ISODate);
    if (!upsert(db(), t.id, kInsertTeam, kUpdateTeam,
                {t.name, codes::toCode(t.kind), text(t.base), t.caseloadPerFullTimeMidwife,
                 text(t.phone), now},
                QStringLiteral("team"), error) ||
        !execute(db(), sql(kDeleteAreas), {t.id}, error))
        return false;
    for (const QString &area : t.postcodeAreas) {
        if (!execute(db(), sql(kInsertArea), {t.id, area}, error))
            return false;
    }
    return true;
}

bool StaffRepository::addMember(qint64 teamId, qint64 staffId, QString *error) const
{
    return write(error, [&] {
        if (!exists(db(), kTeamExists, {teamId}))
            return fail(error,
                        QStringLiteral("team_member.team_id: no team with id %1").arg(teamId));
        if (!exists(db(), kStaffExists, {staffId}))
            return fail(
                error,
                QStringLiteral("team_member.staff_id: no staff member with id %1").arg(staffId));
        if (isMember(teamId, staffId))
            return true; // already a member: nothing to change
        return execute(db(), sql(kInsertMember), {teamId, staffId}, error);
    });
}

bool StaffRepository::removeMember(qint64 teamId, qint64 staffId, QString *error) const
{
    return write(error, [&] {
        return execute(db(), sql(kDeleteMember), {teamId, staffId}, error);
    });
}

bool StaffRepository::isMember(qint64 teamId, qint64 staffId) const
{
    QSqlQuery q(db());
    return execute(db(), sql(kSelectMember), {teamId, staffId}, nullptr, &q) && q.next();
}

QList<TeamMembership> StaffRepository::memberships() const
{
    QList<TeamMembership> list;
    QSqlQuery q(db());
    if (execute(db(), sql(kSelectMemberships), {}, nullptr, &q)) {
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return list;
}

QList<Staff> StaffRepository::members(qint64 teamId) const
{
    return staffWhere(
        QStringLiteral(
            " WHERE id IN (SELECT staff_id FROM team_member WHERE team_id = ?) ORDER BY id"),
        {teamId});
}

QList<Team> StaffRepository::teamsOf(qint64 staffId) const
{
    return teamsWhere(
        QStringLiteral(
            " WHERE id IN (SELECT team_id FROM team_member WHERE staff_id = ?) ORDER BY id"),
        {staffId});
}

} // namespace bb::storage
