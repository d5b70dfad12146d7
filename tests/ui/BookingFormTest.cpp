// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "TestServer.h"

#include "care/Bookings.h"
#include "care/Clinic.h"
#include "care/Women.h"
#include "forms/BookingConflict.h"
#include "forms/BookingForm.h"
#include "record/WomanRecordView.h"
#include "server/ServerWatch.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <functional>

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

/// Chooses the `steps`th item after the first in the focused combo box, with the arrow key.
void chooseAt(const char *name, int steps)
{
    tabTo(name);
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
}

/// Presses `key` on the button `name` (it opens a dialog) and, once the dialog is up, runs
/// `fill` on it with the dialog's first field focused.
void inDialogFrom(const char *name, const std::function<void(QDialog &)> &fill)
{
    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        QApplication::setActiveWindow(dialog);
        fill(*dialog);
        filled = true;
    });
    tabTo(name);
    QWidget *opener = QApplication::focusWidget();
    QTest::keyClick(opener, Qt::Key_Space);
    CHECK(filled);
    // The offscreen platform gives focus back to no window when a dialog closes.
    QApplication::setActiveWindow(opener->window());
    opener->setFocus();
}

} // namespace

TEST_CASE("The whole booking typed with the keyboard alone survives saving, closing and "
          "reopening",
          "[ui][booking][details]")
{
    test::AppFixture app;
    const Booking registered = registerAsha(app);
    openRecord(app, QStringLiteral("patel"));

    // Her next of kin and occupation are hers, on her details page.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    app.window().recordView()->focusFirstField();
    typeAt("nextOfKinName", QStringLiteral("Ravi Patel"));
    typeAt("nextOfKinRelationship", QStringLiteral("Husband"));
    typeAt("nextOfKinPhone", QStringLiteral("07700 900123"));
    typeAt("occupation", QStringLiteral("Pharmacist"));
    app.press(QKeySequence::Save);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    app.window().recordView()->focusFirstField();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12/10/2026"));
    typeAt("lmp", QStringLiteral("10/08/2026"));

    // Two earlier pregnancies, each in its dialog.
    const auto typeIn = [](QDialog &dialog, const char *name, const QString &text) {
        auto *field = dialog.findChild<QWidget *>(QLatin1String(name));
        REQUIRE(field);
        field->setFocus();
        QTest::keyClicks(field, text);
    };
    inDialogFrom("addPreviousPregnancy", [&](QDialog &dialog) {
        typeIn(dialog, "earlierYear", QStringLiteral("2021")); // outcome: a live birth
        typeIn(dialog, "earlierWeeks", QStringLiteral("39"));
        typeIn(dialog, "earlierMode", QStringLiteral("E")); // "Emergency caesarean"
        typeIn(dialog, "earlierWeight", QStringLiteral("3410"));
        auto *gdm = dialog.findChild<QWidget *>(QStringLiteral("earlierComplication:previous_gdm"));
        gdm->setFocus();
        QTest::keyClick(gdm, Qt::Key_Space);
        typeIn(dialog, "earlierNotes", QStringLiteral("Failure to progress"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    inDialogFrom("addPreviousPregnancy", [&](QDialog &dialog) {
        typeIn(dialog, "earlierYear", QStringLiteral("2024"));
        typeIn(dialog, "earlierOutcome", QStringLiteral("M")); // "Miscarriage"
        // A weight is a birth's: it cannot be typed for a miscarriage.
        CHECK_FALSE(dialog.findChild<QWidget *>(QStringLiteral("earlierWeight"))->isEnabled());
        typeIn(dialog, "earlierWeeks", QStringLiteral("30"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // 30 weeks is a birth, not a miscarriage: the dialog says so and stays open.
        auto *weeks = dialog.findChild<QLineEdit *>(QStringLiteral("earlierWeeks"));
        CHECK(dialog.isVisible());
        CHECK(QApplication::focusWidget() == weeks);
        weeks->selectAll();
        QTest::keyClicks(weeks, QStringLiteral("9"));
        QTest::keyClick(weeks, Qt::Key_Return);
    });
    // The counts follow from them and cannot be typed over.
    for (const auto &[name, count] :
         {std::pair{"previousBirths", 1}, {"previousLosses", 1}, {"previousCaesareans", 1}}) {
        auto *box = app.find<QSpinBox>(QLatin1String(name));
        CHECK(box->value() == count);
        CHECK_FALSE(box->isEnabled());
    }

    typeAt("heightCm", QStringLiteral("162"));
    typeAt("weightKg", QStringLiteral("58"));
    typeAt("bookingBp", QStringLiteral("118/74"));
    chooseAt("bookingUrineProtein", 1); // negative
    chooseAt("bookingUrineGlucose", 2); // trace
    typeAt("coPpm", QStringLiteral("1"));
    chooseAt("smoking", 1); // never
    typeAt("alcoholUnits", QStringLiteral("0"));
    chooseAt("bloodGroup", 1); // O
    chooseAt("rhesus", 2);     // RhD negative
    chooseAt("screening:full_blood_count", 1);
    chooseAt("screening:hiv", 1);
    chooseAt("screening:hepatitis_b", 1);
    chooseAt("screening:syphilis", 2); // declined
    chooseAt("screening:sickle_cell_thalassaemia", 1);
    typeAt("allergies", QStringLiteral("Penicillin (rash)"));
    typeAt("medicines", QStringLiteral("Folic acid 400 micrograms daily"));
    chooseAt("fgmEnquiry", 1);   // asked: no FGM
    chooseAt("abuseEnquiry", 2); // asked: nothing disclosed
    typeAt("abuseNote", QStringLiteral("Asked alone in clinic"));
    app.press(QKeySequence::Save);

    Booking expected = test::bookingWithDetails();
    expected.assessment.smoking = Smoking::Never;
    expected.pregnancy.conception = Conception::NotAsked;
    const auto saved = app.clinic->women.latestBooking(registered.woman.id).value();
    REQUIRE(saved);
    expected.woman.id = saved->woman.id;
    expected.pregnancy.id = saved->pregnancy.id;
    expected.pregnancy.womanId = saved->woman.id;
    CHECK(saved->woman == expected.woman);
    CHECK(saved->pregnancy == expected.pregnancy);
    CHECK(saved->assessment == expected.assessment);
    CHECK(saved->details == expected.details);

    app.restart();
    openRecord(app, QStringLiteral("943 476 5919"));
    CHECK(app.clinic->women.latestBooking(registered.woman.id).value() == saved);
    CHECK(app.find<QLineEdit>(QStringLiteral("bookingBp"))->text() == QStringLiteral("118/74"));
    CHECK(app.find<QComboBox>(QStringLiteral("rhesus"))->currentText() ==
          QStringLiteral("RhD negative"));
    CHECK(app.find<QComboBox>(QStringLiteral("screening:syphilis"))->currentText() ==
          QStringLiteral("Declined"));
    CHECK(app.find<QLineEdit>(QStringLiteral("abuseNote"))->text() ==
          QStringLiteral("Asked alone in clinic"));
    CHECK(app.find<QTableWidget>(QStringLiteral("previousPregnanciesTable"))->rowCount() == 2);
    CHECK(app.find<QLineEdit>(QStringLiteral("nextOfKinName"))->text() ==
          QStringLiteral("Ravi Patel"));
    CHECK(app.draftOffers == 0);
}

TEST_CASE("What earlier pregnancies imply follows them: removing one unticks its condition and "
          "frees the counts",
          "[ui][booking][details]")
{
    test::AppFixture app;
    Booking booking = test::bookingWithDetails();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    openRecord(app, QStringLiteral("patel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    auto *gdm = app.find<QCheckBox>(QStringLiteral("condition:previous_gdm"));
    CHECK(gdm->isChecked());
    CHECK_FALSE(gdm->isEnabled());
    CHECK_FALSE(app.find<QSpinBox>(QStringLiteral("previousBirths"))->isEnabled());

    auto *table = app.find<QTableWidget>(QStringLiteral("previousPregnanciesTable"));
    for (int row : {0, 0}) {
        table->setFocus();
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Delete);
    }
    CHECK(table->rowCount() == 0);
    CHECK_FALSE(gdm->isChecked());
    CHECK(gdm->isEnabled());
    CHECK(app.find<QSpinBox>(QStringLiteral("previousBirths"))->isEnabled());

    // A fraction of a unit is not rounded away: it is refused beside its field.
    app.typeInto(QStringLiteral("alcoholUnits"), QStringLiteral("2.5"));
    app.typeInto(QStringLiteral("previousBirths"), QStringLiteral("1"));
    app.press(QKeySequence::Save);
    CHECK(app.find<QLabel>(QStringLiteral("message:alcohol_units_per_week"))
              ->text()
              .contains(QStringLiteral("not a whole number")));
    CHECK(app.clinic->women.booking(booking.pregnancy.id).value()->details == booking.details);
}

TEST_CASE("Earlier pregnancies changed and not saved come back with the draft",
          "[ui][booking][details][draft]")
{
    test::AppFixture app;
    Booking booking = test::bookingWithDetails();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    openRecord(app, QStringLiteral("patel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    auto *table = app.find<QTableWidget>(QStringLiteral("previousPregnanciesTable"));
    table->setFocus();
    table->setCurrentCell(0, 0); // the birth by caesarean
    QTest::keyClick(table, Qt::Key_Delete);
    REQUIRE(table->rowCount() == 1);

    app.restart(); // unsaved
    openRecord(app, QStringLiteral("patel"));
    CHECK(app.draftOffers == 1);
    table = app.find<QTableWidget>(QStringLiteral("previousPregnanciesTable"));
    CHECK(table->rowCount() == 1);
    CHECK(app.find<QSpinBox>(QStringLiteral("previousBirths"))->value() == 0);
    CHECK(app.find<QSpinBox>(QStringLiteral("previousCaesareans"))->value() == 0);
    CHECK(app.find<QSpinBox>(QStringLiteral("previousLosses"))->value() == 1);
    CHECK_FALSE(app.find<QCheckBox>(QStringLiteral("condition:previous_gdm"))->isChecked());
    CHECK(app.window().recordView()->bookingForm()->changedFields().contains(
        QStringLiteral("Earlier pregnancies")));
}

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

TEST_CASE("A booking a colleague saved meanwhile is put together with what is typed, and an "
          "answer both changed is shown side by side, never written over unseen",
          "[ui][booking][conflict][screenshots]")
{
    test::AppFixture app;
    Booking asha = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    openRecord(app, QStringLiteral("943 476 5919"));
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    REQUIRE(qobject_cast<ui::BookingForm *>(pages->currentWidget()));
    const auto stored = [&] {
        return app.clinic->women.booking(asha.pregnancy.id).value().value();
    };
    const care::Bookings elsewhere(*app.database, app.clock);
    const auto colleagueSaves = [&](const std::function<void(Booking &)> &change) {
        Booking colleague = stored();
        change(colleague);
        REQUIRE(elsewhere.save(colleague, test::testMidwife(),
                               elsewhere.bookingVersion(asha.pregnancy.id).value()));
    };
    const auto typeWeight = [](const QString &weight) {
        tabTo("weightKg");
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
        QTest::keyClicks(QApplication::focusWidget(), weight);
    };
    auto *message = app.find<QLabel>(QStringLiteral("bookingMessage"));

    // She types her weight; meanwhile a colleague, on another laptop on the team server, saves
    // her new phone number. Each changed a different answer: both are kept, and she is told.
    app.window().recordView()->focusFirstField();
    typeWeight(QStringLiteral("71"));
    colleagueSaves([](Booking &b) { b.woman.phone = QStringLiteral("0116 496 0999"); });
    app.press(QKeySequence::Save);
    CHECK(stored().woman.phone == QStringLiteral("0116 496 0999"));
    CHECK(stored().assessment.measurements.weightKg == 71.0);
    CHECK(message->text().contains(
        QStringLiteral("their answers were kept with yours: woman › phone")));
    CHECK(app.find<QLineEdit>(QStringLiteral("phone"))->text() == QStringLiteral("0116 496 0999"));

    // Now both change her weight, and the colleague her postcode too: her save shows the one
    // answer both changed, and she goes back to her typing.
    QApplication::setActiveWindow(&app.window());
    app.find<QLineEdit>(QStringLiteral("weightKg"))->setFocus();
    typeWeight(QStringLiteral("75"));
    colleagueSaves([](Booking &b) {
        b.assessment.measurements.weightKg = 68.0;
        b.woman.postcode = QStringLiteral("LE1 1AA");
    });
    QList<QStringList> shown;
    QTimer::singleShot(0, [&] {
        auto *conflict = qobject_cast<ui::BookingConflict *>(QApplication::activeModalWidget());
        REQUIRE(conflict);
        REQUIRE(QTest::qWaitForWindowExposed(conflict));
        shown = conflict->differences();
        if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            app.window().resize(1366, 768);
            QApplication::processEvents();
            REQUIRE(conflict->grab().save(dir + QStringLiteral("/conflict-1-dialog.png")));
        }
        QTest::keyClick(conflict, Qt::Key_Escape);
    });
    app.press(QKeySequence::Save);
    REQUIRE(shown.size() == 1); // only what both changed
    CHECK(shown.front().value(0).contains(QStringLiteral("weight")));
    CHECK(shown.front().value(1) == QStringLiteral("68"));
    CHECK(shown.front().value(2) == QStringLiteral("75"));
    CHECK(stored().assessment.measurements.weightKg == 68.0);
    CHECK(app.find<QLineEdit>(QStringLiteral("weightKg"))->text() == QStringLiteral("75"));
    CHECK(message->text().contains(
        QStringLiteral("a colleague saved her booking after you opened it")));
    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        app.window().resize(1366, 768);
        QApplication::processEvents();
        REQUIRE(app.window().grab().save(dir + QStringLiteral("/conflict-2-kept.png")));
    }

    // Saved again, she chooses hers, having seen theirs: her weight, their postcode.
    // (The offscreen platform gives focus back to no window when a dialog closes.)
    QApplication::setActiveWindow(&app.window());
    app.find<QLineEdit>(QStringLiteral("weightKg"))->setFocus();
    QTimer::singleShot(0, [&] {
        auto *conflict = qobject_cast<ui::BookingConflict *>(QApplication::activeModalWidget());
        REQUIRE(conflict);
        REQUIRE(QTest::qWaitForWindowExposed(conflict));
        QApplication::setActiveWindow(conflict); // the offscreen platform activates no window
        // Her choice, pressed from the keyboard.
        QPushButton *button = nullptr;
        for (QPushButton *b : conflict->findChildren<QPushButton *>()) {
            if (b->text().startsWith(QLatin1String("&Save mine")))
                button = b;
        }
        REQUIRE(button);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    });
    app.press(QKeySequence::Save);
    INFO(message->text().toStdString());
    CHECK(stored().assessment.measurements.weightKg == 75.0);
    CHECK(stored().woman.postcode == QStringLiteral("LE1 1AA"));
    CHECK(stored().woman.phone == QStringLiteral("0116 496 0999"));
    CHECK_FALSE(app.window().isWindowModified());
}

TEST_CASE("Typing the team server cannot take is kept on this laptop, the window says so, and the "
          "save she asked for is made when the server answers",
          "[ui][booking][server][screenshots]")
{
    test::AppFixture app;
    REQUIRE(app.clinic->onServer());
    Booking asha = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    openRecord(app, QStringLiteral("943 476 5919"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    app.window().recordView()->focusFirstField();
    tabTo("weightKg");
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("71"));

    // The network to the server drops, and she saves.
    const QString address = app.database->path();
    test::setServerDatabaseReachable(address, false);
    app.press(QKeySequence::Save);
    auto *message = app.find<QLabel>(QStringLiteral("bookingMessage"));
    CHECK(message->text().endsWith(
        QStringLiteral("Not saved: the team server is not answering. What you typed is kept.")));
    auto *away = app.find<QLabel>(QStringLiteral("serverAway"));
    CHECK_FALSE(away->isHidden());
    CHECK(app.find<QLineEdit>(QStringLiteral("weightKg"))->text() == QStringLiteral("71"));
    // Her typing is kept on this laptop as she goes on.
    QTest::qWait(600);
    CHECK(app.clinic->drafts.unsentCount() == 1);
    if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        app.window().resize(1366, 768);
        QApplication::processEvents();
        REQUIRE(app.window().grab().save(dir + QStringLiteral("/server-away.png")));
    }

    // The server answers again; the watch finds out by itself within a few seconds.
    test::setServerDatabaseReachable(address, true);
    QElapsedTimer waited;
    waited.start();
    while (!away->isHidden() && waited.elapsed() < 3 * ui::ServerWatch::kRetryMs)
        QTest::qWait(50);
    CHECK(away->isHidden());
    CHECK(app.window().statusBar()->currentMessage() ==
          QStringLiteral("The team server answers again, and your save was made."));
    CHECK(app.clinic->drafts.unsentCount() == 0);
    const auto stored = app.clinic->women.booking(asha.pregnancy.id);
    REQUIRE(stored);
    CHECK(stored.value()->assessment.measurements.weightKg == 71.0);
    CHECK_FALSE(app.window().isWindowModified());
}

TEST_CASE("What a colleague saved elsewhere on the team server is shown when the window comes "
          "back to the front",
          "[ui][server]")
{
    test::AppFixture app;
    REQUIRE(app.clinic->onServer());
    Booking asha = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    openRecord(app, QStringLiteral("PATEL"));
    auto *phone = app.find<QLineEdit>(QStringLiteral("phone"));
    CHECK(phone->text() == asha.woman.phone);

    // She works in another window; meanwhile a colleague on another laptop changes Asha's phone
    // number and registers a woman called Patel.
    QWidget elsewhereWindow;
    elsewhereWindow.show();
    QApplication::setActiveWindow(&elsewhereWindow);
    const auto elsewhere = storage::Database::open(app.database->path(), &error);
    REQUIRE(elsewhere);
    const care::Clinic colleague(*elsewhere, app.clock);
    Woman changed = *colleague.women.byId(asha.woman.id);
    changed.phone = QStringLiteral("0116 496 0999");
    REQUIRE(colleague.women.save(changed, test::testMidwife()));
    Woman another = test::lowRiskBooking().woman;
    another.nhsNumber = QStringLiteral("9876543210");
    another.givenName = QStringLiteral("Meera");
    REQUIRE(colleague.women.save(another, test::testMidwife()));
    CHECK(phone->text() == asha.woman.phone); // not yet: she has not come back

    QApplication::setActiveWindow(&app.window());
    CHECK(phone->text() == QStringLiteral("0116 496 0999"));
    CHECK(app.find<QTableView>(QStringLiteral("searchResults"))->model()->rowCount() == 2);
}

TEST_CASE("Her details a colleague saved meanwhile are put together with what is typed on her "
          "registration, and a field both changed is shown side by side",
          "[ui][registration][conflict]")
{
    test::AppFixture app;
    Booking asha = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    openRecord(app, QStringLiteral("943 476 5919"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    const care::Women elsewhere(*app.database, app.clock);
    const auto colleagueSaves = [&](const std::function<void(Woman &)> &change) {
        Woman colleague = *elsewhere.byId(asha.woman.id);
        change(colleague);
        REQUIRE(elsewhere.save(colleague, test::testMidwife(),
                               elsewhere.version(asha.woman.id).value()));
    };
    const auto typeAtField = [](const char *name, const QString &text) {
        tabTo(name);
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    auto *message = app.find<QLabel>(QStringLiteral("registrationMessage"));

    // She types her occupation while a colleague saves her new phone number: both kept.
    app.window().recordView()->focusFirstField();
    typeAtField("occupation", QStringLiteral("Nurse"));
    colleagueSaves([](Woman &w) { w.phone = QStringLiteral("0116 496 0999"); });
    app.press(QKeySequence::Save);
    const auto stored = [&] { return *app.clinic->women.byId(asha.woman.id); };
    CHECK(stored().phone == QStringLiteral("0116 496 0999"));
    CHECK(stored().occupation == QStringLiteral("Nurse"));
    CHECK(message->text().contains(
        QStringLiteral("their answers were kept with yours: woman › phone")));
    CHECK(app.find<QLineEdit>(QStringLiteral("phone"))->text() == QStringLiteral("0116 496 0999"));

    // Both change her occupation: only that is shown, and she saves hers having seen theirs.
    QApplication::setActiveWindow(&app.window());
    app.find<QLineEdit>(QStringLiteral("occupation"))->setFocus();
    typeAtField("occupation", QStringLiteral("Midwife"));
    colleagueSaves([](Woman &w) {
        w.occupation = QStringLiteral("Teacher");
        w.postcode = QStringLiteral("LE1 1AA");
    });
    QList<QStringList> shown;
    QTimer::singleShot(0, [&] {
        auto *conflict = qobject_cast<ui::BookingConflict *>(QApplication::activeModalWidget());
        REQUIRE(conflict);
        REQUIRE(QTest::qWaitForWindowExposed(conflict));
        QApplication::setActiveWindow(conflict);
        shown = conflict->differences();
        for (QPushButton *b : conflict->findChildren<QPushButton *>()) {
            if (b->text().startsWith(QLatin1String("&Save mine"))) {
                b->setFocus();
                QTest::keyClick(b, Qt::Key_Space);
            }
        }
    });
    app.press(QKeySequence::Save);
    REQUIRE(shown.size() == 1);
    CHECK(shown.front() == QStringList{QStringLiteral("woman › occupation"),
                                       QStringLiteral("Teacher"), QStringLiteral("Midwife")});
    CHECK(stored().occupation == QStringLiteral("Midwife"));
    CHECK(stored().postcode == QStringLiteral("LE1 1AA"));
    CHECK(stored().phone == QStringLiteral("0116 496 0999"));
    CHECK_FALSE(app.window().isWindowModified());
}
