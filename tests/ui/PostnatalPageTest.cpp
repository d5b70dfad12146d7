// SPDX-License-Identifier: MIT
// The postnatal contact page, typed with the keyboard as a midwife writes up a home visit: the
// baby's weight against its birth weight as she types it, what she typed wrong beside its field
// with nothing lost, and once recorded the rules' actions beside the form and the contact in her
// list. Before her birth is recorded the page says so and takes nothing.
#include "UiTestSupport.h"

#include "demo/DemoTeams.h"
#include "postnatal/PostnatalPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>

using namespace bb;

namespace {

// test::lowRiskBooking() is booked 12-Oct-2026 with LMP 10-Aug-2026: 39+0 on 10-May-2027.
const QDate kBirthDay(2027, 5, 10);

/// Her booking, the demonstration teams, and her birth when `born`: a girl of 3,400 g.
Booking bookHer(test::AppFixture &app, bool born)
{
    Booking her = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, her, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, {her}, &error));
    app.clock.set(QDateTime(kBirthDay, QTime(18, 0)));
    if (born) {
        Birth b;
        b.pregnancyId = her.pregnancy.id;
        b.date = kBirthDay;
        b.time = QTime(14, 35);
        b.bloodLossMl = 300;
        b.attendants = {app.clinic->staffing.staff().front().id};
        Baby baby;
        baby.sex = BabySex::Female;
        baby.weightGrams = 3400;
        baby.apgar1 = 9;
        baby.apgar5 = 10;
        b.babies = {baby};
        const auto recorded = app.clinic->births.record(b, test::testMidwife());
        INFO(recorded.message().toStdString());
        REQUIRE(recorded);
    }
    return her;
}

void openHerPostnatalPage(test::AppFixture &app)
{
    app.press(QKeySequence::Find);
    auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("patel"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_8, Qt::AltModifier);
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    REQUIRE(pages->tabText(pages->currentIndex()) == QStringLiteral("&8 Postnatal"));
}

/// Alt+letter, as she reaches a field by its label, then types.
void altType(char letter, const QString &text)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_A + (letter - 'a')),
                    Qt::AltModifier);
    QTest::keyClicks(QApplication::focusWidget(), text);
}

QList<care::PostnatalReview> contactsOf(test::AppFixture &app, const Booking &her)
{
    const auto contacts = app.clinic->postnatal.contactsOf(her.pregnancy.id);
    REQUIRE(contacts);
    return contacts.value();
}

} // namespace

