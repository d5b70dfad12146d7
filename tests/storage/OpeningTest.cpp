// SPDX-License-Identifier: MIT
// Opening reads only what does not grow with the file; the full check runs when a close was
// not clean, and a file it finds damaged is never written.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace bb;
using namespace bb::storage;

namespace {

int markerRows(const QString &path)
{
    QString error;
    const auto reader = Database::open(path, &error, Database::Access::ReadOnly);
    REQUIRE(reader);
    QSqlQuery q(reader->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM open_marker")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// A file with enough pages that damage near its end hits table b-trees, not the schema.
void fillWithRows(const Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")));
    REQUIRE(q.exec(QStringLiteral("CREATE INDEX filler_by_body ON filler (body)")));
    REQUIRE(q.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "INSERT INTO filler (body) SELECT printf('%.200d', i * 7919) FROM n")));
}

/// Damages pages of the filler table, made last and so at the end of the file, and leaves the
/// schema, which the light checks at open read, alone.
void damageTheFillerTable(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    REQUIRE(pages > 150);
    file.seek((pages - 40) * 4096);
    file.write(QByteArray(16 * 4096, '\x5a'));
}

/// Makes a file whose last writer crashed, and damages it while nothing has it open.
QString crashedAndDamaged(const test::ScratchDir &scratch)
{
    const QString path = scratch.file(QStringLiteral("crashed.sqlite"));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        fillWithRows(*db);
        test::leaveMarkerOfCrashedProcess(db->connection());
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    damageTheFillerTable(path);
    return path;
}

} // namespace

TEST_CASE("A clean close leaves no marker, and the next open skips the full check", "[storage]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        CHECK(markerRows(path) == 1);
    }
    CHECK(markerRows(path) == 0);
    auto again = Database::open(path, &error);
    REQUIRE(again);
    CHECK_FALSE(again->fullCheckWasDue());
}

TEST_CASE("The marker of a process that is gone calls for the full check once", "[storage]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        test::leaveMarkerOfCrashedProcess(db->connection());
    }
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        CHECK(db->fullCheckWasDue());
        CHECK(markerRows(path) == 1); // the crashed one is gone, this open's own is there
    }
    auto third = Database::open(path, &error);
    REQUIRE(third);
    CHECK_FALSE(third->fullCheckWasDue());
}

TEST_CASE("A second connection beside a running one does not take it for a crash", "[storage]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    QString error;
    auto first = Database::open(path, &error);
    REQUIRE(first);
    auto second = Database::open(path, &error);
    REQUIRE(second);
    CHECK_FALSE(second->fullCheckWasDue());
}

TEST_CASE("After an unclean close a damaged file is refused and never written", "[storage]")
{
    test::ScratchDir scratch;
    const QString path = crashedAndDamaged(scratch);
    const QByteArray before = test::readFile(path);
    QString error;

    SECTION("checked before opening")
    {
        CHECK_FALSE(Database::open(path, &error));
        CHECK(error.contains(QStringLiteral("is damaged and was not opened")));
    }
    SECTION("checked in the background while the window is up")
    {
        auto db = Database::open(path, &error, Database::Access::ReadWrite,
                                 Database::FullCheck::InBackground);
        INFO(error.toStdString());
        REQUIRE(db);
        CHECK(db->fullCheckWasDue());
        CHECK_FALSE(db->backgroundCheck().result().isEmpty());
        CHECK(db->writeRefusal().contains(QStringLiteral("failed its integrity check")));
        Transaction write(db->connection());
        CHECK_FALSE(write.isActive());
        CHECK(write.error().contains(QStringLiteral("nothing is saved")));
    }
    CHECK(test::readFile(path) == before);
    const QFile wal(path + QStringLiteral("-wal"));
    CHECK((!wal.exists() || wal.size() == 0));
}

TEST_CASE("A sound file checked in the background can be written once the check passes",
          "[storage]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        fillWithRows(*db);
        test::leaveMarkerOfCrashedProcess(db->connection());
    }
    auto db = Database::open(path, &error, Database::Access::ReadWrite,
                             Database::FullCheck::InBackground);
    REQUIRE(db);
    Transaction write(db->connection()); // waits for the check
    REQUIRE(write.isActive());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO filler (body) VALUES ('after the check')")));
    REQUIRE(write.commit());
    CHECK(db->backgroundCheck().result().isEmpty());
    CHECK(markerRows(path) == 1);
}

TEST_CASE("A file that lacks a table its schema version promises is refused", "[storage]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("clinic.sqlite"));
    QString error;
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE form_draft")));
    }
    CHECK_FALSE(Database::open(path, &error));
    CHECK(error.contains(QStringLiteral("lacks the table(s) form_draft")));
}
