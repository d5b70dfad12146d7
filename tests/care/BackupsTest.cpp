// SPDX-License-Identifier: MIT
// Backups a trust can rely on without anyone remembering them: taken by themselves when the last
// is as old as the setting, the newest few kept, and a copy made before any migration.
#include "TestSupport.h"

#include "access/SealedFiles.h"
#include "care/Backups.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace bb;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    QString folder = scratch.file(QStringLiteral("backups"));
    FixedClock clock{QDateTime(test::kToday, QTime(8, 0), Qt::UTC)};
    QString error;
    std::unique_ptr<storage::Database> db = storage::Database::open(path, &error);
    care::Backups backups{*db, clock};

    void set(const QString &key, const QString &value)
    {
        REQUIRE(storage::SettingsRepository(*db).setValue(key, value, clock.now(), &error));
    }
    care::BackupMade backUpAfter(int seconds)
    {
        clock.set(clock.now().addSecs(seconds));
        const auto made =
            backups.backUp(folder, test::testMidwife(), care::Backups::Rotation::KeepNewest);
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        return made.value();
    }
};

} // namespace

TEST_CASE("A backup is due when there has been none, or the last is as old as the setting",
          "[care][backup]")
{
    Fixture f;
    CHECK(f.backups.isDue());
    f.backUpAfter(0);
    CHECK_FALSE(f.backups.isDue());
    f.clock.set(f.clock.now().addSecs(23 * 3600 + 3599));
    CHECK_FALSE(f.backups.isDue());
    f.clock.set(f.clock.now().addSecs(1));
    CHECK(f.backups.isDue()); // daily unless the trust says otherwise
    f.set(QStringLiteral("backup_every_hours"), QStringLiteral("48"));
    CHECK_FALSE(f.backups.isDue());
}

TEST_CASE("Only the newest backups the trust keeps are left in the folder", "[care][backup]")
{
    Fixture f;
    f.set(QStringLiteral("backup_keep"), QStringLiteral("2"));
    // A file of someone else's is not the app's to remove.
    QFile other(QDir(f.folder).filePath(QStringLiteral("notes.txt")));
    REQUIRE(QDir().mkpath(f.folder));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();

    CHECK(f.backUpAfter(0).removedOld == 0);
    CHECK(f.backUpAfter(3600).removedOld == 0);
    const care::BackupMade third = f.backUpAfter(3600);
    CHECK(third.removedOld == 1);
    CHECK(f.backUpAfter(3600).removedOld == 1);
    QStringList left = QDir(f.folder).entryList(QDir::Files, QDir::Name);
    CHECK(left == QStringList{QStringLiteral("clinic-20261201-100000.sqlite"),
                              QStringLiteral("clinic-20261201-110000.sqlite"),
                              QStringLiteral("notes.txt")});
}

TEST_CASE("A file is copied, as it was, beside it before a migration changes it",
          "[storage][backup][migration]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    QString error;
    {
        auto db = storage::Database::open(path, &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        for (const QString &statement : test::undoSchemasAfter(26))
            REQUIRE(q.exec(statement));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 26")));
    }
    REQUIRE(storage::Database::open(path, &error));
    const QString copy = scratch.file(QStringLiteral("clinic.sqlite.before-schema-%1")
                                          .arg(storage::Database::latestSchemaVersion()));
    REQUIRE(QFileInfo::exists(copy));
    CHECK((QFile::permissions(copy) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("premigration"));
        raw.setDatabaseName(copy);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(raw.open());
        QSqlQuery version(raw);
        REQUIRE(version.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(version.next());
        CHECK(version.value(0).toInt() == 26);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("premigration"));
    // A file at the newest schema is opened without another copy.
    REQUIRE(storage::Database::open(path, &error));
    CHECK(QFileInfo(path)
              .dir()
              .entryList({QStringLiteral("*.before-schema-*")}, QDir::Files)
              .size() == 1);
}

TEST_CASE("A sealed file opens with its passphrase only, and a shortened one is told from a "
          "whole one",
          "[access][backup][encrypted]")
{
    test::ScratchDir scratch;
    const QString plain = scratch.file(QStringLiteral("plain.bin"));
    QByteArray content;
    for (int i = 0; i < 150 * 1024; ++i)
        content.append(char(i % 251));
    QFile file(plain);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    QString why;
    const auto key = access::deriveBackupKey(QStringLiteral("a passphrase of ours"), &why);
    REQUIRE(key);
    const QString sealed = scratch.file(QStringLiteral("sealed.enc"));
    REQUIRE(access::sealFile(plain, sealed, *key, &why));
    CHECK(access::isSealedFile(sealed));
    CHECK_FALSE(access::isSealedFile(plain));

    const QString opened = scratch.file(QStringLiteral("opened.bin"));
    CHECK_FALSE(access::openSealedFile(sealed, opened, QStringLiteral("another passphrase"), &why));
    CHECK_FALSE(QFileInfo::exists(opened));
    REQUIRE(access::openSealedFile(sealed, opened, QStringLiteral("a passphrase of ours"), &why));
    CHECK(test::readFile(opened) == content);

    // Its last part removed whole: every part left is sound, but the end is missing.
    QByteArray whole = test::readFile(sealed);
    const qsizetype lastPart = 150 * 1024 - 2 * 64 * 1024 + 17; // with its tag and MAC
    QFile shortened(scratch.file(QStringLiteral("short.enc")));
    REQUIRE(shortened.open(QIODevice::WriteOnly));
    shortened.write(whole.left(whole.size() - lastPart));
    shortened.close();
    CHECK_FALSE(access::openSealedFile(shortened.fileName(), opened,
                                       QStringLiteral("a passphrase of ours"), &why));
    CHECK(why.contains(QStringLiteral("cut short")));
}
