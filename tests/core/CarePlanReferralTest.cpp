// SPDX-License-Identifier: MIT
// Tests, referrals and support in the care plan: SBL v3 (CO, smoking, diabetes team), NICE
// CG192 (mental health), NG133 (hypertension), social referrals, and the list's invariants.
#include "CarePlanTestSupport.h"

#include "clinical/Recommendations.h"

#include <QSet>

using namespace bb;
using namespace bb::careplantest;

TEST_CASE("SBL v3: CO monitoring for every woman, stop smoking on smoking or CO >= 4",
          "[careplan][sbl]")
{
    Booking b = lowRiskPlanBooking();
    const CarePlan lowRisk = planOf(b);
    CHECK(codes(lowRisk) == QStringList{QStringLiteral("co_monitoring")});
    CHECK(recommendation(lowRisk, "co_monitoring").source == QLatin1String("SBL v3"));

    b.assessment.measurements.coPpm.reset();
    CHECK(recommends(b, "co_monitoring"));
    CHECK_FALSE(recommends(b, "referral_stop_smoking"));

    b.assessment.smoking = Smoking::Ex;
    b.assessment.measurements.coPpm = 3.9;
    CHECK_FALSE(recommends(b, "referral_stop_smoking"));
    b.assessment.measurements.coPpm = 4.0;
    const Recommendation r = recommendation(planOf(b), "referral_stop_smoking");
    CHECK(r.source == QLatin1String("SBL v3"));
    CHECK(anyContains(r.reasons, "4 ppm"));

    b.assessment.measurements.coPpm = 1.0;
    b.assessment.smoking = Smoking::Current;
    CHECK(anyContains(recommendation(planOf(b), "referral_stop_smoking").reasons, "smokes now"));
}

TEST_CASE("NICE CG192: perinatal mental health referral", "[careplan][cg192]")
{
    Booking b = lowRiskPlanBooking();
    CHECK_FALSE(recommends(b, "referral_perinatal_mental_health"));
    SECTION("Whooley: low mood")
    {
        b.assessment.mentalHealth.lowMood = true;
    }
    SECTION("Whooley: little interest")
    {
        b.assessment.mentalHealth.littleInterest = true;
    }
    SECTION("GAD-2 of 3")
    {
        b.assessment.mentalHealth.gad2Score = 3;
    }
    SECTION("severe mental illness")
    {
        b.assessment.conditions = {QStringLiteral("severe_mental_illness")};
    }
    SECTION("psychiatric inpatient care")
    {
        b.assessment.conditions = {QStringLiteral("psychiatric_inpatient_care")};
    }
    const Recommendation r = recommendation(planOf(b), "referral_perinatal_mental_health");
    CHECK(r.source == QLatin1String("NICE CG192"));
    CHECK(r.reasons.size() == 1);
}

TEST_CASE("NICE CG192: GAD-2 of 2 is no referral", "[careplan][cg192]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.mentalHealth.gad2Score = 2;
    CHECK_FALSE(recommends(b, "referral_perinatal_mental_health"));
}

TEST_CASE("Referrals: diabetes team, hypertension specialist, consultant review", "[careplan]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.conditions = {QStringLiteral("type1_diabetes")};
    CHECK(recommendation(planOf(b), "referral_diabetes_team").source == QLatin1String("SBL v3"));

    b.assessment.conditions = {QStringLiteral("chronic_hypertension")};
    const CarePlan plan = planOf(b);
    CHECK(recommendation(plan, "referral_hypertension_specialist").source ==
          QLatin1String("NICE NG133"));
    CHECK(plan.pathway == CarePathway::ObstetricLed);
    CHECK(recommendation(plan, "consultant_obstetric_review").source ==
          QLatin1String("NICE NG235"));

    // An IA factor alone keeps the midwife-led pathway: no consultant review.
    b.assessment.conditions = {QStringLiteral("previous_third_degree_tear")};
    CHECK_FALSE(recommends(b, "consultant_obstetric_review"));
    b.pregnancy.previousCaesareans = 1;
    CHECK(recommends(b, "consultant_obstetric_review"));
}

