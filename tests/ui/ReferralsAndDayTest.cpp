// SPDX-License-Identifier: MIT
// The team window's referral queues (Alt+8) and a midwife's day (Alt+9): a referral not sent
// within two working days flagged in words, moved on from the keyboard with its history kept,
// safeguarding referrals in their own queue only; the day's seven lists with their counts,
// Enter opening her record or her contact, and the day printed as a confidential list.
#include "AfterBirthData.h"
#include "UiTestSupport.h"

#include "clinical/NhsNumber.h"
#include "contacts/ContactPage.h"
#include "demo/DemoData.h"
#include "demo/DemoTeams.h"
#include "record/WomanRecordView.h"
#include "teams/ReferralDialogs.h"
#include "teams/ReferralQueueView.h"
#include "teams/TeamWindow.h"
#include "teams/WorklistView.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace bb;

namespace {

const QString kCity = QStringLiteral("City Continuity Team");

/// Alt+letter on a button of `on`'s window, which shows itself pressed and clicks a moment
/// later.
void pressAlt(QWidget *on, Qt::Key letter)
{
    QTest::keyClick(on, letter, Qt::AltModifier);
    QTest::qWait(250);
}

/// Runs `act` on the modal dialog of type D once it is open, while `open` opens it (a button's
/// Alt+letter clicks a moment later, so the dialog is waited for). False when none opened.
template <typename D> bool onDialog(const std::function<void()> &open, std::function<void(D *)> act)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog == nullptr || seen)
            return;
        seen = true;
        poll.stop();
        QApplication::setActiveWindow(dialog);
        act(dialog);
    });
    poll.start();
    open();
    const bool opened = QTest::qWaitFor([&] { return seen; }, 3000);
    poll.stop();
    return opened;
}

void chooseIn(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index); // as choosing it with the keyboard does
}

ui::TeamWindow *openTeamWindow(test::AppFixture &app)
{
    ui::TeamWindow *window = app.window().teamWindow();
    window->show();
    window->refreshShown();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return window;
}

