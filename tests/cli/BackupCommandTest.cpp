// SPDX-License-Identifier: MIT
// `backup`: a copy of the database checked before it is given its name, readable by its owner
// only, that opens as the clinic it was taken from; and a backup that cannot be made is said,
// leaves nothing behind, and is in the audit trail either way.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace bb;
using namespace bb::clitest;

TEST_CASE("backup makes a checked copy, owner-only, that opens as the clinic it was taken from",
          "[cli][backup]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
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
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
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

namespace {

/// Runs `sql` on `db` with the sqlite3 program, as someone with the file but not the app would.
void withSqlite3(const QString &db, const QString &sql)
{
    QProcess run;
    run.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), {db, sql});
    REQUIRE(run.waitForFinished());
    INFO(run.readAllStandardError().toStdString());
    REQUIRE(run.exitCode() == 0);
}

/// A backup of a clinic with Asha Patel, and the clinic, with one more user added since.
struct Restorable
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    QString backup;

    Restorable()
    {
        initEmpty(db);
        importAsha(db, QDate::currentDate(), 2, 10);
        const QString folder = scratch.file(QStringLiteral("backups"));
        REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"),
                     folder})
                    .exitCode == 0);
        backup = QDir(folder).filePath(QDir(folder).entryList(QDir::Files).front());
        qputenv("BBCLINIC_NEW_PASSWORD", "a new midwife's password");
        const Run added =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                 QStringLiteral("--username"), QStringLiteral("new.since"),
                 QStringLiteral("--name"), QStringLiteral("New Since"), QStringLiteral("--role"),
                 QStringLiteral("midwife"), QStringLiteral("--as"), QStringLiteral("admin")});
        qunsetenv("BBCLINIC_NEW_PASSWORD");
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }

    /// As the administrator, or else as the team lead the tests usually act as.
    Run restore(const QString &from, bool asAdministrator = true)
    {
        QStringList args = {QStringLiteral("restore"), QStringLiteral("--from"), from,
                            QStringLiteral("--db"), db};
        if (asAdministrator)
            args << QStringLiteral("--as") << QStringLiteral("admin");
        return cli(args);
    }
};

} // namespace

TEST_CASE("restore puts a checked backup in place of the database and keeps the one it replaced",
          "[cli][backup][restore]")
{
    Restorable clinic;
    const Run restored = clinic.restore(clinic.backup);
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.startsWith("Restored "));
    CHECK(restored.out.contains("(1 women, 1 pregnancies)"));
    const QString kept =
        QString::fromUtf8(restored.out).section(QStringLiteral("kept as "), 1).trimmed().chopped(1);
    REQUIRE(QFile::exists(kept));
    // What was done since the backup is in the kept file, not in the restored database.
    CHECK(rowCount(clinic.db,
                   QStringLiteral("SELECT count(*) FROM app_user WHERE username = 'new.since'")) ==
          0);
    CHECK(rowCount(kept, QStringLiteral(
                             "SELECT count(*) FROM app_user WHERE username = 'new.since'")) == 1);
    CHECK(rowCount(clinic.db, QStringLiteral("SELECT count(*) FROM audit_event WHERE event = "
                                             "'backup' AND what LIKE 'restored from %'")) == 1);
    CHECK(
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), clinic.db})
            .exitCode == 0);
    CHECK_FALSE(QFile::exists(clinic.db + QStringLiteral(".restoring")));
}

