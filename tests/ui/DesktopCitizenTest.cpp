// SPDX-License-Identifier: MIT
// What a desktop app owes the desktop: an About box that says what it is and what its rules
// follow, and windows that open where they were left.
#include "UiTestSupport.h"

#include "help/AboutBox.h"
#include "teams/TeamWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

using namespace bb;

TEST_CASE("The About box says the version, the licence and each guideline with its edition",
          "[ui][about]")
{
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const QString text = ui::aboutText();
    QCoreApplication::setApplicationVersion(version);
    CHECK(text.contains(QStringLiteral("Better Births Clinic 9.8.7")));
    CHECK(text.contains(QStringLiteral("MIT licence")));
    CHECK(text.contains(QStringLiteral("version 2 of the rules page")));
    CHECK(text.contains(QStringLiteral("<b>NICE NG133</b>")));
    CHECK(text.contains(QStringLiteral("2019, updated 2023")));
    CHECK(text.contains(QStringLiteral("<b>RCOG GTG 37a</b>")));

    // Help > About opens it, over the main window.
    test::AppFixture app;
    QString shown;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty())
                box->grab().save(dir + QStringLiteral("/about.png"));
            box->accept();
        }
    });
    app.find<QAction>(QStringLiteral("actionAbout"))->trigger();
    CHECK(shown.contains(QStringLiteral("NICE NG201")));
}

TEST_CASE("The main and team windows open at the size and place they were left, with the "
          "search as wide as it was",
          "[ui][windowplaces]")
{
    test::AppFixture app;
    QSettings settings(app.scratch.file(QStringLiteral("desktop.ini")), QSettings::IniFormat);
    app.desktopSettings = &settings;
    app.restart();
    const QSize fresh = app.window().size();

    app.window().setGeometry(40, 30, 1000, 700);
    auto *splitter = app.window().findChild<QSplitter *>();
    REQUIRE(splitter);
    splitter->setSizes({300, 700});
    const QList<int> split = splitter->sizes();
    app.find<QAction>(QStringLiteral("actionTeams"))->trigger();
    auto *teams = app.window().findChild<ui::TeamWindow *>();
    REQUIRE(teams);
    teams->setGeometry(60, 50, 1100, 650);
    REQUIRE(app.window().close()); // as quitting does: both windows are kept

    app.restart();
    CHECK(app.window().size() == QSize(1000, 700));
    CHECK(app.window().findChild<QSplitter *>()->sizes() == split);
    app.find<QAction>(QStringLiteral("actionTeams"))->trigger();
    CHECK(app.window().findChild<ui::TeamWindow *>()->size() == QSize(1100, 650));

    // Without settings (as on a first start) each opens at its own size.
    app.desktopSettings = nullptr;
    app.restart();
    CHECK(app.window().size() == fresh);
}
