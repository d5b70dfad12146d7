// SPDX-License-Identifier: MIT
#pragma once

#include "TestServer.h"
#include "domain/Actor.h"
#include "domain/Booking.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

#include <catch2/catch.hpp>

#include <ostream>

QT_BEGIN_NAMESPACE
// Catch prints Qt values in failure messages through these.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}
inline std::ostream &operator<<(std::ostream &os, const QDate &value)
{
    return os << value.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::test {

/// The date core tests hand the rules as today: after every booking, scan and worked example
/// they use, so a test states the one date it is about.
inline const QDate kToday(2026, 12, 1);

/// A valid, low-risk booking to change one thing at a time from.
Booking lowRiskBooking();

/// lowRiskBooking() with every detail of the booking recorded, none at its default: her
/// baseline observations, bloods, screening, medicines, enquiries, next of kin and two earlier
/// pregnancies (a birth by emergency caesarean and a miscarriage).
Booking bookingWithDetails();

/// The statements that take a file of today's schema back to `schema` (13 or later), newest
/// schema first: for tests of what opening an older file does.
QStringList undoSchemasAfter(int schema);

/// A scratch folder removed at the end of the test.
struct ScratchDir
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

QByteArray readFile(const QString &path);

/// Points HOME, TMPDIR and the XDG folders (config, cache, data, state, runtime) at folders
/// of a scratch directory while it lives, so a test can see every file a session leaves in
/// them; the environment is put back after.
class RedirectedHome
{
public:
    explicit RedirectedHome(const QString &root);
    ~RedirectedHome();
    RedirectedHome(const RedirectedHome &) = delete;
    RedirectedHome &operator=(const RedirectedHome &) = delete;

private:
    QHash<QByteArray, std::optional<QByteArray>> m_before;
};

/// The files under `root`, other than `expected`, whose bytes contain any of `needles`, each
/// as `path: needle`.
QStringList filesMentioning(const QString &root, const QStringList &needles,
                            const QStringList &expected = {});

/// The text of each page of a PDF, as pdftotext reads it (poppler-utils, which `tools/dev`
/// installs: a test of printed pages fails rather than passes without it).
QStringList pdfPages(const QString &pdf);

/// Who the tests say made a change.
Actor testMidwife();
/// Who the tests say changed staff, teams, absences or the schedule.
Actor testTeamLead();
/// Who the tests say changed the settings or users.
Actor testAdministrator();

/// Adds a user who can log in (as an administrator of the tests would), for a test that runs
/// the command line or logs in on a database it made itself.
void addUser(const storage::Database &database, const Clock &clock, const QString &username,
             UserRole role, const QString &password);

/// Books her through care::Bookings (validated, with care plan version 1) as the test midwife,
/// setting her ids; false with `error` set otherwise.
bool book(const storage::Database &database, const Clock &clock, Booking &booking, QString *error);
bool bookAll(const storage::Database &database, const Clock &clock, QList<Booking> &bookings,
             QString *error);

/// Leaves the open marker of a process that is no longer running, as a crash would.
void leaveMarkerOfCrashedProcess(const QSqlDatabase &db);
QString examplesDir();

} // namespace bb::test
