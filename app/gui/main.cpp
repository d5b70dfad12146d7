// SPDX-License-Identifier: MIT
// bbclinic: the desktop app. Opens one database file and shows the main window.
#include "ClinicContext.h"
#include "DatabaseLock.h"
#include "MainWindow.h"
#include "Translations.h"
#include "care/ClinicDatabase.h"
#include "files/FileDialogs.h"
#include "login/LoginDialog.h"
#include "login/ScreenLock.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLockFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/better-births-clinic");
    QDir().mkpath(dir);
    // Only its owner may even list it: file names alone can say whose records are kept here.
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir + QStringLiteral("/clinic.sqlite");
}

/// Where typing waits while a team server does not answer (care::Drafts): beside the default
/// database, in the folder only its owner may list.
QString unsentDraftsPath()
{
    return QFileInfo(defaultDatabasePath()).absolutePath() +
           QStringLiteral("/unsent-drafts.sqlite");
}

/// Whether anyone can see a window: not on the offscreen platform of benchmarks and checks.
bool hasScreen()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

/// Who is using the window: she logs in (or, in a new database, makes its first administrator).
/// Where no one can answer (the offscreen platform of benchmarks and checks) the user is
/// `--as` (or BBCLINIC_USER) with the password in BBCLINIC_PASSWORD, as on the command line.
std::optional<bb::Actor> whoIsUsing(const bb::care::Clinic &clinic, const QString &asName)
{
    const QString workstation = QSysInfo::machineHostName();
    const QString username =
        asName.isEmpty() ? qEnvironmentVariable("BBCLINIC_USER").trimmed() : asName.trimmed();
    if (hasScreen())
        return bb::ui::LoginDialog::ask(clinic, workstation, username);
    const auto in =
        clinic.users.logIn(username, qEnvironmentVariable("BBCLINIC_PASSWORD"), workstation);
    if (!in) {
        std::fprintf(stderr, "bbclinic: --as: %s\n", qPrintable(in.message()));
        return std::nullopt;
    }
    return in.value();
}

/// Peak resident memory in MB, from /proc where there is one.
long peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong() / 1024;
    }
    return -1;
}

/// Whether a refusal to start can be shown in a window as well as on stderr: not on a platform
/// without a screen, nor when only the start-up report is asked for.
bool canShowMessageBoxes(bool reportOnly)
{
    return !reportOnly && hasScreen();
}

