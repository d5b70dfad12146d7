// SPDX-License-Identifier: MIT
// The app's file dialogs over the database's own folder: listing it must not open the database's
// files, since closing any descriptor of the file drops SQLite's POSIX locks on it and the
// command line would then take the database as unused and delete the WAL the app writes to.
#include "UiTestSupport.h"

#include "careplan/CarePlanPage.h"
#include "files/FileDialogs.h"
#include "record/WomanRecordView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <functional>

#include <sys/stat.h>
#include <unistd.h>

using namespace bb;

namespace {

/// The POSIX locks this process holds on `path`, as the kernel lists them in /proc/locks
/// (`1: POSIX ADVISORY READ <pid> <major>:<minor>:<inode> <start> <end>`).
int locksHeldOn(const QString &path)
{
    struct stat file = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &file) == 0);
    QFile locks(QStringLiteral("/proc/locks"));
    REQUIRE(locks.open(QIODevice::ReadOnly));
    const QByteArray pid = QByteArray::number(static_cast<qint64>(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(file.st_ino));
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields[1] == "POSIX" && fields[4] == pid &&
            fields[5].endsWith(inode))
            ++held;
    }
    return held;
}

/// Runs `act` on the next modal window of type T once it is up, as a person would answer it.
/// Gives up (closing whatever is modal) after ten seconds, so a test never hangs.
template <typename T> void whenModal(std::function<void(T *)> act)
{
    auto *poll = new QTimer;
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, waited, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *window = qobject_cast<T *>(modal); window && window->isVisible()) {
            poll->stop();
            poll->deleteLater();
            act(window);
        } else if (++*waited > 1000) {
            poll->stop();
            poll->deleteLater();
            if (modal)
                modal->close();
        }
    });
    poll->start(10);
}

/// Shows `folder` in the dialog and waits until its model has read the listing and the
/// dialog has taken in every file in it. True when the folder was listed.
bool listFolder(QFileDialog *dialog, const QString &folder)
{
    auto *model = dialog->findChild<QFileSystemModel *>();
    if (!model)
        return false;
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    // A dialog that starts in the folder may have read it before the spy was attached.
    const bool readAlready = QFileInfo(model->rootPath()) == QFileInfo(folder) &&
                             !model->canFetchMore(model->index(folder));
    dialog->setDirectory(folder);
    const bool listed =
        readAlready || QTest::qWaitFor(
                           [&] {
                               for (const QList<QVariant> &signal : loaded) {
                                   if (QFileInfo(signal.at(0).toString()) == QFileInfo(folder))
                                       return true;
                               }
                               return false;
                           },
                           5000);
    QTest::qWait(300); // the queued results of the listing, where icons and types are asked for
    return listed;
}

QString exampleBooking()
{
    return test::examplesDir() + QStringLiteral("/hypertension-previous-gdm-asylum.booking.json");
}

void openCarePlan(test::AppFixture &app)
{
    app.press(QKeySequence::Find);
    auto *field = app.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("patel"));
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    REQUIRE(app.window().recordView()->carePlanPage()->isVisible());
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE(
    "The app's file dialogs list the database's folder, and the app keeps its lock on the file "
    "and the command line writes alongside it",
    "[ui][files]")
{
    ui::guardFileDialogs(*qApp); // as main does, before any window
    test::AppFixture app;
    const QString db = app.database->path();
    const QString folder = QFileInfo(db).absolutePath();

    Booking asha = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    REQUIRE(QFile::exists(db + QStringLiteral("-wal")));
    REQUIRE(QFile::exists(db + QStringLiteral("-shm")));
    REQUIRE(locksHeldOn(db) > 0); // in WAL mode SQLite keeps a shared lock while the file is open
    openCarePlan(app);

    // Save as PDF, looking in the database's folder, then cancelled.
    bool savePdfListed = false;
    whenModal<QFileDialog>([&](QFileDialog *dialog) {
        savePdfListed = listFolder(dialog, folder);
        dialog->reject();
    });
    QTest::mouseClick(app.find<QPushButton>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    CHECK(savePdfListed);
    CHECK(locksHeldOn(db) > 0);

    // Print preview > Print > print to a file in the database's folder: the file name's
    // completer and the Browse dialog both list it.
    bool printDialogShown = false;
    bool printToFileListed = false;
    whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
        whenModal<QPrintDialog>([&](QPrintDialog *print) {
            printDialogShown = true;
            auto *printers = print->findChild<QComboBox *>(QStringLiteral("printers"));
            auto *fileName = print->findChild<QLineEdit *>(QStringLiteral("filename"));
            auto *browse = print->findChild<QAbstractButton *>(QStringLiteral("fileBrowser"));
            if (printers && fileName && browse) {
                printers->setCurrentIndex(printers->count() - 1); // Print to File (PDF)
                fileName->clear();
                fileName->setFocus();
                QTest::keyClicks(fileName, folder + QStringLiteral("/c"));
                QTest::qWait(500);
                whenModal<QFileDialog>([&](QFileDialog *browser) {
                    printToFileListed = listFolder(browser, folder);
                    browser->reject();
                });
                browse->click();
            }
            print->reject();
        });
        for (QAction *action : preview->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Print")) {
                action->trigger();
                break;
            }
        }
        preview->reject();
    });
    QTest::mouseClick(app.find<QPushButton>(QStringLiteral("printPreviewButton")), Qt::LeftButton);
    CHECK(printDialogShown);
    CHECK(printToFileListed);
    CHECK(locksHeldOn(db) > 0);

    // Another process writes, then the app writes again.
    test::addUser(*app.database, app.clock, QStringLiteral("lead"), UserRole::TeamLead,
                  QStringLiteral("a test password"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BBCLINIC_PASSWORD"), QStringLiteral("a test password"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(BB_CLI),
              {QStringLiteral("import-booking"), QStringLiteral("--as"), QStringLiteral("lead"),
               QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-12-01"),
               exampleBooking()});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    CHECK(QFile::exists(db + QStringLiteral("-wal")));

    Booking kerry = test::lowRiskBooking();
    kerry.woman.nhsNumber = QStringLiteral("9434765870");
    kerry.woman.givenName = QStringLiteral("Kerry");
    kerry.woman.familyName = QStringLiteral("Jones");
    REQUIRE(test::book(*app.database, app.clock, kerry, &error));
    CHECK(locksHeldOn(db) > 0);

    // After the app closes, the file is sound and holds every write.
    app.close();
    {
        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lockCheck"));
        check.setDatabaseName(db);
        REQUIRE(check.open());
        QSqlQuery integrity(check);
        REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(integrity.next());
        CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
        CHECK(count(check, QStringLiteral("SELECT count(*) FROM woman WHERE nhs_number IN "
                                          "('9434765919', '4010232137', '9434765870')")) == 3);
        check.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lockCheck"));
}
