// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

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

private:
    ClinicContext &m_context;
};

} // namespace bb::ui
