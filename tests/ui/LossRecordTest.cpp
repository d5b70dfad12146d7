// SPDX-License-Identifier: MIT
// Her record after a pregnancy loss, typed with the keyboard as a midwife would: the loss
// recorded from the Woman menu after saying what follows, a date after today refused beside
// its field with nothing typed lost; then the banner on every page, her appointment from that
// day cancelled, her care plan closed with the reason, no antenatal contacts, the postnatal
// additions after a stillbirth; a record entered in error gone from the search; and a referral
// moved on from her record.
#include "UiTestSupport.h"

#include "clinical/BookingFacts.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "demo/DemoTeams.h"
#include "loss/EnteredInErrorDialog.h"
#include "loss/LossActions.h"
#include "loss/LossDialog.h"
#include "loss/SignpostingPrinting.h"
#include "record/WomanRecordView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <functional>

using namespace bb;

namespace {

// test::lowRiskBooking() has LMP 10-Aug-2026: on the fixture's 26-Nov-2026 she is 15+3.
const QDate kLossDay(2026, 11, 24);

/// Her booked with the demonstration teams; an antenatal contact booked on 20-Nov-2026 (before
/// the loss, not yet marked) and one on 3-Dec-2026 (after it). Their ids, in that order.
QList<qint64> bookHer(test::AppFixture &app, Booking &her)
{
    her = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, her, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, {her}, &error));
    QList<qint64> ids;
    for (const QDate &day : {QDate(2026, 11, 20), QDate(2026, 12, 3)}) {
        Appointment a;
        a.pregnancyId = her.pregnancy.id;
        a.clinicianId = app.clinic->staffing.staff().front().id;
        a.date = day;
        a.start = QTime(15, 0);
        a.end = QTime(15, 30);
        a.kind = AppointmentKind::AntenatalContact;
        const auto added = app.clinic->scheduling.addAppointment(a, test::testMidwife());
        INFO(added.message().toStdString());
        REQUIRE(added);
        ids << added->id;
    }
    return ids;
}

void openHer(test::AppFixture &app)
{
    QApplication::setActiveWindow(&app.window());
    app.press(QKeySequence::Find);
    auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("patel"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(app.window().recordView()->isVisible());
}

/// Alt+letter, as a midwife reaches a field or presses a button without the mouse.
void alt(Qt::Key letter)
{
    QTest::keyClick(QApplication::focusWidget(), letter, Qt::AltModifier);
}

/// Alt+letter on a button, which shows itself pressed and clicks a moment later.
void press(Qt::Key letter)
{
    alt(letter);
    QTest::qWait(250);
}

/// Opens the Woman menu with Alt+W and picks the item of `letter`; `inDialog` runs in the
/// dialog it opens, which is made the active window first.
template <typename Dialog>
void fromWomanMenu(test::AppFixture &app, Qt::Key letter,
                   const std::function<void(Dialog &)> &inDialog)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr || seen)
            return;
        seen = true;
        poll.stop();
        QApplication::setActiveWindow(dialog);
        inDialog(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    QApplication::setActiveWindow(&app.window());
    alt(Qt::Key_W);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    REQUIRE(menu);
    QTest::keyClick(menu, letter);
    CHECK(QTest::qWaitFor([&] { return seen; }, 3000));
    poll.stop();
    QApplication::setActiveWindow(&app.window());
}

QLabel *banner(test::AppFixture &app)
{
    return app.find<QLabel>(QStringLiteral("lossBanner"));
}

void recordLoss(test::AppFixture &app, const Booking &her, LossKind kind, const QDate &day)
{
    PregnancyLoss loss;
    loss.pregnancyId = her.pregnancy.id;
    loss.kind = kind;
    loss.date = day;
    const auto recorded = app.clinic->losses.record(loss, test::testMidwife());
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);
}

} // namespace

