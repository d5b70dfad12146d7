// SPDX-License-Identifier: MIT
// After a session at the command line, nothing identifying a woman is anywhere but the
// database and the files that were asked for: not in settings, caches, logs or temporary files.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>

using namespace bb;
using namespace bb::clitest;

TEST_CASE("A command-line session leaves her details only in the database and the files asked "
          "for, and no temporary file behind",
          "[cli][files]")
{
    test::ScratchDir scratch;
    const QString root = scratch.file(QStringLiteral("session"));
    const test::RedirectedHome home(root);
    REQUIRE(QDir().mkpath(root + QStringLiteral("/work")));
    const QString db = root + QStringLiteral("/work/clinic.sqlite");
    const QString pdf = root + QStringLiteral("/work/plan.pdf");
    const QString json = root + QStringLiteral("/work/booking.json");
    initEmpty(db);
    importAsha(db, QDate::currentDate(), 2, 10);
    const QString nhs = QStringLiteral("9434765919");
    for (const QStringList &command :
         {QStringList{QStringLiteral("print"), QStringLiteral("--db"), db,
                      QStringLiteral("--nhs-number"), nhs, QStringLiteral("--document"),
                      QStringLiteral("careplan"), QStringLiteral("--out"), pdf},
          QStringList{QStringLiteral("export-booking"), QStringLiteral("--db"), db,
                      QStringLiteral("--nhs-number"), nhs, QStringLiteral("--out"), json},
          QStringList{QStringLiteral("summary"), QStringLiteral("--db"), db},
          QStringList{QStringLiteral("audit"), QStringLiteral("--db"), db,
                      QStringLiteral("--nhs-number"), nhs, QStringLiteral("--format"),
                      QStringLiteral("csv")},
          QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                      db}}) {
        const Run run = cli(command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    // The files asked for do hold her details (so the search below would find them).
    REQUIRE_FALSE(test::filesMentioning(root, {nhs}, {db}).isEmpty());

    const QStringList asked = {db,
                               db + QStringLiteral("-wal"),
                               db + QStringLiteral("-shm"),
                               db + QStringLiteral("-journal"),
                               pdf,
                               json};
    const QStringList her = {nhs, QStringLiteral("943 476 5919"), QStringLiteral("Patel"),
                             QStringLiteral("LE4 6AB")};
    CHECK(test::filesMentioning(root, her, asked) == QStringList{});
    CHECK(QDir(root + QStringLiteral("/tmpdir"))
              .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
              .isEmpty());
}
