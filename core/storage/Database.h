// SPDX-License-Identifier: MIT
#pragma once

#include "storage/OpenMarker.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <thread>

namespace bb::storage {

/// One open clinic database: a SQLite file on this computer, or the team's PostgreSQL server
/// (ServerDatabase.cpp). A file is set up the way the architecture page asks: foreign keys on, WAL,
/// synchronous FULL, a busy timeout, our application_id, and the schema migrated to the
/// newest version this build knows. A file it cannot trust is refused, never touched:
/// a newer schema, another application's database, or a damaged file.
///
/// Opening reads only the header, the application id, the schema version and the schema, so it
/// takes the same time at any size. The full integrity check, which reads every page, runs
/// before a migration, before a backup, and after an unclean close (a process that had the
/// file open for writing left its `open_marker` row behind). Until that check has passed,
/// nothing is written, not even this open's own marker.
class Database
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    /// Where a full check that an unclean close calls for runs.
    enum class FullCheck
    {
        BeforeOpening, ///< open() returns once it has passed: the command line, tests
        InBackground   ///< open() returns at once; writes wait for it: the app's window
    };

    /// Opens (creating when missing, in read-write mode) and migrates. On refusal returns
    /// null and sets `error` to a sentence a midwife or an engineer can act on. `path` is a
    /// file, or a team server's `postgresql://` address (see DatabaseLocation).
    static std::unique_ptr<Database> open(const QString &path, QString *error,
                                          Access access = Access::ReadWrite,
                                          FullCheck fullCheck = FullCheck::BeforeOpening);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    /// The file's path, or the server's address as it was given (it never holds a password).
    QString path() const { return m_path; }
    /// Whether this is the team's server rather than a file on this computer. A server has no
    /// file to back up, check page by page or copy before a migration: its administrators back
    /// it up with pg_dump, and a migration there is one transaction that changes nothing when
    /// it fails.
    bool isServer() const { return m_server; }
    /// Whether nothing can be written: opened read-only, or a file this process cannot write
    /// (a read-only disk, file or folder), which open() opens read-only rather than refuse.
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    /// Why it is read-only, in words; empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;
    /// Whether the team server answers now. When its connection was lost (the server restarted,
    /// the network dropped), one new connection is made and its answer given. Always true for a
    /// file, which is on this computer.
    bool serverAnswers() const;
    /// Whether a new connection to the team server can be made now, on a connection of its own
    /// that is closed again: safe to ask from another thread while this one waits for nothing.
    /// Always true for a file.
    bool serverReachable() const;

    /// A full `PRAGMA integrity_check`. Empty when the file is sound.
    QString integrityProblem() const;

    /// Why nothing may be written now, or empty when it may. Waits for a full check still
    /// running in the background; a file it found damaged is never written.
    QString writeRefusal();
    /// The same for the connection named `connectionName`; empty for a connection that is not
    /// one of ours. Every write transaction asks this first.
    static QString writeRefusalFor(const QString &connectionName);
    /// Why a write on `connectionName` found the file busy for the whole busy timeout, naming
    /// the other processes that have it open for writing.
    static QString busyMessageFor(const QString &connectionName);

    /// The background check's result (empty when the file is sound), for the window to report.
    /// A finished, empty future when no check is running in the background.
    QFuture<QString> backgroundCheck() const { return m_backgroundCheck; }
    /// Whether opening called for the full check (an unclean close or a migration).
    bool fullCheckWasDue() const { return m_fullCheckWasDue; }

    /// Copies the database to `target` after a full integrity check (VACUUM INTO).
    bool backupTo(const QString &target, QString *error) const;

    /// The team server's password for this process, typed at a prompt; kept in memory only.
    /// Without one, libpq reads its password file (~/.pgpass) or PGPASSWORD.
    static void setServerPassword(const QString &password);
    /// Whether opening a server failed because it wants a password that was not given, or not
    /// the one given: a prompt for it may follow.
    static bool wantsPassword(const QString &openError);

    static constexpr int kApplicationId = 0x42426331; // "BBc1"
    static int latestSchemaVersion();

private:
    Database(QString path, QString connectionName, Access access);
    static std::unique_ptr<Database> openServer(const QString &address, QString *error,
                                                Access access);
    bool configureServer(QString *error);
    bool migrateServer(QString *error);
    int serverSchemaVersion(QString *error) const;
    bool configure(FullCheck fullCheck, QString *error);
    bool checkSchema(int version, QString *error);
    bool migrate(QString *error);
    /// A copy of the file as it is, made before a migration to `toSchema` changes it, beside it
    /// as `<file>.before-schema-<N>`; its path, or empty with `error`.
    QString copyBeforeMigrating(int toSchema, QString *error) const;
    void checkInBackground();

    QString m_path;
    QString m_connectionName;
    bool m_server = false;
    Access m_access;
    QString m_readOnlyReason;
    bool m_immutable = false; // on a read-only disk: SQLite may not even make its shared memory
    bool m_fullCheckWasDue = false;
    QFuture<QString> m_backgroundCheck;
    std::thread m_checker;
    QString m_damage;         // what the full check found; nothing is written once set
    bool m_markerDue = false; // place the open marker once the file is known to be sound
    OpenMarker m_marker;
};

} // namespace bb::storage
