// SPDX-License-Identifier: MIT
// Rules version 2: when each recommendation applies. Windows carry `from` and `to`, start no
// earlier than the booking date, and one that ended before booking becomes "as soon as
// possible" (booking to booking + 14 days). Sources: NICE NG133, NG3, NG201, NG247, RCOG GTG
// 37a, FASP, UKHSA Green Book chapters 19, 24 and 27a.
#include "CarePlanTestSupport.h"

using namespace bb;
using namespace bb::careplantest;

namespace {
using Window = QPair<QDate, QDate>;
}

TEST_CASE("NICE NG133: aspirin from 12+0 until birth, from booking when booked later",
          "[careplan][ng133][windows]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.conditions = {QStringLiteral("chronic_hypertension")};
    setBookingGestation(b, 8, 0);
    CarePlan plan = planOf(b);
    CHECK(windowOf(plan, "aspirin") == Window(dateAt(plan, 12), plan.edd));
    CHECK(recommendation(plan, "aspirin").dose == QLatin1String("150 mg once a day"));

    setBookingGestation(b, 20, 3);
    plan = planOf(b);
    CHECK(windowOf(plan, "aspirin") == Window(b.pregnancy.bookingDate, plan.edd));

    RuleSettings trust;
    trust.aspirinDoseMg = 75; // NG133 allows 75-150 mg; a trust may choose
    CHECK(recommendation(planOf(b, trust), "aspirin").dose == QLatin1String("75 mg once a day"));
}

TEST_CASE("NICE NG201 and NG247: folic acid 400 micrograms for every woman to 12+6",
          "[careplan][ng247][windows]")
{
    Booking b = lowRiskPlanBooking();
    setBookingGestation(b, 6, 2);
    CarePlan plan = planOf(b);
    const Recommendation r = recommendation(plan, "folic_acid_400");
    CHECK(r.dose == QLatin1String("400 micrograms once a day"));
    CHECK(windowOf(plan, "folic_acid_400") == Window(b.pregnancy.bookingDate, dateAt(plan, 12, 6)));
    setBookingGestation(b, 12, 6);
    plan = planOf(b);
    CHECK(windowOf(plan, "folic_acid_400") == Window(b.pregnancy.bookingDate, dateAt(plan, 12, 6)));
    setBookingGestation(b, 13, 0);
    CHECK_FALSE(recommends(b, "folic_acid_400"));
}

TEST_CASE("NICE NG201 and NG247: vitamin D 10 micrograms for every woman, booking to EDD",
          "[careplan][ng247][windows]")
{
    Booking b = lowRiskPlanBooking();
    for (int week : {5, 24, 39}) {
        setBookingGestation(b, week, 0);
        const CarePlan plan = planOf(b);
        INFO(week);
        CHECK(windowOf(plan, "vitamin_d") == Window(b.pregnancy.bookingDate, plan.edd));
        CHECK(recommendation(plan, "vitamin_d").dose == QLatin1String("10 micrograms once a day"));
    }
}

TEST_CASE("Green Book ch. 24: whooping cough vaccine from 16+0, ideally by 32+0, after that to EDD",
          "[careplan][greenbook][windows]")
{
    Booking b = lowRiskPlanBooking();
    setBookingGestation(b, 10, 0);
    CarePlan plan = planOf(b);
    CHECK(recommendation(plan, "vaccine_pertussis").source ==
          QLatin1String("UKHSA Green Book ch. 24"));
    CHECK(windowOf(plan, "vaccine_pertussis") == Window(dateAt(plan, 16), dateAt(plan, 32)));
    setBookingGestation(b, 32, 0);
    plan = planOf(b);
    CHECK(windowOf(plan, "vaccine_pertussis") ==
          Window(b.pregnancy.bookingDate, b.pregnancy.bookingDate));
    setBookingGestation(b, 32, 1); // after 32+0: still worth having, to the EDD
    plan = planOf(b);
    CHECK(windowOf(plan, "vaccine_pertussis") == Window(b.pregnancy.bookingDate, plan.edd));
}

TEST_CASE("Green Book ch. 27a: RSV vaccine from 28+0 to the EDD", "[careplan][greenbook][windows]")
{
    Booking b = lowRiskPlanBooking();
    CarePlan plan = planOf(b);
    CHECK(recommendation(plan, "vaccine_rsv").source == QLatin1String("UKHSA Green Book ch. 27a"));
    CHECK(windowOf(plan, "vaccine_rsv") == Window(dateAt(plan, 28), plan.edd));
    setBookingGestation(b, 33, 4);
    plan = planOf(b);
    CHECK(windowOf(plan, "vaccine_rsv") == Window(b.pregnancy.bookingDate, plan.edd));
}

