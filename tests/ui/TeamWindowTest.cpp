// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "careplan/AllocationDialog.h"
#include "careplan/CarePlanPage.h"
#include "clinical/NhsNumber.h"
#include "demo/DemoData.h"
#include "demo/DemoTeams.h"
#include "record/WomanRecordView.h"
#include "teams/CaseloadView.h"
#include "teams/ContinuityDashboard.h"
#include "teams/RotaView.h"
#include "teams/StaffView.h"
#include "teams/TeamWindow.h"
#include "teams/WeekView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace bb;

namespace {
void loadDemo(test::AppFixture &app, QList<Booking> &bookings)
{
    bookings = demo::demoBookings(app.clock.today());
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, bookings, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, bookings, &error));
}
} // namespace

TEST_CASE(
    "Caseloads by team and named midwife list every woman in care, each midwife's when opened",
    "[ui][teams]")
{
    test::AppFixture app;
    QList<Booking> bookings;
    loadDemo(app, bookings);
    ui::TeamWindow window(*app.context);
    window.refresh();
    QTreeWidget *tree = window.caseload()->tree();
    int women = 0;
    for (int t = 0; t < tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *team = tree->topLevelItem(t);
        for (int m = 0; m < team->childCount(); ++m) {
            QTreeWidgetItem *midwife = team->child(m);
            if (team->text(0).startsWith(QStringLiteral("Not yet")))
                continue;
            // A midwife's women are read when her row is opened, as the right arrow does.
            CHECK(midwife->childCount() == 0);
            midwife->setExpanded(true);
            women += midwife->childCount();
        }
        if (team->text(0).startsWith(QStringLiteral("Not yet")))
            women += team->childCount();
    }
    CHECK(women == bookings.size());
    // Each woman row shows her EDD and gestation today.
    QTreeWidgetItem *first = tree->topLevelItem(0)->child(0)->child(0);
    CHECK(first->text(2).size() == 11); // dd-MMM-yyyy
    CHECK(first->text(3).contains(QLatin1Char('+')));
    // Staff admin lists every member of staff.
    CHECK(window.staff()->staffTable()->rowCount() == app.clinic->staffing.staff().size());
}

TEST_CASE("The week view lists a booked appointment and marks it attended, and a clash is refused",
          "[ui][teams]")
{
    test::AppFixture app;
    QList<Booking> bookings;
    loadDemo(app, bookings);
    ui::TeamWindow window(*app.context);
    ui::WeekView *week = window.week();
    const Staff midwife = app.clinic->staffing.staff().front();
    auto *whose = week->findChild<QComboBox *>(QStringLiteral("weekWhose"));
    whose->setCurrentIndex(whose->findData(midwife.id));
    week->showWeekOf(app.clock.today());
    const int before = week->table()->rowCount();

    Appointment a;
    a.pregnancyId = bookings.front().pregnancy.id;
    a.clinicianId = midwife.id;
    a.date = app.clock.today();
    a.start = QTime(7, 0);
    a.end = QTime(7, 30);
    const auto booked = app.clinic->scheduling.addAppointment(a, app.context->actor);
    REQUIRE(booked);
    a = booked.value();
    week->refresh();
    REQUIRE(week->table()->rowCount() == before + 1);
    week->table()->selectRow(0);
    REQUIRE(week->current());
    CHECK(week->current()->id == a.id);
    // Her name beside her NHS number, as the midwife knows her.
    const Woman &her = bookings.front().woman;
    CHECK(week->table()->item(0, 3)->text().startsWith(her.familyName.toUpper() +
                                                       QStringLiteral(", ") + her.givenName));
    REQUIRE(week->setStatus(AppointmentStatus::Attended));
    CHECK(app.clinic->scheduling.appointment(a.id)->status == AppointmentStatus::Attended);
    // Marked by whoever uses the window.
    CHECK(app.clinic->scheduling.appointment(a.id)->updatedBy == QStringLiteral("Test Midwife"));

    // The same midwife cannot be booked twice at once.
    Appointment clash = a;
    clash.id = 0;
    clash.status = AppointmentStatus::Booked;
    clash.pregnancyId = bookings.back().pregnancy.id;
    const auto refused = app.clinic->scheduling.addAppointment(clash, app.context->actor);
    CHECK(refused.invalid());
    INFO(refused.message().toStdString());
    CHECK(refused.message().contains(QStringLiteral("already")));
}

