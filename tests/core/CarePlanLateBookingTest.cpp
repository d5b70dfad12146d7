// SPDX-License-Identifier: MIT
// Rules version 2 for a woman booked late or carrying more than one baby: the results review
// (NICE NG201), induction at 41+0 (NICE NG207), twins and triplets (NICE NG137), and what a
// late booking still offers.
#include "CarePlanTestSupport.h"

using namespace bb;
using namespace bb::careplantest;

namespace {

const PlannedContact *reviewOf(const CarePlan &plan)
{
    for (const PlannedContact &c : plan.contacts) {
        if (c.purpose.contains(QLatin1String("booking blood tests and screening results")))
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("NICE NG201: a booking from 16+0 to before 39+0 has its results reviewed 14 days later",
          "[careplan][ng201][late]")
{
    Booking b = lowRiskPlanBooking(); // parous: contacts at 16, 28, 34, 36, 38, 41
    setBookingGestation(b, 15, 6);
    CHECK(reviewOf(planOf(b)) == nullptr);

    setBookingGestation(b, 16, 0);
    CarePlan plan = planOf(b);
    const PlannedContact *review = reviewOf(plan);
    REQUIRE(review != nullptr);
    CHECK(review->date == b.pregnancy.bookingDate.addDays(14));
    CHECK(review->week == 18); // completed weeks on that date
    CHECK(review->purpose ==
          QLatin1String("review of your booking blood tests and screening results"));

    setBookingGestation(b, 28, 1); // the next contact, 34+0, is 41 days away
    plan = planOf(b);
    review = reviewOf(plan);
    REQUIRE(review != nullptr);
    CHECK(review->week == 30);
    // From 38+0 the 41-week contact is always within 21 days, so 39+0's limit never shows here.
    setBookingGestation(b, 38, 0);
    CHECK(reviewOf(planOf(b)) == nullptr);
}

TEST_CASE("NICE NG201: no results review for more than one baby", "[careplan][ng201][late]")
{
    Booking b = lowRiskPlanBooking();
    b.pregnancy.fetuses = 2;
    setBookingGestation(b, 20, 0);
    CHECK(planOf(b).contacts.isEmpty());
}

TEST_CASE("NICE NG201: no results review when a contact falls 7 to 21 days after booking",
          "[careplan][ng201][late]")
{
    Booking b = lowRiskPlanBooking(); // parous: the next contact after 16+0 is 28+0
    setBookingGestation(b, 27, 0);    // 28+0 is 7 days later
    CHECK(reviewOf(planOf(b)) == nullptr);
    setBookingGestation(b, 27, 1); // 6 days later: too soon to have the results
    CHECK(reviewOf(planOf(b)) != nullptr);
    setBookingGestation(b, 25, 0); // 28+0 is 21 days later
    CHECK(reviewOf(planOf(b)) == nullptr);
    setBookingGestation(b, 24, 6); // 22 days later: too long to wait
    const CarePlan plan = planOf(b);
    REQUIRE(reviewOf(plan) != nullptr);
    // Contacts stay in date order with the review among them.
    CHECK(plan.contacts.at(0).date == b.pregnancy.bookingDate.addDays(14));
    CHECK(plan.contacts.at(1).week == 28);
}

TEST_CASE("NICE NG201: the late-booking worked example books no review when 25 weeks is 7 days "
          "away",
          "[careplan][ng201][late]")
{
    Booking b = lowRiskPlanBooking();
    setFirstPregnancy(b);
    setBookingGestation(b, 24, 0);
    const CarePlan plan = planOf(b);
    CHECK(reviewOf(plan) == nullptr);
    CHECK(plan.contacts.first().week == 25);
}

TEST_CASE("NICE NG207: booked at 41+0 or later, induction of labour is offered now",
          "[careplan][ng207][late]")
{
    Booking b = lowRiskPlanBooking();
    setBookingGestation(b, 40, 6);
    CHECK_FALSE(recommends(b, "induction_offer"));
    setBookingGestation(b, 41, 0);
    const CarePlan plan = planOf(b);
    const Recommendation r = recommendation(plan, "induction_offer");
    CHECK(r.source == QLatin1String("NICE NG207"));
    CHECK(anyContains(r.reasons, "41+0"));
    CHECK(plan.contacts.isEmpty());
    setBookingGestation(b, 42, 0);
    CHECK(recommends(b, "induction_offer"));
}

TEST_CASE("NICE NG137: twins and triplets are cared for by the multiple-pregnancy team",
          "[careplan][ng137]")
{
    Booking b = lowRiskPlanBooking();
    CHECK_FALSE(recommends(b, "referral_multiple_pregnancy_team"));
    for (int fetuses : {2, 3}) {
        b.pregnancy.fetuses = fetuses;
        const CarePlan plan = planOf(b);
        INFO(fetuses);
        const Recommendation r = recommendation(plan, "referral_multiple_pregnancy_team");
        CHECK(r.source == QLatin1String("NICE NG137"));
        CHECK(anyContains(r.reasons, fetuses == 2 ? "2 babies" : "3 babies"));
        // The single-baby schedule is not planned: the team sets it by chorionicity.
        CHECK(plan.contacts.isEmpty());
        CHECK(plan.pathway == CarePathway::ObstetricLed);
    }
}

TEST_CASE("SBL v3: a smoker's CO is tested at every contact, and from 24+0 every contact, the "
          "results review too, talks about movements",
          "[careplan][sbl][late]")
{
    Booking b = lowRiskPlanBooking();
    setBookingGestation(b, 29, 0); // parous: review at 31+0, then 34, 36, 38, 41
    b.assessment.smoking = Smoking::Current;
    const CarePlan plan = planOf(b);
    REQUIRE(reviewOf(plan) != nullptr);
    for (const PlannedContact &c : plan.contacts) {
        INFO(c.week);
        CHECK(anyContains(c.checks, "carbon monoxide (CO) breath test"));
        CHECK(c.checks.count(QStringLiteral("carbon monoxide (CO) breath test")) == 1);
        CHECK(anyContains(c.discussed, "movements"));
    }
    b.assessment.smoking = Smoking::Never;
    CHECK_FALSE(anyContains(planOf(b).contacts.first().checks, "carbon monoxide"));
}
