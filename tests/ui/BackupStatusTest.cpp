// SPDX-License-Identifier: MIT
// Backing up from the window, and the status bar saying when the last good backup was taken,
// with a warning when there has been none or none for longer than the trust allows.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "backup/BackupStatus.h"
#include "care/Clinic.h"

#include <QAction>
#include <QDir>
#include <QLabel>

using namespace bb;

TEST_CASE("Back up now makes a checked backup beside the database, and the status bar says when "
          "the last one was, warning once it is a day old",
          "[ui][backup]")
{
    test::AppFixture app;
    auto *status = app.find<QLabel>(QStringLiteral("backupStatus"));
    CHECK(status->text().startsWith(QStringLiteral("\u26A0 Never backed up")));

    app.find<QAction>(QStringLiteral("actionBackUp"))->trigger();
    const QDir folder(ui::backupFolderFor(app.clinic->databaseFile()));
    CHECK(folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files).size() == 1);
    CHECK(status->text() ==
          QStringLiteral("Last backup %1")
              .arg(app.clock.now().toLocalTime().toString(QStringLiteral("dd-MMM-yyyy HH:mm"))));

    app.clock.set(app.clock.now().addSecs(23 * 3600));
    app.window().findChild<ui::BackupStatus *>()->refresh();
    CHECK(status->text().startsWith(QStringLiteral("Last backup ")));
    app.clock.set(app.clock.now().addSecs(2 * 3600));
    app.window().findChild<ui::BackupStatus *>()->refresh();
    CHECK(status->text().startsWith(QStringLiteral("\u26A0 Last backup ")));
    CHECK(status->text().contains(QStringLiteral(", 25 hours ago: back up now")));
    app.clock.set(app.clock.now().addDays(2));
    app.window().findChild<ui::BackupStatus *>()->refresh();
    CHECK(status->text().contains(QStringLiteral(", 3 days ago: back up now")));

    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        app.window().resize(1366, 768);
        QApplication::processEvents();
        REQUIRE(app.window().grab().save(dir + QStringLiteral("/backup-1-status.png")));
    }
}

TEST_CASE("The window backs up by itself when a backup is due, and not again until the next is",
          "[ui][backup]")
{
    test::AppFixture app;
    auto *status = app.window().findChild<ui::BackupStatus *>();
    REQUIRE(status);
    const QString said = status->backUpIfDue();
    CHECK(said.startsWith(QStringLiteral("Backed up and checked: ")));
    const QDir folder(ui::backupFolderFor(app.clinic->databaseFile()));
    CHECK(folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files).size() == 1);
    CHECK(status->backUpIfDue().isEmpty());
    app.clock.set(app.clock.now().addDays(1));
    CHECK_FALSE(status->backUpIfDue().isEmpty());
    CHECK(folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files).size() == 2);
}
