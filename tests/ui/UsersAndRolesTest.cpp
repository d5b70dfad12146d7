// SPDX-License-Identifier: MIT
// What an administrator does to users in the app (add, disable, reset), the password a user
// must then choose herself, the menus each role is offered (greyed with the reason when not
// hers), and the safeguarding detail a maternity support worker is not shown.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "care/Clinic.h"
#include "login/LoginDialog.h"
#include "record/WomanRecordView.h"
#include "users/UsersDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace bb;

namespace {

const QString kFirstPassword = QStringLiteral("first password from admin");
const QString kOwnPassword = QStringLiteral("her very own password");

/// Runs `answer` on the modal dialog opened next (it is exec()'d, so the test cannot reach it
/// otherwise).
void whenDialogOpens(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, [answer = std::move(answer)] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        answer(dialog);
    });
}

int rowOf(QTableWidget *table, const QString &username)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == username)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("An administrator adds a user, disables her and resets her password from the Users "
          "list, and she then chooses her own at login",
          "[ui][users]")
{
    test::AppFixture app;
    app.actAs(test::testAdministrator());
    ui::UsersDialog users(*app.context);
    REQUIRE(users.load());
    users.show();
    auto *table = users.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    REQUIRE(table);

    // A first password too short is said by its field and the rest typed stays.
    whenDialogOpens([](QWidget *dialog) {
        test::typeInto(dialog, "userUsername", QStringLiteral("Kim.Lee"));
        test::typeInto(dialog, "userName", QStringLiteral("Kim Lee"));
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("userRole"));
        role->setCurrentIndex(role->findData(QStringLiteral("support_worker")));
        test::typeInto(dialog, "userPassword", QStringLiteral("short"));
        test::typeInto(dialog, "userPasswordAgain", QStringLiteral("short"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("userPasswordAgain")),
                        Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->text() ==
              QStringLiteral("Kim Lee"));
        test::typeInto(dialog, "userPassword", kFirstPassword);
        test::typeInto(dialog, "userPasswordAgain", kFirstPassword);
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("userPasswordAgain")),
                        Qt::Key_Return);
    });
    users.addUser();
    const int kim = rowOf(table, QStringLiteral("kim.lee"));
    REQUIRE(kim >= 0);
    CHECK(table->item(kim, 2)->text() == QStringLiteral("Maternity support worker"));
    CHECK(users.current()->username == QStringLiteral("kim.lee"));

    users.toggleDisabled();
    CHECK(table->item(rowOf(table, QStringLiteral("kim.lee")), 4)->text() ==
          QStringLiteral("Disabled"));
    CHECK_FALSE(app.clinic->users.logIn(QStringLiteral("kim.lee"), kFirstPassword,
                                        QStringLiteral("laptop-1")));
    users.toggleDisabled();
    CHECK(users.findChild<QPushButton *>(QStringLiteral("usersDisable"))->text() ==
          QStringLiteral("&Disable"));

    whenDialogOpens([](QWidget *dialog) {
        test::typeInto(dialog, "newPassword", kFirstPassword + QStringLiteral(" again"));
        test::typeInto(dialog, "newPasswordAgain", kFirstPassword + QStringLiteral(" again"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordAgain")),
                        Qt::Key_Return);
    });
    users.resetPassword();
    CHECK(table->item(rowOf(table, QStringLiteral("kim.lee")), 4)
              ->text()
              .startsWith(QStringLiteral("Password reset")));

    // She logs in with the reset password and must choose her own before going on.
    ui::LoginDialog login(*app.clinic, ui::LoginDialog::Mode::LogIn, QStringLiteral("laptop-2"),
                          QStringLiteral("kim.lee"));
    login.show();
    test::typeInto(&login, "loginPassword", kFirstPassword + QStringLiteral(" again"));
    whenDialogOpens([](QWidget *dialog) {
        CHECK(dialog->objectName() == QStringLiteral("newPasswordDialog"));
        dialog->close(); // she declines: not logged in
    });
    QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("loginPassword")), Qt::Key_Return);
    CHECK_FALSE(login.actor());
    CHECK(login.isVisible());

    test::typeInto(&login, "loginPassword", kFirstPassword + QStringLiteral(" again"));
    whenDialogOpens([](QWidget *dialog) {
        test::typeInto(dialog, "newPassword", kOwnPassword);
        test::typeInto(dialog, "newPasswordAgain", kOwnPassword);
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordAgain")),
                        Qt::Key_Return);
    });
    QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("loginPassword")), Qt::Key_Return);
    REQUIRE(login.actor());
    CHECK_FALSE(app.clinic->users.mustChangePassword(*login.actor()).value());
    CHECK(app.clinic->users.logIn(QStringLiteral("kim.lee"), kOwnPassword,
                                  QStringLiteral("laptop-2")));
}

TEST_CASE("Users and settings (Edit menu) are offered to an administrator only, greyed with the "
          "reason for anyone else",
          "[ui][users][access]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    const auto action = [&](const char *name) {
        return app.window().findChild<QAction *>(QString::fromLatin1(name));
    };
    REQUIRE(action("actionUsers"));
    CHECK_FALSE(action("actionUsers")->isEnabled());
    CHECK(action("actionUsers")->toolTip() ==
          QStringLiteral("A midwife may not add, disable or reset users: an administrator does."));
    CHECK_FALSE(action("actionSettings")->isEnabled());
    CHECK(action("actionChangePassword")->isEnabled());

    app.actAs(test::testAdministrator());
    // She opens no woman's record, so she has no list of women either.
    CHECK(app.find<QTableView>(QStringLiteral("searchResults"))->model()->rowCount() == 0);
    CHECK(app.find<QLabel>(QStringLiteral("searchStatus"))
              ->text()
              .startsWith(QStringLiteral("An administrator may not open a woman's record")));
    CHECK(action("actionUsers")->isEnabled());
    CHECK(action("actionSettings")->isEnabled());
    CHECK(action("actionUsers")->statusTip().isEmpty());

    // A users list opened by someone else is refused, and says why.
    app.actAs(test::testTeamLead());
    ui::UsersDialog users(*app.context);
    CHECK_FALSE(users.load());
    CHECK(users.findChild<QTableWidget *>(QStringLiteral("usersTable"))->rowCount() == 0);
}

