// SPDX-License-Identifier: MIT
// The team window after the birth: the babies cared for away from home on a day, and the
// team's Friends and Family Test answers month by month, saved as CSV and PDF.
#include "AfterBirthData.h"
#include "UiTestSupport.h"

#include "care/FeedbackSummary.h"
#include "clinical/NhsNumber.h"
#include "demo/DemoData.h"
#include "demo/DemoTeams.h"
#include "record/WomanRecordView.h"
#include "teams/BabiesAwayView.h"
#include "teams/FeedbackView.h"
#include "teams/TeamWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

using namespace bb;

namespace {

const QString kCity = QStringLiteral("City Continuity Team");

/// The demo women, with teams; those booked by `bookedBy` first, so that a birth after it can
/// be recorded for them.
QList<Booking> loadDemo(test::AppFixture &app, const QDate &bookedBy)
{
    QList<Booking> bookings = demo::demoBookings(app.clock.today());
    QString error;
    REQUIRE(test::bookAll(*app.database, app.clock, bookings, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, bookings, &error));
    std::stable_partition(bookings.begin(), bookings.end(), [&bookedBy](const Booking &b) {
        return b.pregnancy.bookingDate <= bookedBy;
    });
    REQUIRE(bookings.size() >= 3);
    REQUIRE(bookings[2].pregnancy.bookingDate <= bookedBy);
    return bookings;
}

QString dayText(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

void typeDate(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void chooseTeam(QComboBox *box, const QString &name)
{
    const int index = box->findText(name);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index); // as choosing it with the keyboard does
}

} // namespace

TEST_CASE("Babies cared for away from home are listed longest away first with where, "
          "since when and why, and Enter opens her mother's record",
          "[ui][teams][babies]")
{
    test::AppFixture app;
    const QDate today = app.clock.today(); // 26-Nov-2026
    const QList<Booking> bookings = loadDemo(app, today.addDays(-30));
    const Booking &first = bookings[0];
    const Booking &second = bookings[1];
    test::allocateTo(app, first, kCity, today);
    test::allocateTo(app, second, kCity, today);

    ui::TeamWindow *window = app.window().teamWindow();
    window->show();
    window->refreshShown();
    window->tabs()->setCurrentWidget(window->babiesAway());
    ui::BabiesAwayView *view = window->babiesAway();
    QTableWidget *table = view->table();
    auto *team = view->findChild<QComboBox *>(QStringLiteral("babiesAwayTeam"));
    REQUIRE(team);
    CHECK(team->currentText() == QStringLiteral("All teams"));
    CHECK(view->findChild<QLineEdit *>(QStringLiteral("babiesAwayDay"))->text() ==
          QStringLiteral("26/11/2026"));
    chooseTeam(team, kCity);
    // Said plainly, with no empty table under it.
    CHECK(view->summary()->text() == QStringLiteral("No babies of City Continuity Team are cared "
                                                    "for away from home on 26-Nov-2026."));
    CHECK_FALSE(table->isVisibleTo(view));

    const qint64 firstBaby = test::recordBirth(app, first, today.addDays(-6), BabySex::Female);
    const qint64 secondBaby = test::recordBirth(app, second, today.addDays(-3), BabySex::Male);
    test::moveBaby(app, first, firstBaby, BabyCareLocation::TransitionalCare, today.addDays(-5),
                   QStringLiteral("Low blood sugar"));
    test::moveBaby(app, first, firstBaby, BabyCareLocation::WithMother, today.addDays(-1), {});
    test::moveBaby(app, second, secondBaby, BabyCareLocation::NeonatalUnit, today.addDays(-2),
                   QStringLiteral("Breathing fast, for observation"));

    view->refresh();
    CHECK(table->isVisibleTo(view));
    REQUIRE(table->rowCount() == 1); // the first baby is back with her mother today
    CHECK(view->summary()->text().startsWith(QStringLiteral(
        "1 baby of City Continuity Team is cared for away from home on 26-Nov-2026.")));
    const QStringList cells{second.woman.givenName + QLatin1Char(' ') + second.woman.familyName,
                            clinical::nhs::format(second.woman.nhsNumber),
                            QString(), // no flags of hers
                            kCity,
                            QStringLiteral("Baby 1, boy"),
                            QStringLiteral("23-Nov-2026"),
                            QStringLiteral("Neonatal unit: ") +
                                test::unitFor(app, BabyCareLocation::NeonatalUnit),
                            QStringLiteral("24-Nov-2026"),
                            QStringLiteral("2"),
                            QStringLiteral("Breathing fast, for observation")};
    for (int column = 0; column < cells.size(); ++column) {
        INFO("column " << column);
        CHECK(table->item(0, column)->text() == cells[column]);
    }

    // An earlier day, typed: both babies, the longest away first.
    typeDate(view->findChild<QLineEdit *>(QStringLiteral("babiesAwayDay")),
             dayText(today.addDays(-2)));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text().endsWith(first.woman.familyName));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Baby 1, girl"));
    CHECK(table->item(0, 6)->text().startsWith(QStringLiteral("Transitional care: ")));
    CHECK(table->item(0, 7)->text() == QStringLiteral("21-Nov-2026"));
    CHECK(table->item(0, 8)->text() == QStringLiteral("3"));
    CHECK(table->item(1, 8)->text() == QStringLiteral("0"));

