// SPDX-License-Identifier: MIT
// Opening, migrating and refusing database files.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace bb;
using namespace bb::storage;

namespace {
QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}
} // namespace

TEST_CASE("A fresh database is migrated and set up as the architecture asks", "[storage]")
{
    test::ScratchDir scratch;
    QString error;
    auto db = Database::open(scratch.file(QStringLiteral("clinic.sqlite")), &error);
    REQUIRE(db);
    CHECK(error.isEmpty());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(db->schemaVersion() >= 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt() == Database::kApplicationId);
    CHECK(db->integrityProblem().isEmpty());
}

TEST_CASE("Reopening keeps data and does not migrate again", "[storage]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    FixedClock clock(QDate(2026, 11, 1));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        Booking b = test::lowRiskBooking();
        REQUIRE(test::book(*db, clock, b, &error));
    }
    auto again = Database::open(path, &error);
    REQUIRE(again);
    CHECK(PregnancyRepository(*again).count() == 1);
}

TEST_CASE("Foreign keys are enforced", "[storage]")
{
    test::ScratchDir scratch;
    QString error;
    auto db = Database::open(scratch.file(QStringLiteral("clinic.sqlite")), &error);
    REQUIRE(db);
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(
        QStringLiteral("INSERT INTO pregnancy (woman_id, booking_date, created_at, updated_at) "
                       "VALUES (4242, '2026-10-01', 'x', 'x')")));
    CHECK(q.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
}

TEST_CASE("A database from a newer version is refused and left untouched", "[storage]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("newer.sqlite"));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = test::readFile(path);
    CHECK_FALSE(Database::open(path, &error));
    CHECK(error.contains(QStringLiteral("newer version")));
    CHECK(test::readFile(path) == before);
}

TEST_CASE("A file that is not a database, or is damaged, is refused", "[storage]")
{
    test::ScratchDir scratch;
    QString error;
    SECTION("not SQLite at all")
    {
        const QString path = scratch.file(QStringLiteral("notes.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.contains(QStringLiteral("damaged or another kind of file")));
        CHECK(test::readFile(path) == QByteArray(8192, 'x'));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("an empty file, which SQLite would make a new database of")
    {
        const QString path = scratch.file(QStringLiteral("empty.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.contains(QStringLiteral("is an empty file, not a Better Births Clinic "
                                            "database; it was not opened or changed")));
        CHECK(QFileInfo(path).size() == 0);
        CHECK_FALSE(Database::open(path, &error, Database::Access::ReadOnly));
        CHECK(QFileInfo(path).size() == 0);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("SQLite with damaged pages")
    {
        const QString path = scratch.file(QStringLiteral("damaged.sqlite"));
        {
            auto db = Database::open(path, &error);
            REQUIRE(db);
            FixedClock clock(QDate(2026, 11, 1));
            Booking b = test::lowRiskBooking();
            REQUIRE(test::book(*db, clock, b, &error));
            test::leaveMarkerOfCrashedProcess(db->connection());
            QSqlQuery q(db->connection());
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        // Overwrite the second page onwards: table b-trees that the full check walks, which
        // the marker of the process that did not close the file calls for.
        file.seek(4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.contains(QStringLiteral("damaged")));
    }
    SECTION("another application's SQLite file")
    {
        const QString path = scratch.file(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::readFile(path);
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.contains(QStringLiteral("not a Better Births Clinic database")));
        CHECK(test::readFile(path) == before); // not even switched to WAL
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
}

TEST_CASE("A read-only open reads but cannot write, and says it is read-only, not damaged",
          "[storage][readonly]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    FixedClock clock(QDate(2026, 11, 1));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
    }
    auto readOnly = Database::open(path, &error, Database::Access::ReadOnly);
    REQUIRE(readOnly);
    CHECK(readOnly->isReadOnly());
    CHECK(readOnly->readOnlyReason() == QStringLiteral("it was opened read-only"));
    Booking b = test::lowRiskBooking();
    CHECK_FALSE(test::book(*readOnly, clock, b, &error));
    CHECK(b.woman.id == 0);
    CHECK(error.contains(QStringLiteral("is read-only (it was opened read-only), so nothing can "
                                        "be saved to it")));
    CHECK_FALSE(error.contains(QStringLiteral("damaged")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A backup is a sound copy", "[storage]")
{
    test::ScratchDir scratch;
    FixedClock clock(QDate(2026, 11, 1));
    QString error;
    auto db = Database::open(scratch.file(QStringLiteral("clinic.sqlite")), &error);
    REQUIRE(db);
    Booking b = test::lowRiskBooking();
    REQUIRE(test::book(*db, clock, b, &error));
    const QString copy = scratch.file(QStringLiteral("backup.sqlite"));
    REQUIRE(db->backupTo(copy, &error));
    auto restored = Database::open(copy, &error);
    REQUIRE(restored);
    CHECK(PregnancyRepository(*restored).booking(b.pregnancy.id) == b);
}
