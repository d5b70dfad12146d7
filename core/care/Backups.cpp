// SPDX-License-Identifier: MIT
#include "care/Backups.h"

#include "access/SealedFiles.h"
#include "care/Audited.h"
#include "care/Settings.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/GrowingRows.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

/// How a backup's audit row begins, which lastGood() looks for.
constexpr char kBackupTo[] = "backup to ";

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// A name in `folder` no file has yet: `stem.sqlite`, else `stem-2.sqlite`... (`.sqlite.enc`
/// when `sealed`).
QString freeName(const QDir &folder, const QString &stem, bool sealed)
{
    const QString suffix = sealed ? QStringLiteral(".sqlite.enc") : QStringLiteral(".sqlite");
    const auto taken = [&](const QString &name) {
        return folder.exists(name) || folder.exists(name + QStringLiteral(".part"));
    };
    QString name = stem + suffix;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
    return folder.filePath(name);
}

/// Removes all but the newest `keep` backups of the database named `base` in `folder` (the
/// names backUp() gives); how many it removed. Newest by the time in the name, then by the
/// number added to a second backup in the same second. Other files are left alone.
int removeOldBackups(QDir folder, const QString &base, int keep)
{
    const QRegularExpression ours(
        QStringLiteral("^%1-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite(?:\\.enc)?$")
            .arg(QRegularExpression::escape(base)));
    QList<std::tuple<QString, int, QString>> backups; // time, number, name
    for (const QString &name : folder.entryList(QDir::Files)) {
        const auto match = ours.match(name);
        if (match.hasMatch())
            backups.append({match.captured(1),
                            match.captured(2).isEmpty() ? 1 : match.captured(2).toInt(), name});
    }
    std::sort(backups.begin(), backups.end(), std::greater<>());
    int removed = 0;
    for (qsizetype i = keep; i < backups.size(); ++i)
        removed += folder.remove(std::get<2>(backups.at(i))) ? 1 : 0;
    return removed;
}

} // namespace

Backups::Backups(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<BackupMade> Backups::backUp(const QString &folder, const Actor &actor,
                                    Rotation rotation) const
{
    if (!actor.isKnown())
        return Failure{Words::tr("who is backing up is not known, so nothing was copied")};
    const auto record = [&](AuditOutcome outcome, const QString &what) {
        return auditAlone(m_database, m_clock, actor,
                          {AuditEventKind::Backup, 0, what, {}, outcome});
    };
    const QDir dir(folder);
    if (!dir.exists()) {
        // Patient records: nobody else on the machine may look in.
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner)) {
            const QString why =
                Words::tr("the folder %1 could not be made").arg(QDir::toNativeSeparators(folder));
            record(AuditOutcome::Failed, QStringLiteral("backup: ") + why);
            return Failure{why};
        }
    }
    const QDateTime at = m_clock.now();
    const QString stem = QFileInfo(m_database.path()).completeBaseName() + QLatin1Char('-') +
                         at.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Encrypted when the trust has set a backup passphrase: the checked copy is sealed, and
    // only the sealed file is kept.
    const auto keyKept = Settings(m_database, m_clock).backupKey();
    if (!keyKept) {
        record(AuditOutcome::Failed, QStringLiteral("backup: ") + keyKept.message());
        return Failure{keyKept.message()};
    }
    const std::optional<access::BackupKey> &key = keyKept.value();
    const QString file = freeName(dir, stem, key.has_value());
    const QString part = file + QStringLiteral(".part");
    // The checked copy is made in the clear beside the database, never among the backups, and
    // only its encrypted form goes there.
    const QString plainPart =
        key ? QFileInfo(m_database.path()).absoluteFilePath() + QStringLiteral(".backup.part")
            : part;
    QFile::remove(plainPart); // left by a backup that was stopped
    auto made = makeChecked(plainPart);
    if (made && key) {
        QString why;
        if (!access::sealFile(plainPart, part, *key, &why))
            made = Failure{Words::tr("the checked copy could not be encrypted: ") + why};
        QFile::remove(plainPart);
    }
    if (made && !QFile::rename(part, file))
        made = Failure{Words::tr("the checked copy could not be named %1")
                           .arg(QDir::toNativeSeparators(file))};
    if (!made) {
        QFile::remove(part);
        QFile::remove(plainPart);
        record(AuditOutcome::Failed,
               QLatin1String(kBackupTo) +
                   QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), made.message()));
        return made;
    }
    BackupMade backup = made.value();
    backup.file = file;
    backup.at = at;
    if (rotation == Rotation::KeepNewest)
        backup.removedOld = removeOldBackups(dir, QFileInfo(m_database.path()).completeBaseName(),
                                             Settings(m_database, m_clock).backupKeep());
    if (auto failure = record(AuditOutcome::Done,
                              QLatin1String(kBackupTo) + Words::tr("%1 (%2 women, %3 pregnancies)")
                                                             .arg(QFileInfo(file).fileName())
                                                             .arg(backup.women)
                                                             .arg(backup.pregnancies)))
        return *failure;
    return backup;
}

Outcome<QDateTime> Backups::lastGood() const
{
    QString error;
    const QDateTime at =
        storage::AuditRepository(m_database)
            .latestAt(AuditEventKind::Backup, AuditOutcome::Done, QLatin1String(kBackupTo), &error);
    if (!error.isEmpty())
        return Failure{error};
    return at;
}

Outcome<BackupMade> Backups::makeChecked(const QString &part) const
{
    QString error;
    const auto before = storage::countGrowingRows(m_database.connection(), &error);
    if (!before)
        return Failure{error};
    if (!m_database.backupTo(part, &error))
        return Failure{error};
    QFile::setPermissions(part, kOwnerOnly);
    const auto after = storage::countGrowingRows(m_database.connection(), &error);
    if (!after)
        return Failure{error};
    // Opened as any clinic database is: our application id, a schema this build knows.
    const auto copy = storage::Database::open(part, &error, storage::Database::Access::ReadOnly);
    if (!copy)
        return Failure{Words::tr("the copy could not be opened: %1").arg(error)};
    if (copy->schemaVersion() != m_database.schemaVersion())
        return Failure{Words::tr("the copy is at schema %1, not %2")
                           .arg(copy->schemaVersion())
                           .arg(m_database.schemaVersion())};
    if (const QString problem = copy->integrityProblem(); !problem.isEmpty())
        return Failure{Words::tr("the copy failed its integrity check: %1").arg(problem)};
    const auto copied = storage::countGrowingRows(copy->connection(), &error);
    if (!copied)
        return Failure{error};
    if (!copied->between(*before, *after))
        return Failure{Words::tr("the copy holds %1 women and %2 pregnancies where the "
                                 "database held %3 and %4")
                           .arg(copied->women)
                           .arg(copied->pregnancies)
                           .arg(after->women)
                           .arg(after->pregnancies)};
    BackupMade made;
    made.women = copied->women;
    made.pregnancies = copied->pregnancies;
    return made;
}

bool Backups::keptByTheServer() const
{
    return m_database.isServer();
}

bool Backups::isDue() const
{
    if (keptByTheServer())
        return false;
    const auto last = lastGood();
    if (!last || !last.value().isValid())
        return true;
    return last.value().secsTo(m_clock.now()) >=
           qint64(Settings(m_database, m_clock).backupEveryHours()) * 3600;
}

} // namespace bb::care
