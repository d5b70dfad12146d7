// SPDX-License-Identifier: MIT
#include "storage/UnsentDraftFile.h"

#include "storage/Sql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>

namespace bb::storage {
namespace {

// The file's own layout; it is not a clinic database and has no migrations of its own.
constexpr int kFormat = 1;
constexpr auto kCreate = R"(
    CREATE TABLE IF NOT EXISTS unsent_draft (
        server     TEXT NOT NULL,
        form       TEXT NOT NULL,
        record_key TEXT NOT NULL,
        payload    TEXT NOT NULL,
        saved_at   TEXT NOT NULL,
        PRIMARY KEY (server, form, record_key)
    ))";
constexpr auto kPut = R"(
    INSERT INTO unsent_draft (server, form, record_key, payload, saved_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (server, form, record_key) DO UPDATE SET payload = excluded.payload,
                                                         saved_at = excluded.saved_at)";
constexpr auto kGet = "SELECT payload, saved_at FROM unsent_draft "
                      "WHERE server = ? AND form = ? AND record_key = ?";
constexpr auto kRemove =
    "DELETE FROM unsent_draft WHERE server = ? AND form = ? AND record_key = ?";
constexpr auto kAll = "SELECT form, record_key, payload, saved_at FROM unsent_draft "
                      "WHERE server = ? ORDER BY saved_at, form, record_key";

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Draft draftFrom(const QSqlQuery &row, int first)
{
    return Draft{QJsonDocument::fromJson(row.value(first).toString().toUtf8()).object(),
                 QDateTime::fromString(row.value(first + 1).toString(), Qt::ISODate)};
}

} // namespace

UnsentDraftFile::UnsentDraftFile(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

UnsentDraftFile::~UnsentDraftFile()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase UnsentDraftFile::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<UnsentDraftFile> UnsentDraftFile::open(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("drafts cannot be kept in %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return nullptr;
    };
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("its folder cannot be made"));
    QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    if (!QFile::exists(path)) {
        QFile made(path);
        if (!made.open(QIODevice::WriteOnly))
            return fail(made.errorString());
    }
    // Before a single draft is written in it: her details are readable by this account only.
    if (!QFile::setPermissions(path, kOwnerOnly))
        return fail(QStringLiteral("its permissions cannot be set to this account only"));

    static QAtomicInt counter;
    const QString name = QStringLiteral("bbclinic-unsent-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<UnsentDraftFile> file(new UnsentDraftFile(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    QString problem;
    const QVariant format = scalar(db, QStringLiteral("PRAGMA user_version"), &problem);
    if (!format.isValid())
        return fail(problem); // not a SQLite file
    if (format.toInt() > kFormat)
        return fail(QStringLiteral("it was written by a newer version of Better Births Clinic"));
    const bool ready =
        scalar(db, QStringLiteral("PRAGMA synchronous = FULL"), &problem).isValid() &&
        scalar(db, QStringLiteral("PRAGMA foreign_keys = ON"), &problem).isValid() &&
        execute(db, QString::fromUtf8(kCreate), {}, &problem) &&
        scalar(db, QStringLiteral("PRAGMA user_version = %1").arg(kFormat), &problem).isValid();
    if (!ready)
        return fail(problem);
    return file;
}

bool UnsentDraftFile::put(const QString &server, const QString &form, const QString &recordKey,
                          const Draft &draft, QString *error) const
{
    const QString json =
        QString::fromUtf8(QJsonDocument(draft.payload).toJson(QJsonDocument::Compact));
    return execute(connection(), QString::fromUtf8(kPut),
                   {server, form, recordKey, json, draft.savedAt.toString(Qt::ISODate)}, error);
}

std::optional<Draft> UnsentDraftFile::get(const QString &server, const QString &form,
                                          const QString &recordKey) const
{
    QSqlQuery row(connection());
    if (!execute(connection(), QString::fromUtf8(kGet), {server, form, recordKey}, nullptr, &row) ||
        !row.next())
        return std::nullopt;
    return draftFrom(row, 0);
}

bool UnsentDraftFile::remove(const QString &server, const QString &form, const QString &recordKey,
                             QString *error) const
{
    return execute(connection(), QString::fromUtf8(kRemove), {server, form, recordKey}, error);
}

QList<UnsentDraftFile::Unsent> UnsentDraftFile::all(const QString &server) const
{
    QList<Unsent> drafts;
    QSqlQuery rows(connection());
    if (!execute(connection(), QString::fromUtf8(kAll), {server}, nullptr, &rows))
        return drafts;
    while (rows.next())
        drafts.append({rows.value(0).toString(), rows.value(1).toString(), draftFrom(rows, 2)});
    return drafts;
}

} // namespace bb::storage
