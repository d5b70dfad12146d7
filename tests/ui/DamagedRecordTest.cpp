// SPDX-License-Identifier: MIT
// A record whose stored rows are not what was saved says so at the top of every page of it, and
// her care plan is not printed from it; an intact record says nothing of the kind.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "backup/IntegrityStatus.h"
#include "care/Clinic.h"
#include "care/PrintedPlans.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace bb;

TEST_CASE("A damaged record is marked damaged above her pages, with what to do, and an intact one "
          "is not",
          "[ui][integrity][screenshots]")
{
    test::AppFixture app;
    QString error;
    Booking asha = test::lowRiskBooking();
    Booking bina = test::lowRiskBooking();
    bina.woman.nhsNumber = QStringLiteral("9434765870");
    bina.woman.givenName = QStringLiteral("Bina");
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    REQUIRE(test::book(*app.database, app.clock, bina, &error));
    // Her date of birth changed on the disk behind the app's back.
    QSqlQuery q(app.database->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE woman SET date_of_birth = '1949-07-09' WHERE id = %1")
                       .arg(asha.woman.id)));

    app.window().openWoman(bina.woman.id);
    auto *banner = app.find<QLabel>(QStringLiteral("recordDamaged"));
    CHECK(banner->isHidden());

    app.window().openWoman(asha.woman.id);
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(
        QStringLiteral("The record of Asha Patel (943 476 5919) is damaged: what is stored of her "
                       "identity")));
    CHECK(banner->text().contains(QStringLiteral("last good backup")));
    CHECK(banner->accessibleName() == QStringLiteral("Her record is damaged"));

    const auto plan = app.clinic->carePlans.latest(asha.pregnancy.id);
    REQUIRE(plan.ok());
    CHECK(care::printInput(*app.clinic, *plan.value(), app.clock.today()).failed());

    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        app.window().resize(1366, 768);
        QApplication::processEvents();
        REQUIRE(app.window().grab().save(dir + QStringLiteral("/damaged-1-record.png")));
    }
}

TEST_CASE("The full check runs in the background and the status bar shows what it found",
          "[ui][integrity][screenshots]")
{
    test::AppFixture app;
    QString error;
    Booking asha = test::lowRiskBooking();
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    auto *status = app.window().findChild<ui::IntegrityStatus *>();
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Not checked yet"));

    const auto checkAndWait = [&] {
        QSignalSpy checked(status, &ui::IntegrityStatus::checked);
        status->checkNow();
        CHECK(status->isChecking());
        REQUIRE(checked.wait(20000));
    };
    checkAndWait();
    CHECK(status->text() == QStringLiteral("Checked 26-Nov 10:00: no damage"));

    QSqlQuery q(app.database->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE booking SET weight_kg = 85")));
    checkAndWait();
    CHECK(status->text() == QStringLiteral("\u26A0 Checked 26-Nov 10:00: Asha Patel (943 476 "
                                           "5919)'s record is damaged"));
    CHECK(status->toolTip().contains(QStringLiteral("the booking assessment of her pregnancy")));

    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        app.window().resize(1366, 768);
        QApplication::processEvents();
        REQUIRE(app.window().grab().save(dir + QStringLiteral("/damaged-2-check.png")));
    }
}
