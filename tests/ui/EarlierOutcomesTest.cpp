// SPDX-License-Identifier: MIT
// Her history across pregnancies in her record: each pregnancy with what became of it, and on
// the booking of a new one her earlier outcomes recorded here offered as rows of her earlier
// pregnancies, added only when the midwife presses for them. Keyboard only.
#include "UiTestSupport.h"

#include "demo/DemoTeams.h"
#include "forms/BookingForm.h"
#include "record/WomanRecordView.h"
#include "storage/LossRepository.h"
#include "storage/PregnancyRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

using namespace bb;

namespace {

// Her first pregnancy: LMP 06-Jan-2025, EDD 13-Oct-2025, born 10-Oct-2025 at 39+4, 3420 g.
// Her second: LMP 08-Dec-2025, booked 02-Feb-2026, miscarried 10-Feb-2026 at 9+1.
const QDate kBorn(2025, 10, 10);
const QDate kMiscarried(2026, 2, 10);

QString focusedName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

/// Her two pregnancies before today, as the birth and the loss pages would have recorded them.
qint64 storeHerHistory(test::AppFixture &app, int babies = 1)
{
    const Actor actor = test::testMidwife();
    Booking first = test::lowRiskBooking();
    first.pregnancy.bookingDate = QDate(2025, 3, 3);
    first.pregnancy.lmp = QDate(2025, 1, 6);
    first.pregnancy.previousBirths = 0;
    FixedClock booked(first.pregnancy.bookingDate);
    QString error;
    REQUIRE(test::book(*app.database, booked, first, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, booked, {first}, &error));

    Birth birth;
    birth.pregnancyId = first.pregnancy.id;
    birth.date = kBorn;
    birth.attendants = {app.clinic->staffing.staff().front().id};
    Baby baby;
    baby.weightGrams = 3420;
    baby.apgar1 = 9;
    baby.apgar5 = 10;
    birth.babies = {baby};
    for (int order = 2; order <= babies; ++order) {
        baby.order = order;
        baby.weightGrams -= 300;
        birth.babies << baby;
    }
    FixedClock bornDay(QDateTime(kBorn, QTime(18, 0)));
    const auto born = care::Births(*app.database, bornDay).record(birth, actor);
    INFO(born.message().toStdString());
    REQUIRE(born);

    Booking second = care::Women::newPregnancy(first.woman);
    second.pregnancy.bookingDate = QDate(2026, 2, 2);
    second.pregnancy.lmp = QDate(2025, 12, 8);
    FixedClock secondBooked(second.pregnancy.bookingDate);
    REQUIRE(test::book(*app.database, secondBooked, second, &error));
    const RecordedLoss loss{{second.pregnancy.id, LossKind::Miscarriage, kMiscarried, {}},
                            actor.id,
                            QDateTime(kMiscarried, QTime(11, 0))};
    REQUIRE(storage::LossRepository(*app.database).insert(loss, &error));
    REQUIRE(storage::PregnancyRepository(*app.database)
                .setStatus(second.pregnancy.id, PregnancyStatus::Loss, loss.recordedAt, &error));
    return first.woman.id;
}

void openHerRecord(test::AppFixture &app)
{
    app.press(QKeySequence::Find);
    auto *field = app.find<QLineEdit>(QStringLiteral("searchField"));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("patel"));
    QTest::keyClick(field, Qt::Key_Return);
}

/// Alt+Y to the pregnancy chooser, then End: "New pregnancy...", her booking page in front.
void startNewPregnancy(test::AppFixture &app)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::AltModifier);
    REQUIRE(focusedName() == QStringLiteral("pregnancyChooser"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    auto *chooser = app.find<QComboBox>(QStringLiteral("pregnancyChooser"));
    REQUIRE(chooser->currentText() == QStringLiteral("New pregnancy..."));
    REQUIRE(app.find<QTabWidget>(QStringLiteral("recordPages"))->currentWidget() ==
            app.window().recordView()->bookingForm());
}

/// The new pregnancy's dates, typed: its booking date is today's, its LMP ten weeks before.
void typeItsLmp(test::AppFixture &app)
{
    app.typeInto(QStringLiteral("lmp"), QStringLiteral("17/09/2026"));
}

/// Alt+letter on a button, which shows itself pressed and clicks a moment later.
void press(Qt::Key letter)
{
    QTest::keyClick(QApplication::focusWidget(), letter, Qt::AltModifier);
    QTest::qWait(300);
}

} // namespace