TEST_CASE("Referrals: teenage pregnancy team under 20", "[careplan]")
{
    Booking b = lowRiskPlanBooking();
    setAge(b, 20);
    CHECK_FALSE(recommends(b, "referral_teenage_pregnancy_team"));
    b.woman.dateOfBirth = b.pregnancy.bookingDate.addYears(-20).addDays(1); // 20 tomorrow
    const CarePlan plan = planOf(b);
    CHECK(plan.ageAtBooking == 19);
    CHECK(anyContains(recommendation(plan, "referral_teenage_pregnancy_team").reasons, "19"));
}

TEST_CASE("Referrals: social codes and interpreter", "[careplan]")
{
    Booking b = lowRiskPlanBooking();
    b.woman.social = {QStringLiteral("refugee")};
    CHECK(recommends(b, "referral_asylum_refugee_team"));
    CHECK_FALSE(recommends(b, "referral_safeguarding"));
    b.woman.social = {QStringLiteral("asylum_seeker")};
    CHECK(recommends(b, "referral_asylum_refugee_team"));
    b.woman.social = {QStringLiteral("domestic_abuse")};
    CHECK(recommends(b, "referral_safeguarding"));
    CHECK_FALSE(recommends(b, "referral_asylum_refugee_team"));
    b.woman.social = {QStringLiteral("safeguarding_concern")};
    CHECK(recommends(b, "referral_safeguarding"));

    CHECK_FALSE(recommends(b, "interpreter"));
    b.woman.interpreterNeeded = true;
    b.woman.preferredLanguage = QStringLiteral("so");
    const Recommendation r = recommendation(planOf(b), "interpreter");
    CHECK(r.category == RecommendationCategory::Support);
    CHECK(anyContains(r.reasons, "so"));
}

TEST_CASE("Recommendations: stable order, each code once, source and reasons on each", "[careplan]")
{
    Booking b = lowRiskPlanBooking();
    setFirstPregnancy(b);
    setAge(b, 19);
    setBmi(b, 41.0);
    b.woman.ethnicCategory = QStringLiteral("J");
    b.woman.interpreterNeeded = true;
    b.woman.social = {QStringLiteral("asylum_seeker"), QStringLiteral("refugee"),
                      QStringLiteral("domestic_abuse"), QStringLiteral("safeguarding_concern")};
    b.assessment.smoking = Smoking::Current;
    b.assessment.measurements.coPpm = 12.0;
    b.assessment.mentalHealth = {true, true, 6};
    b.assessment.conditions = {QStringLiteral("type2_diabetes"),
                               QStringLiteral("chronic_hypertension"),
                               QStringLiteral("previous_vte"),
                               QStringLiteral("severe_mental_illness"),
                               QStringLiteral("psychiatric_inpatient_care"),
                               QStringLiteral("cancer"),
                               QStringLiteral("family_preeclampsia")};
    const CarePlan plan = planOf(b);
    const QStringList list = codes(plan);
    CHECK(QSet<QString>(list.begin(), list.end()).size() == list.size());
    // The order is that of recommendationCodes(), whatever order the conditions came in.
    QStringList expectedOrder = clinical::recommendationCodes();
    expectedOrder.removeIf([&list](const QString &code) { return !list.contains(code); });
    CHECK(list == expectedOrder);
    CHECK(list.size() == 15); // all 18 but early_glucose_test, ogtt, lmwh_from_28_weeks
    for (const Recommendation &r : plan.recommendations) {
        INFO(r.code.toStdString());
        CHECK_FALSE(r.source.isEmpty());
        CHECK_FALSE(r.reasons.isEmpty());
        for (const QString &reason : r.reasons)
            CHECK_FALSE(reason.trimmed().isEmpty());
    }
    std::reverse(b.assessment.conditions.begin(), b.assessment.conditions.end());
    CHECK(codes(planOf(b)) == list);
}
