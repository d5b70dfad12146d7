// SPDX-License-Identifier: MIT
// `init --demo` is all or nothing: the demonstration is made whole before it has the name asked
// for, so what a killed run leaves behind never stops the next one.
#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace bb;
using namespace bb::clitest;

namespace {
Run initDemo(const QString &db)
{
    return cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"),
                QStringLiteral("--history")});
}
} // namespace

TEST_CASE("init --demo makes the whole demonstration, whatever a killed earlier run left",
          "[cli][demo]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("demo.sqlite"));

    SECTION("a half-made file of a killed run beside it")
    {
        QFile part(db + QStringLiteral(".demo-part"));
        REQUIRE(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(4096, 'x'));
        part.close();
    }
    SECTION("an empty clinic file, with nobody and nothing in it, under its name")
    {
        // As `init` without --admin leaves it: made and migrated, then stopped for want of its
        // first administrator.
        QString error;
        REQUIRE(storage::Database::open(db, &error));
        REQUIRE(QFile::exists(db));
    }

    const Run made = initDemo(db);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains("with 60 women"));
    CHECK(QFileInfo(db).dir().entryList(QDir::Files) == QStringList{QStringLiteral("demo.sqlite")});
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM birth")) == 3);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM app_user WHERE username = 'admin'")) ==
          1);

    // Run again, it adds nothing.
    const Run again = initDemo(db);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("already holds 60 women"));
}
