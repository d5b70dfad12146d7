// SPDX-License-Identifier: MIT
// Babies and discharge, typed with the keyboard: a twin moved to the neonatal unit and listed
// where she is; a move or a discharge with something wrong refused beside the field, keeping
// what was typed; her discharge with her Friends and Family Test answer stored apart from her
// record, the page then showing it and printing the handover and her summary.
#include "AfterBirthData.h"
#include "UiTestSupport.h"

#include "care/FeedbackSummary.h"
#include "demo/DemoTeams.h"
#include "discharge/DischargePage.h"
#include "record/WomanRecordView.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

using namespace bb;

namespace {

// test::lowRiskBooking() is booked 12-Oct-2026 with LMP 10-Aug-2026: 39+0 on 10-May-2027.
const QDate kBirthDay(2027, 5, 10);
const QString kCity = QStringLiteral("City Continuity Team");

/// Her booked, with the demonstration teams, on the day after the birth.
Booking bookHer(test::AppFixture &app)
{
    Booking her = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, her, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, {her}, &error));
    app.clock.set(QDateTime(kBirthDay.addDays(1), QTime(11, 0)));
    return her;
}

/// Her twins born alive on the birth day; their ids in birth order.
QList<qint64> recordTwins(test::AppFixture &app, const Booking &her)
{
    Birth birth;
    birth.pregnancyId = her.pregnancy.id;
    birth.date = kBirthDay;
    birth.time = QTime(3, 40);
    birth.bloodLossMl = 450;
    birth.attendants = {app.clinic->staffing.staff().front().id};
    for (const BabySex sex : {BabySex::Female, BabySex::Male}) {
        Baby baby;
        baby.order = int(birth.babies.size()) + 1;
        baby.sex = sex;
        baby.weightGrams = 2450;
        baby.apgar1 = 8;
        baby.apgar5 = 9;
        birth.babies << baby;
    }
    const auto recorded = app.clinic->births.record(birth, test::testMidwife());
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);
    return {recorded->record.birth.babies[0].id, recorded->record.birth.babies[1].id};
}

/// Her record opened from the search, on the babies and discharge page (Alt+9).
void openPage(test::AppFixture &app)
{
    app.press(QKeySequence::Find);
    auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("patel"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_9, Qt::AltModifier);
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    REQUIRE(pages->tabText(pages->currentIndex()).contains(QStringLiteral("Discharge")));
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
    QTest::qWait(200);
}

void down(int steps)
{
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
}

/// Opens a print preview with `open`, checks it shows pages, and closes it as a person would.
void checkPreview(test::AppFixture &app, const std::function<void()> &open)
{
    bool previewed = false;
    int pages = 0;
    // A button pressed with its Alt+letter clicks a moment later: wait for the dialog.
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        poll.stop();
        previewed = true;
        QApplication::setActiveWindow(dialog);
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            pages = preview->pageCount();
        dialog->reject();
    });
    poll.start();
    open();
    CHECK(QTest::qWaitFor([&] { return previewed; }, 2000));
    poll.stop();
    QApplication::setActiveWindow(&app.window());
    CHECK(previewed);
    CHECK(pages >= 1);
}

} // namespace

