// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace bb::storage {

/// One open SQLite file, set up the way the architecture page asks: foreign keys on, WAL,
/// synchronous FULL, a busy timeout, our application_id, and the schema migrated to the
/// newest version this build knows. A file it cannot trust is refused, never touched:
/// a newer schema, another application's database, or a damaged file.
class Database
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    /// Opens (creating when missing, in read-write mode) and migrates. On refusal returns
    /// null and sets `error` to a sentence a midwife or an engineer can act on.
    static std::unique_ptr<Database> open(const QString &path, QString *error,
                                          Access access = Access::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    /// A full `PRAGMA integrity_check`. Empty when the file is sound.
    QString integrityProblem() const;

    /// Copies the database to `target` after a full integrity check (VACUUM INTO).
    bool backupTo(const QString &target, QString *error) const;

    static constexpr int kApplicationId = 0x42426331; // "BBc1"
    static int latestSchemaVersion();

private:
    Database(QString path, QString connectionName);
    bool configure(Access access, QString *error);
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
};

} // namespace bb::storage
