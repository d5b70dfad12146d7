// SPDX-License-Identifier: MIT
// Risk rules of the care plan, case by case against the rules page: NICE NG133 (aspirin),
// NICE NG3 (OGTT), RCOG GTG 72 / NG3 (folic acid 5 mg), RCOG GTG 37a (VTE, before and after birth).
#include "CarePlanTestSupport.h"

#include "clinical/BookingFacts.h"
#include "clinical/VteRisk.h"

using namespace bb;
using namespace bb::careplantest;

namespace {
clinical::BookingFacts factsOf(const Booking &b)
{
    auto result = clinical::bookingFacts(b);
    REQUIRE(std::holds_alternative<clinical::BookingFacts>(result));
    return std::get<clinical::BookingFacts>(result);
}
} // namespace

TEST_CASE("NICE NG133: aspirin with one high or two moderate factors", "[careplan][ng133]")
{
    Booking b = lowRiskPlanBooking();
    REQUIRE_FALSE(recommends(b, "aspirin"));

    SECTION("one high factor is enough")
    {
        b.assessment.conditions = {QStringLiteral("chronic_hypertension")};
        const Recommendation r = recommendation(planOf(b), "aspirin");
        CHECK(r.source == QLatin1String("NICE NG133"));
        CHECK(r.category == RecommendationCategory::Medicine);
        CHECK(anyContains(r.reasons, "pre-existing high blood pressure"));
    }
    SECTION("every high condition code")
    {
        for (const char *code : {"chronic_kidney_disease", "autoimmune_disease", "type1_diabetes",
                                 "type2_diabetes", "previous_hypertensive_pregnancy",
                                 "previous_preeclampsia_preterm", "previous_eclampsia"}) {
            b.assessment.conditions = {QString::fromLatin1(code)};
            INFO(code);
            CHECK(recommends(b, "aspirin"));
        }
    }
    SECTION("first pregnancy alone is one moderate factor: no aspirin")
    {
        setFirstPregnancy(b);
        CHECK_FALSE(recommends(b, "aspirin"));
        b.assessment.conditions = {QStringLiteral("family_preeclampsia")};
        const Recommendation r = recommendation(planOf(b), "aspirin");
        CHECK(anyContains(r.reasons, "first pregnancy"));
        CHECK(anyContains(r.reasons, "family history of pre-eclampsia"));
    }
    SECTION("nulliparous after a loss is not a first pregnancy")
    {
        b.pregnancy.previousBirths = 0;
        b.pregnancy.previousLosses = 1;
        b.assessment.conditions = {QStringLiteral("family_preeclampsia")};
        const CarePlan plan = planOf(b);
        CHECK(plan.nulliparous);
        CHECK_FALSE(plan.firstPregnancy);
        CHECK_FALSE(recommendationCodes(plan).contains(QStringLiteral("aspirin")));
    }
    SECTION("age 40 is moderate, 39 is not")
    {
        b.assessment.conditions = {QStringLiteral("family_preeclampsia")};
        setAge(b, 39);
        CHECK_FALSE(recommends(b, "aspirin"));
        setAge(b, 40);
        CHECK(recommends(b, "aspirin"));
    }
    SECTION("more than 10 years since the last pregnancy")
    {
        b.assessment.conditions = {QStringLiteral("family_preeclampsia")};
        b.pregnancy.yearsSinceLastPregnancy = 10;
        CHECK_FALSE(recommends(b, "aspirin"));
        b.pregnancy.yearsSinceLastPregnancy = 11;
        CHECK(recommends(b, "aspirin"));
    }
    SECTION("BMI 35.0 is moderate, 34.9 is not")
    {
        b.assessment.conditions = {QStringLiteral("family_preeclampsia")};
        setBmi(b, 34.9);
        CHECK_FALSE(recommends(b, "aspirin"));
        setBmi(b, 35.0);
        CHECK(anyContains(recommendation(planOf(b), "aspirin").reasons, "BMI 35.0"));
        setBmi(b, 34.95); // rounds to 35.0: the rounded value is compared
        CHECK(recommends(b, "aspirin"));
    }
    SECTION("more than one baby")
    {
        b.pregnancy.fetuses = 2;
        CHECK_FALSE(recommends(b, "aspirin"));
        b.assessment.conditions = {QStringLiteral("family_preeclampsia")};
        CHECK(recommends(b, "aspirin"));
    }
}

