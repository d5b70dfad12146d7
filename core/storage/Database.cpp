// SPDX-License-Identifier: MIT
#include "storage/Database.h"

#include "storage/DatabaseLocation.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <map>
#include <memory>

namespace bb::storage {
namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kCacheKiB = 32 * 1024; // the page cache of each connection

QMutex registryMutex;
QHash<QString, Database *> &openDatabases()
{
    static QHash<QString, Database *> databases;
    return databases;
}

QString integrityProblemOn(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.join(QStringLiteral("; "));
}

/// Runs `PRAGMA integrity_check` on a connection of its own, made and used on this thread.
QString integrityProblemOf(const QString &path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("bbclinic-check-%1").arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        problem = db.open() ? integrityProblemOn(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString damagedMessage(const QString &path, const QString &problem)
{
    return QStringLiteral("%1 is damaged and was not opened (%2). Restore it from a backup.")
        .arg(QDir::toNativeSeparators(path), problem);
}

} // namespace

Database::Database(QString path, QString connectionName, Access access)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_access(access)
{
    QPromise<QString> none;
    none.start();
    none.addResult(QString());
    none.finish();
    m_backgroundCheck = none.future();
}

Database::~Database()
{
    {
        const QMutexLocker lock(&registryMutex);
        openDatabases().remove(m_connectionName);
    }
    if (m_checker.joinable())
        m_checker.join();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_damage.isEmpty())
            m_marker.remove(db);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return migrations::latest(Dialect::SQLite);
}

int Database::schemaVersion() const
{
    if (m_server)
        return serverSchemaVersion(nullptr);
    return scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, Access access,
                                         FullCheck fullCheck)
{
    if (DatabaseLocation::looksLikeServer(path)) {
        std::unique_ptr<Database> server = openServer(path, error, access);
        if (server) {
            const QMutexLocker lock(&registryMutex);
            openDatabases().insert(server->m_connectionName, server.get());
        }
        return server;
    }
    // Nothing but SQLite opens the file: any other descriptor of it, once closed, would drop
    // the locks SQLite holds on it for this process. So even its header is read through SQLite.
    if (access == Access::ReadOnly && !QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    // An empty file is nobody's database: SQLite would make a new clinic of it, silently.
    // (stat(), not a descriptor.)
    if (const QFileInfo file(path); file.exists() && file.isFile() && file.size() == 0) {
        if (error)
            *error = QStringLiteral("%1 is an empty file, not a Better Births Clinic database; it "
                                    "was not opened or changed. A new database is made under a "
                                    "name no file has yet.")
                         .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    // A file that cannot be written here is opened for reading, and said to be so, rather than
    // refused as if it were damaged.
    QString readOnlyReason;
    bool immutable = false;
    if (const QFileInfo file(path); access == Access::ReadOnly) {
        readOnlyReason = QStringLiteral("it was opened read-only");
    } else if (file.exists() &&
               (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())) {
        readOnlyReason = file.isWritable() ? QStringLiteral("its folder cannot be written to here")
                                           : QStringLiteral("the file cannot be written to here");
        access = Access::ReadOnly;
        // Read without locks only where nothing can be writing it: no folder to write a journal
        // in, and no write-ahead log beside it holding changes not yet in the file.
        immutable = !QFileInfo(file.absolutePath()).isWritable() &&
                    QFileInfo(path + QStringLiteral("-wal")).size() == 0;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("bbclinic-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name, access));
    database->m_readOnlyReason = readOnlyReason;
    database->m_immutable = immutable;
    if (!database->configure(fullCheck, error))
        return nullptr;
    const QMutexLocker lock(&registryMutex);
    openDatabases().insert(name, database.get());
    return database;
}

bool Database::configure(FullCheck fullCheck, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (m_immutable) {
        // Nothing can change a file in a folder nobody may write (no journal can be made there
        // either): SQLite reads it without the shared memory a write-ahead log needs.
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db.open())
        return fail(QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text()));

    QString pragmaError;
    scalar(db, QStringLiteral("PRAGMA foreign_keys = ON"), &pragmaError);
    scalar(db, QStringLiteral("PRAGMA synchronous = FULL"), &pragmaError);
    scalar(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), &pragmaError);
    // A page cache of 32 MB (SQLite's default is 2 MB): at trust scale a midwife's day or a
    // team's queue reads her caseload's rows on every list, and pages read again from the
    // operating system's cache cost more than the query itself (bench/WorklistBench).
    scalar(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB), &pragmaError);

    // The header: SQLite reads and checks it on the first statement.
    QString headerError;
    const QVariant appIdValue = scalar(db, QStringLiteral("PRAGMA application_id"), &headerError);
    if (!appIdValue.isValid()) {
        return fail(QStringLiteral("%1 is not a Better Births Clinic database: it is damaged or "
                                   "another kind of file (%2). It was not opened or changed.")
                        .arg(QDir::toNativeSeparators(m_path), headerError));
    }
    const int appId = appIdValue.toInt();
    const int version = schemaVersion();
    const int latest = latestSchemaVersion();
    const QVariant schemaRows =
        scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), &pragmaError);
    if (!schemaRows.isValid())
        return fail(damagedMessage(m_path, pragmaError));
    const bool emptyFile = schemaRows.toInt() == 0;
    if (appId != kApplicationId && !(appId == 0 && emptyFile)) {
        return fail(QStringLiteral("%1 is not a Better Births Clinic database (application id "
                                   "%2); it was not changed.")
                        .arg(m_path)
                        .arg(appId));
    }
    if (version > latest) {
        return fail(QStringLiteral("%1 was written by a newer version of Better Births Clinic "
                                   "(schema %2; this version knows up to %3). Update the app; "
                                   "the file was not changed.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latest));
    }
    if (!checkSchema(version, error))
        return false;
    if (m_access == Access::ReadWrite)
        scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), &pragmaError);

