// SPDX-License-Identifier: MIT
// Results that need action, and routine antenatal anti-D for a rhesus D negative woman at 28
// weeks (NICE TA156; NICE NG201).
#include "TestSupport.h"

#include "clinical/ResultRules.h"

using namespace bb;
using namespace bb::clinical;

namespace {

TestResult result(const char *kind, const QString &value, const QDate &date = QDate(2027, 1, 4))
{
    TestResult r;
    r.id = 1;
    r.kind = QLatin1String(kind);
    r.value = value;
    r.date = date;
    return r;
}

QStringList titles(const QList<ResultDue> &due)
{
    QStringList list;
    for (const ResultDue &d : due)
        list << d.title;
    return list;
}

} // namespace

TEST_CASE("A blood group says whether she is rhesus D negative, in the ways it is written",
          "[results]")
{
    for (const char *negative : {"O RhD negative", "A neg", "B-", "AB Rh -", "O -ve", "o rhd neg"})
        CHECK(rhesusNegative(QLatin1String(negative)) == true);
    for (const char *positive : {"O RhD positive", "A pos", "B+", "AB Rh +", "O +ve"})
        CHECK(rhesusNegative(QLatin1String(positive)) == false);
    CHECK_FALSE(rhesusNegative(QStringLiteral("awaiting")).has_value());
}

TEST_CASE("NICE TA156: anti-D at 28 weeks for a rhesus D negative woman, until it is given",
          "[results]")
{
    const QList<TestResult> negative{result("blood_group", QStringLiteral("O RhD negative"))};
    CHECK(resultsDue(negative, Gestation::fromWeeks(25, 6)).isEmpty());
    const QList<ResultDue> due = resultsDue(negative, Gestation::fromWeeks(26));
    REQUIRE(titles(due) == QStringList{QStringLiteral("Anti-D at 28 weeks")});
    CHECK(due.front().reason.contains(QStringLiteral("NICE TA156")));
    CHECK(resultsDue({result("blood_group", QStringLiteral("A RhD positive"))},
                     Gestation::fromWeeks(28))
              .isEmpty());
    QList<TestResult> given = negative;
    given << result("anti_d_given", QStringLiteral("1500 IU"), QDate(2027, 3, 1));
    CHECK(resultsDue(given, Gestation::fromWeeks(29)).isEmpty());
    // Her latest blood group decides (a corrected report).
    QList<TestResult> corrected = negative;
    corrected << result("blood_group", QStringLiteral("O RhD positive"), QDate(2027, 1, 20));
    CHECK(resultsDue(corrected, Gestation::fromWeeks(28)).isEmpty());
}

TEST_CASE("NICE TA156: with no blood group result yet, the rhesus D recorded at booking decides "
          "anti-D, and a result overrides it",
          "[results]")
{
    CHECK(resultsDue({}, Gestation::fromWeeks(28)).isEmpty());
    CHECK(resultsDue({}, Gestation::fromWeeks(28), Rhesus::Positive).isEmpty());
    CHECK(resultsDue({}, Gestation::fromWeeks(25, 6), Rhesus::Negative).isEmpty());
    const QList<ResultDue> due = resultsDue({}, Gestation::fromWeeks(26), Rhesus::Negative);
    REQUIRE(titles(due) == QStringList{QStringLiteral("Anti-D at 28 weeks")});
    CHECK(due.front().reason.contains(QStringLiteral("at booking")));
    CHECK(resultsDue({result("blood_group", QStringLiteral("O RhD positive"))},
                     Gestation::fromWeeks(28), Rhesus::Negative)
              .isEmpty());
    // A result that does not say the rhesus D leaves the booking's to decide.
    CHECK(titles(resultsDue({result("blood_group", QStringLiteral("O"))}, Gestation::fromWeeks(28),
                            Rhesus::Negative)) ==
          QStringList{QStringLiteral("Anti-D at 28 weeks")});
    CHECK(resultsDue({result("anti_d_given", QStringLiteral("1500 IU"))}, Gestation::fromWeeks(29),
                     Rhesus::Negative)
              .isEmpty());
}

TEST_CASE("A result that needs action is due until the action taken is recorded", "[results]")
{
    TestResult low = result("fbc_28_weeks", QStringLiteral("Hb 98 g/L"));
    low.needsAction = true;
    low.id = 7;
    const QList<ResultDue> due = resultsDue({low}, Gestation::fromWeeks(28));
    REQUIRE(due.size() == 1);
    CHECK(due.front().resultId == 7);
    CHECK(due.front().reason.contains(QStringLiteral("Hb 98 g/L")));
    low.actionTaken = QStringLiteral("oral iron prescribed by GP");
    low.actedOn = QDate(2027, 1, 5);
    CHECK(resultsDue({low}, Gestation::fromWeeks(28)).isEmpty());
}

TEST_CASE("Impossible results are refused", "[results]")
{
    const QDate began(2026, 8, 10);
    const QDate today(2027, 3, 22);
    TestResult r = result("fbc", QStringLiteral("Hb 120 g/L"));
    CHECK(resultProblems(r, began, today).isEmpty());
    r.kind = QStringLiteral("fbc_booking");
    r.value = QStringLiteral("  ");
    r.date = QDate(2027, 4, 1);
    r.actionTaken = QStringLiteral("iron");
    QStringList paths;
    for (const FieldError &e : resultProblems(r, began, today))
        paths << e.path;
    CHECK(paths == QStringList{QStringLiteral("kind"), QStringLiteral("date"),
                               QStringLiteral("value"), QStringLiteral("acted_on")});
    r = result("fbc", QStringLiteral("Hb 120 g/L"), QDate(2026, 8, 1));
    CHECK(resultProblems(r, began, today).constFirst().path == QStringLiteral("date"));
}