TEST_CASE("NICE NG3: OGTT at 24-28 weeks for any GDM risk factor", "[careplan][ng3]")
{
    Booking b = lowRiskPlanBooking();
    REQUIRE_FALSE(recommends(b, "ogtt_24_28_weeks"));

    SECTION("BMI strictly above 30, rounded")
    {
        setBmi(b, 30.0);
        CHECK_FALSE(recommends(b, "ogtt_24_28_weeks"));
        setBmi(b, 30.04); // rounds to 30.0
        CHECK_FALSE(recommends(b, "ogtt_24_28_weeks"));
        setBmi(b, 30.1);
        const Recommendation r = recommendation(planOf(b), "ogtt_24_28_weeks");
        CHECK(r.source == QLatin1String("NICE NG3"));
        CHECK(anyContains(r.reasons, "BMI 30.1"));
    }
    SECTION("ethnic categories H, J, K and M")
    {
        for (const char *category : {"H", "J", "K", "M"}) {
            b.woman.ethnicCategory = QString::fromLatin1(category);
            INFO(category);
            CHECK(recommends(b, "ogtt_24_28_weeks"));
        }
        for (const char *category : {"A", "L", "N", "R", "S", "Z", ""}) {
            b.woman.ethnicCategory = QString::fromLatin1(category);
            INFO(category);
            CHECK_FALSE(recommends(b, "ogtt_24_28_weeks"));
        }
    }
    SECTION("condition codes")
    {
        for (const char *code : {"previous_gdm", "previous_baby_4_5kg", "family_diabetes",
                                 "high_diabetes_prevalence_origin"}) {
            b.assessment.conditions = {QString::fromLatin1(code)};
            INFO(code);
            CHECK(recommends(b, "ogtt_24_28_weeks"));
        }
    }
    SECTION("previous GDM also gives an early glucose test")
    {
        b.assessment.conditions = {QStringLiteral("previous_gdm")};
        const CarePlan plan = planOf(b);
        CHECK(recommendationCodes(plan).contains(QStringLiteral("early_glucose_test")));
        CHECK(recommendation(plan, "early_glucose_test").source == QLatin1String("NICE NG3"));
        b.assessment.conditions = {QStringLiteral("family_diabetes")};
        CHECK_FALSE(recommends(b, "early_glucose_test"));
    }
    SECTION("not for pre-existing diabetes")
    {
        for (const char *code : {"type1_diabetes", "type2_diabetes"}) {
            b.assessment.conditions = {QString::fromLatin1(code), QStringLiteral("family_diabetes"),
                                       QStringLiteral("previous_gdm")};
            setBmi(b, 33.0);
            const QStringList list = recommendationCodes(planOf(b));
            INFO(code);
            CHECK_FALSE(list.contains(QStringLiteral("ogtt_24_28_weeks")));
            CHECK_FALSE(list.contains(QStringLiteral("early_glucose_test")));
            CHECK(list.contains(QStringLiteral("referral_diabetes_team")));
        }
    }
}

