// SPDX-License-Identifier: MIT
// The team server: how --db names it, what differs between the two dialects, what a server
// database that is not ours or not ready is told, and a clinic's file copied onto it.
#include "TestSupport.h"

#include "care/Clinic.h"
#include "demo/DemoClinic.h"
#include "storage/ClinicCopy.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/Dialect.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

using namespace bb;
using storage::DatabaseLocation;

TEST_CASE("A database is a file, or a postgresql:// address with no password that reaches another "
          "computer over TLS only",
          "[storage][location]")
{
    QString error;
    const auto file = DatabaseLocation::parse(QStringLiteral("clinic.sqlite"), &error);
    REQUIRE(file);
    CHECK_FALSE(file->isServer());
    CHECK(file->file == QStringLiteral("clinic.sqlite"));

    // A socket folder, percent-encoded as libpq writes it, and the user before '@'.
    const auto socket = DatabaseLocation::parse(
        QStringLiteral("postgresql://midwife@%2Fvar%2Frun%2Fpostgresql/bbclinic"), &error);
    REQUIRE(socket);
    CHECK(socket->isServer());
    CHECK(socket->host == QStringLiteral("/var/run/postgresql"));
    CHECK(socket->user == QStringLiteral("midwife"));
    CHECK(socket->database == QStringLiteral("bbclinic"));
    CHECK(socket->isLocalServer());
    CHECK(socket->connectOptions().isEmpty()); // on this computer: no TLS asked for

    // Another computer: verify-full unless a mode that still encrypts is given.
    const auto remote = DatabaseLocation::parse(
        QStringLiteral("postgres://db.trust.nhs.uk:6432/maternity?connect_timeout=5"), &error);
    REQUIRE(remote);
    CHECK(remote->port == 6432);
    CHECK(remote->connectOptions() == QStringLiteral("sslmode=verify-full;connect_timeout=5"));
    const auto required = DatabaseLocation::parse(
        QStringLiteral("postgresql://db.trust.nhs.uk/m?sslmode=require"), &error);
    REQUIRE(required);
    CHECK(required->connectOptions() == QStringLiteral("sslmode=require"));

    // Refused, each with its reason.
    const std::pair<const char *, const char *> refused[] = {
        {"postgresql://midwife:secret@db.trust.nhs.uk/m", "password"},
        {"postgresql://db.trust.nhs.uk/m?password=secret", "password"},
        {"postgresql://db.trust.nhs.uk/m?sslmode=disable", "unencrypted"},
        {"postgresql://db.trust.nhs.uk/m?sslmode=prefer", "unencrypted"},
        {"postgresql://db.trust.nhs.uk/", "names no database"},
        {"postgresql://db.trust.nhs.uk:99999/m", "not a port number"},
        {"postgresql://a.nhs.uk,b.nhs.uk/m", "more than one host"},
        {"postgresql://db.trust.nhs.uk/m?options=-c%20x", "does not pass on"},
    };
    for (const auto &[address, why] : refused) {
        INFO(address);
        error.clear();
        CHECK_FALSE(DatabaseLocation::parse(QString::fromLatin1(address), &error));
        CHECK(error.contains(QLatin1String(why)));
    }
    // Nothing secret is ever shown.
    CHECK_FALSE(remote->display().contains(QLatin1String("secret")));
}

TEST_CASE("The server's migrations reach the same schema as a file's, and its functions are "
          "kept whole when split into statements",
          "[storage][migration]")
{
    using storage::Dialect;
    CHECK(storage::migrations::latest(Dialect::PostgreSQL) ==
          storage::migrations::latest(Dialect::SQLite));
    // Every table a file has at the newest schema, the server has too.
    QStringList file = storage::migrations::tablesUpTo(Dialect::SQLite, 99);
    QStringList server = storage::migrations::tablesUpTo(Dialect::PostgreSQL, 99);
    file.sort();
    server.sort();
    CHECK(file == server);

    const QStringList split = storage::migrations::statementsOf(
        Dialect::PostgreSQL,
        QStringLiteral("CREATE TABLE t (x INTEGER); -- a comment; with a semicolon\n"
                       "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n    RAISE EXCEPTION 'no';\nEND\n$$;\n"
                       "CREATE TRIGGER g BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION f();"));
    REQUIRE(split.size() == 3);
    CHECK(split.at(1).contains(QLatin1String("RAISE EXCEPTION 'no';\nEND\n$$")));
    CHECK(split.at(2).startsWith(QLatin1String("CREATE TRIGGER g")));
}

