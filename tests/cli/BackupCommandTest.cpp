// SPDX-License-Identifier: MIT
// `backup`: a copy of the database checked before it is given its name, readable by its owner
// only, that opens as the clinic it was taken from; and a backup that cannot be made is said,
// leaves nothing behind, and is in the audit trail either way.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace bb;
using namespace bb::clitest;

TEST_CASE("backup makes a checked copy, owner-only, that opens as the clinic it was taken from",
          "[cli][backup]")
{
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("clinic.sqlite"));
    initEmpty(db);
    importAsha(db, QDate::currentDate(), 2, 10);
    const QString folder = scratch.file(QStringLiteral("backups"));

    const Run first =
        cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), folder});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains("(1 women, 1 pregnancies; checked)"));
    const QStringList made = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    REQUIRE(made.size() == 1); // no .part, -wal or -shm left beside it
    CHECK(QRegularExpression(QStringLiteral("^clinic-\\d{8}-\\d{6}\\.sqlite$"))
              .match(made.front())
              .hasMatch());
    const QString backup = QDir(folder).filePath(made.front());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther;
    CHECK((QFile::permissions(backup) & others) == 0);
    CHECK((QFile::permissions(folder) & (others | QFileDevice::ExeOther)) == 0);

    // The copy is the clinic: it opens, holds her, and its audit trail is intact.
    sameLoginsAs(backup, db);
    const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), backup});
    INFO(summary.err.toStdString());
    CHECK(summary.out.contains("1 women, 1 pregnancies"));
    CHECK(summary.out.contains("Patel"));
    CHECK(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), backup})
              .exitCode == 0);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE event = 'backup' "
                                      "AND outcome = 'done'")) == 1);

    // Another in the same second is not written over the first.
    REQUIRE(
        cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), folder})
            .exitCode == 0);
    REQUIRE(
        cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), folder})
            .exitCode == 0);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == 3);
}

TEST_CASE("A backup that cannot be made says why, leaves nothing, and is in the audit trail",
          "[cli][backup]")
{
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("clinic.sqlite"));
    initEmpty(db);
    const QString notAFolder = scratch.file(QStringLiteral("a-file"));
    {
        QFile file(notAFolder);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
    }
    const Run run = cli({QStringLiteral("backup"), QStringLiteral("--db"), db,
                         QStringLiteral("--to"), notAFolder + QStringLiteral("/inside")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith("--to: not backed up: "));
    CHECK(run.out.isEmpty());
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE event = 'backup' "
                                      "AND outcome = 'failed'")) == 1);

    const Run missing = cli({QStringLiteral("backup"), QStringLiteral("--db"), db});
    CHECK(missing.exitCode == 2);
}
