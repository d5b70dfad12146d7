// SPDX-License-Identifier: MIT
#include "CliSupport.h"

#include "TestSupport.h"

#include "storage/Database.h"

#include <QProcess>
#include <QSqlQuery>

namespace bb::clitest {

Run cli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(BB_CLI), args);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void importAsha(const QString &db, const QDate &today, int bookedWeeksAgo, int weeksAtBooking)
{
    const QDate booked = today.addDays(-bookedWeeksAgo * 7);
    const QByteArray booking = QStringLiteral(R"({"format": "bbclinic-booking/1",
          "woman": {"nhs_number": "9434765919", "given_name": "Asha", "family_name": "Patel",
                    "date_of_birth": "1994-07-09", "postcode": "LE4 6AB"},
          "pregnancy": {"booking_date": "%1", "lmp": "%2", "previous_births": 1},
          "measurements": {"height_cm": 162, "weight_kg": 58, "co_ppm": 1}})")
                                   .arg(booked.toString(Qt::ISODate),
                                        booked.addDays(-weeksAtBooking * 7).toString(Qt::ISODate))
                                   .toUtf8();
    const Run imported =
        cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, QStringLiteral("-")},
            booking);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
}

int rowCount(const QString &db, const QString &sql)
{
    QString error;
    const auto database = storage::Database::open(db, &error);
    REQUIRE(database);
    QSqlQuery q(database->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString firstDemoNhsNumber(const QString &db)
{
    QString error;
    const auto database = storage::Database::open(db, &error);
    REQUIRE(database);
    QSqlQuery q(database->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT nhs_number FROM woman ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace bb::clitest
