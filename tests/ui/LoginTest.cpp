// SPDX-License-Identifier: MIT
// Logging in from the keyboard, the first administrator of a new database, and the lock screen:
// Ctrl+L hides her windows until she types her password, and what she was typing is still there.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "care/Clinic.h"
#include "login/LoginDialog.h"
#include "login/ScreenLock.h"
#include "record/RecordAuditDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace bb;

namespace {

const QString kPassword = QStringLiteral("a long test password");

} // namespace

TEST_CASE("A new database's first start makes its administrator, typed twice, then logs her in",
          "[ui][login]")
{
    test::AppFixture app;
    ui::LoginDialog dialog(*app.clinic, ui::LoginDialog::Mode::FirstAdministrator,
                           QStringLiteral("laptop-1"));
    dialog.show();
    test::typeInto(&dialog, "loginUsername", QStringLiteral("ann.admin"));
    test::typeInto(&dialog, "loginName", QStringLiteral("Ann Admin"));
    test::typeInto(&dialog, "loginPassword", kPassword);
    test::typeInto(&dialog, "loginAgain", QStringLiteral("a long test passwore"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK_FALSE(dialog.actor());
    CHECK(dialog.isVisible());
    test::typeInto(&dialog, "loginAgain", kPassword);
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("loginAgain")), Qt::Key_Return);
    REQUIRE(dialog.actor());
    CHECK(dialog.actor()->id == QStringLiteral("ann.admin"));
    CHECK(dialog.actor()->role == UserRole::Administrator);
    CHECK(app.clinic->users.anyone().value());
}

TEST_CASE("A wrong password is said under the field, the username kept, and the right one logs "
          "in",
          "[ui][login]")
{
    test::AppFixture app;
    test::addUser(*app.database, app.clock, QStringLiteral("jo.smith"), UserRole::Midwife,
                  kPassword);
    ui::LoginDialog dialog(*app.clinic, ui::LoginDialog::Mode::LogIn, QStringLiteral("laptop-1"),
                           QStringLiteral("jo.smith"));
    dialog.show();
    test::typeInto(&dialog, "loginPassword", QStringLiteral("not my password"));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword")), Qt::Key_Return);
    CHECK_FALSE(dialog.actor());
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("loginUsername"))->text() ==
          QStringLiteral("jo.smith"));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"))->text().isEmpty());
    test::typeInto(&dialog, "loginPassword", kPassword);
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword")), Qt::Key_Return);
    REQUIRE(dialog.actor());
    CHECK(dialog.actor()->displayName == QStringLiteral("Test Midwife"));
}

TEST_CASE("Ctrl+L locks: her window is hidden until she types her own password, and what she "
          "was typing is still there",
          "[ui][login][lock]")
{
    test::AppFixture app;
    test::addUser(*app.database, app.clock, QStringLiteral("jo.smith"), UserRole::Midwife,
                  kPassword);
    app.context->actor =
        app.clinic->users.logIn(QStringLiteral("jo.smith"), kPassword, QStringLiteral("laptop-1"))
            .value();
    ui::ScreenLock lock(*app.context, 5);
    QObject::connect(&app.window(), &ui::MainWindow::lockRequested, &lock,
                     [&] { lock.lock(QStringLiteral("on request")); });
    app.window().show();
    auto *search = app.window().findChild<QLineEdit *>(QStringLiteral("searchField"));
    REQUIRE(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Pat"));
    QTest::keyClick(search, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(lock.isLocked());
    CHECK_FALSE(app.window().isVisible());
    QWidget *screen = lock.screen();
    REQUIRE(screen);
    CHECK(screen->isVisible());

    auto *password = screen->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
    REQUIRE(password);
    QTest::keyClicks(password, QStringLiteral("someone else's"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(lock.isLocked());
    CHECK(screen->findChild<QLabel *>(QStringLiteral("unlockMessage"))
              ->text()
              .contains(QStringLiteral("the password is not right")));
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(lock.isLocked());
    CHECK(app.window().isVisible());
    CHECK(search->text() == QStringLiteral("Pat"));
    QSqlQuery q(app.database->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE event IN ('lock', "
                                  "'unlock')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3); // the lock, the refused unlock and the unlock
}

TEST_CASE("Screenshot tour of the first administrator, the login and the lock screen",
          "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    test::AppFixture app;
    {
        ui::LoginDialog first(*app.clinic, ui::LoginDialog::Mode::FirstAdministrator,
                              QStringLiteral("laptop-1"));
        first.show();
        test::typeInto(&first, "loginUsername", QStringLiteral("ann.admin"));
        test::typeInto(&first, "loginName", QStringLiteral("Ann Admin"));
        test::typeInto(&first, "loginPassword", QStringLiteral("short"));
        test::typeInto(&first, "loginAgain", QStringLiteral("short"));
        QTest::keyClick(first.findChild<QLineEdit *>(QStringLiteral("loginAgain")), Qt::Key_Return);
        QApplication::processEvents();
        REQUIRE(first.grab().save(dir + QStringLiteral("/login-1-first-administrator.png")));
    }
    test::addUser(*app.database, app.clock, QStringLiteral("jo.smith"), UserRole::Midwife,
                  kPassword);
    {
        ui::LoginDialog login(*app.clinic, ui::LoginDialog::Mode::LogIn, QStringLiteral("laptop-1"),
                              QStringLiteral("jo.smith"));
        login.show();
        test::typeInto(&login, "loginPassword", QStringLiteral("wrong"));
        QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("loginPassword")),
                        Qt::Key_Return);
        QApplication::processEvents();
        REQUIRE(login.grab().save(dir + QStringLiteral("/login-2-wrong-password.png")));
    }
    app.context->actor =
        app.clinic->users.logIn(QStringLiteral("jo.smith"), kPassword, QStringLiteral("laptop-1"))
            .value();
    ui::ScreenLock lock(*app.context, 5);
    app.window().show();
    lock.lock(QStringLiteral("on request"));
    QWidget *screen = lock.screen();
    REQUIRE(screen);
    screen->resize(1366, 768);
    auto *password = screen->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
    QTest::keyClicks(password, QStringLiteral("nope"));
    QTest::keyClick(password, Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(screen->grab().save(dir + QStringLiteral("/login-3-locked.png")));
}

TEST_CASE("Her record shows who has looked at and changed it, with what a change replaced",
          "[ui][audit]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    Booking moved = booking;
    moved.woman.postcode = QStringLiteral("LE5 9ZZ");
    REQUIRE(app.clinic->bookings.save(moved, test::testMidwife()));
    app.window().show();
    app.window().openWoman(booking.woman.id);
    ui::RecordAuditDialog dialog(*app.context, booking.woman.id, booking.woman.fullName());
    QString problem;
    REQUIRE(dialog.load(&problem));
    QTreeWidget *tree = dialog.tree();
    REQUIRE(tree->topLevelItemCount() >= 3);
    // Newest first: opening her record, then the change with the postcode it replaced.
    CHECK(tree->topLevelItem(0)->text(4) == QStringLiteral("Viewed: her record"));
    bool postcodeShown = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = tree->topLevelItem(i);
        for (int c = 0; c < row->childCount(); ++c)
            postcodeShown = postcodeShown || row->child(c)->text(4).startsWith(
                                                 QStringLiteral("woman.postcode: was "));
    }
    CHECK(postcodeShown);
    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.resize(1366, 500);
        dialog.show();
        tree->expandAll();
        QApplication::processEvents();
        REQUIRE(dialog.grab().save(dir + QStringLiteral("/login-4-record-audit.png")));
    }
}