    // Another team's list holds neither; every team's holds both.
    chooseTeam(team, QStringLiteral("County Community Team"));
    CHECK(table->rowCount() == 0);
    CHECK(view->summary()->text().startsWith(QStringLiteral("No babies of County Community")));
    chooseTeam(team, QStringLiteral("All teams"));
    REQUIRE(table->rowCount() == 2);
    CHECK(view->summary()->text().startsWith(QStringLiteral("2 babies are cared for away")));

    // A day that is not one is said so, not guessed.
    typeDate(view->findChild<QLineEdit *>(QStringLiteral("babiesAwayDay")),
             QStringLiteral("31/02/2026"));
    CHECK(table->rowCount() == 0);
    CHECK(view->summary()->text().startsWith(QStringLiteral("Type the day as dd/mm/yyyy")));
    typeDate(view->findChild<QLineEdit *>(QStringLiteral("babiesAwayDay")),
             dayText(today.addDays(-2)));
    REQUIRE(table->rowCount() == 2);

    // Enter on her baby's row opens her record in the main window.
    table->setFocus();
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(app.window().recordView()->womanId() == second.woman.id);
}

TEST_CASE("The team's Friends and Family Test answers by month with the words, saved as CSV and "
          "PDF with no woman named",
          "[ui][teams][feedback]")
{
    test::AppFixture app;
    const QList<Booking> bookings = loadDemo(app, QDate(2026, 10, 1));
    for (int i = 0; i < 3; ++i)
        test::allocateTo(app, bookings[i], kCity, QDate(2026, 10, 1));
    test::recordBirth(app, bookings[0], QDate(2026, 10, 5));
    test::discharge(app, bookings[0], QDate(2026, 10, 20), FeedbackAnswer::VeryGood,
                    QStringLiteral("Priya was wonderful at every visit"));
    test::recordBirth(app, bookings[1], QDate(2026, 11, 2));
    test::discharge(app, bookings[1], QDate(2026, 11, 16), FeedbackAnswer::Good,
                    QStringLiteral("=1+1 and the car park was full"));
    test::recordBirth(app, bookings[2], QDate(2026, 11, 10));
    const QString herName = bookings[2].woman.givenName;
    test::discharge(app, bookings[2], QDate(2026, 11, 24), FeedbackAnswer::DontKnow,
                    herName + QStringLiteral(" felt rushed at the last visit"));

    ui::TeamWindow *window = app.window().teamWindow();
    window->show();
    window->refreshShown();
    window->tabs()->setCurrentWidget(window->feedback());
    ui::FeedbackView *view = window->feedback();
    auto *from = view->findChild<QLineEdit *>(QStringLiteral("feedbackFrom"));
    auto *to = view->findChild<QLineEdit *>(QStringLiteral("feedbackTo"));
    // The last twelve months, this one so far included.
    CHECK(from->text() == QStringLiteral("01/12/2025"));
    CHECK(to->text() == QStringLiteral("26/11/2026"));
    chooseTeam(view->findChild<QComboBox *>(QStringLiteral("feedbackTeam")), kCity);

    QTableWidget *months = view->months();
    REQUIRE(months->rowCount() == 13); // twelve months and the whole period
    CHECK(months->item(0, 0)->text() == QStringLiteral("December 2025"));
    CHECK(months->item(0, 8)->text() == QStringLiteral("-")); // no responses, no share
    const auto row = [months](int r) {
        QStringList cells;
        for (int c = 0; c < months->columnCount(); ++c)
            cells << months->item(r, c)->text();
        return cells;
    };
    CHECK(row(10) == QStringList{QStringLiteral("October 2026"), "1", "0", "0", "0", "0", "0", "1",
                                 QStringLiteral("100.0%")});
    // Don't know counts among the responses, as NHS England counts them.
    CHECK(row(11) == QStringList{QStringLiteral("November 2026"), "0", "1", "0", "0", "0", "1", "2",
                                 QStringLiteral("50.0%")});
    CHECK(row(12) ==
          QStringList{QStringLiteral("Total"), "1", "1", "0", "0", "0", "1", "3", "66.7%"});

    const QString words = view->comments()->toPlainText();
    CHECK(words.contains(QStringLiteral("October 2026")));
    CHECK(words.contains(QStringLiteral("Priya was wonderful at every visit")));
    CHECK(words.contains(QStringLiteral("[name] felt rushed at the last visit")));
    CHECK_FALSE(words.contains(herName));

    // The CSV is what the command line writes, after the mark that tells a spreadsheet it is
    // UTF-8.
    REQUIRE(view->shown());
    QString error;
    const QString csv = app.scratch.file(QStringLiteral("feedback.csv"));
    REQUIRE(view->saveCsv(csv, &error));
    const QByteArray bytes = test::readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.mid(3) == care::feedbackCsv(*view->shown()).toUtf8());
    CHECK(bytes.contains("'=1+1 and the car park was full"));

    const QString pdf = app.scratch.file(QStringLiteral("feedback.pdf"));
    REQUIRE(view->savePdf(pdf, &error));
    const QString printed = test::pdfPages(pdf).join(QLatin1Char('\n')).simplified();
    CHECK(printed.contains(QStringLiteral(
        "Friends and Family Test: City Continuity Team, 01-Dec-2025 to 26-Nov-2026")));
    CHECK(printed.contains(QStringLiteral("Priya was wonderful at every visit")));
    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(printed.contains(bookings[i].woman.familyName));
        CHECK_FALSE(printed.contains(clinical::nhs::format(bookings[i].woman.nhsNumber)));
    }

    // Print shows the same pages in a preview, closed as a person would close it.
    int previewPages = 0;
    QTimer::singleShot(0, [&previewPages] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        if (auto *pages = dialog->findChild<QPrintPreviewWidget *>())
            previewPages = pages->pageCount();
        dialog->reject();
    });
    view->findChild<QPushButton *>(QStringLiteral("feedbackPrint"))->click();
    CHECK(previewPages == 1);

    // A day that is not one, or a period ending before it starts, shows nothing to save.
    typeDate(from, QStringLiteral("31/02/2026"));
    CHECK(months->rowCount() == 0);
    CHECK(view->findChild<QLabel *>(QStringLiteral("feedbackMessage"))
              ->text()
              .contains(QStringLiteral("From: type a day as dd/mm/yyyy")));
    CHECK_FALSE(view->findChild<QPushButton *>(QStringLiteral("feedbackSaveCsv"))->isEnabled());
    CHECK_FALSE(view->saveCsv(csv, &error));
    typeDate(from, QStringLiteral("01/12/2026"));
    CHECK(months->rowCount() == 0);
    CHECK(view->findChild<QLabel *>(QStringLiteral("feedbackMessage"))
              ->text()
              .contains(QStringLiteral("To: is before the first day")));
    typeDate(from, QStringLiteral("01/11/2026"));
    CHECK(months->rowCount() == 2);
    CHECK(view->findChild<QPushButton *>(QStringLiteral("feedbackSavePdf"))->isEnabled());
}