int rowOf(const ui::ReferralQueueView *view, qint64 referralId)
{
    for (int row = 0; row < view->table()->rowCount(); ++row) {
        view->table()->setCurrentCell(row, 0);
        if (view->current() && view->current()->referral.id == referralId)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("A team's referral queue flags in words a referral not sent within two working days, "
          "moves it on from the keyboard with its history, and Enter opens her record",
          "[ui][teams][referrals]")
{
    test::AppFixture app;
    QList<Booking> bookings = demo::demoBookings(app.clock.today());
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, bookings, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, bookings, &error));
    // Made on Thursday 26 November, to be sent by Monday 30th: late on Thursday 3 December.
    app.clock.set(QDateTime(QDate(2026, 12, 3), QTime(9, 0)));

    ui::TeamWindow *window = openTeamWindow(app);
    QTest::keyClick(window, Qt::Key_8, Qt::AltModifier);
    REQUIRE(window->tabs()->currentWidget() == window->referrals());
    ui::ReferralQueueView *view = window->referrals();
    QTableWidget *table = view->table();
    chooseIn(view->team(), QStringLiteral("stop_smoking"));
    REQUIRE(table->rowCount() >= 2);
    CHECK(view->summary()->text().contains(
        QStringLiteral("late: not sent within two working days of being made")));
    for (int row = 0; row < table->rowCount(); ++row) {
        INFO("row " << row);
        CHECK(table->item(row, 7)->text().contains(QStringLiteral("LATE")));
        CHECK(table->item(row, 5)->text() == QStringLiteral("26-Nov-2026"));
        CHECK(table->item(row, 6)->text() == QStringLiteral("30-Nov-2026"));
    }
    table->setFocus();
    table->setCurrentCell(0, 0);
    const ReferralListing first = view->current().value();

    // Her named midwife's day lists it to send, until it is sent.
    qint64 herMidwife = 0;
    for (const Staff &s : app.clinic->staffing.staff()) {
        const auto day = app.clinic->worklists.forClinician(s.id, app.clock.today());
        if (day && std::any_of(day->referrals.cbegin(), day->referrals.cend(),
                               [&first](const WorklistItem &item) {
                                   return item.referralId == first.referral.id;
                               }))
            herMidwife = s.id;
    }
    REQUIRE(herMidwife != 0);
    window->tabs()->setCurrentWidget(window->worklist());
    window->worklist()->showDay(herMidwife, app.clock.today());
    const QString toSend = window->worklist()->tree()->topLevelItem(3)->text(0);
    window->tabs()->setCurrentWidget(view);
    table->setFocus();
    table->setCurrentCell(0, 0);
    CHECK(table->item(0, 0)->text() ==
          first.womanName + QStringLiteral("  ") + clinical::nhs::format(first.nhsNumber));

    // Alt+M: sent today, as the dialog suggests; Enter saves.
    REQUIRE(onDialog<ui::ReferralStatusDialog>(
        [table] { pressAlt(table, Qt::Key_M); },
        [](ui::ReferralStatusDialog *dialog) {
            CHECK(dialog->findChild<QComboBox *>(QStringLiteral("referralStatus"))->currentText() ==
                  QStringLiteral("Sent"));
            CHECK(
                dialog->findChild<ui::DateField *>(QStringLiteral("referralStatusDate"))->text() ==
                QStringLiteral("03/12/2026"));
            // The status has the focus as the dialog opens: Enter saves.
            QWidget *focused = dialog->focusWidget();
            REQUIRE(focused);
            CHECK(focused->objectName() == QStringLiteral("referralStatus"));
            QTest::keyClick(focused, Qt::Key_Return);
        }));
    QTest::qWait(50);
    auto stored = app.clinic->referrals.forPregnancy(first.referral.pregnancyId, true);
    REQUIRE(stored);
    const auto sent = std::find_if(stored->cbegin(), stored->cend(),
                                   [&](const Referral &r) { return r.id == first.referral.id; });
    REQUIRE(sent != stored->cend());
    CHECK(sent->status == ReferralStatus::Sent);
    CHECK(sent->sentOn == QDate(2026, 12, 3));
    CHECK(sent->updatedBy == QStringLiteral("Test Midwife"));
    // Sent: no longer late, still highlighted, and said.
    const int row = rowOf(view, first.referral.id);
    REQUIRE(row >= 0);
    CHECK(table->item(row, 4)->text() == QStringLiteral("Sent"));
    CHECK(table->item(row, 7)->text().isEmpty());
    CHECK(table->item(row, 8)->text() == QStringLiteral("03-Dec-2026"));
    CHECK(view->done()->text().contains(QStringLiteral("sent on 03-Dec-2026")));
    // The day, shown before, is read again when it is next shown: one fewer to send.
    window->tabs()->setCurrentWidget(window->worklist());
    const int before = toSend.section(QLatin1Char('('), 1).chopped(1).toInt();
    CHECK(window->worklist()->tree()->topLevelItem(3)->text(0) ==
          QStringLiteral("Referrals to send (%1)").arg(before - 1));
    window->tabs()->setCurrentWidget(view);

    // Declined with no reason is refused beside the reason, and nothing typed is lost.
    QApplication::setActiveWindow(window);
    table->setFocus();
    table->setCurrentCell(row, 0);
    REQUIRE(onDialog<ui::ReferralStatusDialog>(
        [table] { pressAlt(table, Qt::Key_M); },
        [](ui::ReferralStatusDialog *dialog) {
            auto *status = dialog->findChild<QComboBox *>(QStringLiteral("referralStatus"));
            status->setCurrentIndex(status->findData(QStringLiteral("declined")));
            dialog->findChild<QPushButton *>(QStringLiteral("referralStatusSave"))->click();
            CHECK(dialog->isVisible());
            auto *why = dialog->findChild<QLabel *>(QStringLiteral("message:note"));
            REQUIRE(why);
            CHECK(why->isVisible());
            CHECK(why->text().contains(QStringLiteral("say why it is declined")));
            CHECK(status->currentText() == QStringLiteral("Declined"));
            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("referralStatusNote"));
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("Wants to stop on her own first"));
            QTest::keyClick(note, Qt::Key_V, Qt::AltModifier);
            QTest::qWait(250);
            CHECK_FALSE(dialog->isVisible());
        }));
    QTest::qWait(50);

    // Alt+H: every step with who and why, oldest first.
    QApplication::setActiveWindow(window);
    table->setFocus();
    table->setCurrentCell(rowOf(view, first.referral.id), 0);
    QStringList steps;
    REQUIRE(onDialog<QDialog>([table] { pressAlt(table, Qt::Key_H); },
                              [&steps](QDialog *dialog) {
                                  auto *history = dialog->findChild<QTableWidget *>(
                                      QStringLiteral("referralHistory"));
                                  REQUIRE(history);
                                  for (int r = 0; r < history->rowCount(); ++r)
                                      steps << history->item(r, 0)->text() + QLatin1Char('/') +
                                                   history->item(r, 2)->text() + QLatin1Char('/') +
                                                   history->item(r, 4)->text();
                                  dialog->reject();
                              }));
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].startsWith(QStringLiteral("Suggested/")));
    CHECK(steps[1] == QStringLiteral("Sent/Test Midwife/"));
    CHECK(steps[2] == QStringLiteral("Declined/Test Midwife/Wants to stop on her own first"));

    // Enter on her row opens her record in the main window.
    QApplication::setActiveWindow(window);
    table->setFocus();
    table->setCurrentCell(rowOf(view, first.referral.id), 3);
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(app.window().recordView()->womanId() == first.womanId);
}

