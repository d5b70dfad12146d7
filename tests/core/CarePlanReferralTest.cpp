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
    // Rules v2: what every woman is offered comes first; nothing else for a low-risk booking.
    CHECK(recommendationCodes(lowRisk) ==
          QStringList{QStringLiteral("folic_acid_400"), QStringLiteral("vitamin_d"),
                      QStringLiteral("vaccine_pertussis"), QStringLiteral("vaccine_rsv"),
                      QStringLiteral("vaccine_flu"), QStringLiteral("co_monitoring")});
    CHECK(recommendation(lowRisk, "co_monitoring").source == QLatin1String("SBL v3"));

    b.assessment.measurements.coPpm.reset();
    CHECK(recommends(b, "co_monitoring"));
    CHECK_FALSE(recommends(b, "referral_stop_smoking"));

    b.assessment.smoking = Smoking::Ex;
    b.assessment.measurements.coPpm = 3.9;
    CHECK_FALSE(recommends(b, "referral_stop_smoking"));
    b.assessment.measurements.coPpm = 4.0;
    const Recommendation r = recommendation(planOf(b), "referral_stop_smoking");
    CHECK(r.source == QLatin1String("SBL v3, NICE NG209"));
    CHECK(anyContains(r.reasons, "4 ppm"));

    b.assessment.measurements.coPpm = 1.0;
    b.assessment.smoking = Smoking::Current;
    CHECK(anyContains(recommendation(planOf(b), "referral_stop_smoking").reasons, "smokes now"));
}

TEST_CASE("NICE CG192: a yes to Whooley, GAD-2 of 3 or a family history is assessed by the "
          "midwife, not referred",
          "[careplan][cg192]")
{
    Booking b = lowRiskPlanBooking();
    CHECK_FALSE(recommends(b, "mental_health_assessment"));
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
    SECTION("first-degree relative with perinatal mental illness")
    {
        b.assessment.conditions = {QStringLiteral("family_perinatal_mental_illness")};
    }
    const CarePlan plan = planOf(b);
    const Recommendation r = recommendation(plan, "mental_health_assessment");
    CHECK(r.source == QLatin1String("NICE CG192"));
    CHECK(r.reasons.size() == 1);
    CHECK_FALSE(
        recommendationCodes(plan).contains(QStringLiteral("referral_perinatal_mental_health")));
}

TEST_CASE("NICE CG192: severe or inpatient mental illness is referred to the perinatal team",
          "[careplan][cg192]")
{
    Booking b = lowRiskPlanBooking();
    CHECK_FALSE(recommends(b, "referral_perinatal_mental_health"));
    SECTION("severe mental illness")
    {
        b.assessment.conditions = {QStringLiteral("severe_mental_illness")};
    }
    SECTION("psychiatric inpatient care")
    {
        b.assessment.conditions = {QStringLiteral("psychiatric_inpatient_care")};
    }
    const CarePlan plan = planOf(b);
    const Recommendation r = recommendation(plan, "referral_perinatal_mental_health");
    CHECK(r.source == QLatin1String("NICE CG192"));
    CHECK(r.reasons.size() == 1);
    CHECK_FALSE(recommendationCodes(plan).contains(QStringLiteral("mental_health_assessment")));
}

TEST_CASE("NICE CG192: GAD-2 of 2 and two Whooley noes need no assessment", "[careplan][cg192]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.mentalHealth.gad2Score = 2;
    CHECK_FALSE(recommends(b, "mental_health_assessment"));
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
    const QStringList list = recommendationCodes(plan);
    CHECK(QSet<QString>(list.begin(), list.end()).size() == list.size());
    // The order is that of recommendationCodes(), whatever order the conditions came in.
    QStringList expectedOrder = clinical::recommendationCodes();
    expectedOrder.removeIf([&list](const QString &code) { return !list.contains(code); });
    CHECK(list == expectedOrder);
    // Everything but the folic acid 400, glucose, quadruple, LMWH from 28 weeks, induction and
    // carbon monoxide advice codes (she smokes, is not booked late and has diabetes).
    CHECK(list.size() == 20);
    for (const Recommendation &r : plan.recommendations) {
        INFO(r.code.toStdString());
        CHECK_FALSE(r.source.isEmpty());
        CHECK_FALSE(r.reasons.isEmpty());
        for (const QString &reason : r.reasons)
            CHECK_FALSE(reason.trimmed().isEmpty());
    }
    std::reverse(b.assessment.conditions.begin(), b.assessment.conditions.end());
    CHECK(recommendationCodes(planOf(b)) == list);
}

