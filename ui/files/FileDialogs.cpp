// SPDX-License-Identifier: MIT
#include "files/FileDialogs.h"

#include "files/NameOnlyIconProvider.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMessageBox>
#include <QStandardPaths>

namespace bb::ui {
namespace {

/// The files SQLite keeps beside a database, and the app's own lock file.
bool isDatabaseFile(const QString &chosen, const QString &databasePath)
{
    if (databasePath.isEmpty())
        return false;
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    const QString path = QFileInfo(chosen).absoluteFilePath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        if (path == database + QLatin1String(suffix))
            return true;
    }
    return false;
}

QString startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

/// Qt's file-system models read a directory in a thread but ask the icon provider on the main
/// thread, from queued results. A window's Show event comes before the event loop runs again,
/// so a provider set then is the one asked about every file listed.
class FileDialogGuard final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->isWindow())
            nameFilesOnly(watched);
        return false;
    }
};

} // namespace

void configureFileDialog(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(nameOnlyIconProvider());
}

void nameFilesOnly(QObject *root)
{
    for (QFileSystemModel *model : root->findChildren<QFileSystemModel *>()) {
        if (model->iconProvider() != nameOnlyIconProvider())
            model->setIconProvider(nameOnlyIconProvider());
    }
}

QString folderRefusedForHerCopy(const QString &folder, const QString &databaseFile)
{
    if (databaseFile.isEmpty() || folder.isEmpty())
        return {};
    const QString records = QFileInfo(QFileInfo(databaseFile).absolutePath()).canonicalFilePath();
    const QString chosen = QFileInfo(folder).canonicalFilePath();
    if (records.isEmpty() || chosen.isEmpty())
        return {};
    if (chosen == records || chosen.startsWith(records + QLatin1Char('/')))
        return QObject::tr("%1 is where the clinic's records are kept: her copy goes somewhere "
                           "else (a memory stick, or a folder to send from).")
            .arg(QDir::toNativeSeparators(folder));
    return {};
}

QString chooseFolderForHerCopy(QWidget *parent, const QString &caption, const QString &databaseFile)
{
    static QString lastFolder = startFolder();
    QFileDialog dialog(parent, caption, lastFolder);
    configureFileDialog(dialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        const QString chosen = dialog.selectedFiles().constFirst();
        const QString refused = folderRefusedForHerCopy(chosen, databaseFile);
        if (refused.isEmpty()) {
            lastFolder = chosen;
            return chosen;
        }
        QMessageBox::warning(parent, caption, refused);
    }
}

QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggestedName,
                         const QString &filter, const QString &databaseFile)
{
    static QString lastFolder = startFolder(); // the folder she last saved in, while the app runs
    QFileDialog dialog(parent, caption, lastFolder, filter);
    configureFileDialog(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.selectFile(suggestedName);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        const QString chosen = dialog.selectedFiles().constFirst();
        if (!isDatabaseFile(chosen, databaseFile)) {
            lastFolder = QFileInfo(chosen).absolutePath();
            return chosen;
        }
        QMessageBox::warning(parent, caption,
                             QObject::tr("%1 holds the clinic's records and cannot be replaced. "
                                         "Choose another name.")
                                 .arg(QFileInfo(chosen).fileName()));
    }
}

void guardFileDialogs(QApplication &app)
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    // A platform's own dialog (GTK's, for one) runs inside this process and reads files as it
    // likes; Qt's widgets can be told how to pick icons.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    app.installEventFilter(new FileDialogGuard(&app));
}

} // namespace bb::ui