TEST_CASE("A server database that is newer, another application's, or sorts text by a locale is "
          "refused and left as it was",
          "[storage][server]")
{
    QString error;
    // A new, empty database is given today's schema.
    const QString fresh = test::emptyServerDatabase();
    {
        const auto db = storage::Database::open(fresh, &error);
        REQUIRE(db);
        CHECK(db->isServer());
        CHECK(db->schemaVersion() == storage::Database::latestSchemaVersion());
    }
    // Newer than this build.
    REQUIRE(test::runOnServer(fresh, QStringLiteral("UPDATE bbclinic_schema SET version = 999"),
                              &error));
    CHECK_FALSE(storage::Database::open(fresh, &error));
    CHECK(error.contains(QLatin1String("newer version")));
    CHECK(error.contains(QLatin1String("999")));

    // Another application's tables.
    const QString theirs = test::emptyServerDatabase();
    REQUIRE(
        test::runOnServer(theirs, QStringLiteral("CREATE TABLE invoices (id INTEGER)"), &error));
    CHECK_FALSE(storage::Database::open(theirs, &error));
    CHECK(error.contains(QLatin1String("not a Better Births Clinic database")));
    CHECK(test::runOnServer(theirs, QStringLiteral("SELECT 1 FROM invoices"), &error));
    QString missing;
    CHECK_FALSE(test::runOnServer(theirs, QStringLiteral("SELECT 1 FROM woman"), &missing));

    // Text sorted by a locale: prefix search by key ranges would miss names.
    const QString sorted = test::emptyServerDatabase(false);
    CHECK_FALSE(storage::Database::open(sorted, &error));
    CHECK(error.contains(QLatin1String("LOCALE 'C'")));
    CHECK_FALSE(test::runOnServer(sorted, QStringLiteral("SELECT 1 FROM woman"), &missing));
}

TEST_CASE("A save that waits on another colleague's past the timeout is told so, and nothing "
          "is saved",
          "[storage][server][concurrency]")
{
    test::ScratchDir scratch;
    QString error;
    const QString address = test::databaseAt(scratch, QStringLiteral("busy.sqlite"));
    const auto holder = storage::Database::open(address, &error);
    const auto waiter = storage::Database::open(address, &error);
    REQUIRE(holder);
    REQUIRE(waiter);
    storage::Transaction held(holder->connection());
    REQUIRE(held.isActive());
    QElapsedTimer waited;
    waited.start();
    storage::Transaction waiting(waiter->connection());
    CHECK_FALSE(waiting.isActive());
    CHECK(waited.elapsed() >= 4000); // the whole lock timeout, not at once
    CHECK(waiting.error().startsWith(QLatin1String("nothing was saved: the team server was busy")));
}

TEST_CASE("A clinic's file copied to the server has every table's rows and checksum equal, and "
          "a server that is not new is left as it was",
          "[storage][server][migrate]")
{
    test::ScratchDir scratch;
    const FixedClock clock{QDateTime(test::kToday, QTime(9, 0))};
    QString error;
    const auto file =
        storage::Database::open(scratch.file(QStringLiteral("clinic.sqlite")), &error);
    REQUIRE(file);
    const care::Clinic clinic(*file, clock);
    REQUIRE(clinic.settings.seedDefaultsIfEmpty());
    REQUIRE(demo::storeDemoClinic(*file, clinic, true, &error));

    const auto server = storage::Database::open(test::emptyServerDatabase(), &error);
    REQUIRE(server);
    const storage::ClinicCopy copy = storage::copyClinic(*file, *server);
    INFO(copy.error.toStdString());
    REQUIRE(copy.error.isEmpty());
    CHECK(copy.tables.size() == storage::copiedTables().size());
    qint64 women = 0;
    for (const storage::CopiedTable &table : copy.tables) {
        INFO(table.name.toStdString());
        CHECK(table.same());
        if (table.name == QLatin1String("woman"))
            women = table.rowsTo;
    }
    CHECK(women == 60);
    // The copy is a clinic: its seals hold there, and new rows take ids after the copied ones.
    const care::Clinic there(*server, clock);
    const auto report = there.integrity.checkAll();
    REQUIRE(report);
    CHECK(report->sound());

    // Copied again into the same server: refused, and nothing is added.
    const storage::ClinicCopy again = storage::copyClinic(*file, *server);
    CHECK(again.error.contains(QLatin1String("only into a new database")));
    CHECK(there.women.count() == 60);
}

