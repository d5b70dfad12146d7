// SPDX-License-Identifier: MIT
// The team server's side of Database: a PostgreSQL database reached through Qt's QPSQL driver.
#include "storage/Database.h"

#include "storage/DatabaseLocation.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace bb::storage {
namespace {

// The server's answer to "how long may a save wait for another's": as long as a file's busy
// timeout. A statement that runs longer than a minute is a fault, not a wait.
constexpr auto kSessionSettings = {
    // The server's notices ("already exists, skipping") are not for a midwife's terminal.
    "SET client_min_messages = warning",
    "SET lock_timeout = '5s'",
    "SET statement_timeout = '60s'",
    "SET idle_in_transaction_session_timeout = '60s'",
};

// Where the schema version and the application id are kept: a file keeps them in its header.
constexpr auto kVersionTable = "bbclinic_schema";

QString &serverPassword()
{
    static QString password;
    return password;
}

// How long a connection may take to be made: the first when the app opens, and each made again
// after one was lost, when the window is waiting for the answer.
constexpr int kFirstConnectSeconds = 10;
constexpr int kReconnectSeconds = 3;

/// Where `db` goes, as whom, and how: the address's own parameters, then ours where it gave none.
void setUpConnection(QSqlDatabase &db, const DatabaseLocation &location, int connectSeconds)
{
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    if (!location.user.isEmpty())
        db.setUserName(location.user);
    if (!serverPassword().isEmpty())
        db.setPassword(serverPassword());
    QString options = location.connectOptions();
    auto add = [&](const QString &key, const QString &value) {
        if (!options.contains(key + QLatin1Char('=')))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + key +
                       QLatin1Char('=') + value;
    };
    add(QStringLiteral("connect_timeout"), QString::number(connectSeconds));
    add(QStringLiteral("application_name"), QStringLiteral("bbclinic"));
    // A network that drops the server's packets fails a statement within seconds (over TCP;
    // a socket fails at once), so the window can say the server is not answering.
    add(QStringLiteral("tcp_user_timeout"), QStringLiteral("10000"));
    add(QStringLiteral("keepalives_idle"), QStringLiteral("30"));
    db.setConnectOptions(options);
}

/// The session's settings, made again on every new connection.
bool applySessionSettings(const QSqlDatabase &db, bool readOnly, QString *error)
{
    QString problem;
    for (const char *setting : kSessionSettings) {
        if (!scalar(db, QString::fromLatin1(setting), &problem).isValid()) {
            if (error)
                *error = QStringLiteral("the team server refused a setting: %1").arg(problem);
            return false;
        }
    }
    if (readOnly &&
        !scalar(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), error)
             .isValid())
        return false;
    return true;
}

} // namespace

void Database::setServerPassword(const QString &password)
{
    serverPassword() = password;
}

bool Database::wantsPassword(const QString &openError)
{
    return openError.contains(QLatin1String("no password supplied")) ||
           openError.contains(QLatin1String("password authentication failed"));
}

std::unique_ptr<Database> Database::openServer(const QString &address, QString *error,
                                               Access access)
{
    QString problem;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(address, &problem);
    if (!location) {
        if (error)
            *error = problem;
        return nullptr;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("bbclinic-server-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(address, name, access));
    database->m_server = true;
    if (access == Access::ReadOnly)
        database->m_readOnlyReason = QStringLiteral("it was opened read-only");

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        if (error)
            *error = QStringLiteral("this computer lacks Qt's PostgreSQL driver (Debian's "
                                    "libqt6sql6-psql), so the team server cannot be reached");
        return nullptr;
    }
    setUpConnection(db, *location, kFirstConnectSeconds);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("could not reach the team server (%1): %2")
                         .arg(location->display(), db.lastError().databaseText().trimmed());
        return nullptr;
    }
    if (!database->configureServer(error))
        return nullptr;
    return database;
}

bool Database::serverAnswers() const
{
    if (!m_server)
        return true;
    QSqlDatabase db = connection();
    if (scalar(db, QStringLiteral("SELECT 1")).isValid())
        return true;
    // The connection was lost (the server restarted, the network dropped): one new one, set up
    // as the first was. The schema was checked when the database was opened.
    db.close();
    if (const auto location = DatabaseLocation::parse(m_path, nullptr))
        setUpConnection(db, *location, kReconnectSeconds);
    return db.open() && applySessionSettings(db, m_access == Access::ReadOnly, nullptr);
}

