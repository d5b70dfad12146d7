// SPDX-License-Identifier: MIT
// Many people at once on the team server: processes writing and reading together.
#include "TestSupport.h"

#include <QProcess>

#include <catch2/catch.hpp>

TEST_CASE("On the server, three processes writing and two reading for a minute lose no "
          "acknowledged write and surface no error",
          "[cli][server][contention]")
{
    const QString db = bb::test::emptyServerDatabase();
    QProcess bench;
    bench.start(QStringLiteral(BB_BENCH), {QStringLiteral("--contention"), QStringLiteral("--db"),
                                           db, QStringLiteral("--seconds"), QStringLiteral("60")});
    REQUIRE(bench.waitForFinished(240000));
    const QString report = QString::fromUtf8(bench.readAllStandardOutput());
    INFO(report.toStdString() << bench.readAllStandardError().toStdString());
    CHECK(bench.exitCode() == 0);
    CHECK(report.contains(QLatin1String(" 0 lost, 0 errors surfaced")));
}
