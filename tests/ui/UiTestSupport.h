// SPDX-License-Identifier: MIT
#pragma once

#include "ClinicContext.h"
#include "MainWindow.h"

using bb::ui::MainWindow;
#include "TestSupport.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSettings>
#include <QTest>
#include <QWidget>

#include <memory>

namespace bb::test {

/// A database in a scratch folder, a fixed clock, and a main window that can be destroyed and
/// made again on the same file, as closing and reopening the app would.
struct AppFixture
{
    AppFixture();
    ~AppFixture();

    MainWindow &window() { return *m_window; }
    /// Destroys the window without asking anything (as a crash or a killed process would
    /// leave things), then the database connection, and opens both again.
    void restart();
    /// As restart(), with the file opened read-only (as a file on a read-only disk is).
    void restartReadOnly();
    /// Destroys the window and closes the database, as quitting the app would.
    void close();
    /// Makes the window again for `actor`, as logging in as her would: what the window offers
    /// is decided by her role when it is made.
    void actAs(const Actor &actor);

    template <typename W> W *find(const QString &objectName)
    {
        auto *widget = m_window->findChild<W *>(objectName);
        INFO("widget " << objectName.toStdString());
        REQUIRE(widget);
        return widget;
    }

    /// Gives a widget keyboard focus and types into it.
    void typeInto(const QString &objectName, const QString &text);
    void press(QKeySequence keys);

    ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0))};
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<care::Clinic> clinic;
    std::unique_ptr<ui::ClinicContext> context;
    bool answerRestoreDraft = true;
    /// What the app asked to confirm, and the answer it gets.
    QStringList confirmAskedAbout;
    bool answerConfirm = true;
    QStringList leaveAskedAbout; ///< the changed fields the last leave question named
    int draftOffers = 0;
    /// Where windows are left (ui::WindowPlaces); none unless a test gives one, then restarts.
    QSettings *desktopSettings = nullptr;

private:
    void open(storage::Database::Access access = storage::Database::Access::ReadWrite);
    std::unique_ptr<MainWindow> m_window;
};

/// Types `text` into the line edit called `field` of `window` (a dialog), replacing what was
/// there.
void typeInto(QWidget *window, const char *field, const QString &text);

} // namespace bb::test
