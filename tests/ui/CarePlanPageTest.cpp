// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "care/PrintedPlans.h"
#include "careplan/CarePlanPage.h"
#include "documents/CarePlanDocument.h"
#include "record/WomanRecordView.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTabWidget>
#include <QTimer>

using namespace bb;

namespace {

/// A woman with pre-existing high blood pressure: aspirin is advised (NICE NG133) and birth in an
/// obstetric unit recommended (NICE NG235).
Booking hypertensiveBooking()
{
    Booking b = test::lowRiskBooking();
    b.pregnancy.bookingDate = QDate(2026, 11, 20);
    b.pregnancy.lmp = QDate(2026, 9, 10);
    b.assessment.conditions = {QStringLiteral("chronic_hypertension")};
    return b;
}

void openRecord(test::AppFixture &app)
{
    app.press(QKeySequence::Find);
    auto *field = app.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(field, QStringLiteral("patel"));
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

TEST_CASE("Care plan: decline with a reason, choose home birth against advice, save, preview, "
          "find both versions",
          "[ui][careplan]")
{
    test::AppFixture app;
    Booking booking = hypertensiveBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error)); // the booking makes version 1
    openRecord(app);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    auto *page = app.window().recordView()->carePlanPage();
    REQUIRE(app.find<QTabWidget>(QStringLiteral("recordPages"))->currentWidget() == page);
    REQUIRE(page->shownVersion().version == 1);
    CHECK(app.find<QWidget>(QStringLiteral("birthPlace:home"))
              ->findChild<QLabel *>(QStringLiteral("advice"))
              ->text() == QStringLiteral("Obstetric unit recommended"));

    // Every recommendation starts to discuss. Decline aspirin, with the keyboard.
    auto *aspirin = app.find<QComboBox>(QStringLiteral("decision:aspirin"));
    CHECK(aspirin->currentText() == QStringLiteral("To discuss"));
    aspirin->setFocus();
    QTest::keyClick(aspirin, Qt::Key_D); // "Declined", by its first letter
    CHECK(aspirin->currentText() == QStringLiteral("Declined"));
    auto *reason = app.find<QLineEdit>(QStringLiteral("reason:aspirin"));
    CHECK(reason->isEnabled());

    // A decline without a reason is not saved, and says why beside the field.
    app.press(QKeySequence::Save);
    CHECK(app.clinic->carePlans.versions(booking.pregnancy.id)->size() == 1);
    CHECK(app.find<QLabel>(QStringLiteral("message:reason:aspirin"))
              ->text()
              .contains(QStringLiteral("needs her reason")));

    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("declined aspirin after discussion"));

    // Undo takes back the typed reason as one step, then the decline; redo brings both back.
    page->undoStack()->undo();
    CHECK(reason->text().isEmpty());
    page->undoStack()->undo();
    CHECK(aspirin->currentText() == QStringLiteral("To discuss"));
    page->undoStack()->redo();
    page->undoStack()->redo();
    CHECK(aspirin->currentText() == QStringLiteral("Declined"));
    CHECK(reason->text() == QStringLiteral("declined aspirin after discussion"));

    // Her choice: home, against the obstetric-unit recommendation. The advice stays in view.
    auto *choice = app.find<QComboBox>(QStringLiteral("chosenPlace"));
    choice->setCurrentIndex(choice->findData(QStringLiteral("home")));
    CHECK(app.find<QWidget>(QStringLiteral("birthPlace:home"))->isVisible());

    app.press(QKeySequence::Save);
    const auto versions = app.clinic->carePlans.versions(booking.pregnancy.id).value();
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].chosenPlaceOfBirth == PlaceOfBirth::Undecided);
    CHECK(versions[1].chosenPlaceOfBirth == PlaceOfBirth::Home);
    CHECK(versions[1].savedBy == QStringLiteral("Test Midwife")); // who the window says she is
    CHECK(versions[1].savedAt == app.clock.now());
    const auto declined =
        std::find_if(versions[1].decisions.cbegin(), versions[1].decisions.cend(),
                     [](const CarePlanDecision &d) { return d.code == QStringLiteral("aspirin"); });
    REQUIRE(declined != versions[1].decisions.cend());
    CHECK(declined->declined());
    CHECK(declined->reason == QStringLiteral("declined aspirin after discussion"));
    CHECK(page->shownVersion().version == 2);

    // Print preview shows her plan; the dialog is closed as a person would close it.
    bool previewed = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        previewed = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    app.press(QKeySequence::Print);
    CHECK(previewed);

    // Both versions are there after closing and reopening the app.
    app.restart();
    openRecord(app);
    auto *reopened = app.window().recordView()->carePlanPage();
    auto *chooser = reopened->findChild<QComboBox *>();
    REQUIRE(chooser);
    CHECK(chooser->count() == 2);
    CHECK(reopened->shownVersion().version == 2);
    chooser->setCurrentIndex(0);
    emit chooser->activated(0);
    CHECK(reopened->shownVersion().version == 1);
    CHECK(reopened->findChild<QComboBox *>(QStringLiteral("decision:aspirin"))->currentText() ==
          QStringLiteral("To discuss"));
    CHECK_FALSE(reopened->findChild<QComboBox *>(QStringLiteral("decision:aspirin"))->isEnabled());
}

TEST_CASE("Care plan: a changed booking shows what the rules would change and takes it into a "
          "new version",
          "[ui][careplan]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    booking.assessment.smoking = Smoking::Current;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    openRecord(app);
    auto *page = app.window().recordView()->carePlanPage();
    auto *banner = app.find<QLabel>(QStringLiteral("rulesChanged"));
    CHECK(banner->text().contains(QStringLiteral("New: ")));
    page->takeRuleChanges();
    CHECK(page->hasUnsavedChanges());
    REQUIRE(page->save());
    const auto versions = app.clinic->carePlans.versions(booking.pregnancy.id).value();
    REQUIRE(versions.size() == 2);
    const auto &codes = versions[1].plan.recommendations;
    CHECK(std::any_of(codes.cbegin(), codes.cend(), [](const Recommendation &r) {
        return r.code == QStringLiteral("referral_stop_smoking");
    }));
    CHECK(versions[1].basedOn.assessment.smoking == Smoking::Current);
}

TEST_CASE("Print preview and the PDF of her plan have the same pages", "[ui][print]")
{
    test::AppFixture app;
    Booking booking = test::lowRiskBooking();
    booking.assessment.conditions = {QStringLiteral("chronic_hypertension"),
                                     QStringLiteral("family_diabetes")};
    QString error;
    REQUIRE(test::book(*app.database, app.clock, booking, &error));
    const auto stored = app.clinic->carePlans.latest(booking.pregnancy.id).value();
    REQUIRE(stored);
    const auto input = care::printInput(*app.clinic, *stored, app.clock.today());
    REQUIRE(input);
    const QString pdf = app.scratch.file(QStringLiteral("plan.pdf"));
    REQUIRE(documents::writeCarePlanPdf(pdf, input.value(), &error));
    QPrinter printer;
    ui::configureCarePlanPrinter(printer);
    CHECK(documents::carePlanPageCount(&printer, input.value()) == test::pdfPages(pdf).size());
}