TEST_CASE("Babies and discharge: a twin moved to the neonatal unit with the keyboard is listed "
          "where she is and a unit not chosen is refused beside its field",
          "[ui][discharge]")
{
    test::AppFixture app;
    const Booking her = bookHer(app);
    const QList<qint64> twins = recordTwins(app, her);
    openPage(app);
    auto *now = app.find<QLabel>(QStringLiteral("babiesNow"));
    CHECK(now->text().contains(QStringLiteral("Baby 1 (girl): with her mother since the birth")));
    CHECK(now->text().contains(QStringLiteral("Baby 2 (boy): with her mother since the birth")));
    CHECK(app.find<QComboBox>(QStringLiteral("moveBaby"))->isVisible()); // twins: choose which

    // Baby 2 to the neonatal unit, the unit left unchosen: refused beside it, nothing lost.
    alt(Qt::Key_B);
    down(1);
    alt(Qt::Key_C);
    down(3); // choose where, with her mother, transitional care, neonatal unit
    CHECK(app.find<QComboBox>(QStringLiteral("moveUnit"))->isEnabled());
    alt(Qt::Key_R);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Grunting, for CPAP"));
    press(Qt::Key_M);
    CHECK(app.find<QLabel>(QStringLiteral("message:unit"))->isVisible());
    CHECK(app.clinic->discharges.movesOf(her.pregnancy.id).value().isEmpty());
    CHECK(app.find<QLineEdit>(QStringLiteral("moveReason"))->text() ==
          QStringLiteral("Grunting, for CPAP"));
    CHECK(app.window().recordView()->hasUnsavedChanges());

    // A day that is not a date is refused beside it too.
    alt(Qt::Key_F);
    auto *from = app.find<QLineEdit>(QStringLiteral("moveFrom"));
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("31/02/2027"));
    alt(Qt::Key_U);
    down(1); // the first neonatal unit in the directory
    press(Qt::Key_M);
    CHECK(app.find<QLabel>(QStringLiteral("message:from"))->isVisible());
    CHECK_FALSE(app.find<QLabel>(QStringLiteral("message:unit"))->isVisible());
    CHECK(app.clinic->discharges.movesOf(her.pregnancy.id).value().isEmpty());

    from->setFocus();
    from->selectAll();
    QTest::keyClicks(from, kBirthDay.toString(QStringLiteral("dd/MM/yyyy")));
    QTest::keyClick(from, Qt::Key_Return); // Enter records the move, as the button does
    const QList<BabyCareMove> moves = app.clinic->discharges.movesOf(her.pregnancy.id).value();
    REQUIRE(moves.size() == 1);
    const QString unit = test::unitFor(app, BabyCareLocation::NeonatalUnit);
    CHECK(moves[0].babyId == twins[1]);
    CHECK(moves[0].location == BabyCareLocation::NeonatalUnit);
    CHECK(moves[0].unit == unit);
    CHECK(moves[0].from == kBirthDay);
    CHECK(moves[0].reason == QStringLiteral("Grunting, for CPAP"));
    CHECK(now->text().contains(
        QStringLiteral("Baby 2 (boy): in the neonatal unit, %1 since Mon 10 May 2027").arg(unit)));
    CHECK(now->text().contains(QStringLiteral("Baby 1 (girl): with her mother since the birth")));
    auto *list = app.find<QTableWidget>(QStringLiteral("babyMoves"));
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 0)->text() == QStringLiteral("Baby 2 (boy)"));
    CHECK(list->item(0, 3)->text() == unit);
    // The form is ready for the next move, and nothing is left unsaved.
    CHECK(app.find<QLineEdit>(QStringLiteral("moveReason"))->text().isEmpty());
    CHECK_FALSE(app.window().recordView()->hasUnsavedChanges());
}

TEST_CASE("Babies and discharge: what is typed survives a closed window with the unit chosen "
          "for where she is cared for",
          "[ui][discharge][drafts]")
{
    test::AppFixture app;
    const Booking her = bookHer(app);
    recordTwins(app, her);
    openPage(app);
    alt(Qt::Key_C);
    down(2); // transitional care
    alt(Qt::Key_U);
    down(1);
    const QString unit = app.find<QComboBox>(QStringLiteral("moveUnit"))->currentText();
    CHECK(unit == test::unitFor(app, BabyCareLocation::TransitionalCare));
    app.typeInto(QStringLiteral("dischargeHealthVisitor"), QStringLiteral("Belgrave team"));

    app.restart();
    openPage(app);
    CHECK(app.draftOffers == 1);
    CHECK(app.find<QComboBox>(QStringLiteral("moveLocation"))->currentText() ==
          QStringLiteral("Transitional care"));
    CHECK(app.find<QComboBox>(QStringLiteral("moveUnit"))->currentText() == unit);
    CHECK(app.find<QLineEdit>(QStringLiteral("dischargeHealthVisitor"))->text() ==
          QStringLiteral("Belgrave team"));
}

