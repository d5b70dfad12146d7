// SPDX-License-Identifier: MIT
#include "backup/BackupStatus.h"

#include "ClinicContext.h"

#include <QDir>
#include <QFileInfo>

namespace bb::ui {

QString backupFolderFor(const QString &databaseFile)
{
    return QFileInfo(databaseFile).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupStatus::BackupStatus(ClinicContext &context, QWidget *parent)
    : QLabel(parent), m_context(context)
{
    setObjectName(QStringLiteral("backupStatus"));
    refresh();
}

void BackupStatus::refresh()
{
    const auto last = m_context.clinic.backups.lastGood();
    if (!last) {
        setText(tr("\u26A0 When it was last backed up cannot be read: %1").arg(last.message()));
        return;
    }
    const QDateTime at = last.value();
    if (at.isNull()) {
        setText(tr("\u26A0 Never backed up: Woman > Back up the clinic database now"));
        return;
    }
    const QDateTime now = m_context.clock.now();
    const qint64 hours = at.secsTo(now) / 3600;
    const QString when = at.toLocalTime().toString(QStringLiteral("dd-MMM-yyyy HH:mm"));
    if (hours >= m_context.clinic.settings.backupWarnAfterHours())
        setText(tr("\u26A0 Last backup %1, %2 ago: back up now (Woman menu)")
                    .arg(when, hours >= 48 ? tr("%n days", nullptr, int(hours / 24))
                                           : tr("%n hours", nullptr, int(hours))));
    else
        setText(tr("Last backup %1").arg(when));
}

QString BackupStatus::backUpNow()
{
    const auto made = m_context.clinic.backups.backUp(
        backupFolderFor(m_context.clinic.databaseFile()), m_context.actor);
    refresh();
    if (!made)
        return tr("Not backed up: %1").arg(made.message());
    return tr("Backed up and checked: %1 (%2 women).")
        .arg(QDir::toNativeSeparators(made->file))
        .arg(made->women);
}

} // namespace bb::ui