TEST_CASE("Safeguarding referrals are listed in the safeguarding queue only, said to be "
          "restricted",
          "[ui][teams][referrals]")
{
    test::AppFixture app;
    QList<Booking> bookings = demo::demoBookings(app.clock.today());
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, bookings, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, bookings, &error));
    ui::TeamWindow *window = openTeamWindow(app);
    window->tabs()->setCurrentWidget(window->referrals());
    ui::ReferralQueueView *view = window->referrals();
    QTableWidget *table = view->table();
    CHECK(view->team()->currentText() == QStringLiteral("All teams (safeguarding apart)"));
    REQUIRE(table->rowCount() > 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        table->setCurrentCell(row, 0);
        CHECK(view->current()->referral.team != QStringLiteral("safeguarding"));
    }
    // Every team of the queue is named in its own column when all are shown, and not otherwise.
    CHECK_FALSE(table->isColumnHidden(3));
    chooseIn(view->team(), QStringLiteral("safeguarding"));
    REQUIRE(table->rowCount() > 0);
    CHECK(table->isColumnHidden(3));
    for (int row = 0; row < table->rowCount(); ++row) {
        table->setCurrentCell(row, 0);
        CHECK(view->current()->referral.restricted);
    }
    CHECK(view->summary()->text().contains(QStringLiteral("restricted")));
    // Every team that takes referrals has a queue to choose.
    for (const QString &team : codes::referralTeamCodes())
        CHECK(view->team()->findData(team) >= 0);
}

namespace {

/// Three women whose named midwife is the City Continuity Team's first midwife, on Thursday
/// 26 November 2026: Asha at 15 weeks, who smokes, with a contact today and one on Monday with
/// nothing recorded and a result to act on; Bea, whose baby was born six days ago, with the
/// postnatal contacts her birth booked; and Cara, at 41+0 today, planning a home birth.
struct DayFixture
{
    test::AppFixture app;
    Booking asha = test::lowRiskBooking();
    Booking bea = test::lowRiskBooking();
    Booking cara = test::lowRiskBooking();
    Staff midwife;
    Appointment today;

    DayFixture()
    {
        asha.assessment.smoking = Smoking::Current;
        bea.woman.nhsNumber = QStringLiteral("4857773007");
        bea.woman.givenName = QStringLiteral("Bea");
        bea.woman.familyName = QStringLiteral("Hollis");
        bea.pregnancy.lmp = QDate(2026, 2, 25);
        bea.pregnancy.bookingDate = QDate(2026, 5, 5);
        cara.woman.nhsNumber = QStringLiteral("4857773015");
        cara.woman.givenName = QStringLiteral("Cara");
        cara.woman.familyName = QStringLiteral("Dunne");
        cara.pregnancy.lmp = QDate(2026, 2, 12);
        cara.pregnancy.bookingDate = QDate(2026, 4, 20);
        cara.assessment.preferredPlaceOfBirth = PlaceOfBirth::Home;
        QString error;
        // Each booked on her booking day, so her referrals were made then.
        for (Booking *b : {&asha, &bea, &cara}) {
            FixedClock bookingDay(b->pregnancy.bookingDate);
            INFO(error.toStdString());
            REQUIRE(test::book(*app.database, bookingDay, *b, &error));
        }
        REQUIRE(demo::storeDemoTeams(*app.database, app.clock, {asha, bea, cara}, &error));
        const auto team = app.clinic->staffing.teamByName(kCity);
        REQUIRE(team);
        for (const Staff &s : app.clinic->staffing.members(team->id)) {
            if (s.isMidwife() && midwife.id == 0)
                midwife = s;
        }
        for (const Booking *b : {&asha, &bea, &cara})
            test::allocateTo(app, *b, kCity, app.clock.today());
        const QDateTime now = app.clock.now();
        app.clock.set(QDateTime(QDate(2026, 11, 20), QTime(8, 0)));
        today = appointment(asha, QDate(2026, 11, 26));
        appointment(asha, QDate(2026, 11, 23));
        app.clock.set(now);
        TestResult hb;
        hb.pregnancyId = asha.pregnancy.id;
        hb.kind = QStringLiteral("fbc");
        hb.date = QDate(2026, 11, 24);
        hb.value = QStringLiteral("Hb 98 g/L");
        hb.needsAction = true;
        REQUIRE(app.clinic->results.record(hb, test::testMidwife()));
        test::recordBirth(app, bea, QDate(2026, 11, 20));
    }

