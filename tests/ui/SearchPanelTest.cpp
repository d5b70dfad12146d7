// SPDX-License-Identifier: MIT
#include "UiTestSupport.h"

#include "record/WomanRecordView.h"
#include "search/SearchPanel.h"
#include "search/WomanSearchModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace bb;

TEST_CASE("Search as she types, then Enter opens the record", "[ui][search]")
{
    test::AppFixture app;
    Booking asha = test::lowRiskBooking();
    Booking kerry = test::lowRiskBooking();
    kerry.woman.nhsNumber = QStringLiteral("9434765870");
    kerry.woman.givenName = QStringLiteral("Kerry");
    kerry.woman.familyName = QStringLiteral("Walsh");
    QString error;
    REQUIRE(test::book(*app.database, app.clock, asha, &error));
    REQUIRE(test::book(*app.database, app.clock, kerry, &error));

    auto *results = app.find<QTableView>(QStringLiteral("searchResults"));
    QAbstractItemModelTester tester(results->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    app.press(QKeySequence::Find);
    QTest::keyClicks(app.find<QLineEdit>(QStringLiteral("searchField")), QStringLiteral("wal"));
    REQUIRE(results->model()->rowCount() == 1);
    const QModelIndex first = results->model()->index(0, ui::WomanSearchModel::NhsNumber);
    CHECK(first.data().toString() == QStringLiteral("943 476 5870"));
    CHECK(results->model()->index(0, ui::WomanSearchModel::Name).data().toString() ==
          QStringLiteral("WALSH, Kerry"));
    // LMP 10-Aug-2026 + 280 days; on 26-Nov-2026 she is 15+3.
    CHECK(results->model()->index(0, ui::WomanSearchModel::Edd).data().toString() ==
          QStringLiteral("17-May-2027"));
    CHECK(results->model()->index(0, ui::WomanSearchModel::GestationToday).data().toString() ==
          QStringLiteral("15+3"));

    QTest::keyClick(app.find<QLineEdit>(QStringLiteral("searchField")), Qt::Key_Return);
    CHECK(app.window().recordView()->womanId() == kerry.woman.id);
    CHECK(app.find<QLabel>(QStringLiteral("recordName"))->text() == QStringLiteral("WALSH, Kerry"));
}
