// SPDX-License-Identifier: MIT
// Not a check: a tour of the windows that saves what a midwife would see as PNGs, for people to
// look at. Hidden from the normal run; start it with
//   BB_SCREENSHOT_DIR=/tmp/shots bbui-tests "[screenshots]"
// at 1600 by 1000, or at another screen's size with BB_SCREENSHOT_SIZE=1366x768, and in a
// dark desktop palette with BB_SCREENSHOT_PALETTE=dark, and through a translation with
// BB_SCREENSHOT_TRANSLATION=FILE.qm (build/ci/translations/bbclinic_pseudo.qm, say).
#include "AfterBirthData.h"
#include "UiTestSupport.h"

#include "Translations.h"
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
#include "teams/BabiesAwayView.h"
#include "teams/FeedbackView.h"
#include "teams/ReferralQueueView.h"
#include "teams/StaffDialogs.h"
#include "teams/TeamWindow.h"
#include "teams/WorklistView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace bb;

namespace {

/// A dark desktop's palette, as a dark theme gives the app: the windows must read in it too.
void followDarkDesktopWhenAsked()
{
    if (qEnvironmentVariable("BB_SCREENSHOT_PALETTE") != QLatin1String("dark"))
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(55, 55, 60));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::ToolTipBase, QColor(55, 55, 60));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Highlight, QColor(80, 140, 220));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(120, 170, 255));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    QApplication::setPalette(dark);
}

} // namespace

