// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"

#include <QDateTime>
#include <QString>

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::care {

/// A backup that was made and checked.
struct BackupMade
{
    QString file; ///< where it is
    QDateTime at; ///< when it was taken
    qint64 women = 0;
    qint64 pregnancies = 0;
    int removedOld = 0; ///< older backups removed to keep the newest (Settings::backupKeep())
};

/// Backups of the open database that a trust can rely on: copied whole (an integrity check,
/// then VACUUM INTO) to a temporary name, the copy checked as a clinic database of the same
/// schema holding the rows the live file held, and only then given its name. Recorded in the
/// audit trail, whether it was made or not.
class Backups
{
public:
    Backups(const storage::Database &database, const Clock &clock);

    /// Whether backUp() removes older backups from the folder after, leaving the newest
    /// Settings::backupKeep(): the app's own backups folder is rotated, a folder given on the
    /// command line (an archive, perhaps) is not.
    enum class Rotation
    {
        KeepAll,
        KeepNewest
    };

    /// Backs up into `folder` (made, readable by its owner only, when missing) as
    /// `<database name>-<yyyyMMdd-HHmmss>.sqlite` (`.sqlite.enc`, encrypted, when the trust has
    /// set a backup passphrase); anyone logged in may. Nothing is left in the folder when the
    /// copy fails its checks.
    Outcome<BackupMade> backUp(const QString &folder, const Actor &actor,
                               Rotation rotation = Rotation::KeepAll) const;

    /// When the newest backup that was made and checked was taken (UTC); null when there has
    /// been none.
    Outcome<QDateTime> lastGood() const;
    /// Whether the next automatic backup is due: none yet, or the last good one taken
    /// Settings::backupEveryHours() or more ago.
    bool isDue() const;
    /// Whether the database is the team server's, which its administrators back up (pg_dump):
    /// never due here, and a backup from the app says so.
    bool keptByTheServer() const;

private:
    /// The checked copy at `part`, or why it is not one.
    Outcome<BackupMade> makeChecked(const QString &part) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