TEST_CASE("Pregnancy loss: a miscarriage recorded by keyboard from the Woman menu cancels her "
          "appointment from that day and flags every page of her record",
          "[ui][loss]")
{
    test::AppFixture app;
    Booking her;
    const QList<qint64> appointments = bookHer(app, her);
    openHer(app);
    auto *actions = app.window().lossActions();
    CHECK_FALSE(banner(app)->isVisible());

    fromWomanMenu<ui::LossDialog>(app, Qt::Key_L, [&](ui::LossDialog &dialog) {
        // A date after today is refused beside the date, and nothing typed is lost.
        alt(Qt::Key_K);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home); // miscarriage, the first
        alt(Qt::Key_D);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("30/11/2026"));
        alt(Qt::Key_N);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Seen at the EPAU."));
        press(Qt::Key_R);
        auto *dateProblem = dialog.findChild<QLabel *>(QStringLiteral("message:date"));
        REQUIRE(dateProblem);
        CHECK(dateProblem->isVisible());
        CHECK(dateProblem->text().contains(QStringLiteral("after today")));
        CHECK(app.confirmAskedAbout.isEmpty()); // nothing asked of what cannot be recorded
        CHECK(dialog.findChild<QPlainTextEdit *>(QStringLiteral("lossNotes"))->toPlainText() ==
              QStringLiteral("Seen at the EPAU."));
        CHECK_FALSE(app.clinic->losses.lossOf(her.pregnancy.id).value());

        // The day put right: asked first, saying what follows, then recorded.
        alt(Qt::Key_D);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("24/11/2026"));
        press(Qt::Key_R);
        REQUIRE(app.confirmAskedAbout.size() == 1);
        const QString asked = app.confirmAskedAbout.front();
        INFO(asked.toStdString());
        CHECK(asked.contains(QStringLiteral(
            "Record the loss of this pregnancy of PATEL, Asha: miscarriage on Tue 24-Nov-2026?")));
        CHECK(asked.contains(QStringLiteral("Her appointment booked from Tue 24-Nov-2026 on is "
                                            "cancelled with the reason \"pregnancy loss\": Thu "
                                            "03-Dec-2026 antenatal contact.")));
        CHECK(asked.contains(QStringLiteral("Routine referrals not yet sent end")));
        CHECK(asked.contains(
            QStringLiteral("Referrals made: Bereavement midwives; Her GP; Her health visitor.")));
        REQUIRE(dialog.recorded());
        auto *done = dialog.findChild<QLabel *>(QStringLiteral("lossDone"));
        CHECK(done->isVisible());
        CHECK(done->text().contains(QStringLiteral("Cancelled: Thu 03-Dec-2026")));
        // Her sheet is offered at once, the focus on it.
        CHECK(QApplication::focusWidget() ==
              dialog.findChild<QPushButton *>(QStringLiteral("printSignposting")));
        press(Qt::Key_C);
        CHECK_FALSE(dialog.isVisible());
    });

    const auto loss = app.clinic->losses.lossOf(her.pregnancy.id).value();
    REQUIRE(loss);
    CHECK(loss->loss.kind == LossKind::Miscarriage);
    CHECK(loss->loss.date == kLossDay);
    CHECK(loss->loss.notes == QStringLiteral("Seen at the EPAU."));
    // The appointment from the day of the loss is cancelled with the reason; the one before stays.
    const auto after = app.clinic->scheduling.appointment(appointments[1]);
    REQUIRE(after);
    CHECK(after->status == AppointmentStatus::Cancelled);
    CHECK(after->reason == QStringLiteral("pregnancy loss"));
    CHECK(app.clinic->scheduling.appointment(appointments[0])->status == AppointmentStatus::Booked);

    // The banner names the loss and its day on every page; her header does not say it twice.
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        INFO("record page " << pages->tabText(i).toStdString());
        CHECK(banner(app)->isVisible());
    }
    CHECK(banner(app)->text().contains(QStringLiteral("Miscarriage on 24-Nov-2026")));
    CHECK(banner(app)->text().contains(QStringLiteral("bereavement care")));
    CHECK_FALSE(
        app.find<QLabel>(QStringLiteral("recordFlags"))->text().contains(QStringLiteral("Loss")));
    CHECK(app.find<QComboBox>(QStringLiteral("pregnancyChooser"))
              ->currentText()
              .startsWith(QStringLiteral("Miscarriage")));
    // Recorded once: the menu now offers her sheet instead.
    actions->update(true);
    CHECK_FALSE(actions->recordLossAction()->isEnabled());
    CHECK(actions->printSignpostingAction()->isEnabled());
}

