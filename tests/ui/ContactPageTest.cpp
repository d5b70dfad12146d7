// SPDX-License-Identifier: MIT
// The antenatal contact page, typed with the keyboard as a midwife would: the rules' actions
// appear as she types, saving marks her appointment, and a diagnosis's change to her plan is
// taken into a new version.
#include "UiTestSupport.h"

#include "careplan/CarePlanPage.h"
#include "contacts/ContactPage.h"
#include "contacts/SfhChart.h"
#include "demo/DemoTeams.h"
#include "record/WomanRecordView.h"
#include "teams/TeamWindow.h"
#include "teams/WeekView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace bb;

namespace {

// test::lowRiskBooking() is booked 12-Oct-2026 with LMP 10-Aug-2026: 32+0 on 22-Mar-2027.
const QDate k32Weeks(2027, 3, 22);

/// Books her (with the demonstration teams, for clinicians) and moves the clock to 32+0.
Booking bookHerAt32Weeks(test::AppFixture &app)
{
    Booking her = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, her, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, {her}, &error));
    app.clock.set(QDateTime(k32Weeks, QTime(11, 0)));
    return her;
}

void openHerContacts(test::AppFixture &app)
{
    app.press(QKeySequence::Find);
    auto *field = app.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("patel"));
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::AltModifier);
}

ui::ContactPage *contactPage(test::AppFixture &app)
{
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    auto *page = qobject_cast<ui::ContactPage *>(pages->currentWidget());
    REQUIRE(page);
    return page;
}

} // namespace

TEST_CASE("A contact at 32 weeks with 150/95, protein 2+ and pre-eclampsia: same-day assessment, "
          "and the plan change taken",
          "[ui][contacts]")
{
    test::AppFixture app;
    const Booking her = bookHerAt32Weeks(app);
    openHerContacts(app);
    ui::ContactPage *page = contactPage(app);
    CHECK(app.find<QLabel>(QStringLiteral("contactGestation"))->text().contains("32+0"));

    app.typeInto(QStringLiteral("contactBp"), QStringLiteral("150/95"));
    CHECK(page->shownActions() == QStringList{QStringLiteral("bp_same_day_assessment")});
    app.typeInto(QStringLiteral("contactProtein"), QStringLiteral("2"));
    CHECK(app.find<QComboBox>(QStringLiteral("contactProtein"))->currentText() == "2+");
    app.typeInto(QStringLiteral("contactSfh"), QStringLiteral("31"));
    CHECK(page->chart()->plotted() == 1);
    auto *preEclampsia = app.find<QCheckBox>(QStringLiteral("diagnosis_pre_eclampsia"));
    preEclampsia->setFocus();
    QTest::keyClick(preEclampsia, Qt::Key_Space);
    REQUIRE(preEclampsia->isChecked());
    CHECK(app.find<QLabel>(QStringLiteral("contactActions"))->text().contains("NICE NG133"));
    CHECK(app.find<QLabel>(QStringLiteral("contactPlanChange"))->text().contains("obstetric"));
    CHECK_FALSE(page->offersPlanChange()); // not before it is saved

    app.press(QKeySequence::Save);
    CHECK(app.find<QLabel>(QStringLiteral("contactOutcome"))->text().contains("attended"));
    const auto contacts = app.clinic->contacts.contactsOf(her.pregnancy.id);
    REQUIRE(contacts);
    REQUIRE(contacts->size() == 1);
    CHECK(contacts->front().contact.bloodPressure == BloodPressure{150, 95});
    REQUIRE(page->offersPlanChange());

    auto *take = app.find<QPushButton>(QStringLiteral("takePlanChange"));
    take->setFocus();
    QTest::keyClick(take, Qt::Key_Space);
    const auto latest = app.clinic->carePlans.latest(her.pregnancy.id);
    REQUIRE(latest);
    REQUIRE(latest.value());
    CHECK(latest.value()->version == 2);
    CHECK(latest.value()->plan.pathway == CarePathway::ObstetricLed);
    for (const BirthPlaceAdvice &p : latest.value()->plan.birthPlaces) {
        if (p.setting == PlaceOfBirth::Home ||
            p.setting == PlaceOfBirth::FreestandingMidwiferyUnit ||
            p.setting == PlaceOfBirth::AlongsideMidwiferyUnit)
            CHECK(p.advice == BirthPlaceAdviceKind::ObstetricUnitRecommended);
    }
    CHECK_FALSE(page->offersPlanChange());
    // The care plan page shows the new version.
    CHECK(app.window().recordView()->carePlanPage()->shownVersion().version == 2);

    // Her timeline, newest first: the new plan, the contact, the first plan, the booking.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_6, Qt::AltModifier);
    auto *timeline = app.find<QTableWidget>(QStringLiteral("timelineTable"));
    REQUIRE(timeline->isVisibleTo(&app.window()));
    REQUIRE(timeline->rowCount() == 4);
    CHECK(timeline->item(0, 2)->text() == QStringLiteral("Care plan version 2"));
    CHECK(timeline->item(1, 1)->text() == QStringLiteral("32+0"));
    CHECK(timeline->item(3, 2)->text() == QStringLiteral("Booking appointment"));
}