TEST_CASE("NICE NG209: CO 4 ppm or more in a woman who does not smoke gets advice on its source",
          "[careplan][ng209]")
{
    Booking b = lowRiskPlanBooking();
    for (Smoking smoking : {Smoking::Never, Smoking::Ex}) {
        b.assessment.smoking = smoking;
        b.assessment.measurements.coPpm = 3.9;
        CHECK_FALSE(recommends(b, "co_source_advice"));
        b.assessment.measurements.coPpm = 4.0;
        const Recommendation r = recommendation(planOf(b), "co_source_advice");
        CHECK(r.source == QLatin1String("NICE NG209"));
        CHECK(anyContains(r.reasons, "4 ppm"));
        CHECK_FALSE(recommends(b, "co_poisoning_advice"));
    }
    b.assessment.smoking = Smoking::Current; // smoking is the source: no source advice
    b.assessment.measurements.coPpm = 12.0;
    CHECK_FALSE(recommends(b, "co_source_advice"));
    CHECK_FALSE(recommends(b, "co_poisoning_advice"));
    CHECK(recommends(b, "referral_stop_smoking"));
}

TEST_CASE("NICE NG209: CO above 10 ppm in a woman who does not smoke is possible poisoning",
          "[careplan][ng209]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.measurements.coPpm = 10.0;
    CHECK_FALSE(recommends(b, "co_poisoning_advice"));
    b.assessment.measurements.coPpm = 10.1;
    const CarePlan plan = planOf(b);
    const Recommendation r = recommendation(plan, "co_poisoning_advice");
    CHECK(r.source == QLatin1String("NICE NG209"));
    CHECK(recommendationCodes(plan).contains(QStringLiteral("co_source_advice")));
    CHECK(clinical::recommendationAdvice(r.code).contains(QLatin1String("Gas Emergency")));

    RuleSettings trust; // the thresholds are settings
    trust.coRaisedPpm = 6.0;
    trust.coPoisoningPpm = 15.0;
    CHECK_FALSE(recommends(b, "co_poisoning_advice", trust));
    b.assessment.measurements.coPpm = 5.9;
    CHECK_FALSE(recommends(b, "co_source_advice", trust));
    CHECK_FALSE(recommends(b, "referral_stop_smoking", trust));
    b.assessment.measurements.coPpm = 6.0;
    CHECK(recommends(b, "co_source_advice", trust));
}

TEST_CASE("Working Together 2023: under 16 at booking is a safeguarding referral, under 13 child "
          "protection",
          "[careplan][safeguarding]")
{
    Booking b = lowRiskPlanBooking();
    setFirstPregnancy(b);
    setAge(b, 16);
    CHECK_FALSE(recommends(b, "referral_safeguarding"));
    CHECK(recommends(b, "referral_teenage_pregnancy_team"));

    setAge(b, 15);
    CarePlan plan = planOf(b);
    Recommendation r = recommendation(plan, "referral_safeguarding");
    CHECK(r.source.contains(QLatin1String("Working Together 2023")));
    CHECK(anyContains(r.reasons, "under 16"));
    CHECK(recommendationCodes(plan).contains(QStringLiteral("referral_teenage_pregnancy_team")));

    setAge(b, 13);
    CHECK(anyContains(recommendation(planOf(b), "referral_safeguarding").reasons, "under 16"));
    b.woman.dateOfBirth = b.pregnancy.bookingDate.addYears(-13).addDays(1); // 12 at booking
    r = recommendation(planOf(b), "referral_safeguarding");
    CHECK(anyContains(r.reasons, "child-protection"));
}

TEST_CASE("RCOG GTG 37a: LMWH is prescribed by the obstetric team, so a consultant review comes "
          "with it",
          "[careplan][vte]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.conditions = {QStringLiteral("thrombophilia_high_risk")}; // 3: from 28 weeks
    CarePlan plan = planOf(b);
    REQUIRE(recommendationCodes(plan).contains(QStringLiteral("lmwh_from_28_weeks")));
    CHECK(plan.pathway == CarePathway::MidwifeLed); // not an obstetric-unit factor
    Recommendation r = recommendation(plan, "consultant_obstetric_review");
    CHECK(r.source.contains(QLatin1String("RCOG GTG 37a")));
    CHECK(anyContains(r.reasons, "LMWH"));
    CHECK(clinical::recommendationAdvice(QStringLiteral("lmwh_from_28_weeks"))
              .contains(QLatin1String("prescription")));
    CHECK(clinical::recommendationAdvice(QStringLiteral("aspirin"))
              .contains(QLatin1String("prescription")));

    b.assessment.conditions = {QStringLiteral("thrombophilia_low_risk")};
    CHECK_FALSE(recommends(b, "consultant_obstetric_review"));
}
