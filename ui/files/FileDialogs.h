// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QApplication;
class QFileDialog;
class QObject;
class QWidget;

namespace bb::ui {

// Nothing but SQLite may open the database file or its -wal and -shm in the app's process:
// closing any other descriptor of the file drops SQLite's POSIX locks on it. A file dialog shown
// over the database's folder would open them to pick their icons, so every file list the app
// shows is made to decide by name alone.

/// Makes one file dialog safe to show over the database's folder: Qt's own widgets (a platform
/// dialog could run inside this process with its own file sniffing) and name-only icons.
void configureFileDialog(QFileDialog &dialog);

/// Gives every file-system model below `root` the name-only icon provider.
void nameFilesOnly(QObject *root);

/// Asks where to save a file, starting in the Documents folder with `suggestedName`. Empty when
/// she cancels. Never returns `databaseFile` or one of its companion files: she is told why and
/// asked again.
QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggestedName,
                         const QString &filter, const QString &databaseFile);

/// Why `folder` may not hold a copy for her: it is the database's own folder or inside it
/// (where the clinic's records and backups are, and never what goes home with her); empty when it
/// may. No folder is refused for a database on a team server.
QString folderRefusedForHerCopy(const QString &folder, const QString &databaseFile);

/// Asks for a folder to save her copies in, starting where she last chose one; empty when she
/// cancels. A folder folderRefusedForHerCopy() refuses is not returned: she is told why and asked
/// again.
QString chooseFolderForHerCopy(QWidget *parent, const QString &caption,
                               const QString &databaseFile);

/// Installed once in main, before any window is shown: every window the process shows, Qt's own
/// included (the print dialog's print-to-file browser and its file-name completer), gets
/// name-only icons in all its file lists before its first directory listing is read, and no
/// dialog is a native one.
void guardFileDialogs(QApplication &app);

} // namespace bb::ui