TEST_CASE("The on-call rota has two midwives on every shift, and the dashboard reads the measure",
          "[ui][teams]")
{
    test::AppFixture app;
    QList<Booking> bookings;
    loadDemo(app, bookings);
    ui::TeamWindow window(*app.context);
    window.refresh();
    QTableWidget *shifts = window.rota()->shifts();
    REQUIRE(shifts->rowCount() == 4 * 7 * 2); // four weeks, a day and a night shift each day
    for (int row = 0; row < shifts->rowCount(); ++row) {
        INFO(row);
        CHECK(shifts->item(row, 2)->text().contains(QStringLiteral(" and ")));
        CHECK(shifts->item(row, 3)->text() == QStringLiteral("two on call"));
    }
    // The women planning a home birth, by name beside their NHS number.
    auto *women = window.rota()->findChild<QTableWidget *>(QStringLiteral("homeBirthWomen"));
    REQUIRE(women);
    REQUIRE(women->rowCount() > 0);
    const QString nhs = women->item(0, 1)->text().remove(QLatin1Char(' '));
    const auto named = std::find_if(bookings.cbegin(), bookings.cend(),
                                    [&](const Booking &b) { return b.woman.nhsNumber == nhs; });
    REQUIRE(named != bookings.cend());
    CHECK(women->item(0, 0)->text().contains(named->woman.familyName));
    // Every demo woman has a named midwife recorded a few days after booking.
    CHECK(window.continuity()->headline()->text().startsWith(
        QStringLiteral("%1 women in care").arg(bookings.size())));
}

TEST_CASE("Naming her midwife: the suggested team's best placed midwife, recorded and printed",
          "[ui][teams][careplan]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking(); // LE4 6AB: the City Continuity Team's area
    QString error;
    QList<Booking> bookings;
    loadDemo(app, bookings);
    booking.woman.nhsNumber = QStringLiteral("9434765919");
    REQUIRE(test::book(*app.database, app.clock, booking, &error));

    ui::AllocationDialog dialog(*app.context, booking.pregnancy.id);
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("allocationTeam"))->currentText() ==
          QStringLiteral("City Continuity Team"));
    const auto chosen = dialog.chosen();
    REQUIRE(chosen);
    const auto recorded = app.clinic->scheduling.allocate(*chosen, app.context->actor);
    REQUIRE(recorded);
    const Allocation allocation = recorded.value();
    const QString midwife = app.clinic->staffing.staffById(allocation.midwifeId)->name;

    app.press(QKeySequence::Find);
    auto *field = app.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("943 476 5919"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *page = app.window().recordView()->carePlanPage();
    CHECK(page->findChild<QLabel *>(QStringLiteral("namedCarers"))->text().contains(midwife));

    const QString pdf = app.scratch.file(QStringLiteral("plan.pdf"));
    REQUIRE(page->saveAsPdf(pdf, &error));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext not installed: the printed name is not checked");
        return;
    }
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                           QStringLiteral("1"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString page1 = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(page1.contains(midwife));
    CHECK(page1.contains(QStringLiteral("City Continuity Team")));
}

TEST_CASE("Opening the team window reads the tab in front, and each other tab when it is shown",
          "[ui][teams]")
{
    test::AppFixture app;
    QList<Booking> bookings;
    loadDemo(app, bookings);
    ui::TeamWindow window(*app.context);
    window.refreshShown();
    CHECK(window.caseload()->tree()->topLevelItemCount() > 0);
    QTableWidget *shifts = window.rota()->shifts();
    CHECK(shifts->rowCount() == 0);
    CHECK(window.continuity()->headline()->text().isEmpty());

    window.tabs()->setCurrentWidget(window.rota());
    CHECK(shifts->rowCount() == 4 * 7 * 2);
    window.tabs()->setCurrentWidget(window.continuity());
    CHECK(window.continuity()->headline()->text().startsWith(
        QStringLiteral("%1 women in care").arg(bookings.size())));

    // Opened again: what changed meanwhile shows on the tab in front, and on the others later.
    Booking another = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, another, &error));
    window.refreshShown();
    CHECK(window.continuity()->headline()->text().startsWith(
        QStringLiteral("%1 women in care").arg(bookings.size() + 1)));
    window.tabs()->setCurrentWidget(window.caseload());
    QTreeWidgetItem *waiting =
        window.caseload()->tree()->topLevelItem(window.caseload()->tree()->topLevelItemCount() - 1);
    CHECK(waiting->text(0).startsWith(QStringLiteral("Not yet given a named midwife (")));
}

