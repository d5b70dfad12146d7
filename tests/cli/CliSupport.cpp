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