TEST_CASE("A server that asks for a password gets it from a prompt, and a wrong one is told "
          "apart from a server that cannot be reached",
          "[storage][server]")
{
    test::ScratchDir scratch;
    QString error;
    const QString address = test::databaseAt(scratch, QStringLiteral("people.sqlite"));
    const QString nurse = QStringLiteral("nurse_%1").arg(QCoreApplication::applicationPid());
    REQUIRE(test::runOnServer(
        address,
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'correct horse battery'; "
                       "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
            .arg(nurse),
        &error));
    QString asNurse = address;
    asNurse.replace(QStringLiteral("bbtest@"), nurse + QLatin1Char('@'));

    storage::Database::setServerPassword(QString());
    CHECK_FALSE(storage::Database::open(asNurse, &error));
    CHECK(storage::Database::wantsPassword(error));
    storage::Database::setServerPassword(QStringLiteral("wrong"));
    CHECK_FALSE(storage::Database::open(asNurse, &error));
    CHECK(storage::Database::wantsPassword(error));
    storage::Database::setServerPassword(QStringLiteral("correct horse battery"));
    const auto opened = storage::Database::open(asNurse, &error);
    storage::Database::setServerPassword(QString());
    INFO(error.toStdString());
    CHECK(opened);

    // A server that is not there is not a password problem.
    QString nowhere = address;
    nowhere.replace(QStringLiteral("/t_"), QStringLiteral("/no_such_"));
    CHECK_FALSE(storage::Database::open(nowhere, &error));
    CHECK_FALSE(storage::Database::wantsPassword(error));
    CHECK(error.contains(QLatin1String("could not reach the team server")));
}

TEST_CASE("On the server a statement's values are written in by the driver, outside quoted "
          "text, names and comments, and come back exactly as they went",
          "[storage][server]")
{
    test::ScratchDir scratch;
    QString error;
    const auto db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("v.sqlite")), &error);
    REQUIRE(db);
    const QSqlDatabase connection = db->connection();
    using storage::dialect::withLiterals;
    CHECK(withLiterals(connection, QStringLiteral("SELECT '?', \"a?\", ? -- why?\n, ?"),
                       {QStringLiteral("it's"), 5},
                       &error) == QStringLiteral("SELECT '?', \"a?\", 'it''s' -- why?\n, 5"));
    CHECK(withLiterals(connection, QStringLiteral("SELECT 'it''s ?', ?"), {QVariant()}, &error) ==
          QStringLiteral("SELECT 'it''s ?', NULL"));
    // Too few values, or too many, is an error, never a statement.
    CHECK(withLiterals(connection, QStringLiteral("SELECT ?, ?"), {1}, &error).isEmpty());
    CHECK(error.contains(QLatin1String("placeholders")));
    CHECK(withLiterals(connection, QStringLiteral("SELECT ?"), {1, 2}, &error).isEmpty());

    // Text that looks like SQL is stored as text, and read back as it was typed.
    const QString typed = QStringLiteral("O'Brien'); DROP TABLE woman; -- \\ $$ ? \"x\" é");
    REQUIRE(storage::execute(connection,
                             QStringLiteral("INSERT INTO setting (key, value, updated_at) "
                                            "VALUES (?, ?, ?)"),
                             {QStringLiteral("odd"), typed, QStringLiteral("2026-12-01")}, &error));
    QSqlQuery read(connection);
    REQUIRE(storage::execute(connection, QStringLiteral("SELECT value FROM setting WHERE key = ?"),
                             {QStringLiteral("odd")}, &error, &read));
    REQUIRE(read.next());
    CHECK(read.value(0).toString() == typed);
    QSqlQuery women(connection);
    CHECK(women.exec(QStringLiteral("SELECT count(*) FROM woman")));
}
