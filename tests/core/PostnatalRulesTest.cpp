// SPDX-License-Identifier: MIT
// At and after the birth (rules page): postnatal contacts, case by case at each threshold's edge
// (NICE NG194: weight loss over 10%, jaundice in the first 24 hours, blood pressure 150/100, the
// blood spot from day 5 to day 8; NICE CG192: Whooley and GAD-2).
#include "TestSupport.h"

#include "clinical/PostnatalRules.h"

using namespace bb;
using namespace bb::clinical;

namespace {

const QDate kBorn(2027, 5, 10); // day 0

Birth twins()
{
    Birth b;
    b.date = kBorn;
    Baby first;
    first.id = 11;
    first.order = 1;
    first.weightGrams = 3000;
    Baby second = first;
    second.id = 12;
    second.order = 2;
    second.weightGrams = 2500;
    b.babies = {first, second};
    return b;
}

PostnatalContact contactOn(int day)
{
    PostnatalContact c;
    c.date = kBorn.addDays(day);
    c.clinicianId = 1;
    return c;
}

QStringList actionCodes(const QList<ContactAction> &actions)
{
    QStringList list;
    for (const ContactAction &a : actions)
        list << a.code;
    return list;
}

} // namespace

TEST_CASE("NICE NG194: a baby who has lost more than 10% of the birth weight needs a feeding "
          "assessment and exactly 10% does not",
          "[postnatal][rules]")
{
    CHECK(weightChangePercent(3000, 2700) == Approx(-10.0));
    PostnatalContact c = contactOn(3);
    c.babies = {BabyCheck{11, 2700, Jaundice::None, Feeding::Breast, false, false, false}};
    CHECK(actionCodes(assessPostnatal(c, twins(), {})).isEmpty());
    c.babies.front().weightGrams = 2699;
    const QList<ContactAction> actions = assessPostnatal(c, twins(), {});
    REQUIRE(actionCodes(actions) == QStringList{QStringLiteral("feeding_assessment")});
    CHECK(actions.front().source == QStringLiteral("NICE NG194"));
    CHECK(actions.front().reasons.front().contains(QStringLiteral("10.0% below")));
    // Each twin against its own birth weight: 2250 g is 10% below 2500 g.
    c.babies = {BabyCheck{12, 2250, Jaundice::None, Feeding::Breast, false, false, false}};
    CHECK(actionCodes(assessPostnatal(c, twins(), {})).isEmpty());
    c.babies.front().weightGrams = 2249;
    CHECK(actionCodes(assessPostnatal(c, twins(), {})) ==
          QStringList{QStringLiteral("feeding_assessment")});
}

TEST_CASE("NICE NG194: jaundice in the first 24 hours is an urgent assessment the same day and "
          "later jaundice is not",
          "[postnatal][rules]")
{
    PostnatalContact c = contactOn(1);
    c.babies = {BabyCheck{11, {}, Jaundice::After24Hours, Feeding::Breast, false, false, false}};
    CHECK(actionCodes(assessPostnatal(c, twins(), {})).isEmpty());
    c.babies.front().jaundice = Jaundice::Under24Hours;
    CHECK(actionCodes(assessPostnatal(c, twins(), {})) ==
          QStringList{QStringLiteral("jaundice_urgent_assessment")});
}

TEST_CASE("Rules page: postnatal blood pressure 150/100 or more is reviewed the same day",
          "[postnatal][rules]")
{
    PostnatalContact c = contactOn(2);
    for (const auto &[bp, review] : {std::pair{BloodPressure{149, 99}, false},
                                     {BloodPressure{150, 90}, true},
                                     {BloodPressure{140, 100}, true}}) {
        c.bloodPressure = bp;
        CHECK(actionCodes(assessPostnatal(c, twins(), {})).contains(QStringLiteral("bp_review")) ==
              review);
    }
}