    if (version < latest) {
        if (m_access == Access::ReadOnly) {
            return fail(QStringLiteral("%1 needs upgrading from schema %2 to %3, which a "
                                       "read-only open cannot do.")
                            .arg(m_path)
                            .arg(version)
                            .arg(latest));
        }
        m_fullCheckWasDue = version > 0;
        if (!migrate(error))
            return false;
        m_markerDue = true;
    } else if (OpenMarker::leftByEarlierProcess(db, &pragmaError)) {
        m_fullCheckWasDue = true;
        if (fullCheck == FullCheck::InBackground) {
            checkInBackground();
            return true; // the marker is placed once the check has passed
        }
        if (const QString problem = integrityProblem(); !problem.isEmpty()) {
            m_damage = problem;
            return fail(damagedMessage(m_path, problem));
        }
        m_markerDue = true;
    } else {
        m_markerDue = true;
    }
    if (m_access == Access::ReadOnly) {
        m_markerDue = false; // a reader leaves no trace, and cannot clear an earlier one
        return true;
    }
    const QString refusal = writeRefusal();
    return refusal.isEmpty() || fail(refusal);
}

bool Database::checkSchema(int version, QString *error)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"))) {
        if (error)
            *error = damagedMessage(m_path, query.lastError().text());
        return false;
    }
    QStringList present;
    while (query.next())
        present << query.value(0).toString().toLower();
    QStringList missing;
    for (const QString &table : migrations::tablesUpTo(Dialect::SQLite, version)) {
        if (!present.contains(table))
            missing << table;
    }
    if (missing.isEmpty())
        return true;
    if (error) {
        *error = damagedMessage(m_path, QStringLiteral("schema %1 lacks the table(s) %2")
                                            .arg(version)
                                            .arg(missing.join(QStringLiteral(", "))));
    }
    return false;
}

void Database::checkInBackground()
{
    auto promise = std::make_shared<QPromise<QString>>();
    m_backgroundCheck = promise->future();
    promise->start();
    m_checker = std::thread([promise, path = m_path] {
        promise->addResult(integrityProblemOf(path));
        promise->finish();
    });
}

QString Database::writeRefusal()
{
    if (m_access == Access::ReadOnly) {
        return QStringLiteral("%1 is read-only (%2), so nothing can be saved to it. Records can "
                              "be found, read and printed; to work in it, open a copy on a disk "
                              "you can write to")
            .arg(QDir::toNativeSeparators(m_path), m_readOnlyReason);
    }
    if (m_checker.joinable()) {
        m_checker.join(); // the background check: nothing is written before it has passed
        m_damage = m_backgroundCheck.result();
        m_markerDue = m_damage.isEmpty() && m_access == Access::ReadWrite;
    }
    if (m_server)
        return {}; // no marker or page check: the server recovers from a crash by itself
    if (!m_damage.isEmpty()) {
        return QStringLiteral("%1 failed its integrity check, so nothing is saved to it (%2). "
                              "Restore it from a backup.")
            .arg(QDir::toNativeSeparators(m_path), m_damage);
    }
    if (m_markerDue) {
        m_markerDue = false; // before placing: placing is itself a write that asks again
        QString ignored;     // without a marker the next open merely checks in full
        m_marker.place(connection(), &ignored);
    }
    return {};
}