TEST_CASE("A postnatal contact typed with the keyboard is recorded, and its actions shown "
          "beside the form",
          "[ui][postnatal]")
{
    test::AppFixture app;
    const Booking her = bookHer(app, true);
    app.clock.set(QDateTime(kBirthDay.addDays(5), QTime(11, 0))); // her day 5 visit
    app.window().resize(1366, 768);
    openHerPostnatalPage(app);
    CHECK_FALSE(app.find<QLabel>(QStringLiteral("postnatalNoBirth"))->isVisible());
    CHECK(app.find<QLabel>(QStringLiteral("postnatalDay"))->text() ==
          QStringLiteral("day 5 after the birth"));
    auto *baby = app.find<QLineEdit>(QStringLiteral("postnatalBaby1Weight"));
    auto *group = qobject_cast<QGroupBox *>(baby->parentWidget()->parentWidget());
    REQUIRE(group);
    CHECK(group->title() == QStringLiteral("Baby 1 (girl, 3,400 g at birth)"));
    CHECK(app.find<QLabel>(QStringLiteral("postnatalBaby1BloodSpotDue"))
              ->text()
              .contains(QStringLiteral("Sat 15 May 2027 to Tue 18 May 2027")));
    CHECK_FALSE(app.find<QWidget>(QStringLiteral("postnatalBaby2Weight"))->isVisible());

    // Who saw her, by her label's Alt+letter; her role follows.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    REQUIRE(QApplication::focusWidget() ==
            app.find<QComboBox>(QStringLiteral("postnatalClinician")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    altType('p', QStringLiteral("150/100"));
    altType('u', QStringLiteral("36.9"));
    altType('l', QStringLiteral("Lochia settling"));
    // Her baby has lost 11.8% of her birth weight: shown as it is typed.
    altType('h', QStringLiteral("3000"));
    CHECK(QApplication::focusWidget() == baby);
    // On a laptop's screen her baby is below her own fields: scrolled into sight.
    QScrollArea *scroll = nullptr;
    for (QWidget *w = baby; w != nullptr && scroll == nullptr; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    REQUIRE(scroll);
    CHECK(scroll->viewport()->rect().contains(
        QRect(baby->mapTo(scroll->viewport(), QPoint()), baby->size())));
    CHECK(app.find<QLabel>(QStringLiteral("postnatalBaby1WeightChange"))->text() ==
          QStringLiteral("11.8% below the birth weight (3,400 g)"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_X, Qt::AltModifier);
    auto *examined = app.find<QCheckBox>(QStringLiteral("postnatalBaby1Examined"));
    CHECK(QTest::qWaitFor([examined] { return examined->isChecked(); })); // a mnemonic clicks
                                                                          // as a mouse would
    app.press(QKeySequence::Save);

    const QList<care::PostnatalReview> saved = contactsOf(app, her);
    REQUIRE(saved.size() == 1);
    const PostnatalContact &c = saved.front().contact;
    CHECK(c.date == kBirthDay.addDays(5));
    CHECK(c.clinicianId == app.clinic->staffing.staff().front().id);
    CHECK(c.attended);
    CHECK(c.bloodPressure == BloodPressure{150, 100});
    CHECK(c.temperatureC == 36.9);
    CHECK(c.bleeding == QStringLiteral("Lochia settling"));
    REQUIRE(c.babies.size() == 1);
    CHECK(c.babies.front().weightGrams == 3000);
    CHECK(c.babies.front().physicalExamination);
    CHECK_FALSE(c.babies.front().bloodSpotTaken);

    // The rules' actions beside the form, each with its source; the form is empty for her next.
    auto *page = app.window().findChild<ui::PostnatalPage *>();
    REQUIRE(page);
    const QStringList actions = page->shownActions();
    CHECK(actions.contains(QStringLiteral("bp_review")));
    CHECK(actions.contains(QStringLiteral("feeding_assessment")));
    CHECK(actions.contains(QStringLiteral("blood_spot_due")));
    const QString shown = app.find<QLabel>(QStringLiteral("postnatalActions"))->text();
    CHECK(shown.contains(QStringLiteral("Assess the baby's feeding and refer")));
    CHECK(shown.contains(QStringLiteral("NICE NG194")));
    CHECK(app.find<QLabel>(QStringLiteral("postnatalOutcome"))
              ->text()
              .startsWith(QStringLiteral("Recorded: the contact on Sat 15 May 2027 (day 5)")));
    CHECK(app.find<QLineEdit>(QStringLiteral("postnatalBp"))->text().isEmpty());
    CHECK(QApplication::focusWidget() == app.find<QLineEdit>(QStringLiteral("postnatalDate")));
    CHECK_FALSE(page->hasUnsavedChanges());

    // Her contacts, with what was found.
    auto *list = app.find<QTableWidget>(QStringLiteral("postnatalContacts"));
    CHECK(list->isVisible());
    REQUIRE(list->rowCount() == 1);
    // The row is in sight, not only the table's header.
    QApplication::processEvents();
    INFO("row " << list->rowHeight(0) << " viewport " << list->viewport()->height() << " table "
                << list->height());
    CHECK(list->rowHeight(0) > 0);
    CHECK(list->viewport()->height() >= list->rowHeight(0));
    CHECK(list->item(0, 0)->text() == QStringLiteral("Sat 15 May 2027, day 5"));
    CHECK(list->item(0, 1)->text() == QStringLiteral("Midwife"));
    const QString findings = list->item(0, 3)->text();
    CHECK(findings.contains(QStringLiteral("BP 150/100")));
    CHECK(findings.contains(QStringLiteral("3,000 g (\u221211.8%)")));
    CHECK(findings.contains(QStringLiteral("3 actions")));

    // Reopened, her contact and its actions are still there.
    app.restart();
    openHerPostnatalPage(app);
    list = app.find<QTableWidget>(QStringLiteral("postnatalContacts"));
    CHECK(list->rowCount() == 1);
    CHECK(app.window().findChild<ui::PostnatalPage *>()->shownActions() == actions);
    CHECK(app.draftOffers == 0);
}

TEST_CASE("Bad input on the postnatal page is shown beside its field and nothing typed is lost",
          "[ui][postnatal]")
{
    test::AppFixture app;
    const Booking her = bookHer(app, true);
    app.clock.set(QDateTime(kBirthDay.addDays(3), QTime(11, 0)));
    openHerPostnatalPage(app);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    app.typeInto(QStringLiteral("postnatalBp"), QStringLiteral("90/120"));
    app.typeInto(QStringLiteral("postnatalBaby1Weight"), QStringLiteral("abc"));
    app.typeInto(QStringLiteral("postnatalNotes"), QStringLiteral("Tired, sleeping in the day"));
    CHECK(app.find<QLabel>(QStringLiteral("postnatalBaby1WeightChange"))->text().isEmpty());
    app.press(QKeySequence::Save);

    // Both problems at once, each beside its field, and the focus on the first.
    // The birth and antenatal contact pages have messages of these names too.
    auto *page = app.window().findChild<ui::PostnatalPage *>();
    REQUIRE(page);
    auto *weightMessage = page->findChild<QLabel *>(QStringLiteral("message:babies[0].weight_g"));
    REQUIRE(weightMessage);
    CHECK(weightMessage->isVisible());
    CHECK(weightMessage->text().contains(QStringLiteral("'abc' is not a whole number")));
    auto *bpMessage = page->findChild<QLabel *>(QStringLiteral("message:bp"));
    REQUIRE(bpMessage);
    CHECK(bpMessage->isVisible());
    CHECK(bpMessage->text().contains(QStringLiteral("90/120 has the diastolic at or above the "
                                                    "systolic")));
    CHECK(app.find<QLabel>(QStringLiteral("postnatalMessage"))
              ->text()
              .contains(QStringLiteral("What you typed is kept")));
    CHECK(QApplication::focusWidget() == app.find<QLineEdit>(QStringLiteral("postnatalBp")));
    CHECK(contactsOf(app, her).isEmpty());
    CHECK(app.find<QLineEdit>(QStringLiteral("postnatalBp"))->text() == QStringLiteral("90/120"));
    CHECK(app.find<QLineEdit>(QStringLiteral("postnatalBaby1Weight"))->text() ==
          QStringLiteral("abc"));
    CHECK(app.find<QPlainTextEdit>(QStringLiteral("postnatalNotes"))->toPlainText() ==
          QStringLiteral("Tired, sleeping in the day"));

    // Nor is it lost when the app goes down: it is offered back when her record is opened.
    app.restart();
    openHerPostnatalPage(app);
    CHECK(app.draftOffers == 1);
    CHECK(app.find<QLineEdit>(QStringLiteral("postnatalBaby1Weight"))->text() ==
          QStringLiteral("abc"));
    CHECK(app.find<QComboBox>(QStringLiteral("postnatalClinician"))->currentIndex() == 1);
    page = app.window().findChild<ui::PostnatalPage *>();
    weightMessage = page->findChild<QLabel *>(QStringLiteral("message:babies[0].weight_g"));
    bpMessage = page->findChild<QLabel *>(QStringLiteral("message:bp"));

    // A weight no baby has is the rules' to refuse, beside the same field.
    auto *weight = app.find<QLineEdit>(QStringLiteral("postnatalBaby1Weight"));
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("34"));
    auto *bp = app.find<QLineEdit>(QStringLiteral("postnatalBp"));
    bp->selectAll();
    QTest::keyClicks(bp, QStringLiteral("118/76"));
    app.press(QKeySequence::Save);
    CHECK(weightMessage->text().contains(QStringLiteral("34 g is not a baby's weight")));
    CHECK_FALSE(bpMessage->isVisible());
    CHECK(contactsOf(app, her).isEmpty());

    // Put right, it is recorded.
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("3350"));
    app.press(QKeySequence::Save);
    const QList<care::PostnatalReview> saved = contactsOf(app, her);
    REQUIRE(saved.size() == 1);
    CHECK(saved.front().contact.notes == QStringLiteral("Tired, sleeping in the day"));
    CHECK(saved.front().contact.babies.front().weightGrams == 3350);
    CHECK_FALSE(weightMessage->isVisible());
}

TEST_CASE("Before her birth is recorded the postnatal page says so and takes nothing",
          "[ui][postnatal]")
{
    test::AppFixture app;
    const Booking her = bookHer(app, false);
    openHerPostnatalPage(app);
    auto *notice = app.find<QLabel>(QStringLiteral("postnatalNoBirth"));
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("Her birth is not recorded yet")));
    CHECK_FALSE(app.find<QLineEdit>(QStringLiteral("postnatalBp"))->isEnabled());
    CHECK_FALSE(app.find<QComboBox>(QStringLiteral("postnatalClinician"))->isEnabled());
    CHECK_FALSE(app.find<QWidget>(QStringLiteral("postnatalBaby1Weight"))->isVisible());
    app.press(QKeySequence::Save);
    CHECK(contactsOf(app, her).isEmpty());

    // Her birth recorded on the birth page, the postnatal page opens for her baby.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7, Qt::AltModifier);
    app.typeInto(QStringLiteral("baby1Weight"), QStringLiteral("3100"));
    app.typeInto(QStringLiteral("baby1Apgar1"), QStringLiteral("9"));
    app.typeInto(QStringLiteral("baby1Apgar5"), QStringLiteral("10"));
    auto *midwife = app.find<QComboBox>(QStringLiteral("birthMidwife"));
    midwife->setFocus();
    QTest::keyClick(midwife, Qt::Key_Down);
    app.press(QKeySequence::Save);
    REQUIRE(app.clinic->births.birthOf(her.pregnancy.id).value().has_value());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_8, Qt::AltModifier);
    CHECK_FALSE(notice->isVisible());
    CHECK(app.find<QLineEdit>(QStringLiteral("postnatalBp"))->isEnabled());
    CHECK(app.find<QWidget>(QStringLiteral("postnatalBaby1Weight"))->isVisible());
    CHECK(app.find<QLabel>(QStringLiteral("postnatalDay"))->text() ==
          QStringLiteral("day 0 after the birth"));
}