TEST_CASE("A blood pressure typed wrong is marked beside the field and cleared once right",
          "[ui][contacts]")
{
    test::AppFixture app;
    const Booking her = bookHerAt32Weeks(app);
    openHerContacts(app);
    app.typeInto(QStringLiteral("contactBp"), QStringLiteral("300/20"));
    auto *page = contactPage(app);
    const auto messages = [page] {
        QStringList shown;
        for (QLabel *l : page->findChildren<QLabel *>()) {
            if (l->isVisibleTo(page) && l->text().contains(QStringLiteral("possible reading")))
                shown << l->text();
        }
        return shown;
    };
    CHECK(messages().size() == 1);
    app.press(QKeySequence::Save);
    CHECK(app.clinic->contacts.contactsOf(her.pregnancy.id)->isEmpty());
    auto *bp = app.find<QLineEdit>(QStringLiteral("contactBp"));
    bp->selectAll();
    QTest::keyClicks(bp, QStringLiteral("120/80"));
    CHECK(messages().isEmpty());
    CHECK(bp->text() == QStringLiteral("120/80")); // what was typed is kept throughout
}

TEST_CASE("Enter on an appointment in the week view opens her contact page for it",
          "[ui][contacts]")
{
    test::AppFixture app;
    const Booking her = bookHerAt32Weeks(app);
    const qint64 midwife = app.clinic->staffing.staff().at(1).id;
    Appointment booked;
    booked.pregnancyId = her.pregnancy.id;
    booked.clinicianId = midwife;
    booked.date = k32Weeks;
    booked.start = QTime(9, 0);
    booked.end = QTime(9, 30);
    const auto made = app.clinic->scheduling.addAppointment(booked, test::testMidwife());
    REQUIRE(made);

    ui::TeamWindow *teams = app.window().teamWindow();
    teams->show();
    teams->tabs()->setCurrentWidget(teams->week());
    teams->week()->showWeekOf(k32Weeks);
    ui::WeekView *week = teams->week();
    QTableWidget *table = week->table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        week->table()->selectRow(r);
        if (week->current() && week->current()->id == made->id)
            row = r;
    }
    REQUIRE(row >= 0);
    table->selectRow(row);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);

    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    auto *page = qobject_cast<ui::ContactPage *>(pages->currentWidget());
    REQUIRE(page);
    CHECK(app.find<QLineEdit>(QStringLiteral("contactDate"))->text() ==
          QStringLiteral("22/03/2027"));
    CHECK(app.find<QComboBox>(QStringLiteral("contactClinician"))->currentData().toLongLong() ==
          midwife);
    app.typeInto(QStringLiteral("contactBp"), QStringLiteral("118/76"));
    app.press(QKeySequence::Save);
    const auto contacts = app.clinic->contacts.contactsOf(her.pregnancy.id);
    REQUIRE(contacts);
    REQUIRE(contacts->size() == 1);
    CHECK(contacts->front().contact.appointmentId == made->id);
    CHECK(app.clinic->scheduling.appointment(made->id)->status == AppointmentStatus::Attended);
}

TEST_CASE("A result that needs action is in her record's header until the action is recorded",
          "[ui][results]")
{
    test::AppFixture app;
    const Booking her = bookHerAt32Weeks(app);
    openHerContacts(app);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::AltModifier);
    REQUIRE(app.find<QTabWidget>(QStringLiteral("recordPages"))->currentIndex() == 4);
    // Down the list with the arrow keys (a space would open the list instead).
    auto *kind = app.find<QComboBox>(QStringLiteral("resultKind"));
    kind->setFocus();
    while (kind->currentData().toString() != QLatin1String("fbc_28_weeks") &&
           kind->currentIndex() < kind->count() - 1)
        QTest::keyClick(kind, Qt::Key_Down);
    CHECK(app.find<QComboBox>(QStringLiteral("resultKind"))->currentData().toString() ==
          QStringLiteral("fbc_28_weeks"));
    app.typeInto(QStringLiteral("resultValue"), QStringLiteral("Hb 98 g/L"));
    auto *needs = app.find<QCheckBox>(QStringLiteral("resultNeedsAction"));
    needs->setFocus();
    QTest::keyClick(needs, Qt::Key_Space);
    app.find<QLineEdit>(QStringLiteral("resultValue"))->setFocus();
    app.press(QKeySequence::Save);
    INFO(app.find<QLabel>(QStringLiteral("resultsMessage"))->text().toStdString());
    auto *due = app.find<QLabel>(QStringLiteral("recordDue"));
    CHECK(due->isVisibleTo(&app.window()));
    CHECK(due->text().contains(QStringLiteral("Full blood count (28 weeks)")));

    auto *table = app.find<QTableWidget>(QStringLiteral("resultsTable"));
    REQUIRE(table->rowCount() == 1);
    table->selectRow(0);
    app.typeInto(QStringLiteral("resultAction"), QStringLiteral("oral iron prescribed by GP"));
    auto *record = app.find<QPushButton>(QStringLiteral("recordResultAction"));
    record->setFocus();
    QTest::keyClick(record, Qt::Key_Space);
    CHECK_FALSE(due->isVisibleTo(&app.window()));
    CHECK(table->item(0, 4)->text().contains(QStringLiteral("oral iron")));
}
