// SPDX-License-Identifier: MIT
// `audit` and `audit verify` end to end, and the trail's chain checked after it was changed
// behind the app's back with sqlite3.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace bb;
using namespace bb::clitest;

namespace {

Run verify(const QString &db)
{
    return cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
}

} // namespace

TEST_CASE("audit verify passes an intact trail and names the first row changed, removed or "
          "inserted behind the app's back",
          "[cli][audit][file]")
{
    test::ScratchDir scratch;
    const QString made = test::databaseAt(scratch, QStringLiteral("made.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), made, QStringLiteral("--demo")})
                .exitCode == 0);
    const Run intact = verify(made);
    INFO(intact.err.toStdString());
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.startsWith("The audit trail is intact: "));
    const int rows = rowCount(made, QStringLiteral("SELECT count(*) FROM audit_event"));
    REQUIRE(rows > 30);

    const auto copy = [&](const QString &name) {
        const QString db = scratch.file(name);
        REQUIRE(QFile::copy(made, db));
        return db;
    };
    const QString changed = copy(QStringLiteral("changed.sqlite"));
    behindTheAppsBack(changed,
                      QStringLiteral("DROP TRIGGER audit_event_never_changed; "
                                     "UPDATE audit_event SET what = 'nothing' WHERE id = 7"));
    const Run afterChange = verify(changed);
    CHECK(afterChange.exitCode == 1);
    CHECK(afterChange.errLines() ==
          QStringList{QStringLiteral("audit row 7: row 7 was changed after it was written")});

    const QString deleted = copy(QStringLiteral("deleted.sqlite"));
    behindTheAppsBack(deleted, QStringLiteral("DROP TRIGGER audit_event_never_deleted; "
                                              "DELETE FROM audit_event WHERE id = 9"));
    const Run afterDelete = verify(deleted);
    CHECK(afterDelete.exitCode == 1);
    CHECK(afterDelete.err.startsWith("audit row 10: row 10 does not follow row 8"));

    const QString newest = copy(QStringLiteral("newest.sqlite"));
    behindTheAppsBack(newest, QStringLiteral("DROP TRIGGER audit_event_never_deleted; "
                                             "DELETE FROM audit_event WHERE id >= %1")
                                  .arg(rows - 1));
    const Run afterNewest = verify(newest);
    CHECK(afterNewest.exitCode == 1);
    CHECK(afterNewest.err.contains("the newest rows were removed"));

    const QString inserted = copy(QStringLiteral("inserted.sqlite"));
    behindTheAppsBack(
        inserted, QStringLiteral("INSERT INTO audit_event (id, at, username, role, workstation, "
                                 "event, what, outcome, changes, previous_hash, hash) SELECT "
                                 "id + 1, at, username, role, workstation, event, 'slipped in', "
                                 "outcome, changes, hash, hash FROM audit_event WHERE id = %1")
                      .arg(rows));
    const Run afterInsert = verify(inserted);
    CHECK(afterInsert.exitCode == 1);
    CHECK(afterInsert.err.startsWith(QStringLiteral("audit row %1:").arg(rows + 1).toUtf8()));
}

TEST_CASE("audit lists the trail as CSV for a team lead, by woman or user, and refuses a midwife",
          "[cli][audit]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QString nhs = firstDemoNhsNumber(db);
    REQUIRE(cli({QStringLiteral("contacts"), QStringLiteral("--db"), db,
                 QStringLiteral("--nhs-number"), nhs})
                .exitCode == 0);
    const Run hers =
        cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--nhs-number"),
             nhs, QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(hers.err.toStdString());
    REQUIRE(hers.exitCode == 0);
    const QStringList lines =
        QString::fromUtf8(hers.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.front() ==
          QStringLiteral("id,at,user,role,workstation,event,nhs_number,what,outcome,changes"));
    REQUIRE(lines.size() >= 2);
    for (const QString &line : lines.mid(1))
        CHECK(line.contains(nhs));

    const Run byUser = cli({QStringLiteral("audit"), QStringLiteral("--db"), db,
                            QStringLiteral("--user"), QStringLiteral("priya.mistry")});
    REQUIRE(byUser.exitCode == 0);
    CHECK(byUser.out.contains(",priya.mistry,team_lead,"));
    CHECK_FALSE(byUser.out.contains(",demo,"));

    const Run midwife = cli({QStringLiteral("audit"), QStringLiteral("--db"), db,
                             QStringLiteral("--as"), QStringLiteral("hannah.cooper")});
    CHECK(midwife.exitCode == 1);
    CHECK(midwife.err.startsWith("A midwife may not read the whole audit trail"));
}

TEST_CASE("The database, its journal, PDFs and exports are readable by their owner only, and "
          "nothing the commands print names a woman's details beyond what was asked",
          "[cli][files][file]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"),
                 QStringLiteral("--history")})
                .exitCode == 0);
    const QString nhs = firstDemoNhsNumber(db);
    const QString pdf = scratch.file(QStringLiteral("plan.pdf"));
    const QString json = scratch.file(QStringLiteral("booking.json"));
    REQUIRE(cli({QStringLiteral("print"), QStringLiteral("--db"), db,
                 QStringLiteral("--nhs-number"), nhs, QStringLiteral("--document"),
                 QStringLiteral("careplan"), QStringLiteral("--out"), pdf})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("export-booking"), QStringLiteral("--db"), db,
                 QStringLiteral("--nhs-number"), nhs, QStringLiteral("--out"), json})
                .exitCode == 0);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther;
    for (const QString &file : {db, pdf, json}) {
        INFO(file.toStdString());
        const auto mode = QFile::permissions(file);
        CHECK((mode & ownerOnly) == ownerOnly);
        CHECK((mode & others) == 0);
    }
    // Printing and exporting are in her record's audit.
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE event = 'print' AND "
                                      "what LIKE 'care plan version %'")) == 1);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE event = 'view' AND "
                                      "what = 'her booking, exported'")) == 1);
}