TEST_CASE("Pregnancy loss: her care plan page makes no new version and refuses to print the "
          "routine plan, saying why, and her antenatal page has no contacts after it",
          "[ui][loss]")
{
    test::AppFixture app;
    Booking her;
    bookHer(app, her);
    const int versions = int(app.clinic->carePlans.versions(her.pregnancy.id).value().size());
    REQUIRE(versions == 1);
    recordLoss(app, her, LossKind::Ectopic, kLossDay);
    openHer(app);

    alt(Qt::Key_3);
    auto *closed = app.find<QLabel>(QStringLiteral("carePlanAfterLoss"));
    CHECK(closed->isVisible());
    CHECK(closed->text().startsWith(QStringLiteral("After the loss of this pregnancy (ectopic "
                                                   "pregnancy, 24-Nov-2026) no new version of "
                                                   "her routine plan is made")));
    CHECK(closed->text().contains(QStringLiteral("kept below, for the record")));
    CHECK_FALSE(app.find<QPushButton>(QStringLiteral("printPreviewButton"))->isEnabled());
    CHECK_FALSE(app.find<QPushButton>(QStringLiteral("savePdfButton"))->isEnabled());
    for (QComboBox *decision : app.window().recordView()->findChildren<QComboBox *>()) {
        if (decision->objectName().startsWith(QStringLiteral("decision:")))
            CHECK_FALSE(decision->isEnabled());
    }

    // Ctrl+S and Ctrl+P on the page say why, and nothing is saved.
    app.press(QKeySequence::Save);
    auto *message = app.find<QLabel>(QStringLiteral("carePlanMessage"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Nothing saved: after the loss")));
    app.press(QKeySequence::Print);
    CHECK(message->text().contains(QStringLiteral("Not printed: after the loss")));
    CHECK(app.clinic->carePlans.versions(her.pregnancy.id).value().size() == versions);

    alt(Qt::Key_4);
    auto *contacts = app.find<QLabel>(QStringLiteral("contactsAfterLoss"));
    CHECK(contacts->isVisible());
    CHECK(
        contacts->text().contains(QStringLiteral("there are no antenatal contacts after a loss")));
}

TEST_CASE("Pregnancy loss: after a stillbirth her postnatal page shows what her care adds, each "
          "with its source",
          "[ui][loss]")
{
    test::AppFixture app;
    Booking her;
    bookHer(app, her);
    // The National Bereavement Care Pathway: a baby born dead at 24+0 or later is a stillbirth.
    // Her LMP 10-Aug-2026: 31+0 on 8-Mar-2027. Her rhesus D status is not recorded.
    const QDate born(2027, 3, 8);
    app.clock.set(QDateTime(born.addDays(1), QTime(10, 0)));
    Birth birth;
    birth.pregnancyId = her.pregnancy.id;
    birth.date = born;
    birth.attendants = {app.clinic->staffing.staff().front().id};
    Baby baby;
    baby.outcome = BabyOutcome::Stillbirth;
    baby.weightGrams = 1600;
    birth.babies = {baby};
    const auto recorded = app.clinic->births.record(birth, test::testMidwife());
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);
    recordLoss(app, her, LossKind::Stillbirth, born);
    openHer(app);

    alt(Qt::Key_8);
    auto *after = app.find<QLabel>(QStringLiteral("postnatalAfterLoss"));
    CHECK(after->isVisible());
    CHECK(after->text().contains(QStringLiteral("her postnatal care continues")));
    CHECK(after->text().contains(
        QStringLiteral("Talk with her about her milk coming in and how to suppress it")));
    CHECK(after->text().contains(
        QStringLiteral("Check her blood group: anti-D if she is rhesus D negative")));
    CHECK(after->text().contains(QStringLiteral("National Bereavement Care Pathway")));
    CHECK(banner(app)->text().contains(QStringLiteral("her postnatal care continues")));
}

TEST_CASE("Pregnancy loss: her bereavement support sheet prints from the Woman menu, and as a "
          "PDF with her name and NHS number on every page",
          "[ui][loss][signposting]")
{
    test::AppFixture app;
    Booking her;
    bookHer(app, her);
    openHer(app);
    auto *actions = app.window().lossActions();
    actions->update(true);
    CHECK_FALSE(actions->printSignpostingAction()->isEnabled()); // no loss yet
    recordLoss(app, her, LossKind::Miscarriage, kLossDay);
    app.window().recordView()->refresh();

    int pages = 0;
    fromWomanMenu<QPrintPreviewDialog>(app, Qt::Key_B, [&](QPrintPreviewDialog &dialog) {
        if (auto *preview = dialog.findChild<QPrintPreviewWidget *>())
            pages = preview->pageCount();
    });
    CHECK(pages >= 1);

    const QString pdf = app.scratch.file(QStringLiteral("support.pdf"));
    QString error;
    REQUIRE(ui::writeSignpostingPdf(*app.context, her.pregnancy.id, pdf, &error));
    const QStringList printed = test::pdfPages(pdf);
    REQUIRE_FALSE(printed.isEmpty());
    for (const QString &page : printed) {
        CHECK(page.contains(QStringLiteral("943 476 5919")));
        CHECK(page.contains(QStringLiteral("Patel"), Qt::CaseInsensitive));
    }
    CHECK(printed.join(QLatin1Char(' ')).contains(QStringLiteral("Miscarriage Association")));
}

TEST_CASE("Entered in error: her whole record marked from the Woman menu leaves her record and "
          "hides her from the search, a reason required first",
          "[ui][loss]")
{
    test::AppFixture app;
    Booking her;
    const QList<qint64> appointments = bookHer(app, her);
    openHer(app);
    auto *results = app.find<QTableView>(QStringLiteral("searchResults"));
    REQUIRE(results->model()->rowCount() == 1);

    fromWomanMenu<ui::EnteredInErrorDialog>(app, Qt::Key_E, [&](ui::EnteredInErrorDialog &dialog) {
        // The pregnancy shown is chosen first; her whole record is one Alt+letter away.
        CHECK(dialog.findChild<QRadioButton *>(QStringLiteral("errorPregnancy"))->isChecked());
        press(Qt::Key_W);
        CHECK(dialog.findChild<QRadioButton *>(QStringLiteral("errorWoman"))->isChecked());
        press(Qt::Key_M);
        auto *reasonProblem = dialog.findChild<QLabel *>(QStringLiteral("message:reason"));
        REQUIRE(reasonProblem);
        CHECK(reasonProblem->isVisible());
        CHECK(app.confirmAskedAbout.isEmpty());
        alt(Qt::Key_R);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Registered twice"));
        press(Qt::Key_M);
        CHECK(dialog.marked() == ui::EnteredInErrorDialog::Marked::Woman);
    });

    REQUIRE(app.confirmAskedAbout.size() == 1);
    INFO(app.confirmAskedAbout.front().toStdString());
    CHECK(app.confirmAskedAbout.front().contains(QStringLiteral("She is listed nowhere")));
    CHECK(app.confirmAskedAbout.front().contains(
        QStringLiteral("Her 2 appointments still booked are cancelled")));
    CHECK_FALSE(app.window().recordView()->isVisible());
    CHECK(app.find<QLabel>(QStringLiteral("nobodyOpen"))->isVisible());
    CHECK(app.clinic->scheduling.appointment(appointments[1])->reason ==
          QStringLiteral("entered in error"));
    // Kept for the record, listed nowhere: the search no longer finds her.
    CHECK(app.clinic->women.byId(her.woman.id));
    app.press(QKeySequence::Find);
    auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("patel"));
    CHECK(results->model()->rowCount() == 0);
}

