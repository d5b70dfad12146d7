// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QTimer>

namespace bb::ui {

struct ClinicContext;

/// The `backups` folder beside the database, where the window's backups go.
QString backupFolderFor(const QString &databaseFile);

/// In the status bar: when the last good backup of the database was taken, and a warning when
/// there has been none, or none for longer than the trust allows (care::Settings::
/// backupWarnAfterHours()).
class BackupStatus : public QLabel
{
    Q_OBJECT
public:
    explicit BackupStatus(ClinicContext &context, QWidget *parent = nullptr);

    /// Reads the last good backup again.
    void refresh();
    /// Backs the database up now into backupFolderFor() and shows when; the sentence to show
    /// her either way.
    QString backUpNow();
    /// Backs up as backUpNow() does when the automatic backup is due (care::Backups::isDue());
    /// what it said, or nothing when none was due.
    QString backUpIfDue();

signals:
    /// The automatic backup ran; what it said, for the status bar.
    void backedUpByItself(const QString &said);

private:
    ClinicContext &m_context;
    QTimer m_schedule;
};

} // namespace bb::ui
