// SPDX-License-Identifier: MIT
// Not a check: a tour of the windows that saves what a midwife would see as PNGs, for people to
// look at. Hidden from the normal run; start it with
//   BB_SCREENSHOT_DIR=/tmp/shots bbui-tests "[screenshots]"
// at 1600 by 1000, or at another screen's size with BB_SCREENSHOT_SIZE=1366x768.
#include "UiTestSupport.h"

#include "careplan/AllocationDialog.h"
#include "careplan/CarePlanPage.h"
#include "clinical/BookingFacts.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "demo/DemoTeams.h"
#include "forms/BookingForm.h"
#include "forms/PreviousPregnancies.h"
#include "record/WomanRecordView.h"
#include "settings/SettingsDialog.h"
#include "teams/AppointmentDialog.h"
#include "teams/StaffDialogs.h"
#include "teams/TeamWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>

#include <functional>

using namespace bb;

TEST_CASE("Screenshot tour of the main window, registration and booking", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    test::AppFixture app;
    QList<Booking> demo = demo::demoBookings(app.clock.today());
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, demo, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, demo, &error));
    REQUIRE(demo::storeDemoHistory(*app.database, app.clock, &error));
    const QStringList size = qEnvironmentVariable("BB_SCREENSHOT_SIZE", QStringLiteral("1600x1000"))
                                 .split(QLatin1Char('x'));
    REQUIRE(size.size() == 2);
    const QSize screen(size[0].toInt(), size[1].toInt());
    app.window().resize(screen);
    auto save = [&](const char *name) {
        QApplication::processEvents();
        REQUIRE(app.window().grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
    };

    app.press(QKeySequence::Find);
    QTest::keyClicks(app.find<QLineEdit>(QStringLiteral("searchField")), QStringLiteral("p"));
    save("1-search.png");
    QTest::keyClick(app.find<QLineEdit>(QStringLiteral("searchField")), Qt::Key_Return);
    save("2-booking.png");
    auto *scroll = app.window().recordView()->bookingForm()->findChild<QScrollArea *>();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 5);
    save("3-booking-bloods.png");
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 2);
    save("3-booking-middle.png");
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    save("4-booking-end.png");
    app.find<QTabWidget>(QStringLiteral("recordPages"))->setCurrentIndex(0);
    save("5-registration.png");

    app.find<QTabWidget>(QStringLiteral("recordPages"))->setCurrentIndex(2);
    save("7-careplan.png");
    auto *planScroll = app.window().recordView()->carePlanPage()->findChild<QScrollArea *>();
    planScroll->verticalScrollBar()->setValue(planScroll->verticalScrollBar()->maximum());
    save("8-careplan-end.png");

    {
        ui::TeamWindow teams(*app.context);
        teams.resize(screen);
        teams.show();
        teams.refresh();
        for (int tab = 0; tab < teams.tabs()->count(); ++tab) {
            teams.tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            REQUIRE(teams.grab().save(dir + QStringLiteral("/9-teams-%1.png").arg(tab + 1)));
        }
    }

    // The dialogs, each at the size it opens at.
    const auto shootDialog = [&dir](const QString &name, const std::function<void()> &open) {
        QTimer::singleShot(0, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                QApplication::processEvents();
                CHECK(dialog->grab().save(dir + QLatin1Char('/') + name));
                dialog->reject();
            }
        });
        open();
    };
    ui::ClinicContext &context = *app.context;
    QWidget *parent = &app.window();
    const qint64 pregnancy = demo.front().pregnancy.id;
    shootDialog(QStringLiteral("10-book-appointment.png"),
                [&] { ui::AppointmentDialog::ask(context, std::nullopt, parent); });
    shootDialog(QStringLiteral("11-name-her-midwife.png"),
                [&] { ui::AllocationDialog::ask(context, pregnancy, parent); });
    const QList<Staff> staff = app.clinic->staffing.staff();
    const QList<Team> teams = app.clinic->staffing.teams();
    REQUIRE((!staff.isEmpty() && !teams.isEmpty()));
    shootDialog(QStringLiteral("12-edit-staff.png"), [&] {
        ui::askStaff(context, ui::StaffEdit{staff.front(), teams.front().id}, parent);
    });
    shootDialog(QStringLiteral("13-edit-team.png"), [&] { ui::askTeam(teams.front(), parent); });
    shootDialog(QStringLiteral("14-settings.png"),
                [&] { ui::SettingsDialog(context, parent).exec(); });
    {
        ui::PreviousPregnanciesEditor editor(parent);
        shootDialog(QStringLiteral("18-earlier-pregnancy.png"), [&] {
            editor.findChild<QPushButton *>(QStringLiteral("addPreviousPregnancy"))->click();
        });
    }

    // Her contacts: a woman at 33 weeks or more with three earlier fundal heights, and today's
    // contact typed in.
    const Booking *late = nullptr;
    QDate edd;
    for (const Booking &b : demo) {
        const auto facts = clinical::bookingFacts(b);
        const auto *f = std::get_if<clinical::BookingFacts>(&facts);
        if (f && clinical::gestationOn(f->edd, app.clock.today()) >= Gestation::fromWeeks(33) &&
            b.pregnancy.fetuses == 1) {
            late = &b;
            edd = f->edd;
            break;
        }
    }
    REQUIRE(late);
    const QList<QPair<int, double>> measured{{25, 24.5}, {28, 28.0}, {31, 30.5}};
    for (const auto &[week, cm] : measured) {
        AntenatalContact c;
        c.pregnancyId = late->pregnancy.id;
        c.date = clinical::dateAtGestation(edd, Gestation::fromWeeks(week));
        c.clinicianId = staff.front().id;
        c.venue = QStringLiteral("Highfields Children's Centre");
        c.bloodPressure = BloodPressure{118, 74};
        c.urineProtein = Dipstick::Negative;
        c.sfhCm = cm;
        c.movements = Movements::Normal;
        REQUIRE(app.clinic->contacts.record(c, test::testMidwife()));
    }
    TestResult group;
    group.pregnancyId = late->pregnancy.id;
    group.kind = QStringLiteral("blood_group");
    group.date = late->pregnancy.bookingDate;
    group.value = QStringLiteral("O RhD negative");
    REQUIRE(app.clinic->results.record(group, test::testMidwife()));
    TestResult hb = group;
    hb.kind = QStringLiteral("fbc_28_weeks");
    hb.date = clinical::dateAtGestation(edd, Gestation::fromWeeks(28));
    hb.value = QStringLiteral("Hb 98 g/L");
    hb.needsAction = true;
    REQUIRE(app.clinic->results.record(hb, test::testMidwife()));
    app.window().activateWindow();
    QApplication::setActiveWindow(&app.window());
    app.press(QKeySequence::Find);
    auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
    search->selectAll();
    QTest::keyClicks(search, late->woman.nhsNumber);
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::AltModifier);
    app.typeInto(QStringLiteral("contactBp"), QStringLiteral("150/95"));
    app.typeInto(QStringLiteral("contactProtein"), QStringLiteral("2"));
    app.typeInto(QStringLiteral("contactSfh"), QStringLiteral("30"));
    save("15-contact.png");
    app.press(QKeySequence::Save);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_6, Qt::AltModifier);
    save("16-timeline.png");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::AltModifier);
    save("17-results.png");

    // Her birth, typed and then recorded.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7, Qt::AltModifier);
    app.typeInto(QStringLiteral("birthTime"), QStringLiteral("04:50"));
    app.typeInto(QStringLiteral("birthBloodLoss"), QStringLiteral("450"));
    app.typeInto(QStringLiteral("baby1Weight"), QStringLiteral("3180"));
    app.typeInto(QStringLiteral("baby1Apgar1"), QStringLiteral("8"));
    app.typeInto(QStringLiteral("baby1Apgar5"), QStringLiteral("9"));
    auto *midwife = app.find<QComboBox>(QStringLiteral("birthMidwife"));
    midwife->setFocus();
    QTest::keyClick(midwife, Qt::Key_Down);
    save("19-birth.png");
    app.press(QKeySequence::Save);
    save("20-birth-recorded.png");

    app.window().activateWindow(); // the team window had the focus
    QApplication::setActiveWindow(&app.window());
    app.press(QKeySequence::New);
    QTest::keyClicks(app.find<QLineEdit>(QStringLiteral("nhsNumber")),
                     QStringLiteral("943 476 5918"));
    app.typeInto(QStringLiteral("givenName"), QStringLiteral("Amina"));
    app.typeInto(QStringLiteral("dateOfBirth"), QStringLiteral("31/02/1990"));
    app.press(QKeySequence::Save);
    save("6-registration-errors.png");
}