TEST_CASE("NICE NG247: folic acid 5 mg to 12+6 for its medical reasons, BMI only by setting",
          "[careplan][ng247]")
{
    Booking b = lowRiskPlanBooking();
    SECTION("BMI 30 or more alone is no reason unless the trust setting is on (RCOG GTG 72)")
    {
        setBmi(b, 35.0);
        CHECK_FALSE(recommends(b, "folic_acid_5mg"));
        CHECK(recommends(b, "folic_acid_400"));
        RuleSettings trust;
        trust.folicAcid5mgForBmi30 = true;
        setBmi(b, 29.9);
        CHECK_FALSE(recommends(b, "folic_acid_5mg", trust));
        setBmi(b, 30.0);
        const Recommendation r = recommendation(planOf(b, trust), "folic_acid_5mg");
        CHECK(r.source.contains(QLatin1String("RCOG GTG 72")));
        CHECK(anyContains(r.reasons, "BMI 30.0"));
        setBmi(b, 29.95); // rounds to 30.0
        CHECK(recommends(b, "folic_acid_5mg", trust));
        CHECK_FALSE(recommends(b, "folic_acid_400", trust));
    }
    SECTION("diabetes, antiepileptic or HIV medicines, neural tube defect history: to 12+6")
    {
        for (const char *code : {"type1_diabetes", "type2_diabetes", "antiepileptic_medication",
                                 "antiretroviral_medication", "neural_tube_defect_history"}) {
            b.assessment.conditions = {QString::fromLatin1(code)};
            INFO(code);
            const CarePlan plan = planOf(b);
            const Recommendation r = recommendation(plan, "folic_acid_5mg");
            CHECK(r.source.startsWith(QLatin1String("NICE NG247")));
            CHECK(windowOf(plan, "folic_acid_5mg") ==
                  QPair<QDate, QDate>(b.pregnancy.bookingDate, dateAt(plan, 12, 6)));
            CHECK(r.dose == QLatin1String("5 mg once a day"));
            CHECK_FALSE(recommendationCodes(plan).contains(QStringLiteral("folic_acid_400")));
        }
    }
    SECTION("epilepsy without antiepileptic medicine is no reason")
    {
        b.assessment.conditions = {QStringLiteral("epilepsy")};
        CHECK_FALSE(recommends(b, "folic_acid_5mg"));
    }
    SECTION("booking at 12+6 yes, 13+0 no")
    {
        b.assessment.conditions = {QStringLiteral("antiepileptic_medication")};
        setBookingGestation(b, 12, 6);
        CHECK(recommends(b, "folic_acid_5mg"));
        setBookingGestation(b, 13, 0);
        CHECK_FALSE(recommends(b, "folic_acid_5mg"));
        CHECK_FALSE(recommends(b, "folic_acid_400"));
    }
    SECTION("sickle cell disease and thalassaemia major: throughout pregnancy, at any gestation")
    {
        for (const char *code : {"sickle_cell_disease", "thalassaemia_major"}) {
            b.assessment.conditions = {QString::fromLatin1(code)};
            INFO(code);
            setBookingGestation(b, 8, 0);
            CarePlan plan = planOf(b);
            CHECK(windowOf(plan, "folic_acid_5mg") ==
                  QPair<QDate, QDate>(b.pregnancy.bookingDate, plan.edd));
            setBookingGestation(b, 30, 0);
            plan = planOf(b);
            CHECK(windowOf(plan, "folic_acid_5mg") ==
                  QPair<QDate, QDate>(b.pregnancy.bookingDate, plan.edd));
        }
    }
    SECTION("12+6 falling on 29 February 2028")
    {
        b.pregnancy.lmp = QDate(2027, 12, 1);
        b.pregnancy.bookingDate = QDate(2028, 2, 29);
        setAge(b, 30);
        b.assessment.conditions = {QStringLiteral("type1_diabetes")};
        CarePlan plan = planOf(b);
        CHECK(plan.gestationAtBooking.toString() == QLatin1String("12+6"));
        CHECK(windowOf(plan, "folic_acid_5mg") ==
              QPair<QDate, QDate>(QDate(2028, 2, 29), QDate(2028, 2, 29)));
        b.pregnancy.bookingDate = QDate(2028, 3, 1);
        plan = planOf(b);
        CHECK(plan.gestationAtBooking.toString() == QLatin1String("13+0"));
        CHECK_FALSE(recommendationCodes(plan).contains(QStringLiteral("folic_acid_5mg")));
    }
}

