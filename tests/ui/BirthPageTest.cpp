// SPDX-License-Identifier: MIT
// The birth page, typed with the keyboard as a midwife writes up a birth: what she typed wrong
// is shown beside its field, and once recorded the page shows the birth with the postnatal VTE
// advice and the blood spot window, and her pregnancy is delivered.
#include "UiTestSupport.h"

#include "demo/DemoTeams.h"
#include "record/WomanRecordView.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

using namespace bb;

namespace {

// test::lowRiskBooking() is booked 12-Oct-2026 with LMP 10-Aug-2026: 39+0 on 10-May-2027.
const QDate kBirthDay(2027, 5, 10);

void chooseNext(QWidget *combo, int steps)
{
    combo->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace

TEST_CASE("A birth typed with the keyboard is recorded, and the page then shows it with its "
          "advice",
          "[ui][births]")
{
    test::AppFixture app;
    Booking her = test::lowRiskBooking();
    QString error;
    REQUIRE(test::book(*app.database, app.clock, her, &error));
    REQUIRE(demo::storeDemoTeams(*app.database, app.clock, {her}, &error));
    app.clock.set(QDateTime(kBirthDay, QTime(18, 0)));
    app.press(QKeySequence::Find);
    auto *search = app.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("patel"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7, Qt::AltModifier);
    auto *pages = app.find<QTabWidget>(QStringLiteral("recordPages"));
    REQUIRE(pages->tabText(pages->currentIndex()).contains(QStringLiteral("Birth")));
    CHECK(app.find<QLabel>(QStringLiteral("birthGestation"))->text() ==
          QStringLiteral("39+0 weeks"));

    // An emergency caesarean with a five-minute Apgar of 6 and no ten-minute score, and nobody
    // named as attending: refused, each problem beside its field.
    app.typeInto(QStringLiteral("birthTime"), QStringLiteral("14:35"));
    chooseNext(app.find<QComboBox>(QStringLiteral("birthMode")), 3); // emergency caesarean
    app.typeInto(QStringLiteral("birthBloodLoss"), QStringLiteral("800"));
    app.typeInto(QStringLiteral("baby1Weight"), QStringLiteral("3420"));
    app.typeInto(QStringLiteral("baby1Apgar1"), QStringLiteral("5"));
    app.typeInto(QStringLiteral("baby1Apgar5"), QStringLiteral("6"));
    app.press(QKeySequence::Save);
    CHECK(app.find<QLabel>(QStringLiteral("message:clinicians"))->isVisible());
    CHECK(app.find<QLabel>(QStringLiteral("message:babies[0].apgar_10"))->isVisible());
    CHECK(app.clinic->women.pregnancies(her.woman.id).value().front().status ==
          PregnancyStatus::Booked);

    app.typeInto(QStringLiteral("baby1Apgar10"), QStringLiteral("9"));
    chooseNext(app.find<QComboBox>(QStringLiteral("birthMidwife")), 1);
    app.press(QKeySequence::Save);
    CHECK(app.clinic->women.pregnancies(her.woman.id).value().front().status ==
          PregnancyStatus::Delivered);
    auto *recorded = app.find<QLabel>(QStringLiteral("birthRecorded"));
    CHECK(recorded->isVisible());
    const QString text = recorded->text();
    CHECK(text.contains(QStringLiteral("39+0 weeks")));
    CHECK(text.contains(QStringLiteral("Apgar 5/6/9")));
    CHECK(text.contains(QStringLiteral("Blood spot test Sat 15 May 2027 to Tue 18 May 2027")));
    // RCOG GTG 37a: a caesarean in labour scores 2.
    CHECK(text.contains(QStringLiteral("caesarean birth in labour: 2 points")));
    CHECK(text.contains(QStringLiteral("LMWH for at least 10 days")));
    CHECK(text.contains(QStringLiteral("RCOG GTG 37a")));

    // Reopened, the page still shows the birth and offers no form to type another.
    app.restart();
    app.press(QKeySequence::Find);
    search = app.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("patel"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7, Qt::AltModifier);
    CHECK(app.find<QLabel>(QStringLiteral("birthRecorded"))->text() == text);
    CHECK_FALSE(app.find<QLineEdit>(QStringLiteral("birthTime"))->isVisible());
    CHECK(app.draftOffers == 0);
}