int refuseToStart(const QString &why, bool inAWindow)
{
    std::fprintf(stderr, "bbclinic: %s\n", qPrintable(why));
    if (inAWindow)
        QMessageBox::critical(nullptr, QApplication::applicationName(), why);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything this program creates (the database and its -wal and -shm, PDFs, exports,
    // temporary files) holds patient data: readable and writable by its owner only.
    umask(S_IRWXG | S_IRWXO);
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Better Births Clinic"));
    QApplication::setApplicationVersion(QStringLiteral(BB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("uk.nhs.betterbirths.clinic"));
    QApplication::setOrganizationName(QStringLiteral("Better Births"));
    // In the desktop's language, where the app has a translation for it; else British English.
    bb::ui::installTranslations(QLocale::system());
    // Before any window: no file dialog may open the database's files (see FileDialogs.h).
    bb::ui::guardFileDialogs(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("bbclinic", "Maternity clinic app for community midwives"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("bbclinic", "Database to open: a file, or the team "
                                                "server's postgresql://HOST/DATABASE."),
        QStringLiteral("FILE"), defaultDatabasePath());
    const QCommandLineOption startupReport(
        QStringLiteral("startup-report"),
        QCoreApplication::translate(
            "bbclinic", "Print start-up time and memory once the window is shown, then quit."));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        QCoreApplication::translate(
            "bbclinic", "Your username, filled in at the login (default: BBCLINIC_USER)."),
        QStringLiteral("USER"));
    parser.addOption(dbOption);
    parser.addOption(asOption);
    parser.addOption(startupReport);
    parser.process(app);

    const QString path = parser.value(dbOption);
    QString error;
    const bool inAWindow = canShowMessageBoxes(parser.isSet(startupReport));
    const bool onServer = bb::storage::DatabaseLocation::looksLikeServer(path);
    // Taken before a file is opened, released after it is closed. A team server has no file
    // beside it, and is meant to be open in many windows at once.
    // No lock can be made in a folder nobody may write; nor can anything be written there, so
    // the file opens read-only (storage::Database::open()) and needs none.
    std::unique_ptr<QLockFile> lock;
    if (!onServer) {
        lock = bb::app::lockDatabaseForThisApp(path, &error);
        const bool readOnlyFolder =
            QFileInfo::exists(path) && !QFileInfo(QFileInfo(path).absolutePath()).isWritable();
        if (!lock && !readOnlyFolder)
            return refuseToStart(error, inAWindow);
    }
    // After an unclean close the full check runs while the window comes up; saving waits for it.
    auto database =
        bb::care::openClinicDatabase(path, &error, bb::storage::Database::Access::ReadWrite,
                                     bb::storage::Database::FullCheck::InBackground);
    // A server that wants a password neither ~/.pgpass nor PGPASSWORD gave: asked for here, and
    // kept in memory only.
    for (int tries = 0;
         !database && inAWindow && bb::storage::Database::wantsPassword(error) && tries < 3;
         ++tries) {
        bool typed = false;
        const QString password = QInputDialog::getText(
            nullptr, QApplication::applicationName(),
            QCoreApplication::translate("bbclinic",
                                        "The team server (%1) asks for your database password:")
                .arg(bb::storage::DatabaseLocation::parse(path, nullptr)->display()),
            QLineEdit::Password, QString(), &typed);
        if (!typed)
            return 0; // she chose not to: nothing was opened
        bb::storage::Database::setServerPassword(password);
        database = bb::care::openClinicDatabase(path, &error);
    }
    if (!database)
        return refuseToStart(error, inAWindow);

    const bb::Clock clock;
    // A new database starts with the demonstration directory, so a printed plan is never blank.
    const bb::care::Clinic clinic(*database, clock, onServer ? unsentDraftsPath() : QString());
    if (const QString problem = clinic.drafts.unsentFileProblem(); !problem.isEmpty())
        std::fprintf(stderr, "bbclinic: %s; typing the team server cannot take is not kept\n",
                     qPrintable(problem));
    if (const auto seeded = clinic.settings.seedDefaultsIfEmpty(); !seeded)
        std::fprintf(stderr, "bbclinic: settings not seeded: %s\n", qPrintable(seeded.message()));
    bb::ui::ClinicContext context(clinic);
    const auto user = whoIsUsing(clinic, parser.value(asOption));
    if (!user)
        return hasScreen() ? 0 : 1; // she closed the login: nothing was opened for her to lose
    context.actor = *user;
    QSettings
        desktopSettings; // where windows were left: ~/.config on Linux, the registry on Windows
    context.desktopSettings = &desktopSettings;
    bb::ui::useMessageBoxes(context);
    bb::ui::MainWindow window(
        context, onServer ? bb::storage::DatabaseLocation::parse(path, nullptr)->display()
                          : QFileInfo(path).fileName());
    bb::ui::ScreenLock screenLock(context, clinic.settings.lockAfterMinutes());
    QObject::connect(&window, &bb::ui::MainWindow::lockRequested, &screenLock,
                     [&] { screenLock.lock(QStringLiteral("on request")); });
    window.show();
    database->backgroundCheck().then(&window, [&](const QString &) {
        if (database->isReadOnly())
            return; // nothing is written to it anyway, and its banner says so
        const QString refusal = database->writeRefusal(); // settles the check's result
        if (refusal.isEmpty())
            return;
        std::fprintf(stderr, "bbclinic: %s\n", qPrintable(refusal));
        if (inAWindow)
            QMessageBox::critical(&window, QApplication::applicationName(), refusal);
        QApplication::exit(1);
    });

    if (parser.isSet(startupReport)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("startup_ms=%lld peak_memory_mb=%ld\n",
                        static_cast<long long>(startup.elapsed()), peakMemoryMb());
            app.quit();
        });
    }
    const int status = app.exec();
    clinic.users.logOut(context.actor);
    return status;
}