TEST_CASE("RCOG GTG 72: weight management and anaesthetic review", "[careplan][gtg72]")
{
    Booking b = lowRiskPlanBooking();
    SECTION("weight management at 30.0, anaesthetic review at 40.0")
    {
        setBmi(b, 29.9);
        CHECK_FALSE(recommends(b, "referral_weight_management"));
        setBmi(b, 30.0);
        CHECK(recommendation(planOf(b), "referral_weight_management").source ==
              QLatin1String("RCOG GTG 72"));
        setBmi(b, 39.9);
        CHECK_FALSE(recommends(b, "anaesthetic_review"));
        setBmi(b, 40.0);
        CHECK(recommends(b, "anaesthetic_review"));
    }
}

TEST_CASE("RCOG GTG 37a: antenatal VTE score and LMWH", "[careplan][vte]")
{
    Booking b = lowRiskPlanBooking();
    auto score = [&b] { return planOf(b).vteScore; };
    REQUIRE(score() == 0);

    SECTION("previous VTE 4, surgery-provoked 3, never added together")
    {
        b.assessment.conditions = {QStringLiteral("previous_vte")};
        CHECK(score() == 4);
        CHECK(recommends(b, "lmwh_from_booking"));
        CHECK_FALSE(recommends(b, "lmwh_from_28_weeks"));
        b.assessment.conditions = {QStringLiteral("previous_vte_surgery")};
        CHECK(score() == 3);
        CHECK(recommends(b, "lmwh_from_28_weeks"));
        CHECK_FALSE(recommends(b, "lmwh_from_booking"));
        b.assessment.conditions = {QStringLiteral("previous_vte"),
                                   QStringLiteral("previous_vte_surgery")};
        CHECK(score() == 4);
    }
    SECTION("thrombophilia high 3, low 1; family VTE and varicose veins 1")
    {
        b.assessment.conditions = {QStringLiteral("thrombophilia_high_risk")};
        CHECK(score() == 3);
        b.assessment.conditions = {QStringLiteral("thrombophilia_low_risk")};
        CHECK(score() == 1);
        b.assessment.conditions = {QStringLiteral("family_vte"),
                                   QStringLiteral("gross_varicose_veins")};
        CHECK(score() == 2);
        CHECK_FALSE(recommends(b, "lmwh_from_28_weeks"));
    }
    SECTION("comorbidity 3, counted once")
    {
        for (const char *code :
             {"autoimmune_disease", "heart_failure", "sickle_cell_disease", "cancer",
              "inflammatory_bowel_disease", "nephrotic_syndrome", "iv_drug_use"}) {
            b.assessment.conditions = {QString::fromLatin1(code)};
            INFO(code);
            CHECK(score() == 3);
        }
        b.assessment.conditions = {QStringLiteral("cancer"), QStringLiteral("nephrotic_syndrome"),
                                   QStringLiteral("iv_drug_use")};
        CHECK(score() == 3);
    }
    SECTION("age over 35: 35 scores 0, 36 scores 1")
    {
        setAge(b, 35);
        CHECK(score() == 0);
        setAge(b, 36);
        CHECK(score() == 1);
    }
    SECTION("BMI 30 scores 1, 40 scores 2 instead of 1")
    {
        setBmi(b, 29.9);
        CHECK(score() == 0);
        setBmi(b, 30.0);
        CHECK(score() == 1);
        setBmi(b, 39.9);
        CHECK(score() == 1);
        setBmi(b, 40.0);
        CHECK(score() == 2);
    }
    SECTION("births, smoking, conception, fetuses")
    {
        b.pregnancy.previousBirths = 2;
        CHECK(score() == 0);
        b.pregnancy.previousBirths = 3;
        CHECK(score() == 1);
        b.assessment.smoking = Smoking::Ex;
        CHECK(score() == 1);
        b.assessment.smoking = Smoking::Current;
        CHECK(score() == 2);
        b.pregnancy.conception = Conception::Assisted;
        CHECK(score() == 3);
        CHECK(recommends(b, "lmwh_from_28_weeks"));
        b.pregnancy.fetuses = 2;
        CHECK(score() == 4);
        const Recommendation r = recommendation(planOf(b), "lmwh_from_booking");
        CHECK(r.source == QLatin1String("RCOG GTG 37a"));
        CHECK(anyContains(r.reasons, "(VTE score)"));
        CHECK(anyContains(r.reasons, "risk score 4"));
        CHECK_FALSE(recommends(b, "lmwh_from_28_weeks"));
    }
}

