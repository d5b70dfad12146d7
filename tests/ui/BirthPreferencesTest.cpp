// SPDX-License-Identifier: MIT
// Her birth preferences, sent in as the documented example: a proposed change shown on her care
// plan page, gone through in a dialog beside what her plan says now, and taken into a new
// version only when the midwife saves it; or set aside with the reason.
#include "UiTestSupport.h"

#include "careplan/CarePlanPage.h"
#include "interop/BirthPreferencesJson.h"
#include "record/WomanRecordView.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace bb;

namespace {

/// The example of docs/formats.md, read and received as import-preferences would.
void receiveExample(test::AppFixture &app)
{
    QFile file(QStringLiteral(BB_DOCS_EXAMPLES "/birth-preferences.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto parsed = interop::parseBirthPreferences(file.readAll(), app.clock.today());
    INFO((parsed.errors.isEmpty() ? QString() : parsed.errors.first().toString()).toStdString());
    REQUIRE(parsed.preferences);
    const auto received = app.clinic->herPreferences.receive(*parsed.preferences,
                                                             Actor::named(QStringLiteral("Ann")));
    INFO(received.message().toStdString());
    REQUIRE(received);
}

ui::CarePlanPage *openCarePlan(test::AppFixture &app)
{
    app.press(QKeySequence::Find);
    auto *field = app.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("patel"));
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    return app.window().recordView()->carePlanPage();
}

/// Presses a button as the keyboard does: focused, then Space.
void press(QPushButton *button)
{
    REQUIRE(button);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

/// Runs `act` on the dialog the next button press opens, as a person at the keyboard would.
void onDialog(const std::function<void(QWidget *)> &act, bool &seen)
{
    QTimer::singleShot(0, [&seen, act] {
        QWidget *dialog = QApplication::activeModalWidget();
        seen = dialog != nullptr;
        if (!dialog)
            return;
        QApplication::setActiveWindow(dialog); // the offscreen platform activates nothing
        act(dialog);
        if (dialog->isVisible()) // the keys did not close it: fail rather than wait forever
            dialog->close();
    });
}

} // namespace

TEST_CASE("Her birth preferences arrive as a proposed change: shown on her plan, gone through "
          "beside her plan, taken into a new version when saved",
          "[ui][careplan][preferences]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    receiveExample(app);
    // Nothing of her plan changed by the import itself.
    const auto before = app.clinic->carePlans.versions(booking.pregnancy.id).value();
    REQUIRE(before.size() == 1);
    CHECK(before.back().chosenPlaceOfBirth == PlaceOfBirth::Undecided);

    auto *page = openCarePlan(app);
    REQUIRE(page);
    auto *arrived = app.find<QLabel>(QStringLiteral("preferencesArrived"));
    CHECK(arrived->isVisible());
    CHECK(arrived->text().contains(QStringLiteral("20-Nov-2026")));
    CHECK(app.find<QPushButton>(QStringLiteral("goThroughPreferences"))->isVisible());
    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty())
        REQUIRE(app.window().grab().save(dir + QStringLiteral("/preferences-arrived.png")));

    // The dialog: her plan now beside what she sent; taken with the keyboard (Alt+T).
    bool seen = false;
    QString sentPlace;
    QString sentPreferences;
    onDialog(
        [&](QWidget *dialog) {
            auto *table =
                dialog->findChild<QTableWidget *>(QStringLiteral("preferencesComparison"));
            if (table) {
                sentPlace = table->item(0, 2)->text();
                sentPreferences = table->item(1, 2)->text();
            }
            if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/preferences-dialog.png"));
            press(dialog->findChild<QPushButton *>(QStringLiteral("takePreferences")));
        },
        seen);
    QApplication::setActiveWindow(&app.window());
    press(app.find<QPushButton>(QStringLiteral("goThroughPreferences")));
    REQUIRE(seen);
    CHECK(sentPlace == QStringLiteral("Alongside midwifery unit"));
    CHECK(sentPreferences.contains(QStringLiteral("Dev, my husband")));
    CHECK(sentPreferences.contains(QStringLiteral("A birth pool or bath")));

    // In the plan on screen, not saved yet: the proposal is still waiting.
    CHECK(app.find<QComboBox>(QStringLiteral("chosenPlace"))->currentData().toString() ==
          QStringLiteral("alongside_midwifery_unit"));
    CHECK(app.clinic->carePlans.versions(booking.pregnancy.id)->size() == 1);
    CHECK(app.clinic->herPreferences.proposed(booking.pregnancy.id)->size() == 1);
    CHECK_FALSE(arrived->isVisible());

    QApplication::setActiveWindow(&app.window()); // back from the dialog
    app.press(QKeySequence::Save);
    const auto after = app.clinic->carePlans.versions(booking.pregnancy.id).value();
    INFO(app.find<QLabel>(QStringLiteral("carePlanMessage"))->text().toStdString());
    REQUIRE(after.size() == 2);
    CHECK(after.back().chosenPlaceOfBirth == PlaceOfBirth::AlongsideMidwiferyUnit);
    CHECK(after.back().birthPreferences.contains(QStringLiteral("Gas and air")));
    CHECK(after.back().birthPreferences.contains(QStringLiteral("try the pool first")));
    CHECK(after.back().whatMatters.contains(QStringLiteral("the lights low")));
    CHECK(app.clinic->herPreferences.proposed(booking.pregnancy.id)->isEmpty());
    CHECK_FALSE(arrived->isVisible());
}

TEST_CASE("Her birth preferences set aside need a reason, and leave her plan as it was",
          "[ui][careplan][preferences]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    receiveExample(app);
    openCarePlan(app);

    bool seen = false;
    bool refusedWithoutReason = false;
    onDialog(
        [&](QWidget *dialog) {
            press(dialog->findChild<QPushButton *>(QStringLiteral("setPreferencesAside")));
            refusedWithoutReason = dialog->isVisible();
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("preferencesReason"));
            reason->setFocus();
            QTest::keyClicks(reason, QStringLiteral("sent twice; went through the first copy"));
            press(dialog->findChild<QPushButton *>(QStringLiteral("setPreferencesAside")));
        },
        seen);
    press(app.find<QPushButton>(QStringLiteral("goThroughPreferences")));
    REQUIRE(seen);
    CHECK(refusedWithoutReason);
    CHECK(app.clinic->herPreferences.proposed(booking.pregnancy.id)->isEmpty());
    CHECK(app.clinic->carePlans.versions(booking.pregnancy.id)->size() == 1);
    CHECK_FALSE(app.find<QLabel>(QStringLiteral("preferencesArrived"))->isVisible());
    CHECK(app.find<QLabel>(QStringLiteral("carePlanMessage"))
              ->text()
              .contains(QStringLiteral("set aside")));
}