TEST_CASE("Screenshot tour of the main window, registration and booking", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    followDarkDesktopWhenAsked();
    const QString translation = qEnvironmentVariable("BB_SCREENSHOT_TRANSLATION");
    REQUIRE((translation.isEmpty() || ui::installTranslationFile(translation)));
    const auto untranslated = qScopeGuard([] { ui::removeTranslations(); });
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
    for (int tab = 1; tab <= 2; ++tab) { // the bereavement support list, the bank holidays
        shootDialog(QStringLiteral("14-settings-%1.png").arg(tab + 1), [&] {
            ui::SettingsDialog dialog(context, parent);
            dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(tab);
            dialog.exec();
        });
    }
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

    // Her day 5 visit at home: her blood pressure up and her baby down 10.7% from 3,180 g,
    // recorded with what the rules ask for after it. Her record is opened again on that day.
    const QDateTime birthDay = app.clock.now();
    app.clock.set(birthDay.addDays(5));
    app.press(QKeySequence::Find);
    search = app.find<QLineEdit>(QStringLiteral("searchField"));
    search->selectAll();
    QTest::keyClicks(search, late->woman.nhsNumber);
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_8, Qt::AltModifier);
    // The record was open on the day of the birth: the date is typed.
    auto *date = app.find<QLineEdit>(QStringLiteral("postnatalDate"));
    date->selectAll();
    QTest::keyClicks(date, app.clock.today().toString(QStringLiteral("dd/MM/yyyy")));
    auto *seenBy = app.find<QComboBox>(QStringLiteral("postnatalClinician"));
    seenBy->setFocus();
    QTest::keyClick(seenBy, Qt::Key_Down);
    app.typeInto(QStringLiteral("postnatalBp"), QStringLiteral("152/98"));
    app.typeInto(QStringLiteral("postnatalTemperature"), QStringLiteral("37.1"));
    app.typeInto(QStringLiteral("postnatalBleeding"), QStringLiteral("Lochia settling"));
    app.typeInto(QStringLiteral("postnatalWound"), QStringLiteral("Perineum intact"));
    auto *feeding = app.find<QComboBox>(QStringLiteral("postnatalFeeding"));
    feeding->setFocus();
    QTest::keyClick(feeding, Qt::Key_Down);
    app.typeInto(QStringLiteral("postnatalBaby1Weight"), QStringLiteral("2840"));
    auto *babyFeeding = app.find<QComboBox>(QStringLiteral("postnatalBaby1Feeding"));
    babyFeeding->setFocus();
    QTest::keyClick(babyFeeding, Qt::Key_Down);
    app.press(QKeySequence::Save);
    QTest::qWait(50); // her list of contacts sizes its rows once the page has laid it out
    save("21-postnatal-contact.png");

    // The weeks after the birth in the team window: her baby, born above, in the neonatal unit,
    // two other women's babies away from them, and women of the City Continuity Team discharged
    // with their Friends and Family Test answers over the last months.
    {
        const QDate today = app.clock.today();
        const auto born = app.clinic->births.birthOf(late->pregnancy.id);
        REQUIRE((born && born.value()));
        const Birth &lateBirth = born.value()->birth;
        test::moveBaby(app, *late, lateBirth.babies.front().id, BabyCareLocation::NeonatalUnit,
                       lateBirth.date.addDays(1), QStringLiteral("Jaundice: phototherapy"));
        QList<const Booking *> others;
        for (const Booking &b : demo) {
            if (&b != late && b.pregnancy.bookingDate < QDate(2026, 8, 1))
                others << &b;
        }
        REQUIRE(others.size() >= 8);
        const QString city = QStringLiteral("City Continuity Team");
        // After the demo's own allocations, a few days after each booking.
        for (const Booking *b : others.mid(0, 8))
            test::allocateTo(app, *b, city, QDate(2026, 8, 15));
        const qint64 inCare = test::recordBirth(app, *others[0], today.addDays(-4), BabySex::Male);
        test::moveBaby(app, *others[0], inCare, BabyCareLocation::TransitionalCare,
                       today.addDays(-3), QStringLiteral("Low blood sugar, feeding support"));
        const qint64 inUnit = test::recordBirth(app, *others[1], today.addDays(-9));
        test::moveBaby(app, *others[1], inUnit, BabyCareLocation::NeonatalUnit, today.addDays(-9),
                       QStringLiteral("Breathing support after the birth"));
        const struct
        {
            QDate born;
            QDate discharged;
            FeedbackAnswer answer;
            const char *words;
        } answers[] = {
            {QDate(2026, 8, 20), QDate(2026, 9, 3), FeedbackAnswer::VeryGood,
             "Hannah explained everything and never rushed us."},
            {QDate(2026, 9, 14), QDate(2026, 9, 28), FeedbackAnswer::Good,
             "A lovely team. Hard to park at the children's centre."},
            {QDate(2026, 10, 6), QDate(2026, 10, 20), FeedbackAnswer::Poor,
             "I saw a different midwife at every visit after the birth."},
            {QDate(2026, 10, 25), QDate(2026, 11, 8), FeedbackAnswer::VeryGood,
             "Calm and kind at 3 in the morning. Thank you."},
            {QDate(2026, 11, 2), QDate(2026, 11, 17), FeedbackAnswer::DontKnow, ""},
            {QDate(2026, 11, 5), QDate(2026, 11, 20), FeedbackAnswer::VeryGood,
             "I felt listened to about my anxiety."},
        };
        for (std::size_t i = 0; i < std::size(answers); ++i) {
            const Booking &her = *others[int(i) + 2];
            test::recordBirth(app, her, answers[i].born);
            test::discharge(app, her, answers[i].discharged, answers[i].answer,
                            QString::fromUtf8(answers[i].words));
        }

        ui::TeamWindow window(*app.context);
        window.resize(screen);
        window.show();
        window.refreshShown();
        window.tabs()->setCurrentWidget(window.babiesAway());
        QApplication::processEvents();
        REQUIRE(window.grab().save(dir + QStringLiteral("/22-babies-away.png")));
        window.tabs()->setCurrentWidget(window.feedback());
        auto *team = window.feedback()->findChild<QComboBox *>(QStringLiteral("feedbackTeam"));
        team->setCurrentIndex(team->findText(city));
        window.feedback()->refresh();
        QApplication::processEvents();
        REQUIRE(window.grab().save(dir + QStringLiteral("/23-feedback-summary.png")));
        CHECK(
            window.feedback()->savePdf(dir + QStringLiteral("/23-feedback-summary.pdf"), nullptr));
    }

    // Babies and discharge: her baby, in the neonatal unit since the day after the birth, is
    // home with her today; she is discharged to the health visitor with her answer and words.
    app.window().activateWindow(); // the team window had the focus
    QApplication::setActiveWindow(&app.window());
    app.press(QKeySequence::Find);
    search = app.find<QLineEdit>(QStringLiteral("searchField"));
    search->selectAll();
    QTest::keyClicks(search, late->woman.nhsNumber);
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_9, Qt::AltModifier);
    auto *where = app.find<QComboBox>(QStringLiteral("moveLocation"));
    where->setFocus();
    QTest::keyClick(where, Qt::Key_Down); // with her mother
    app.typeInto(QStringLiteral("moveReason"), QStringLiteral("Home from the neonatal unit"));
    app.typeInto(QStringLiteral("dischargeHealthVisitor"),
                 QStringLiteral("Belgrave health visiting team"));
    app.typeInto(QStringLiteral("dischargeBaby1NhsNumber"), QStringLiteral("401 023 2137"));
    app.typeInto(QStringLiteral("dischargeNotes"),
                 QStringLiteral("Phototherapy for jaundice on days 2 to 4; bilirubin falling."));
    auto *answer = app.find<QComboBox>(QStringLiteral("feedbackAnswer"));
    answer->setFocus();
    QTest::keyClick(answer, Qt::Key_Down); // very good
    app.typeInto(QStringLiteral("feedbackWords"),
                 QStringLiteral("The midwives kept us together as much as they could."));
    QTest::qWait(50); // the page lays out its list of moves once it is shown
    save("24-babies-and-discharge.png");
    app.press(QKeySequence::Save); // records the move; only Discharge her discharges
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::AltModifier);
    QTest::qWait(300); // a button pressed by its Alt+letter clicks a moment later
    REQUIRE(app.clinic->discharges.dischargeOf(late->pregnancy.id).value());
    save("25-discharged.png");

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