QString Database::writeRefusalFor(const QString &connectionName)
{
    Database *database = nullptr;
    {
        const QMutexLocker lock(&registryMutex);
        database = openDatabases().value(connectionName);
    }
    return database ? database->writeRefusal() : QString();
}

QString Database::busyMessageFor(const QString &connectionName)
{
    QStringList others;
    {
        const QMutexLocker lock(&registryMutex);
        if (const Database *database = openDatabases().value(connectionName))
            others = database->m_marker.othersInWords(database->connection());
    }
    bool server = false;
    {
        const QMutexLocker lock(&registryMutex);
        if (const Database *database = openDatabases().value(connectionName))
            server = database->m_server;
    }
    if (server)
        return QStringLiteral("nothing was saved: the team server was busy with another "
                              "colleague's save for %1 seconds. Try again in a moment.")
            .arg(kBusyTimeoutMs / 1000);
    const QString who = others.isEmpty() ? QStringLiteral("another program that is not this app")
                                         : others.join(QStringLiteral(", "));
    return QStringLiteral("nothing was saved: the database was busy with another writer for %1 "
                          "seconds (%2). Try again in a moment; if it stays busy, close the "
                          "other program.")
        .arg(kBusyTimeoutMs / 1000)
        .arg(who);
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    if (schemaVersion() > 0) {
        const QString problem = integrityProblem();
        if (!problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 failed its integrity check and was not upgraded: %2")
                             .arg(m_path, problem);
            return false;
        }
    }
    const int from = schemaVersion();
    if (from > 0) {
        QString copyError;
        const QString copy = copyBeforeMigrating(latestSchemaVersion(), &copyError);
        if (copy.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 was not upgraded to schema %2: a copy of it could not "
                                        "be made first (%3)")
                             .arg(m_path)
                             .arg(latestSchemaVersion())
                             .arg(copyError);
            return false;
        }
    }
    for (const auto &[number, file] : migrations::files(Dialect::SQLite)) {
        if (number <= from)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        QString failure = migrations::run(db, Dialect::SQLite, file);
        QSqlQuery stamp(db);
        if (failure.isEmpty() &&
            (!stamp.exec(QStringLiteral("PRAGMA user_version = %1").arg(number)) ||
             !stamp.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))) {
            failure = stamp.lastError().text();
        }
        if (failure.isEmpty() && !transaction.commit())
            failure = transaction.error();
        if (!failure.isEmpty()) {
            if (error)
                *error = QStringLiteral("migration %1 failed, database left at schema %2: %3")
                             .arg(number)
                             .arg(from)
                             .arg(failure);
            return false;
        }
    }
    return true;
}

QString Database::copyBeforeMigrating(int toSchema, QString *error) const
{
    // Beside it, as the file a restore replaces is kept (never among the backups, which may be
    // encrypted and carried elsewhere), readable by its owner only; named for the schema it was
    // about to become, and never over an earlier copy.
    const QString stem =
        QFileInfo(m_path).absoluteFilePath() + QStringLiteral(".before-schema-%1").arg(toSchema);
    QString target = stem;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1-%2").arg(stem).arg(n);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!execute(query, error) ||
        !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        QFile::remove(target);
        return {};
    }
    return target;
}

QString Database::integrityProblem() const
{
    if (m_server)
        return {}; // the server keeps its own pages sound; amcheck is its administrators' tool
    return integrityProblemOn(connection());
}

bool Database::backupTo(const QString &target, QString *error) const
{
    if (m_server) {
        if (error)
            *error = QStringLiteral("the team server is backed up by its administrators with "
                                    "pg_dump, not from this app; see docs/team-server.md");
        return false;
    }
    const QString problem = integrityProblem();
    if (!problem.isEmpty()) {
        if (error)
            *error = QStringLiteral("not backed up: the database failed its integrity check: %1")
                         .arg(problem);
        return false;
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    return execute(query, error);
}

} // namespace bb::storage