TEST_CASE("Her record lists every pregnancy of hers with what became of it, in the chooser and "
          "in sight above the pages",
          "[ui][earlier-outcomes]")
{
    test::AppFixture app;
    storeHerHistory(app);
    openHerRecord(app);

    auto *chooser = app.find<QComboBox>(QStringLiteral("pregnancyChooser"));
    REQUIRE(chooser->count() == 3);
    CHECK(chooser->itemText(0) == QStringLiteral("Miscarriage 10-Feb-2026 at 9+1"));
    CHECK(chooser->itemText(1) == QStringLiteral("Born 10-Oct-2025, 39+4, live birth"));
    CHECK(chooser->itemText(2) == QStringLiteral("New pregnancy..."));

    auto *history = app.find<QLabel>(QStringLiteral("recordHistory"));
    CHECK(history->isVisible());
    CHECK(history->text() == QStringLiteral("<b>Miscarriage 10-Feb-2026 at 9+1</b><br>"
                                            "Born 10-Oct-2025, 39+4, live birth"));
    // Every pregnancy stays listed whichever is open; the open one is the bold one.
    startNewPregnancy(app);
    CHECK(history->text() == QStringLiteral("Miscarriage 10-Feb-2026 at 9+1<br>"
                                            "Born 10-Oct-2025, 39+4, live birth"));
}

TEST_CASE("On a new pregnancy her earlier outcomes recorded here are offered, and Alt+V adds them "
          "as rows the midwife changes or removes before she saves",
          "[ui][booking][earlier-outcomes]")
{
    test::AppFixture app;
    const qint64 womanId = storeHerHistory(app);
    openHerRecord(app);
    // A pregnancy already booked is not offered anything.
    CHECK_FALSE(app.find<QWidget>(QStringLiteral("earlierOutcomesOffer"))->isVisible());

    startNewPregnancy(app);
    auto *offer = app.find<QWidget>(QStringLiteral("earlierOutcomesOffer"));
    auto *table = app.find<QTableWidget>(QStringLiteral("previousPregnanciesTable"));
    CHECK(offer->isVisible());
    CHECK(app.find<QLabel>(QStringLiteral("earlierOutcomesText"))->text() ==
          QStringLiteral("2 earlier pregnancies recorded here: add them to her history?\n"
                         "2025 live birth, 2026 miscarriage"));
    CHECK(table->rowCount() == 0); // nothing is added before she presses
    // Alt+V answers the offer alone.
    QStringList answeringV;
    for (QAbstractButton *button : app.window().findChildren<QAbstractButton *>()) {
        if (button->isVisible() &&
            button->text().contains(QStringLiteral("&v"), Qt::CaseInsensitive))
            answeringV << button->text();
    }
    for (QLabel *label : app.window().findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisible() &&
            label->text().contains(QStringLiteral("&v"), Qt::CaseInsensitive))
            answeringV << label->text();
    }
    CHECK(answeringV == QStringList{QStringLiteral("Add them for re&view")});

    typeItsLmp(app);
    press(Qt::Key_V);
    REQUIRE(table->rowCount() == 2);
    CHECK_FALSE(offer->isVisible());
    CHECK(table->item(0, 0)->text() == QStringLiteral("2025"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Live birth, 39 weeks"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Spontaneous vaginal, 3420 g"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Miscarriage, 9 weeks"));
    // The cursor is on them, to check each with her.
    CHECK(focusedName() == QStringLiteral("previousPregnanciesTable"));
    CHECK(table->currentRow() == 0);
    for (const auto &[name, count] :
         {std::pair{"previousBirths", 1}, {"previousLosses", 1}, {"previousCaesareans", 0}}) {
        auto *box = app.find<QSpinBox>(QLatin1String(name));
        CHECK(box->value() == count);
        CHECK_FALSE(box->isEnabled());
    }

    // Enter changes the first: she tells where her baby was born.
    bool changed = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QApplication::setActiveWindow(dialog);
        auto *notes = dialog->findChild<QLineEdit *>(QStringLiteral("earlierNotes"));
        REQUIRE(notes);
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Born at the General"));
        QTest::keyClick(notes, Qt::Key_Return);
        changed = true;
    });
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(changed);
    QApplication::setActiveWindow(&app.window());
    table->setFocus();

    // Delete removes the second; the offer comes back for it alone.
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(table->rowCount() == 1);
    CHECK(offer->isVisible());
    CHECK(app.find<QLabel>(QStringLiteral("earlierOutcomesText"))->text() ==
          QStringLiteral("1 earlier pregnancy recorded here: add it to her history?\n"
                         "2026 miscarriage"));

    app.press(QKeySequence::Save);
    const auto saved = app.clinic->women.latestBooking(womanId).value();
    REQUIRE(saved);
    CHECK(saved->pregnancy.bookingDate == app.clock.today());
    REQUIRE(saved->details.previousPregnancies.size() == 1);
    const PreviousPregnancy &row = saved->details.previousPregnancies.front();
    CHECK(row.year == 2025);
    CHECK(row.outcome == PregnancyOutcome::LiveBirth);
    CHECK(row.gestationWeeks == 39);
    CHECK(row.mode == ModeOfBirth::SpontaneousVaginal);
    CHECK(row.babyWeightGrams == 3420);
    CHECK(row.notes == QStringLiteral("Born at the General"));
    CHECK(saved->pregnancy.previousBirths == 1);
    CHECK(saved->pregnancy.previousLosses == 0);
    // Saved, it is a booked pregnancy: nothing more is offered.
    CHECK_FALSE(offer->isVisible());
}