TEST_CASE("Babies and discharge: a discharge typed with the keyboard is recorded with her "
          "feedback kept apart and the page then shows it and prints both documents",
          "[ui][discharge]")
{
    test::AppFixture app;
    const Booking her = bookHer(app);
    test::allocateTo(app, her, kCity, her.pregnancy.bookingDate);
    const QList<qint64> twins = recordTwins(app, her);
    openPage(app);
    CHECK(app.find<QLineEdit>(QStringLiteral("dischargeDate"))->text() ==
          app.clock.today().toString(QStringLiteral("dd/MM/yyyy")));

    // Ctrl+S never discharges her, typed or not: it says how, and keeps what was typed.
    alt(Qt::Key_V);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Belgrave health visiting team"));
    app.press(QKeySequence::Save);
    CHECK_FALSE(app.clinic->discharges.dischargeOf(her.pregnancy.id).value());
    CHECK(app.find<QLabel>(QStringLiteral("dischargeMessage"))
              ->text()
              .contains(QStringLiteral("Discharge her (Alt+H)")));
    CHECK(app.confirmAskedAbout.isEmpty());

    // Discharge her asks first; "Not now" discharges nobody.
    app.answerConfirm = false;
    press(Qt::Key_H);
    REQUIRE(app.confirmAskedAbout.size() == 1);
    CHECK(app.confirmAskedAbout.front().contains(QStringLiteral("Discharge")));
    CHECK_FALSE(app.clinic->discharges.dischargeOf(her.pregnancy.id).value());
    app.answerConfirm = true;

    // A baby's NHS number that is not one, and her words with no answer: refused beside each.
    alt(Qt::Key_N);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("401 023 2138"));
    app.typeInto(QStringLiteral("dischargeBaby2NhsNumber"), QStringLiteral("4857773457"));
    alt(Qt::Key_S);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Baby 2 home from NNU on day 3"));
    alt(Qt::Key_O);
    QTest::keyClicks(QApplication::focusWidget(),
                     QStringLiteral("Asha Patel says: the midwives were kind, call 07700900123"));
    press(Qt::Key_H);
    CHECK(app.find<QLabel>(QStringLiteral("message:feedback.comment"))->isVisible());
    CHECK_FALSE(app.clinic->discharges.dischargeOf(her.pregnancy.id).value());

    alt(Qt::Key_A);
    down(1); // very good
    press(Qt::Key_H);
    CHECK(app.find<QLabel>(QStringLiteral("message:babies.1.nhs_number"))->isVisible());
    CHECK_FALSE(app.find<QLabel>(QStringLiteral("message:feedback.comment"))->isVisible());
    CHECK_FALSE(app.clinic->discharges.dischargeOf(her.pregnancy.id).value());
    CHECK(app.find<QLineEdit>(QStringLiteral("dischargeHealthVisitor"))->text() ==
          QStringLiteral("Belgrave health visiting team"));

    auto *first = app.find<QLineEdit>(QStringLiteral("dischargeBaby1NhsNumber"));
    CHECK(QApplication::focusWidget() == first); // the first problem has the focus
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("401 023 2137"));
    press(Qt::Key_H);

    const auto discharged = app.clinic->discharges.dischargeOf(her.pregnancy.id).value();
    REQUIRE(discharged);
    CHECK(discharged->discharge.date == app.clock.today());
    CHECK(discharged->discharge.healthVisitor == QStringLiteral("Belgrave health visiting team"));
    CHECK(discharged->discharge.handoverNotes == QStringLiteral("Baby 2 home from NNU on day 3"));
    CHECK(discharged->recordedBy == QStringLiteral("Test Midwife"));
    const Birth birth = app.clinic->births.birthOf(her.pregnancy.id).value()->birth;
    CHECK(birth.babies[0].nhsNumber == QStringLiteral("4010232137"));
    CHECK(birth.babies[1].nhsNumber == QStringLiteral("4857773457"));

    // Her answer and words are with her team, without her name or numbers.
    const auto summary =
        app.clinic->discharges.feedback(kCity, app.clock.today().addDays(-1), app.clock.today());
    INFO(summary.message().toStdString());
    REQUIRE(summary);
    CHECK(summary->responses() == 1);
    const care::MonthOfFeedback &month = summary->months.back();
    CHECK(month.answers[0] == 1); // very good
    REQUIRE(month.comments.size() == 1);
    CHECK(month.comments[0].contains(QStringLiteral("the midwives were kind")));
    CHECK_FALSE(month.comments[0].contains(QStringLiteral("Patel")));
    CHECK_FALSE(month.comments[0].contains(QStringLiteral("07700900123")));

    // The page shows the discharge as recorded, and nothing unsaved.
    CHECK_FALSE(app.find<QWidget>(QStringLiteral("dischargeButton"))->isVisible());
    auto *recorded = app.find<QLabel>(QStringLiteral("dischargeRecorded"));
    CHECK(recorded->isVisible());
    CHECK(recorded->text().contains(QStringLiteral("to Belgrave health visiting team")));
    CHECK(recorded->text().contains(QStringLiteral("Baby 1 (girl): NHS number 401 023 2137")));
    CHECK(app.find<QLabel>(QStringLiteral("dischargeOutcome"))->isVisible());
    const QString shown = recorded->text();
    CHECK_FALSE(app.window().recordView()->hasUnsavedChanges());

    // Both documents print: Ctrl+P her summary, the button the handover (Alt+H).
    checkPreview(app, [&] { app.press(QKeySequence::Print); });
    checkPreview(app, [&] { alt(Qt::Key_H); });
    auto *page = app.find<ui::DischargePage>(QStringLiteral("dischargePage"));
    const QString handover = app.scratch.file(QStringLiteral("handover.pdf"));
    const QString summaryPdf = app.scratch.file(QStringLiteral("summary.pdf"));
    QString error;
    REQUIRE(page->saveDocumentAsPdf(ui::DischargeDocument::Handover, handover, &error));
    REQUIRE(page->saveDocumentAsPdf(ui::DischargeDocument::HerSummary, summaryPdf, &error));
    const QString handoverText = test::pdfPages(handover).join(QLatin1Char('\n'));
    const QString summaryText = test::pdfPages(summaryPdf).join(QLatin1Char('\n'));
    CHECK(handoverText.contains(QStringLiteral("CONFIDENTIAL")));
    CHECK(handoverText.contains(QStringLiteral("Baby 2 home from NNU on day 3")));
    CHECK(summaryText.contains(QStringLiteral("Your discharge from maternity care")));
    CHECK_FALSE(summaryText.contains(QStringLiteral("Baby 2 home from NNU")));

    // Reopened, the page still shows her discharge and offers nothing back.
    app.restart();
    openPage(app);
    CHECK(app.find<QLabel>(QStringLiteral("dischargeRecorded"))->text() == shown);
    CHECK(app.draftOffers == 0);
    Q_UNUSED(twins)
}

TEST_CASE("Babies and discharge: before her birth is recorded the page says so and nothing "
          "on it can be typed",
          "[ui][discharge]")
{
    test::AppFixture app;
    const Booking her = bookHer(app);
    openPage(app);
    auto *noBirth = app.find<QLabel>(QStringLiteral("dischargeNoBirth"));
    CHECK(noBirth->isVisible());
    CHECK(noBirth->text().contains(QStringLiteral("not recorded yet")));
    CHECK_FALSE(app.find<QWidget>(QStringLiteral("moveLocation"))->isEnabled());
    CHECK_FALSE(app.find<QWidget>(QStringLiteral("dischargeDate"))->isEnabled());
    CHECK_FALSE(app.find<QWidget>(QStringLiteral("dischargeButton"))->isEnabled());
    app.press(QKeySequence::Save);
    CHECK_FALSE(app.clinic->discharges.dischargeOf(her.pregnancy.id).value());
    CHECK_FALSE(app.window().recordView()->hasUnsavedChanges());
}
