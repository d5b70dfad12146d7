// SPDX-License-Identifier: MIT
#include "DatabaseLock.h"

#include <QDir>
#include <QFileInfo>

namespace bb::app {

QString lockFilePathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> lockDatabaseForThisApp(const QString &databasePath, QString *refusal)
{
    auto lock = std::make_unique<QLockFile>(lockFilePathFor(databasePath));
    // The app holds the lock for hours, so its age says nothing: only a lock whose process is
    // gone (QLockFile checks the pid and program on this host) counts as left by a crash.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;

    const QString file = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString program;
        QString holder;
        if (lock->getLockInfo(&pid, &host, &program))
            holder = host.isEmpty() ? QStringLiteral(" (process %1)").arg(pid)
                                    : QStringLiteral(" (process %1 on %2)").arg(pid).arg(host);
        *refusal = QStringLiteral("%1 is already open in Better Births Clinic%2. Use that window, "
                                  "or close it and open the file again. If no copy of the app is "
                                  "running there, delete %3.")
                       .arg(file, holder, QDir::toNativeSeparators(lockFilePathFor(databasePath)));
        break;
    }
    case QLockFile::PermissionError:
        *refusal = QStringLiteral("%1 cannot be opened: the app may not create %2 beside it.")
                       .arg(file, QDir::toNativeSeparators(lockFilePathFor(databasePath)));
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        *refusal = QStringLiteral("%1 cannot be opened: its lock file %2 could not be made.")
                       .arg(file, QDir::toNativeSeparators(lockFilePathFor(databasePath)));
        break;
    }
    return nullptr;
}

} // namespace bb::app