TEST_CASE("Nothing from her earlier pregnancies joins a new booking unless the midwife presses "
          "for it",
          "[ui][booking][earlier-outcomes]")
{
    test::AppFixture app;
    const qint64 womanId = storeHerHistory(app);
    openHerRecord(app);
    startNewPregnancy(app);
    CHECK(app.find<QWidget>(QStringLiteral("earlierOutcomesOffer"))->isVisible());
    typeItsLmp(app);
    app.press(QKeySequence::Save);

    const auto saved = app.clinic->women.latestBooking(womanId).value();
    REQUIRE(saved);
    CHECK(saved->pregnancy.lmp == QDate(2026, 9, 17));
    CHECK(saved->details.previousPregnancies.isEmpty());
    CHECK(saved->assessment.conditions.isEmpty());
    CHECK(saved->pregnancy.previousBirths == 0);
    CHECK(saved->pregnancy.previousLosses == 0);
    CHECK_FALSE(app.find<QWidget>(QStringLiteral("earlierOutcomesOffer"))->isVisible());
    CHECK(app.find<QComboBox>(QStringLiteral("pregnancyChooser"))->currentText() ==
          QStringLiteral("In care, EDD 24-Jun-2027"));
}

TEST_CASE("Her history across pregnancies, as a midwife sees it", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    test::AppFixture app;
    storeHerHistory(app, 2); // twins: her longest line
    app.window().resize(1366, 768);
    const auto save = [&](const char *name) {
        QTest::qWait(50); // layouts settle as they would between two key presses
        REQUIRE(app.window().grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
    };
    openHerRecord(app);
    save("26-her-pregnancies.png");
    startNewPregnancy(app);
    auto *scroll = app.window().recordView()->bookingForm()->findChild<QScrollArea *>();
    auto *offer = app.find<QWidget>(QStringLiteral("earlierOutcomesOffer"));
    scroll->ensureWidgetVisible(offer, 0, 120);
    save("27-earlier-outcomes-offer.png");
    press(Qt::Key_V);
    save("28-earlier-outcomes-added.png");
}