TEST_CASE("A long caseload list is shown a page at a time, the next page on request", "[ui][teams]")
{
    test::AppFixture app;
    demo::BookingGenerator generator(9, app.clock.today());
    QList<Booking> bookings;
    for (int i = 0; i < 450; ++i)
        bookings << generator.next();
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, bookings, &error));
    ui::TeamWindow window(*app.context);
    window.refreshShown();
    QTreeWidget *tree = window.caseload()->tree();
    REQUIRE(tree->topLevelItemCount() == 1); // no teams yet: every woman is waiting for one
    QTreeWidgetItem *waiting = tree->topLevelItem(0);
    CHECK(waiting->text(0) == QStringLiteral("Not yet given a named midwife (450)"));
    auto listed = [&] {
        QStringList numbers;
        for (int i = 0; i < waiting->childCount(); ++i) {
            if (waiting->child(i)->data(0, Qt::UserRole + 1).toLongLong() > 0)
                numbers << waiting->child(i)->text(1);
        }
        return numbers;
    };
    CHECK(listed().size() == 200);
    QTreeWidgetItem *more = waiting->child(waiting->childCount() - 1);
    CHECK(more->text(0).startsWith(QStringLiteral("250 more")));
    emit tree->itemActivated(more, 0);
    QCoreApplication::processEvents();
    CHECK(listed().size() == 400);
    more = waiting->child(waiting->childCount() - 1);
    CHECK(more->text(0).startsWith(QStringLiteral("50 more")));
    emit tree->itemActivated(more, 0);
    QCoreApplication::processEvents();
    CHECK(waiting->childCount() == 450); // all of them, and no row asking for more
    // Listed by NHS number, as before they were paged, with no one twice.
    QStringList numbers = listed();
    QStringList sorted = numbers;
    std::sort(sorted.begin(), sorted.end());
    CHECK(numbers == sorted);
    CHECK(QSet<QString>(numbers.cbegin(), numbers.cend()).size() == 450);
}

TEST_CASE("The Book dialog finds her by name", "[ui][teams]")
{
    test::AppFixture app;
    QList<Booking> bookings;
    loadDemo(app, bookings);
    ui::TeamWindow window(*app.context);
    window.show();
    const Booking &her = bookings.front();
    bool found = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *who = dialog->findChild<QLineEdit *>(QStringLiteral("appointmentNhsNumber"));
        who->setFocus();
        // "Family, Given" as a midwife writes it.
        QTest::keyClicks(who, her.woman.familyName + QStringLiteral(", ") + her.woman.givenName);
        auto *matches = dialog->findChild<QListWidget *>(QStringLiteral("appointmentMatches"));
        found = matches->count() >= 1 &&
                matches->currentItem()->text().contains(clinical::nhs::format(her.woman.nhsNumber));
        dialog->findChild<QTimeEdit *>(QStringLiteral("appointmentStart"))->setTime(QTime(7, 0));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.week()->findChild<QPushButton *>(QStringLiteral("bookAppointment"))->click();
    CHECK(found);
    bool booked = false;
    for (const AppointmentListing &a : app.clinic->scheduling.appointmentsOf(her.pregnancy.id))
        booked = booked ||
                 (a.appointment.date == app.clock.today() && a.appointment.start == QTime(7, 0));
    CHECK(booked);
}

TEST_CASE("On the team server, the team window shows what a colleague changed when it comes back "
          "to the front",
          "[ui][teams][server]")
{
    test::AppFixture app;
    REQUIRE(app.clinic->onServer());
    QList<Booking> bookings;
    loadDemo(app, bookings);
    ui::TeamWindow window(*app.context);
    window.show();
    window.tabs()->setCurrentWidget(window.staff());
    window.refreshShown();
    const int before = window.staff()->staffTable()->rowCount();

    // She looks at another window; a team lead on another laptop adds a midwife.
    QWidget elsewhereWindow;
    elsewhereWindow.show();
    QApplication::setActiveWindow(&elsewhereWindow);
    QString error;
    const auto elsewhere = storage::Database::open(app.database->path(), &error);
    REQUIRE(elsewhere);
    const care::Clinic colleague(*elsewhere, app.clock);
    REQUIRE(colleague.staffing.saveStaff(
        {{0, QStringLiteral("Jo Smith"), StaffRole::Midwife, 1.0, {}, {1, 2, 3}}, 0},
        Actor::named(QStringLiteral("Team Lead"), UserRole::TeamLead)));
    CHECK(window.staff()->staffTable()->rowCount() == before); // not yet: she has not come back

    QApplication::setActiveWindow(&window);
    CHECK(window.staff()->staffTable()->rowCount() == before + 1);
}