bool Database::serverReachable() const
{
    if (!m_server)
        return true;
    const auto location = DatabaseLocation::parse(m_path, nullptr);
    if (!location)
        return false;
    static QAtomicInt counter;
    const QString name = QStringLiteral("bbclinic-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    bool reached = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        setUpConnection(probe, *location, kReconnectSeconds);
        reached = probe.open();
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return reached;
}

bool Database::configureServer(QString *error)
{
    QSqlDatabase db = connection();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString problem;
    if (!applySessionSettings(db, m_access == Access::ReadOnly, &problem))
        return fail(problem);
    // Search finds a name by the range of keys that start with what was typed, which holds
    // only where text sorts byte by byte.
    const QString collation =
        scalar(db,
               QStringLiteral("SELECT CASE WHEN datlocprovider = 'i' THEN 'ICU ' || daticulocale "
                              "ELSE datcollate END FROM pg_database "
                              "WHERE datname = current_database()"),
               &problem)
            .toString();
    if (collation != QLatin1String("C") && collation != QLatin1String("POSIX")) {
        return fail(QStringLiteral("the database %1 sorts text as '%2'; Better Births Clinic needs "
                                   "it made with LOCALE 'C' (CREATE DATABASE … TEMPLATE template0 "
                                   "LOCALE 'C' ENCODING 'UTF8'; see docs/team-server.md). It was "
                                   "not changed.")
                        .arg(m_path, collation.isEmpty() ? problem : collation));
    }
    const int version = serverSchemaVersion(&problem);
    if (version < 0)
        return fail(problem);
    const int latest = migrations::latest(Dialect::PostgreSQL);
    if (version > latest) {
        return fail(QStringLiteral("%1 was written by a newer version of Better Births Clinic "
                                   "(schema %2; this version knows up to %3). Update the app; "
                                   "the database was not changed.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latest));
    }
    if (version < latest) {
        if (m_access == Access::ReadOnly) {
            return fail(QStringLiteral("%1 needs upgrading from schema %2 to %3, which a "
                                       "read-only open cannot do.")
                            .arg(m_path)
                            .arg(version)
                            .arg(latest));
        }
        if (!migrateServer(error))
            return false;
    }
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = current_schema()")))
        return fail(tables.lastError().text());
    QStringList present;
    while (tables.next())
        present << tables.value(0).toString();
    QStringList missing;
    for (const QString &table : migrations::tablesUpTo(Dialect::PostgreSQL, latest)) {
        if (!present.contains(table))
            missing << table;
    }
    if (!missing.isEmpty()) {
        return fail(QStringLiteral("%1 lacks the table(s) %2 of schema %3; restore it from the "
                                   "server's backup")
                        .arg(m_path, missing.join(QStringLiteral(", ")))
                        .arg(latest));
    }
    return true;
}

/// The schema version; 0 for an empty database, -1 with `error` for one that is not ours.
int Database::serverSchemaVersion(QString *error) const
{
    const QSqlDatabase db = connection();
    QString problem;
    const QVariant exists = scalar(
        db, QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(kVersionTable), &problem);
    if (!exists.isValid()) {
        if (error)
            *error = problem;
        return -1;
    }
    if (!exists.toBool()) {
        const int tables =
            scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_schema = current_schema()"))
                .toInt();
        if (tables == 0)
            return 0; // a new database: the migrations make our tables
        if (error)
            *error = QStringLiteral("%1 is not a Better Births Clinic database: it holds other "
                                    "tables. It was not changed.")
                         .arg(m_path);
        return -1;
    }
    QSqlQuery stamp(db);
    if (!stamp.exec(QStringLiteral("SELECT application_id, version FROM %1").arg(kVersionTable)) ||
        !stamp.next()) {
        if (error)
            *error = QStringLiteral("%1 has no schema version: %2")
                         .arg(m_path, stamp.lastError().text());
        return -1;
    }
    if (stamp.value(0).toInt() != kApplicationId) {
        if (error)
            *error = QStringLiteral("%1 is not a Better Births Clinic database (application id "
                                    "%2); it was not changed.")
                         .arg(m_path)
                         .arg(stamp.value(0).toInt());
        return -1;
    }
    return stamp.value(1).toInt();
}

bool Database::migrateServer(QString *error)
{
    QSqlDatabase db = connection();
    // One transaction for every step, under the writers' lock: two clients opening a new
    // server at once migrate it once, and a step that fails leaves it as it was.
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QString failure;
    const int from = serverSchemaVersion(&failure); // again, now that the lock is held
    if (from < 0) {
        if (error)
            *error = failure;
        return false;
    }
    int reached = from;
    for (const auto &[number, file] : migrations::files(Dialect::PostgreSQL)) {
        if (number <= from)
            continue;
        if (const QString failed = migrations::run(db, Dialect::PostgreSQL, file);
            !failed.isEmpty())
            failure = QStringLiteral("migration %1: %2").arg(number).arg(failed);
        if (!failure.isEmpty())
            break;
        reached = number;
    }
    if (failure.isEmpty()) {
        QSqlQuery stamp(db);
        const bool stamped =
            stamp.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (application_id INTEGER NOT "
                                      "NULL, version INTEGER NOT NULL)")
                           .arg(kVersionTable)) &&
            stamp.exec(QStringLiteral("DELETE FROM %1").arg(kVersionTable)) &&
            stamp.exec(QStringLiteral("INSERT INTO %1 VALUES (%2, %3)")
                           .arg(kVersionTable)
                           .arg(kApplicationId)
                           .arg(reached));
        if (!stamped)
            failure = stamp.lastError().text();
    }
    if (failure.isEmpty() && !transaction.commit())
        failure = transaction.error();
    if (!failure.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 was not upgraded and is still at schema %2: %3")
                         .arg(m_path)
                         .arg(from)
                         .arg(failure);
        return false;
    }
    return true;
}

} // namespace bb::storage