    Appointment appointment(const Booking &her, const QDate &day)
    {
        Appointment a;
        a.pregnancyId = her.pregnancy.id;
        a.clinicianId = midwife.id;
        a.date = day;
        a.start = QTime(9, 30);
        a.end = QTime(10, 0);
        a.kind = AppointmentKind::AntenatalContact;
        const auto saved = app.clinic->scheduling.addAppointment(a, test::testMidwife());
        INFO(saved.message().toStdString());
        REQUIRE(saved);
        return saved.value();
    }
};

/// The row of `name` in list `section`.
QTreeWidgetItem *rowFor(QTreeWidget *tree, int section, const QString &name)
{
    QTreeWidgetItem *heading = tree->topLevelItem(section);
    REQUIRE(heading);
    for (int i = 0; i < heading->childCount(); ++i) {
        if (heading->child(i)->text(0) == name)
            return heading->child(i);
    }
    INFO(name.toStdString() << " in " << heading->text(0).toStdString());
    FAIL("not listed");
    return nullptr;
}

const QString kAsha = QStringLiteral("PATEL, Asha");
const QString kBea = QStringLiteral("HOLLIS, Bea");
const QString kCara = QStringLiteral("DUNNE, Cara");

} // namespace

TEST_CASE("A midwife's day lists each list under its count, late items in words, and Enter opens "
          "her contact or her record",
          "[ui][teams][worklist]")
{
    DayFixture f;
    test::AppFixture &app = f.app;
    ui::TeamWindow *window = openTeamWindow(app);
    QTest::keyClick(window, Qt::Key_9, Qt::AltModifier);
    REQUIRE(window->tabs()->currentWidget() == window->worklist());
    ui::WorklistView *view = window->worklist();
    // Midwives only, and today unless another day is typed.
    for (int i = 0; i < view->clinician()->count(); ++i) {
        const auto s = app.clinic->staffing.staffById(view->clinician()->itemData(i).toLongLong());
        REQUIRE(s);
        CHECK(s->isMidwife());
    }
    CHECK(view->day()->text() == QStringLiteral("26/11/2026"));
    chooseIn(view->clinician(), f.midwife.id);

    QTreeWidget *tree = view->tree();
    REQUIRE(tree->topLevelItemCount() == 7);
    const QStringList headings{QStringLiteral("Contacts due (2)"),
                               QStringLiteral("Contacts not recorded (1)"),
                               QStringLiteral("Results needing action (1)"),
                               QStringLiteral("Referrals to send (1)"),
                               QStringLiteral("Reaching 41 weeks (1)"),
                               QStringLiteral("Home births near (from 37 weeks) (1)"),
                               QStringLiteral("Blood spot samples (1)")};
    for (int i = 0; i < headings.size(); ++i)
        CHECK(tree->topLevelItem(i)->text(0) == headings[i]);
    CHECK(view->summary()->text().startsWith(
        f.midwife.name + QStringLiteral(", Thursday 26 November 2026: 8 items, 3 late.")));

    const QTreeWidgetItem *due = rowFor(tree, 0, kAsha);
    CHECK(due->text(1) == QStringLiteral("943 476 5919"));
    CHECK(due->text(3).startsWith(QStringLiteral("Antenatal contact 09:30")));
    CHECK(due->text(4) == QStringLiteral("09:30"));
    CHECK(due->text(5).isEmpty());
    CHECK(rowFor(tree, 0, kBea)->text(3).startsWith(QStringLiteral("Postnatal")));
    CHECK(rowFor(tree, 1, kAsha)->text(5) ==
          QStringLiteral("\u26A0 Late: not recorded for 3 days"));
    CHECK(rowFor(tree, 2, kAsha)->text(3).contains(QStringLiteral("Hb 98 g/L")));
    CHECK(rowFor(tree, 3, kAsha)->text(5) ==
          QStringLiteral("\u26A0 Late: not sent in 2 working days"));
    CHECK(rowFor(tree, 4, kCara)->text(5) == QStringLiteral("\u26A0 Now 41+0 or more"));
    CHECK(rowFor(tree, 5, kCara)->text(5).isEmpty());
    CHECK(rowFor(tree, 6, kBea)->text(4) == QStringLiteral("Born 20-Nov-2026"));
    CHECK(rowFor(tree, 6, kBea)->text(5).isEmpty());

    // Another day, typed: a week on, today's contact has not happened yet, so it is not one
    // with nothing recorded; the one before today still is.
    view->day()->setFocus();
    view->day()->selectAll();
    QTest::keyClicks(view->day(), QStringLiteral("03/12/2026"));
    QTest::keyClick(view->day(), Qt::Key_Return);
    CHECK(rowFor(tree, 1, kAsha)->text(4) == QStringLiteral("Booked 23-Nov-2026"));
    int ashaNotRecorded = 0;
    for (int i = 0; i < tree->topLevelItem(1)->childCount(); ++i)
        ashaNotRecorded += tree->topLevelItem(1)->child(i)->text(0) == kAsha ? 1 : 0;
    CHECK(ashaNotRecorded == 1);
    view->day()->selectAll();
    QTest::keyClicks(view->day(), QStringLiteral("26/11/2026"));
    QTest::keyClick(view->day(), Qt::Key_Return);

    // Enter on her contact opens her record at the contact page, that appointment's.
    tree->setFocus();
    tree->setCurrentItem(rowFor(tree, 0, kAsha));
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK(app.window().recordView()->womanId() == f.asha.woman.id);
    CHECK(qobject_cast<ui::ContactPage *>(app.window().recordView()->pages()->currentWidget()));
    // Enter on another item opens her record.
    QApplication::setActiveWindow(window);
    tree->setFocus();
    tree->setCurrentItem(rowFor(tree, 4, kCara));
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK(app.window().recordView()->womanId() == f.cara.woman.id);
}

