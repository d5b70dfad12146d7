// SPDX-License-Identifier: MIT
#include "storage/Database.h"

#include "storage/WriteTransaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace bb::storage {
namespace {

constexpr char kMigrationsDir[] = ":/migrations";
constexpr int kBusyTimeoutMs = 5000;

/// Numbered migration files (`0001_initial.sql`) from resources, by number.
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> files;
    const QDir dir(QString::fromLatin1(kMigrationsDir));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

/// Splits a migration into statements. Migrations hold plain DDL and DML: no triggers, and no
/// semicolons inside string literals or comments, so a split on ';' after dropping `--`
/// comments is exact.
QStringList statementsOf(const QString &script)
{
    QString withoutComments;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        withoutComments += (comment >= 0 ? line.left(comment) : line) + QLatin1Char('\n');
    }
    QStringList statements;
    for (const QString &part : withoutComments.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            statements << part.trimmed();
    }
    return statements;
}

QVariant pragma(const QSqlDatabase &db, const QString &statement, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant(QString());
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true; // SQLite creates or fills an empty file
    if (!file.open(QIODevice::ReadOnly))
        return true; // let the driver report why it cannot be read
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

int Database::schemaVersion() const
{
    return pragma(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, Access access)
{
    QString problem;
    if (!looksLikeSqlite(path)) {
        problem = QStringLiteral("%1 is not a Better Births Clinic database: it is damaged or "
                                 "another kind of file. It was not opened or changed.")
                      .arg(QDir::toNativeSeparators(path));
    } else if (access == Access::ReadOnly && !QFileInfo::exists(path)) {
        problem = QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path));
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }

    static QAtomicInt counter;
    const QString name = QStringLiteral("bbclinic-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name));
    if (!database->configure(access, error))
        return nullptr;
    return database;
}

bool Database::configure(Access access, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db.open())
        return fail(QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text()));

    QString pragmaError;
    pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), &pragmaError);
    pragma(db, QStringLiteral("PRAGMA synchronous = FULL"), &pragmaError);
    pragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), &pragmaError);
    if (access == Access::ReadWrite)
        pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &pragmaError);

    // A quick check on every open: cheap, and it catches a damaged file before we write to it.
    const QString quick = pragma(db, QStringLiteral("PRAGMA quick_check"), &pragmaError).toString();
    if (quick != QLatin1String("ok")) {
        return fail(QStringLiteral("%1 is damaged and was not opened (%2). Restore it from a "
                                   "backup.")
                        .arg(m_path, quick.isEmpty() ? pragmaError : quick));
    }

    const int appId = pragma(db, QStringLiteral("PRAGMA application_id")).toInt();
    const int version = schemaVersion();
    const int latest = latestSchemaVersion();
    const bool emptyFile =
        pragma(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt() == 0;
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
    if (version < latest) {
        if (access == Access::ReadOnly) {
            return fail(QStringLiteral("%1 needs upgrading from schema %2 to %3, which a "
                                       "read-only open cannot do.")
                            .arg(m_path)
                            .arg(version)
                            .arg(latest));
        }
        return migrate(error);
    }
    return true;
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
    for (const auto &[number, file] : migrationFiles()) {
        if (number <= from)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("migration %1 is missing from this build").arg(file);
            return false;
        }
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        QString failure;
        for (const QString &statement : statementsOf(QString::fromUtf8(script.readAll()))) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                failure = QStringLiteral("%1 (in: %2)")
                              .arg(query.lastError().text(), statement.simplified());
                break;
            }
        }
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

QString Database::integrityProblem() const
{
    QSqlQuery query(connection());
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

bool Database::backupTo(const QString &target, QString *error) const
{
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
