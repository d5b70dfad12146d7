// SPDX-License-Identifier: MIT
#pragma once
// What every command-line test shares: running the real executable as a script would, and
// looking into the database it wrote.

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bb::clitest {

/// One run of bbclinic-cli: its exit code and what it wrote.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

/// Runs `copies` of the same command at once, each given `input`, logged in as cli() would;
/// their runs in the order they were started.
QList<Run> cliAtOnce(const QStringList &args, int copies, const QByteArray &input);

/// Runs `sql` on `db` with the sqlite3 program, as someone with the file but not the app would.
void behindTheAppsBack(const QString &db, const QString &sql);

/// Runs bbclinic-cli with `args`, `input` on its standard input, logged in as the tests' team
/// lead of the database `--db` names (`priya.mistry` in a demonstration database, `lead` in one
/// whose `init` this made, with `admin` its first administrator) unless `args` say `--as`
/// themselves. BBCLINIC_USER and BBCLINIC_PASSWORD of the test's own environment never reach it.
Run cli(const QStringList &args, const QByteArray &input = {});

/// Makes `db` an empty clinic database, with its first administrator and the tests' team lead.
void initEmpty(const QString &db);

/// Forgets who logs in to `db`, for a test that removes the file and makes it again.
void forgetLogins(const QString &db);

/// Logs in to `copy` (a backup of `db`) as to `db`: it holds the same users.
void sameLoginsAs(const QString &copy, const QString &db);

/// The first column of the first row of `sql` on the database file `db`, as a number.
int rowCount(const QString &db, const QString &sql);

/// The first column of the first row of `sql` on `db`, as text.
QString firstValue(const QString &db, const QString &sql);

/// Asha Patel (NHS number 943 476 5919, one earlier birth), imported into `db` as booked
/// `bookedWeeksAgo` weeks before `today` at `weeksAtBooking` weeks; the import must succeed.
void importAsha(const QString &db, const QDate &today, int bookedWeeksAgo, int weeksAtBooking);

/// The NHS number of the first woman `init --demo` stored.
QString firstDemoNhsNumber(const QString &db);

} // namespace bb::clitest
