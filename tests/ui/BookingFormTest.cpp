// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "forms/BookingForm.h"
#include "record/WomanRecordView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace bb;

namespace {

QString focusedName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

/// Presses Tab until `name` has focus: the field must come later in tab order than the one
/// before it, so a form whose tab order jumps about fails here.
void tabTo(const char *name)
{
    for (int presses = 0; presses < 80; ++presses) {
        if (focusedName() == QLatin1String(name))
            return;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    FAIL("Tab never reached " << name);
}

void typeAt(const char *name, const QString &text)
{
    tabTo(name);
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void tickAt(const char *name)
{
    tabTo(name);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
}

Booking registerAsha(test::AppFixture &app)
{
    Booking b;
    b.woman = test::lowRiskBooking().woman;
    const auto saved = app.clinic->women.save(b.woman, test::testMidwife());
    REQUIRE(saved);
    b.woman = saved.value();
    return b;
}

void openRecord(test::AppFixture &app, const QString &search)
{
    app.press(QKeySequence::Find);
    auto *field = app.find<QLineEdit>(QStringLiteral("searchField"));
    field->clear();
    QTest::keyClicks(field, search);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

TEST_CASE("A booking typed with the keyboard alone survives saving, closing and reopening",
          "[ui][booking]")
{
    test::AppFixture app;
    const Booking registered = registerAsha(app);
    openRecord(app, QStringLiteral("patel"));
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    REQUIRE(qobject_cast<ui::BookingForm *>(pages->currentWidget()));
    app.window().recordView()->focusFirstField();
    REQUIRE(focusedName() == QStringLiteral("bookingDate"));

    // The visit in order: dating, history, measurements, checklists, feelings, circumstances.
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12/10/2026"));
    typeAt("lmp", QStringLiteral("10/08/2026"));
    typeAt("scanDate", QStringLiteral("26/10/2026"));
    typeAt("crl", QStringLiteral("55"));
    // Answers nobody gave start "not asked"; she says how she conceived.
    CHECK(app.find<QComboBox>(QStringLiteral("conception"))->currentText() ==
          QStringLiteral("Not asked"));
    CHECK(app.find<QComboBox>(QStringLiteral("smoking"))->currentText() ==
          QStringLiteral("Not asked"));
    tabTo("conception");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S); // "Spontaneous"
    typeAt("previousBirths", QStringLiteral("1"));
    typeAt("yearsSinceLastPregnancy", QStringLiteral("3"));
    typeAt("heightCm", QStringLiteral("162"));
    typeAt("weightKg", QStringLiteral("58.5"));
    typeAt("coPpm", QStringLiteral("1"));
    tabTo("smoking");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E); // "Ex-smoker"
    tickAt("condition:asthma_severe");
    tickAt("condition:previous_third_degree_tear");
    tickAt("condition:family_diabetes");
    tickAt("littleInterest");
    typeAt("gad2Score", QStringLiteral("2"));
    tickAt("social:refugee");
    tabTo("placeOfBirth");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H); // "Home"

    // What the rules make of it is on screen as she types.
    CHECK(app.find<QLabel>(QStringLiteral("summaryBmi"))->text() == QStringLiteral("22.3"));
    CHECK(app.find<QLabel>(QStringLiteral("summaryGestationAtBooking"))->text() ==
          QStringLiteral("10+1")); // CRL dating corrected for the speed of sound (rules v2)
    CHECK(app.find<QLabel>(QStringLiteral("summaryEdd"))
              ->text()
              .contains(QStringLiteral("9 May 2027")));

    app.press(QKeySequence::Save);
    Booking expected = registered;
    expected.woman.social = {QStringLiteral("refugee")};
    expected.pregnancy.bookingDate = QDate(2026, 10, 12);
    expected.pregnancy.lmp = QDate(2026, 8, 10);
    expected.pregnancy.datingScan = DatingScan{QDate(2026, 10, 26), 55.0};
    expected.pregnancy.previousBirths = 1;
    expected.pregnancy.yearsSinceLastPregnancy = 3;
    expected.assessment.measurements = {162.0, 58.5, 1.0};
    expected.assessment.smoking = Smoking::Ex;
    expected.assessment.conditions = {QStringLiteral("asthma_severe"),
                                      QStringLiteral("family_diabetes"),
                                      QStringLiteral("previous_third_degree_tear")};
    expected.assessment.mentalHealth = {false, true, 2};
    expected.assessment.preferredPlaceOfBirth = PlaceOfBirth::Home;

    const auto saved = app.clinic->women.latestBooking(registered.woman.id).value();
    REQUIRE(saved);
    expected.woman.id = saved->woman.id;
    expected.pregnancy.id = saved->pregnancy.id;
    expected.pregnancy.womanId = saved->woman.id;
    CHECK(*saved == expected);
    CHECK_FALSE(app.clinic->drafts.get(
        QStringLiteral("booking"),
        QStringLiteral("woman:%1/pregnancy:%2").arg(saved->woman.id).arg(saved->pregnancy.id)));

    app.restart();
    openRecord(app, QStringLiteral("943 476 5919"));
    CHECK(app.clinic->women.latestBooking(registered.woman.id).value() == expected);
    CHECK(app.find<QLineEdit>(QStringLiteral("lmp"))->text() == QStringLiteral("10/08/2026"));
    CHECK(app.find<QLineEdit>(QStringLiteral("crl"))->text() == QStringLiteral("55.0"));
    CHECK(app.find<QLineEdit>(QStringLiteral("weightKg"))->text() == QStringLiteral("58.5"));
    CHECK(app.find<QCheckBox>(QStringLiteral("condition:family_diabetes"))->isChecked());
    CHECK(app.find<QCheckBox>(QStringLiteral("social:refugee"))->isChecked());
    CHECK(app.find<QComboBox>(QStringLiteral("placeOfBirth"))->currentText() ==
          QStringLiteral("Home"));
    CHECK(app.draftOffers == 0);
}

TEST_CASE("Typing is kept as a draft and offered back after the window is destroyed unsaved",
          "[ui][booking][draft]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    openRecord(app, QStringLiteral("patel"));
    // Tabbing into a field selects what is there, so typing replaces it.
    app.typeInto(QStringLiteral("weightKg"), QStringLiteral("61"));
    app.typeInto(QStringLiteral("coPpm"), QStringLiteral("2"));

    app.restart(); // no save, no question: as if the laptop's battery died
    CHECK(app.clinic->women.booking(booking.pregnancy.id).value() == booking);
    openRecord(app, QStringLiteral("patel"));
    CHECK(app.draftOffers == 1);
    CHECK(app.find<QLineEdit>(QStringLiteral("weightKg"))->text() == QStringLiteral("61"));
    CHECK(app.find<QLineEdit>(QStringLiteral("coPpm"))->text() == QStringLiteral("2"));
    CHECK(app.window().recordView()->bookingForm()->hasUnsavedChanges());

    SECTION("leaving the form names what changed, by the fields' names")
    {
        app.press(QKeySequence::New);
        CHECK(app.leaveAskedAbout ==
              QStringList{QStringLiteral("Weight (kg)"), QStringLiteral("Carbon monoxide (ppm)")});
    }
    SECTION("declining the draft shows the saved booking and forgets the draft")
    {
        app.answerRestoreDraft = false;
        app.draftOffers = 0;
        app.restart();
        openRecord(app, QStringLiteral("patel"));
        CHECK(app.draftOffers == 1);
        CHECK(app.find<QLineEdit>(QStringLiteral("weightKg"))->text() == QStringLiteral("58"));
        app.restart();
        openRecord(app, QStringLiteral("patel"));
        CHECK(app.draftOffers == 1);
    }
}

TEST_CASE("A value out of range is explained beside its field, and what was typed stays",
          "[ui][booking]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    openRecord(app, QStringLiteral("patel"));
    auto *height = app.find<QLineEdit>(QStringLiteral("heightCm"));
    height->setFocus();
    height->selectAll();
    QTest::keyClicks(height, QStringLiteral("62"));
    app.typeInto(QStringLiteral("lmp"), QStringLiteral("x"));
    app.press(QKeySequence::Save);
    auto *message = app.find<QLabel>(QStringLiteral("message:measurements.height_cm"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("between 100 and 250")));
    CHECK(app.find<QLabel>(QStringLiteral("message:pregnancy.lmp"))
              ->text()
              .contains(QStringLiteral("not a real date")));
    CHECK(height->text() == QStringLiteral("62"));
    CHECK(app.clinic->women.booking(booking.pregnancy.id).value() == booking);
}

TEST_CASE("The rules' date problems are shown beside the dates they are about", "[ui][booking]")
{
    test::AppFixture app; // today is 26/11/2026
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    openRecord(app, QStringLiteral("patel"));
    auto *bookingDate = app.find<QLineEdit>(QStringLiteral("bookingDate"));
    bookingDate->setFocus();
    bookingDate->selectAll();
    QTest::keyClicks(bookingDate, QStringLiteral("27/11/2026"));
    app.typeInto(QStringLiteral("scanDate"), QStringLiteral("20/11/2026"));
    app.press(QKeySequence::Save);
    const auto messageFor = [&](const char *path) {
        return app.find<QLabel>(QStringLiteral("message:") + QLatin1String(path))->text();
    };
    CHECK(messageFor("pregnancy.booking_date").endsWith(QStringLiteral("is in the future")));
    CHECK(messageFor("pregnancy.dating_scan.crl_mm")
              .endsWith(QStringLiteral("is required with a scan date")));
    CHECK(messageFor("pregnancy.lmp").isEmpty());
    CHECK(bookingDate->text() == QStringLiteral("27/11/2026"));
    CHECK(app.clinic->women.booking(booking.pregnancy.id).value() == booking);
}

TEST_CASE("Queries show beside their field as she types, and a message goes when it is put right",
          "[ui][booking][queries]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking(); // never smoked
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    openRecord(app, QStringLiteral("patel"));
    auto *coMessage = app.find<QLabel>(QStringLiteral("message:measurements.co_ppm"));
    CHECK(coMessage->text().isEmpty());
    app.typeInto(QStringLiteral("coPpm"), QStringLiteral("6"));
    CHECK(coMessage->text().contains(QStringLiteral("ask again about smoking")));
    app.find<QLineEdit>(QStringLiteral("coPpm"))->selectAll(); // still in the field
    QTest::keyClicks(app.find<QLineEdit>(QStringLiteral("coPpm")), QStringLiteral("2"));
    CHECK(coMessage->text().isEmpty());

    // A refused save shows its problem; putting the field right clears it at once.
    app.typeInto(QStringLiteral("heightCm"), QStringLiteral("62"));
    app.press(QKeySequence::Save);
    auto *height = app.find<QLabel>(QStringLiteral("message:measurements.height_cm"));
    CHECK(height->text().contains(QStringLiteral("between 100 and 250")));
    auto *heightField = app.find<QLineEdit>(QStringLiteral("heightCm"));
    REQUIRE(heightField->hasFocus()); // the refused save took her to it
    heightField->selectAll();
    QTest::keyClicks(heightField, QStringLiteral("162"));
    CHECK(height->text().isEmpty());
}

TEST_CASE("A visible Save button, and the window title marks unsaved changes", "[ui][booking]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    openRecord(app, QStringLiteral("patel"));
    CHECK_FALSE(app.window().isWindowModified());
    app.typeInto(QStringLiteral("weightKg"), QStringLiteral("61"));
    CHECK(app.window().isWindowModified());
    auto *save = app.find<QPushButton>(QStringLiteral("saveButton"));
    CHECK(save->isVisible());
    save->click();
    CHECK_FALSE(app.window().isWindowModified());
    CHECK(
        app.clinic->women.booking(booking.pregnancy.id).value()->assessment.measurements.weightKg ==
        61.0);
}
