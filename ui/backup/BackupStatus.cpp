// SPDX-License-Identifier: MIT
#include "backup/BackupStatus.h"

#include "ClinicContext.h"

#include <QDir>
#include <QFileInfo>

namespace bb::ui {
namespace {
constexpr int kFirstLookAfterMs = 2 * 60 * 1000; // not while she is logging in
constexpr int kLookEveryMs = 30 * 60 * 1000;
} // namespace

QString backupFolderFor(const QString &databaseFile)
{
    return QFileInfo(databaseFile).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupStatus::BackupStatus(ClinicContext &context, QWidget *parent)
    : QLabel(parent), m_context(context)
{
    setObjectName(QStringLiteral("backupStatus"));
    refresh();
    // The automatic backup: looked for a little after the window opens and every half hour,
    // taken when the last good one is as old as the trust's setting (daily by default).
    m_schedule.setSingleShot(true);
    connect(&m_schedule, &QTimer::timeout, this, [this] {
        backUpIfDue();
        m_schedule.start(kLookEveryMs);
    });
    m_schedule.start(kFirstLookAfterMs);
}

QString BackupStatus::backUpIfDue()
{
    // Nothing can be saved to a file that can only be read, so no backup is recorded for it.
    if (!m_context.clinic.readOnlyReason().isEmpty() || !m_context.clinic.backups.isDue())
        return {};
    const QString said = backUpNow();
    emit backedUpByItself(said);
    return said;
}

void BackupStatus::refresh()
{
    if (m_context.clinic.backups.keptByTheServer()) {
        setText(tr("Backed up on the team server by its administrators"));
        return;
    }
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
    const auto made =
        m_context.clinic.backups.backUp(backupFolderFor(m_context.clinic.databaseFile()),
                                        m_context.actor, care::Backups::Rotation::KeepNewest);
    refresh();
    if (!made)
        return tr("Not backed up: %1").arg(made.message());
    const QString said = tr("Backed up and checked: %1 (%2 women).")
                             .arg(QDir::toNativeSeparators(made->file))
                             .arg(made->women);
    return made->removedOld == 0 ? said
                                 : said + QLatin1Char(' ') +
                                       tr("%n older backup(s) removed.", nullptr, made->removedOld);
}

} // namespace bb::ui
