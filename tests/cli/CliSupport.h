// SPDX-License-Identifier: MIT
#pragma once
// What every command-line test shares: running the real executable as a script would, and
// looking into the database it wrote.

#include <QByteArray>
#include <QDate>
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

/// Runs bbclinic-cli with `args`, `input` on its standard input.
Run cli(const QStringList &args, const QByteArray &input = {});

/// The first column of the first row of `sql` on the database file `db`, as a number.
int rowCount(const QString &db, const QString &sql);

/// Asha Patel (NHS number 943 476 5919, one earlier birth), imported into `db` as booked
/// `bookedWeeksAgo` weeks before `today` at `weeksAtBooking` weeks; the import must succeed.
void importAsha(const QString &db, const QDate &today, int bookedWeeksAgo, int weeksAtBooking);

/// The NHS number of the first woman `init --demo` stored.
QString firstDemoNhsNumber(const QString &db);

} // namespace bb::clitest