TEST_CASE("A maternity support worker is not shown a safeguarding concern or disclosed abuse, "
          "and is told what she may record",
          "[ui][access][safeguarding]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    booking.woman.social = {QStringLiteral("refugee"), QStringLiteral("safeguarding_concern")};
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));

    app.window().openWoman(booking.woman.id);
    CHECK(app.find<QLabel>(QStringLiteral("recordFlags"))
              ->text()
              .contains(QStringLiteral("Safeguarding concern")));
    CHECK(app.window().findChildren<QLabel *>(QStringLiteral("recordReadOnly")).isEmpty());

    app.actAs(Actor::named(QStringLiteral("Sam Support"), UserRole::SupportWorker));
    app.window().openWoman(booking.woman.id);
    const QString flags = app.find<QLabel>(QStringLiteral("recordFlags"))->text();
    CHECK(flags.contains(QStringLiteral("Refugee")));
    CHECK_FALSE(flags.contains(QStringLiteral("Safeguarding")));
    CHECK(app.find<QCheckBox>(QStringLiteral("social:safeguarding_concern"))->isHidden());
    CHECK_FALSE(app.find<QCheckBox>(QStringLiteral("social:refugee"))->isHidden());
    CHECK(app.find<QWidget>(QStringLiteral("staffOnlyEnquiries"))->isHidden());
    CHECK(app.find<QLabel>(QStringLiteral("recordReadOnly"))
              ->text()
              .contains(QStringLiteral("A maternity support worker may not change a booking")));
}

TEST_CASE("Screenshot tour of the users list, adding a user, a reset password and a support "
          "worker's view of a record",
          "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    test::AppFixture app;
    test::addUser(*app.database, app.clock, QStringLiteral("jo.smith"), UserRole::Midwife,
                  kOwnPassword);
    test::addUser(*app.database, app.clock, QStringLiteral("kim.lee"), UserRole::SupportWorker,
                  kOwnPassword);
    test::addUser(*app.database, app.clock, QStringLiteral("alex.left"), UserRole::Midwife,
                  kOwnPassword);
    app.actAs(test::testAdministrator());
    {
        ui::UsersDialog users(*app.context);
        REQUIRE(users.load());
        users.show();
        whenDialogOpens([&dir](QWidget *dialog) {
            test::typeInto(dialog, "userUsername", QStringLiteral("sam.hughes"));
            test::typeInto(dialog, "userName", QStringLiteral("Sam Hughes"));
            test::typeInto(dialog, "userPassword", QStringLiteral("short"));
            test::typeInto(dialog, "userPasswordAgain", QStringLiteral("short"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("userPasswordAgain")),
                            Qt::Key_Return);
            QApplication::processEvents();
            CHECK(dialog->grab().save(dir + QStringLiteral("/users-2-add.png")));
            dialog->close();
        });
        users.addUser();
        auto *table = users.findChild<QTableWidget *>(QStringLiteral("usersTable"));
        table->setCurrentCell(rowOf(table, QStringLiteral("alex.left")), 0);
        users.toggleDisabled();
        QApplication::processEvents();
        REQUIRE(users.grab().save(dir + QStringLiteral("/users-1-list.png")));
    }
    {
        ui::LoginDialog login(*app.clinic, ui::LoginDialog::Mode::LogIn, QStringLiteral("laptop-2"),
                              QStringLiteral("jo.smith"));
        REQUIRE(app.clinic->users.resetPassword(
            app.clinic->users.byUsername(QStringLiteral("jo.smith"), test::testAdministrator())
                .value()
                .id,
            kFirstPassword, test::testAdministrator()));
        login.show();
        test::typeInto(&login, "loginPassword", kFirstPassword);
        whenDialogOpens([&dir](QWidget *dialog) {
            test::typeInto(dialog, "newPassword", QStringLiteral("mine"));
            test::typeInto(dialog, "newPasswordAgain", QStringLiteral("mine"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordAgain")),
                            Qt::Key_Return);
            QApplication::processEvents();
            CHECK(dialog->grab().save(dir + QStringLiteral("/users-3-choose-own.png")));
            dialog->close();
        });
        QTest::keyClick(login.findChild<QLineEdit *>(QStringLiteral("loginPassword")),
                        Qt::Key_Return);
        CHECK_FALSE(login.actor()); // she closed it without choosing her own
    }
    Booking booking = test::lowRiskBooking();
    booking.woman.social = {QStringLiteral("refugee"), QStringLiteral("safeguarding_concern")};
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    app.actAs(
        app.clinic->users.logIn(QStringLiteral("kim.lee"), kOwnPassword, QStringLiteral("laptop-1"))
            .value());
    app.window().resize(1366, 768);
    for (QMenu *menu : app.window().findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("&Edit")) {
            menu->popup(app.window().mapToGlobal(QPoint(120, 20)));
            QApplication::processEvents();
            REQUIRE(menu->grab().save(dir + QStringLiteral("/users-5-edit-menu.png")));
            menu->hide();
        }
    }
    app.window().openWoman(booking.woman.id);
    app.window().recordView()->pages()->setCurrentIndex(1);
    QApplication::processEvents();
    REQUIRE(app.window().grab().save(dir + QStringLiteral("/users-4-support-worker-record.png")));
}