TEST_CASE("restore refuses a damaged, foreign or newer file, or anyone but an administrator, and "
          "leaves the database untouched",
          "[cli][backup][restore]")
{
    Restorable clinic;
    const QByteArray live = test::readFile(clinic.db);
    const auto copyOfBackup = [&](const char *name) {
        const QString copy = clinic.scratch.file(QString::fromLatin1(name));
        REQUIRE(QFile::copy(clinic.backup, copy));
        return copy;
    };

    const QString damaged = copyOfBackup("damaged.sqlite");
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 3 * 4096);
        file.seek(2 * 4096);
        file.write(QByteArray(4096, '\xA5'));
    }
    const QString foreign = clinic.scratch.file(QStringLiteral("foreign.sqlite"));
    withSqlite3(foreign, QStringLiteral("CREATE TABLE notes (body TEXT); INSERT INTO notes "
                                        "VALUES ('not a clinic');"));
    const QString newer = copyOfBackup("newer.sqlite");
    withSqlite3(newer, QStringLiteral("PRAGMA user_version = 999;"));

    for (const QString &from :
         {damaged, foreign, newer, clinic.scratch.file(QStringLiteral("missing.sqlite"))}) {
        INFO(from.toStdString());
        const Run refused = clinic.restore(from);
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("not restored: "));
        CHECK_FALSE(refused.err.contains("Restore it from a backup"));
        CHECK(refused.out.isEmpty());
    }
    const Run teamLead = clinic.restore(clinic.backup, false);
    CHECK(teamLead.exitCode == 1);
    CHECK(teamLead.err.contains("A team lead may not restore a backup"));

    CHECK(test::readFile(clinic.db) == live);
    CHECK(QDir(clinic.scratch.dir.path())
              .entryList({QStringLiteral("clinic.sqlite.*")}, QDir::Files)
              .filter(QStringLiteral("restor"))
              .isEmpty());
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--db"), clinic.db}).exitCode == 2);
}

TEST_CASE("With a backup passphrase set, backups are encrypted, restore with it, and are refused "
          "with a wrong one or once changed",
          "[cli][backup][restore][encrypted]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    initEmpty(db);
    importAsha(db, QDate::currentDate(), 2, 10);
    const QByteArray passphrase = "Leicester backups 2026";
    qputenv("BBCLINIC_BACKUP_PASSPHRASE", "too short");
    const Run weak = cli({QStringLiteral("backup-passphrase"), QStringLiteral("--db"), db,
                          QStringLiteral("--as"), QStringLiteral("admin")});
    CHECK(weak.exitCode == 2);
    CHECK(weak.err.contains("at least 12 characters"));
    qputenv("BBCLINIC_BACKUP_PASSPHRASE", passphrase);
    const Run byLead = cli({QStringLiteral("backup-passphrase"), QStringLiteral("--db"), db});
    CHECK(byLead.exitCode != 0); // settings are the administrators'
    const Run set = cli({QStringLiteral("backup-passphrase"), QStringLiteral("--db"), db,
                         QStringLiteral("--as"), QStringLiteral("admin")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    qunsetenv("BBCLINIC_BACKUP_PASSPHRASE");

    const QString folder = scratch.file(QStringLiteral("backups"));
    const Run made =
        cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), folder});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(files.front().endsWith(QStringLiteral(".sqlite.enc")));
    const QString backup = QDir(folder).filePath(files.front());
    const QByteArray sealed = test::readFile(backup);
    CHECK_FALSE(sealed.contains("SQLite format 3"));
    CHECK_FALSE(sealed.contains("Patel"));
    CHECK_FALSE(sealed.contains("9434765919"));

    const QStringList restore{
        QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--db"), db,
        QStringLiteral("--as"),    QStringLiteral("admin")};
    const QByteArray before = test::readFile(db);
    qputenv("BBCLINIC_BACKUP_PASSPHRASE", "Leicester backups 2025");
    const Run wrong = cli(restore);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("the passphrase is not right"));
    CHECK(test::readFile(db) == before);

    QByteArray flipped = sealed;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
    const QString changed = scratch.file(QStringLiteral("changed.sqlite.enc"));
    QFile out(changed);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(flipped);
    out.close();
    qputenv("BBCLINIC_BACKUP_PASSPHRASE", passphrase);
    QStringList fromChanged = restore;
    fromChanged[2] = changed;
    CHECK(cli(fromChanged).exitCode == 1);
    CHECK(test::readFile(db) == before);

    const Run restored = cli(restore);
    qunsetenv("BBCLINIC_BACKUP_PASSPHRASE");
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), db});
    CHECK(summary.out.contains("Patel"));
}