TEST_CASE("Green Book ch. 19: flu vaccine at any stage in the season, with no window",
          "[careplan][greenbook][windows]")
{
    Booking b = lowRiskPlanBooking();
    for (int week : {6, 30, 41}) {
        setBookingGestation(b, week, 0);
        const Recommendation r = recommendation(planOf(b), "vaccine_flu");
        INFO(week);
        CHECK(r.source == QLatin1String("UKHSA Green Book ch. 19"));
        CHECK_FALSE(r.hasWindow());
    }
}

TEST_CASE("NICE NG3: OGTT 24+0 to 28+0, booked after 28+0 as soon as possible",
          "[careplan][ng3][windows]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.conditions = {QStringLiteral("family_diabetes")};
    CarePlan plan = planOf(b);
    CHECK(windowOf(plan, "ogtt_24_28_weeks") == Window(dateAt(plan, 24), dateAt(plan, 28)));
    setBookingGestation(b, 26, 0);
    plan = planOf(b);
    CHECK(windowOf(plan, "ogtt_24_28_weeks") == Window(b.pregnancy.bookingDate, dateAt(plan, 28)));
    setBookingGestation(b, 28, 1); // the window has ended: booking to booking + 14 days
    plan = planOf(b);
    const QDate booked = b.pregnancy.bookingDate;
    CHECK(windowOf(plan, "ogtt_24_28_weeks") == Window(booked, booked.addDays(14)));
}

TEST_CASE("NICE NG3: previous GDM, an early test from booking for 14 days",
          "[careplan][ng3][windows]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.conditions = {QStringLiteral("previous_gdm")};
    const QDate booked = b.pregnancy.bookingDate;
    CHECK(windowOf(planOf(b), "early_glucose_test") == Window(booked, booked.addDays(14)));
}

TEST_CASE("RCOG GTG 37a: LMWH windows run to 6 weeks after the EDD", "[careplan][vte][windows]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.conditions = {QStringLiteral("previous_vte")};
    CarePlan plan = planOf(b);
    CHECK(windowOf(plan, "lmwh_from_booking") ==
          Window(b.pregnancy.bookingDate, plan.edd.addDays(42)));
    b.assessment.conditions = {QStringLiteral("thrombophilia_high_risk")};
    plan = planOf(b);
    CHECK(windowOf(plan, "lmwh_from_28_weeks") == Window(dateAt(plan, 28), plan.edd.addDays(42)));
}

TEST_CASE("FASP: quadruple test booked 14+2 to 20+0 with no dating scan, to 20+0",
          "[careplan][fasp][windows]")
{
    Booking b = lowRiskPlanBooking();
    setBookingGestation(b, 14, 1);
    CHECK_FALSE(recommends(b, "quadruple_test")); // a dating scan can still be had
    setBookingGestation(b, 14, 2);
    CarePlan plan = planOf(b);
    const Recommendation r = recommendation(plan, "quadruple_test");
    CHECK(r.source == QLatin1String("FASP"));
    CHECK(r.category == RecommendationCategory::Test);
    CHECK(windowOf(plan, "quadruple_test") == Window(b.pregnancy.bookingDate, dateAt(plan, 20)));
    setBookingGestation(b, 20, 0);
    CHECK(recommends(b, "quadruple_test"));
    setBookingGestation(b, 20, 1);
    CHECK_FALSE(recommends(b, "quadruple_test"));

    // Dated by a scan with CRL in range: the combined test was done with it.
    setBookingGestation(b, 16, 0);
    b.pregnancy.datingScan = DatingScan{b.pregnancy.lmp.addDays(12 * 7), 60.0};
    CHECK_FALSE(recommends(b, "quadruple_test"));
    b.pregnancy.datingScan->crlMm = 90.0; // cannot date: the LMP does, and no screening was done
    CHECK(recommends(b, "quadruple_test"));
}

TEST_CASE("Rules v2: no window of any plan starts before its booking date", "[careplan][windows]")
{
    Booking b = lowRiskPlanBooking();
    setFirstPregnancy(b);
    b.assessment.conditions = {QStringLiteral("previous_vte"), QStringLiteral("family_diabetes"),
                               QStringLiteral("chronic_hypertension")};
    b.pregnancy.previousBirths = 1;
    b.assessment.conditions << QStringLiteral("previous_gdm");
    for (int days = 4 * 7; days <= 42 * 7; days += 3) {
        setBookingGestation(b, days / 7, days % 7);
        const CarePlan plan = planOf(b);
        INFO(plan.gestationAtBooking.toString().toStdString());
        for (const Recommendation &r : plan.recommendations) {
            INFO(r.code.toStdString());
            if (!r.hasWindow())
                continue;
            CHECK(r.from >= b.pregnancy.bookingDate);
            CHECK(r.to >= r.from);
        }
        for (const ScanWindow &s : plan.scans) {
            CHECK(s.from >= b.pregnancy.bookingDate);
            CHECK(s.to >= s.from);
        }
        for (const PlannedContact &c : plan.contacts)
            CHECK(c.date > b.pregnancy.bookingDate);
    }
}
