// SPDX-License-Identifier: MIT
#include "TestServer.h"

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <stdexcept>

namespace bb::test {
namespace {

constexpr auto kAdminConnection = "bbclinic-test-admin";

QString serverAddress()
{
    return qEnvironmentVariable("BBCLINIC_TEST_SERVER");
}

/// The server's address with another database at its end.
QString addressOf(const QString &database)
{
    QString address = serverAddress();
    const qsizetype query = address.indexOf(QLatin1Char('?'));
    const QString tail = query >= 0 ? address.mid(query) : QString();
    if (query >= 0)
        address.truncate(query);
    address.truncate(address.lastIndexOf(QLatin1Char('/')) + 1);
    return address + database + tail;
}

QSqlDatabase admin()
{
    if (QSqlDatabase::contains(QLatin1String(kAdminConnection)))
        return QSqlDatabase::database(QLatin1String(kAdminConnection));
    // Read as the app reads it, so that the harness and the app agree on what it means.
    QString error;
    const auto location = storage::DatabaseLocation::parse(serverAddress(), &error);
    if (!location || !location->isServer())
        throw std::runtime_error("BBCLINIC_TEST_SERVER: " + error.toStdString());
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QLatin1String(kAdminConnection));
    db.setHostName(location->host);
    db.setPort(location->port);
    db.setUserName(location->user);
    db.setDatabaseName(location->database);
    if (!db.open())
        throw std::runtime_error("cannot reach the test server: " +
                                 db.lastError().text().toStdString());
    return db;
}

void run(const QString &sql)
{
    QSqlQuery query(admin());
    if (!query.exec(sql))
        throw std::runtime_error(
            QStringLiteral("%1: %2").arg(sql, query.lastError().text()).toStdString());
}

bool exists(const QString &database)
{
    QSqlQuery query(admin());
    query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    query.addBindValue(database);
    return query.exec() && query.next();
}

/// A database at today's schema to copy for each test: made once for the whole run, by
/// whichever test process comes first, under a lock the others wait on, and named only once it
/// is whole.
QString templateDatabase()
{
    const QString name =
        QStringLiteral("bb_template_%1").arg(storage::Database::latestSchemaVersion());
    if (exists(name))
        return name;
    run(QStringLiteral("SELECT pg_advisory_lock(77)"));
    if (!exists(name)) {
        const QString making = name + QStringLiteral("_making");
        run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(making));
        run(QStringLiteral("CREATE DATABASE %1").arg(making));
        QString error;
        {
            const auto migrated = storage::Database::open(addressOf(making), &error);
            if (!migrated)
                throw std::runtime_error("the test server's template: " + error.toStdString());
        }
        run(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(making, name));
    }
    run(QStringLiteral("SELECT pg_advisory_unlock(77)"));
    return name;
}

QHash<QString, QString> &made() // scratch folder and name → database
{
    static QHash<QString, QString> databases;
    return databases;
}

/// A name no database of this run has: the process and how many it has made.
QString newDatabaseName()
{
    return QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(made().size() + 1);
}

} // namespace

bool onServer()
{
    return qEnvironmentVariableIsSet("BBCLINIC_TEST_ON_SERVER");
}

QString databaseAt(const ScratchDir &scratch, const QString &name)
{
    if (!onServer())
        return scratch.file(name);
    const QString key = scratch.file(name);
    if (const auto found = made().constFind(key); found != made().cend())
        return addressOf(*found);
    const QString database = newDatabaseName();
    run(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(database, templateDatabase()));
    made().insert(key, database);
    return addressOf(database);
}

QString emptyServerDatabase(bool cLocale)
{
    const QString database = newDatabaseName();
    // The throwaway cluster is made with the C locale; C.UTF-8 is the one other every Debian
    // system has.
    run(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LOCALE '%2'")
            .arg(database, cLocale ? QStringLiteral("C") : QStringLiteral("C.UTF-8")));
    made().insert(QStringLiteral("empty:") + database, database);
    return addressOf(database);
}

bool runOnServer(const QString &address, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("bbclinic-test-behind");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin().hostName());
        db.setPort(admin().port());
        db.setUserName(admin().userName());
        db.setDatabaseName(address.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0));
        QSqlQuery query(db);
        ok = db.open() && query.exec(sql);
        if (!ok && error)
            *error = db.isOpen() ? query.lastError().text() : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void setServerDatabaseReachable(const QString &address, bool reachable)
{
    const QString database = address.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    run(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
            .arg(database, reachable ? QStringLiteral("true") : QStringLiteral("false")));
    if (!reachable)
        run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = '%1'")
                .arg(database));
}

void dropServerDatabases()
{
    if (made().isEmpty())
        return;
    for (const QString &database : std::as_const(made()))
        run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    made().clear();
}

} // namespace bb::test