TEST_CASE("Screenshot tour of the referral queues and a midwife's day", "[.][screenshots]")
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
    // A week on: the referrals her plans suggested at booking are late unless sent.
    app.clock.set(app.clock.now().addDays(7));
    const QList<ReferralListing> all =
        app.clinic->referrals.queue(QString(), test::testMidwife()).value();
    REQUIRE(all.size() >= 3);
    REQUIRE(app.clinic->referrals.setStatus(all[0].referral.id, ReferralStatus::Sent, QString(),
                                            app.clock.today().addDays(-2), test::testMidwife()));
    REQUIRE(app.clinic->referrals.setStatus(all[1].referral.id, ReferralStatus::Declined,
                                            QStringLiteral("She would rather wait until after "
                                                           "the 20-week scan"),
                                            app.clock.today(), test::testMidwife()));

    ui::TeamWindow window(*app.context);
    window.resize(screen);
    window.show();
    window.refreshShown();
    window.tabs()->setCurrentWidget(window.referrals());
    window.referrals()->table()->setFocus();
    window.referrals()->table()->selectRow(0);
    QApplication::processEvents();
    REQUIRE(window.grab().save(dir + QStringLiteral("/referrals-1-queue.png")));
    window.referrals()->showTeam(QStringLiteral("safeguarding"));
    QApplication::processEvents();
    REQUIRE(window.grab().save(dir + QStringLiteral("/referrals-2-safeguarding.png")));
    window.referrals()->showTeam(QString());
    window.referrals()->table()->selectRow(2);
    QTimer::singleShot(0, [&dir] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            QApplication::processEvents();
            CHECK(dialog->grab().save(dir + QStringLiteral("/referrals-3-move-on.png")));
            dialog->reject();
        }
    });
    window.referrals()->findChild<QPushButton *>(QStringLiteral("referralMoveOn"))->click();

    // The busiest midwife's day.
    qint64 busiest = 0;
    qsizetype most = -1;
    for (const Staff &s : app.clinic->staffing.staff()) {
        const auto day = app.clinic->worklists.forClinician(s.id, app.clock.today());
        if (!s.isMidwife() || !day)
            continue;
        const qsizetype items = day->due.size() + day->overdue.size() + day->results.size() +
                                day->referrals.size() + day->near41Weeks.size() +
                                day->homeBirthsNear.size() + day->bloodSpotsDue.size();
        if (items > most) {
            most = items;
            busiest = s.id;
        }
    }
    // A result of one of her women to act on.
    const auto herDay = app.clinic->worklists.forClinician(busiest, app.clock.today());
    REQUIRE((herDay && !herDay->referrals.isEmpty()));
    TestResult hb;
    hb.pregnancyId = herDay->referrals.back().pregnancyId;
    hb.kind = QStringLiteral("fbc_28_weeks");
    hb.date = app.clock.today().addDays(-1);
    hb.value = QStringLiteral("Hb 96 g/L");
    hb.needsAction = true;
    REQUIRE(app.clinic->results.record(hb, test::testMidwife()));
    window.tabs()->setCurrentWidget(window.worklist());
    window.worklist()->showDay(busiest, app.clock.today());
    window.worklist()->tree()->setFocus();
    QApplication::processEvents();
    REQUIRE(window.grab().save(dir + QStringLiteral("/day-1-my-day.png")));
    CHECK(window.worklist()->savePdf(dir + QStringLiteral("/day-1-my-day.pdf"), nullptr));
}