TEST_CASE("RCOG GTG 37a: postnatal VTE score after the birth", "[careplan][vte]")
{
    Booking b = lowRiskPlanBooking();
    clinical::BirthEvent birth;
    birth.date = b.pregnancy.bookingDate.addDays(200);
    birth.gestation = clinical::Gestation::fromWeeks(39, 2);
    auto assess = [&](bool antenatalLmwh = false) {
        return clinical::postnatalVteRisk(factsOf(b), birth, antenatalLmwh);
    };
    CHECK(assess().lmwh == clinical::PostnatalLmwh::None);

    SECTION("caesarean in labour 2: 10 days; elective caesarean 1: none")
    {
        birth.electiveCaesarean = true;
        CHECK(assess().score.total() == 1);
        CHECK(assess().lmwh == clinical::PostnatalLmwh::None);
        birth.electiveCaesarean = false;
        birth.caesareanInLabour = true;
        CHECK(assess().score.total() == 2);
        CHECK(assess().lmwh == clinical::PostnatalLmwh::TenDays);
    }
    SECTION("antenatal factors still present count; assisted conception does not")
    {
        b.pregnancy.conception = Conception::Assisted;
        birth.labourOver24Hours = true;
        CHECK(assess().score.total() == 1);
        b.assessment.smoking = Smoking::Current;
        CHECK(assess().score.total() == 2);
        CHECK(assess().lmwh == clinical::PostnatalLmwh::TenDays);
    }
    SECTION("each birth factor scores 1")
    {
        birth.midCavityOrRotationalBirth = true;
        birth.pphOver1LitreOrTransfusion = true;
        birth.stillbirth = true;
        CHECK(assess().score.total() == 3);
    }
    SECTION("preterm is before 37+0")
    {
        birth.gestation = clinical::Gestation::fromWeeks(37, 0);
        CHECK(assess().score.total() == 0);
        birth.gestation = clinical::Gestation::fromWeeks(36, 6);
        CHECK(assess().score.total() == 1);
    }
    SECTION("age is taken on the birth date")
    {
        setAge(b, 35); // 35 at booking, 36 by the birth
        birth.date = b.woman.dateOfBirth.addYears(36);
        CHECK(factsOf(b).ageAtBooking == 35);
        CHECK(assess().score.total() == 1);
    }
    SECTION("6 weeks: previous VTE, antenatal LMWH, high-risk thrombophilia")
    {
        CHECK(assess(true).lmwh == clinical::PostnatalLmwh::SixWeeks);
        b.assessment.conditions = {QStringLiteral("previous_vte")};
        CHECK(assess().lmwh == clinical::PostnatalLmwh::SixWeeks);
        b.assessment.conditions = {QStringLiteral("previous_vte_surgery")};
        CHECK(assess().lmwh == clinical::PostnatalLmwh::SixWeeks);
        b.assessment.conditions = {QStringLiteral("thrombophilia_high_risk")};
        CHECK(assess().lmwh == clinical::PostnatalLmwh::SixWeeks);
        CHECK_FALSE(assess().reasons.isEmpty());
    }
}