TEST_CASE("A midwife's day prints as a confidential list with her name on every page, from "
          "Ctrl+P or as PDF",
          "[ui][teams][worklist]")
{
    DayFixture f;
    test::AppFixture &app = f.app;
    ui::TeamWindow *window = openTeamWindow(app);
    window->tabs()->setCurrentWidget(window->worklist());
    ui::WorklistView *view = window->worklist();
    chooseIn(view->clinician(), f.midwife.id);
    const QString pdf = app.scratch.file(QStringLiteral("day.pdf"));
    QString error;
    REQUIRE(view->savePdf(pdf, &error));
    const QStringList pages = test::pdfPages(pdf);
    REQUIRE_FALSE(pages.isEmpty());
    for (const QString &page : pages) {
        CHECK(page.contains(QStringLiteral("CONFIDENTIAL")));
        CHECK(page.contains(f.midwife.name));
        CHECK(page.contains(QStringLiteral("Thursday 26 November 2026")));
    }
    const QString all = pages.join(QLatin1Char(' ')).simplified();
    CHECK(all.contains(QStringLiteral("Contacts due (2)")));
    CHECK(all.contains(QStringLiteral("PATEL, Asha")));
    CHECK(all.contains(QStringLiteral("943 476 5919")));

    // Ctrl+P while the day is in front: the print preview of the same pages.
    int previewPages = 0;
    view->tree()->setFocus();
    REQUIRE(onDialog<QPrintPreviewDialog>(
        [view] { QTest::keySequence(view->tree(), QKeySequence::Print); },
        [&previewPages](QPrintPreviewDialog *dialog) {
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                previewPages = preview->pageCount();
            dialog->reject();
        }));
    CHECK(previewPages == pages.size());
}
