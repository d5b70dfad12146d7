// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace bb::storage {

class Database;

/// Runs `work` as one write in a Transaction (a savepoint inside a caller's, so that several
/// saves a caller holds together are stored together). False, with `error` set, when anything
/// failed; nothing of `work` is then kept.
bool runWrite(QSqlDatabase db, QString *error, const std::function<bool()> &work);

/// All SQL for the people who give care and how their work is organised: staff with their
/// skills and working days, teams with the postcode areas they cover and their members,
/// venues, weekly clinic sessions and absences. Every save is one transaction; a refused save
/// changes nothing and leaves the caller's value (and its id) as it was.
class StaffRepository
{
public:
    explicit StaffRepository(const Database &database);

    /// Everyone, by id.
    QList<Staff> staff() const;
    std::optional<Staff> staffById(qint64 id) const;
    /// Inserts (id 0) or updates her, with her skills and working days (stored sorted), stamped
    /// `at`.
    bool saveStaff(Staff &staff, const QDateTime &at, QString *error) const;

    /// Every team, by id.
    QList<Team> teams() const;
    std::optional<Team> teamById(qint64 id) const;
    /// Ignoring case, as a midwife types it.
    std::optional<Team> teamByName(const QString &name) const;
    /// Inserts (id 0) or updates it, stamped `at`; postcode areas are stored upper case,
    /// sorted, once each.
    bool saveTeam(Team &team, const QDateTime &at, QString *error) const;
    /// The teams whose areas include her postcode.
    QList<Team> teamsCovering(const QString &postcode) const;

    bool addMember(qint64 teamId, qint64 staffId, QString *error) const;
    bool removeMember(qint64 teamId, qint64 staffId, QString *error) const;
    bool isMember(qint64 teamId, qint64 staffId) const;
    /// Every membership, by team then staff id.
    QList<TeamMembership> memberships() const;
    QList<Staff> members(qint64 teamId) const;
    QList<Team> teamsOf(qint64 staffId) const;

    QList<Venue> venues() const;
    std::optional<Venue> venueById(qint64 id) const;
    bool saveVenue(Venue &venue, QString *error) const;

    /// Every session, by day, start time and clinician.
    QList<ClinicSession> sessions() const;
    QList<ClinicSession> sessionsOf(qint64 staffId) const;
    /// Refuses a session that overlaps another of hers on the same day of the week.
    bool saveSession(ClinicSession &session, QString *error) const;
    bool removeSession(qint64 id, QString *error) const;

    /// Records days away. Booked appointments in that time are not changed here: rebooking
    /// them is the scheduler's work.
    bool saveAbsence(Absence &absence, const QDateTime &at, QString *error) const;
    bool removeAbsence(qint64 id, QString *error) const;
    /// Her absences, earliest first.
    QList<Absence> absences(qint64 staffId) const;
    /// Anyone's absences that overlap `from`..`to` (both included), by start then clinician.
    QList<Absence> absencesBetween(const QDate &from, const QDate &to) const;
    /// The absence she is on that day, if any.
    std::optional<Absence> absenceOn(qint64 staffId, const QDate &date) const;

private:
    QSqlDatabase db() const;
    bool write(QString *error, const std::function<bool()> &work) const;
    bool writeStaff(Staff &staff, const QDateTime &at, QString *error) const;
    bool writeTeam(Team &team, const QDateTime &at, QString *error) const;
    bool checkSession(const ClinicSession &session, QString *error) const;
    QList<Staff> staffWhere(const QString &condition, const QVariantList &values) const;
    QList<Team> teamsWhere(const QString &condition, const QVariantList &values) const;
    QList<ClinicSession> sessionsWhere(const QString &condition, const QVariantList &values) const;
    QList<Absence> absencesWhere(const QString &condition, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace bb::storage