TEST_CASE("Referrals: one moved to sent from her record by keyboard, a decline without a reason "
          "refused beside the note",
          "[ui][loss][referrals]")
{
    test::AppFixture app;
    Booking her;
    bookHer(app, her);
    recordLoss(app, her, LossKind::Miscarriage, kLossDay);
    openHer(app);
    alt(Qt::Key_6);
    auto *table = app.find<QTableWidget>(QStringLiteral("referralsTable"));
    const QList<Referral> made = app.clinic->referrals.forPregnancy(her.pregnancy.id, true).value();
    REQUIRE(table->rowCount() == made.size());
    REQUIRE(made.size() >= 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Bereavement midwives"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Pregnancy loss"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Suggested"));

    // Declined with no reason: refused beside the note, nothing changed.
    alt(Qt::Key_F);
    CHECK(QApplication::focusWidget() == table);
    alt(Qt::Key_V);
    auto *status = app.find<QComboBox>(QStringLiteral("referralStatus"));
    CHECK(status->currentText() == QStringLiteral("Sent")); // where it goes next
    status->setCurrentIndex(status->findData(QStringLiteral("declined")));
    press(Qt::Key_R);
    CHECK(app.find<QLabel>(QStringLiteral("message:note"))->isVisible());
    CHECK(app.clinic->referrals.forPregnancy(her.pregnancy.id, true).value().front().status ==
          ReferralStatus::Suggested);

    // Sent today.
    alt(Qt::Key_V);
    status->setCurrentIndex(status->findData(QStringLiteral("sent")));
    alt(Qt::Key_N);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Emailed the team"));
    // Typed here, it waits for its own button: leaving her record asks nothing about it.
    CHECK_FALSE(app.window().recordView()->hasUnsavedChanges());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter records, as the button
    const Referral sent =
        app.clinic->referrals.forPregnancy(her.pregnancy.id, true).value().front();
    CHECK(sent.status == ReferralStatus::Sent);
    CHECK(sent.sentOn == app.clock.today());
    CHECK(sent.updatedBy == QStringLiteral("Test Midwife"));
    CHECK(sent.note == QStringLiteral("Emailed the team"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Sent"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("26-Nov-2026"));
    CHECK(app.find<QLabel>(QStringLiteral("referralHistory"))
              ->text()
              .contains(QStringLiteral("Sent on 26-Nov-2026 by Test Midwife: Emailed the team")));
    CHECK(QApplication::focusWidget() == table);
}

TEST_CASE("Screenshots of her record after a loss: the dialog, the banner on her pages, her "
          "referrals and her postnatal care after a stillbirth",
          "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    const QStringList size = qEnvironmentVariable("BB_SCREENSHOT_SIZE", QStringLiteral("1600x1000"))
                                 .split(QLatin1Char('x'));
    REQUIRE(size.size() == 2);
    test::AppFixture app;
    QList<Booking> demo = demo::demoBookings(app.clock.today());
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, demo, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, demo, &error));
    REQUIRE(demo::storeDemoHistory(*app.database, app.clock, &error));
    app.window().resize(size[0].toInt(), size[1].toInt());
    const auto save = [&](QWidget *window, const QString &name) {
        QApplication::processEvents();
        REQUIRE(window->grab().save(dir + QLatin1Char('/') + name));
    };
    // The questions as the app asks them, shot and answered as she would.
    ui::useMessageBoxes(*app.context);
    int asked = 0;
    QPointer<QMessageBox> answered;
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box == nullptr || box == answered)
            return;
        answered = box; // grabbing it runs the event loop, and this again
        save(box, QStringLiteral("loss-%1-asked.png").arg(++asked == 1 ? 2 : 8));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                return button->click();
        }
    });
    answer.start();

    // A woman early in her pregnancy, with appointments to come, miscarries two days ago.
    const Booking *early = nullptr;
    const Booking *late = nullptr;
    for (const Booking &b : demo) {
        const auto facts = clinical::bookingFacts(b);
        const auto *f = std::get_if<clinical::BookingFacts>(&facts);
        if (f == nullptr || b.pregnancy.fetuses != 1)
            continue;
        const Gestation now = clinical::gestationOn(f->edd, app.clock.today());
        if (early == nullptr && now < Gestation::fromWeeks(14))
            early = &b;
        if (late == nullptr && now >= Gestation::fromWeeks(30))
            late = &b;
    }
    REQUIRE((early && late));
    const auto open = [&](const Booking &her) {
        QApplication::setActiveWindow(&app.window());
        app.press(QKeySequence::Find);
        auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
        search->selectAll();
        QTest::keyClicks(search, her.woman.nhsNumber);
        QTest::keyClick(search, Qt::Key_Return);
    };
    open(*early);
    fromWomanMenu<ui::LossDialog>(app, Qt::Key_L, [&](ui::LossDialog &dialog) {
        alt(Qt::Key_D);
        QTest::keyClicks(QApplication::focusWidget(),
                         app.clock.today().addDays(-2).toString(QStringLiteral("dd/MM/yyyy")));
        alt(Qt::Key_N);
        QTest::keyClicks(QApplication::focusWidget(),
                         QStringLiteral("Confirmed at the early pregnancy unit. She asked for "
                                        "a home visit next week."));
        save(&dialog, QStringLiteral("loss-1-dialog.png"));
        press(Qt::Key_R);
        QApplication::setActiveWindow(&dialog); // the question had it
        save(&dialog, QStringLiteral("loss-3-recorded.png"));
        press(Qt::Key_C);
    });
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    pages->setCurrentIndex(1);
    save(&app.window(), QStringLiteral("loss-4-booking.png"));
    pages->setCurrentIndex(2);
    save(&app.window(), QStringLiteral("loss-5-careplan.png"));
    pages->setCurrentIndex(3);
    save(&app.window(), QStringLiteral("loss-6-antenatal.png"));
    // Her referrals: the bereavement midwives' sent today.
    alt(Qt::Key_6);
    alt(Qt::Key_F);
    alt(Qt::Key_N);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Phoned and emailed"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    save(&app.window(), QStringLiteral("loss-7-timeline-referrals.png"));

    // A stillbirth at 30 weeks or more: her baby's birth, then the loss; postnatal care goes on.
    const QDate born = app.clock.today().addDays(-1);
    Birth birth;
    birth.pregnancyId = late->pregnancy.id;
    birth.date = born;
    birth.time = QTime(6, 10);
    birth.bloodLossMl = 350;
    birth.attendants = {app.clinic->staffing.staff().front().id};
    Baby baby;
    baby.outcome = BabyOutcome::Stillbirth;
    baby.sex = BabySex::Male;
    baby.weightGrams = 1820;
    birth.babies = {baby};
    const auto recorded = app.clinic->births.record(birth, test::testMidwife());
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);
    open(*late);
    fromWomanMenu<ui::LossDialog>(app, Qt::Key_L, [&](ui::LossDialog &dialog) {
        alt(Qt::Key_K);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up); // stillbirth
        alt(Qt::Key_D);
        QTest::keyClicks(QApplication::focusWidget(), born.toString(QStringLiteral("dd/MM/yyyy")));
        press(Qt::Key_R);
        QApplication::setActiveWindow(&dialog);
        press(Qt::Key_C);
    });
    REQUIRE(app.clinic->losses.lossOf(late->pregnancy.id).value());
    alt(Qt::Key_8);
    save(&app.window(), QStringLiteral("loss-9-postnatal-after-stillbirth.png"));

    // Entered in error: the dialog as it opens.
    QTimer shoot;
    shoot.setSingleShot(true);
    QObject::connect(&shoot, &QTimer::timeout, [&] {
        if (auto *dialog =
                qobject_cast<ui::EnteredInErrorDialog *>(QApplication::activeModalWidget())) {
            save(dialog, QStringLiteral("loss-10-entered-in-error.png"));
            dialog->reject();
        }
    });
    shoot.start(100);
    app.window().lossActions()->markEnteredInError();
    answer.stop();
}