TEST_CASE("NICE CG192 after the birth: a yes to a Whooley question or GAD-2 of 3 or more",
          "[postnatal][rules]")
{
    PostnatalContact c = contactOn(10);
    c.mentalHealth = MentalHealthAnswers{false, false, 2};
    CHECK(actionCodes(assessPostnatal(c, twins(), {})).isEmpty());
    c.mentalHealth->gad2Score = 3;
    CHECK(actionCodes(assessPostnatal(c, twins(), {})) ==
          QStringList{QStringLiteral("mental_health_assessment")});
    c.mentalHealth = MentalHealthAnswers{true, false, 0};
    CHECK(assessPostnatal(c, twins(), {}).front().source == QStringLiteral("NICE CG192"));
}

TEST_CASE("The newborn blood spot: due from day 5 to day 8, overdue after, and not once taken",
          "[postnatal][rules]")
{
    const auto spot = [](int day, bool taken, const QHash<qint64, QDate> &before = {}) {
        PostnatalContact c = contactOn(day);
        c.babies = {BabyCheck{11, {}, Jaundice::None, Feeding::Breast, taken, false, false}};
        return actionCodes(assessPostnatal(c, twins(), before));
    };
    CHECK(spot(4, false).isEmpty());
    CHECK(spot(5, false) == QStringList{QStringLiteral("blood_spot_due")});
    CHECK(spot(8, false) == QStringList{QStringLiteral("blood_spot_due")});
    CHECK(spot(9, false) == QStringList{QStringLiteral("blood_spot_overdue")});
    CHECK(spot(6, true).isEmpty());
    CHECK(spot(9, false, {{11, kBorn.addDays(5)}}).isEmpty()); // taken at an earlier contact
    // A stillborn baby has no blood spot test.
    Birth still = twins();
    still.babies[0].outcome = BabyOutcome::Stillbirth;
    PostnatalContact c = contactOn(6);
    c.babies = {
        BabyCheck{11, {}, Jaundice::NotAssessed, Feeding::NotDiscussed, false, false, false}};
    CHECK(assessPostnatal(c, still, {}).isEmpty());
}

TEST_CASE("The newborn blood spot is repeated at 28 days for a baby born before 32+0",
          "[postnatal][rules]")
{
    const QHash<qint64, QDate> takenOnDay5{{11, kBorn.addDays(5)}};
    PostnatalContact c = contactOn(28);
    c.babies = {BabyCheck{11, {}, Jaundice::None, Feeding::Breast, false, false, false}};
    CHECK(actionCodes(assessPostnatal(c, twins(), takenOnDay5, Gestation::fromWeeks(31, 6))) ==
          QStringList{QStringLiteral("blood_spot_repeat_due")});
    CHECK(
        actionCodes(assessPostnatal(c, twins(), takenOnDay5, Gestation::fromWeeks(32))).isEmpty());
    c.date = kBorn.addDays(27);
    CHECK(actionCodes(assessPostnatal(c, twins(), takenOnDay5, Gestation::fromWeeks(31, 6)))
              .isEmpty());
    c.date = kBorn.addDays(30);
    CHECK(actionCodes(
              assessPostnatal(c, twins(), {{11, kBorn.addDays(29)}}, Gestation::fromWeeks(31, 6)))
              .isEmpty());
}

TEST_CASE("A postnatal contact that cannot be is refused, each with its path", "[postnatal][rules]")
{
    const QDate today = kBorn.addDays(20);
    PostnatalContact c = contactOn(3);
    CHECK(postnatalProblems(c, twins(), today).isEmpty());
    c.date = kBorn.addDays(-1);
    CHECK(postnatalProblems(c, twins(), today).front().path == QStringLiteral("date"));
    c = contactOn(21);
    CHECK(postnatalProblems(c, twins(), today).front().path == QStringLiteral("date"));
    c = contactOn(3);
    c.temperatureC = 43.0;
    c.bloodPressure = BloodPressure{300, 20};
    c.babies = {BabyCheck{99, 100, Jaundice::None, Feeding::Breast, false, false, false}};
    QStringList paths;
    for (const FieldError &e : postnatalProblems(c, twins(), today))
        paths << e.path;
    CHECK(paths == QStringList{QStringLiteral("bp"), QStringLiteral("bp"),
                               QStringLiteral("temperature"), QStringLiteral("babies[0].baby"),
                               QStringLiteral("babies[0].weight_g")});
}
