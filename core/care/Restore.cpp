// SPDX-License-Identifier: MIT
#include "care/Restore.h"

#include "access/SealedFiles.h"

#include "access/Permissions.h"
#include "care/Audited.h"
#include "care/Clinic.h"
#include "care/ClinicDatabase.h"
#include "storage/Database.h"
#include "storage/GrowingRows.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Restore)
};

const char *const kJournals[] = {"", "-wal", "-shm"};

/// Removes `path` and its journal files.
void removeWithJournals(const QString &path)
{
    for (const char *suffix : kJournals)
        QFile::remove(path + QLatin1String(suffix));
}

/// Renames `from` and its journal files to `to`; false, with what was renamed put back, when
/// the file itself cannot be.
bool renameWithJournals(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString journal = from + QLatin1String(suffix);
        if (QFile::exists(journal) && !QFile::rename(journal, to + QLatin1String(suffix))) {
            QFile::rename(to, from);
            return false;
        }
    }
    return true;
}

/// Opens and checks the copy at `staging`, logs in to it and records the restore; the counts
/// of what it holds.
Outcome<RestoreDone> checkAndRecord(const QString &staging, const QString &from,
                                    const QString &what, const Clock &clock,
                                    const std::function<Outcome<Actor>(const Clinic &)> &logIn)
{
    const QString named = QDir::toNativeSeparators(from);
    QString error;
    // Opened as any clinic database is: our application id, a schema this build knows, an
    // older one upgraded after its integrity check.
    const auto database = openClinicDatabase(staging, &error);
    if (!database)
        // Said of the backup: it is the one to replace, with another backup.
        return Failure{error.replace(QDir::toNativeSeparators(staging), named)
                           .replace(QStringLiteral("Restore it from a backup."),
                                    Words::tr("Choose another backup."))};
    if (const QString problem = database->integrityProblem(); !problem.isEmpty())
        return Failure{Words::tr("%1 failed its integrity check: %2").arg(named, problem)};
    const Clinic clinic(*database, clock);
    const auto actor = logIn(clinic);
    if (!actor)
        return actor.as<RestoreDone>();
    if (const QString refusal = access::refusal(actor->role, access::Permission::RestoreBackup);
        !refusal.isEmpty())
        return Failure{refusal};
    if (auto failure =
            auditAlone(*database, clock, actor.value(), {AuditEventKind::Backup, 0, what}))
        return *failure;
    const auto rows = storage::countGrowingRows(database->connection(), &error);
    if (!rows)
        return Failure{error};
    RestoreDone done;
    done.women = rows->women;
    done.pregnancies = rows->pregnancies;
    return done;
}

} // namespace

Outcome<RestoreDone> restoreBackup(const QString &from, const QString &databasePath,
                                   const Clock &clock,
                                   const std::function<Outcome<Actor>(const Clinic &)> &logIn,
                                   const std::function<std::optional<QString>()> &passphrase)
{
    if (!QFileInfo(from).isFile())
        return Failure{Words::tr("%1 is not a file").arg(QDir::toNativeSeparators(from))};
    const QString live = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(from).absoluteFilePath() == live)
        return Failure{Words::tr("the backup and the database are the same file")};
    const QString staging = live + QStringLiteral(".restoring");
    removeWithJournals(staging); // left by a restore that was stopped
    if (access::isSealedFile(from)) {
        const auto given = passphrase ? passphrase() : std::nullopt;
        if (!given)
            return Failure{Words::tr("%1 is encrypted: its backup passphrase is needed")
                               .arg(QDir::toNativeSeparators(from))};
        QString why;
        if (!access::openSealedFile(from, staging, *given, &why))
            return Failure{why};
    } else if (!QFile::copy(from, staging)) {
        return Failure{Words::tr("%1 could not be copied beside the database")
                           .arg(QDir::toNativeSeparators(from))};
    }
    QFile::setPermissions(staging, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const bool replacing = QFileInfo::exists(live);
    const QString keptAs = replacing ? live + QStringLiteral(".before-restore-") +
                                           clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                     : QString();
    const QString what = replacing
                             ? Words::tr("restored from %1, replacing the database (kept as %2)")
                                   .arg(QFileInfo(from).fileName(), QFileInfo(keptAs).fileName())
                             : Words::tr("restored from %1").arg(QFileInfo(from).fileName());
    auto done = checkAndRecord(staging, from, what, clock, logIn); // closed again on return
    if (done && replacing && !renameWithJournals(live, keptAs))
        done = Failure{Words::tr("the database could not be moved aside to %1")
                           .arg(QDir::toNativeSeparators(keptAs))};
    if (done && !renameWithJournals(staging, live)) {
        if (replacing)
            renameWithJournals(keptAs, live);
        done = Failure{Words::tr("the checked copy could not be put in place")};
    }
    if (!done) {
        removeWithJournals(staging);
        return done;
    }
    RestoreDone restored = done.value();
    restored.keptAs = keptAs;
    return restored;
}

} // namespace bb::care
