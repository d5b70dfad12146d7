// SPDX-License-Identifier: MIT
// The rules page's "At antenatal contacts", case by case against the guideline's own numbers:
// NICE NG133 (blood pressure and proteinuria), NICE NG3 (glycosuria), SBL v3 element 2 (fundal
// height), SBL v3 element 3 (movements), NICE NG201 (presentation), SBL v3 and NICE NG209
// (carbon monoxide), NICE CG192 (mental health) and NICE NG207 (41+0).
#include "CarePlanTestSupport.h"

#include "clinical/ContactRules.h"

using namespace bb;
using namespace bb::careplantest;
using namespace bb::clinical;

namespace {

BookingFacts factsOf(const Booking &booking)
{
    const auto facts = bookingFacts(booking);
    REQUIRE(std::holds_alternative<BookingFacts>(facts));
    return std::get<BookingFacts>(facts);
}

/// The low-risk booking's EDD is 2027-05-19 (LMP 2026-08-17); the date at a gestation.
QDate dateAt(const Booking &booking, int weeks, int days = 0)
{
    return dateAtGestation(factsOf(booking).edd, Gestation::fromWeeks(weeks, days));
}

AntenatalContact contactAt(const Booking &booking, int weeks, int days = 0)
{
    AntenatalContact c;
    c.date = dateAt(booking, weeks, days);
    c.clinicianId = 1;
    c.movements = Movements::Normal;
    return c;
}

ContactAssessment assess(const Booking &booking, const AntenatalContact &contact,
                         const QList<AntenatalContact> &earlier = {},
                         const RuleSettings &settings = {})
{
    return assessContact(contact, contactHistory(factsOf(booking), earlier, contact.date),
                         settings);
}

QStringList codesOf(const ContactAssessment &a)
{
    QStringList list;
    for (const ContactAction &action : a.actions)
        list << action.code;
    return list;
}

ContactAction actionOf(const ContactAssessment &a, const QString &code)
{
    for (const ContactAction &action : a.actions) {
        if (action.code == code)
            return action;
    }
    FAIL("no action " << code.toStdString());
    return {};
}

AntenatalContact withBp(AntenatalContact c, int systolic, int diastolic)
{
    c.bloodPressure = BloodPressure{systolic, diastolic};
    return c;
}

AntenatalContact withSfh(const Booking &b, int weeks, int days, double cm)
{
    AntenatalContact c = contactAt(b, weeks, days);
    c.sfhCm = cm;
    return c;
}

} // namespace

TEST_CASE("NICE NG133: blood pressure from 20+0 without chronic hypertension", "[contact][bp]")
{
    const Booking b = lowRiskPlanBooking();
    const AntenatalContact at32 = contactAt(b, 32);
    CHECK(codesOf(assess(b, withBp(at32, 139, 89))).isEmpty());
    CHECK(codesOf(assess(b, withBp(at32, 140, 80))) == QStringList{"bp_same_day_assessment"});
    CHECK(codesOf(assess(b, withBp(at32, 130, 90))) == QStringList{"bp_same_day_assessment"});
    CHECK(codesOf(assess(b, withBp(at32, 140, 90))) == QStringList{"bp_same_day_assessment"});
    CHECK(codesOf(assess(b, withBp(at32, 159, 109))) == QStringList{"bp_same_day_assessment"});
    CHECK(codesOf(assess(b, withBp(at32, 160, 100))) == QStringList{"bp_urgent_admission"});
    CHECK(codesOf(assess(b, withBp(at32, 150, 110))) == QStringList{"bp_urgent_admission"});
    CHECK(codesOf(assess(b, withBp(at32, 160, 110))) == QStringList{"bp_urgent_admission"});
    const ContactAction a = actionOf(assess(b, withBp(at32, 150, 95)), "bp_same_day_assessment");
    CHECK(a.source == "NICE NG133");
    CHECK(a.reasons.join(' ').contains("150/95"));
}

TEST_CASE("NICE NG133: a raised reading before 20+0 is a review for chronic hypertension",
          "[contact][bp]")
{
    const Booking b = lowRiskPlanBooking();
    CHECK(codesOf(assess(b, withBp(contactAt(b, 19, 6), 140, 90))) == QStringList{"bp_review"});
    CHECK(codesOf(assess(b, withBp(contactAt(b, 19, 6), 139, 89))).isEmpty());
    CHECK(codesOf(assess(b, withBp(contactAt(b, 20, 0), 140, 90))) ==
          QStringList{"bp_same_day_assessment"});
    CHECK(codesOf(assess(b, withBp(contactAt(b, 16), 165, 112))) == QStringList{"bp_review"});
}

TEST_CASE("NICE NG133: with chronic hypertension the target is below 135/85", "[contact][bp]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.conditions = {QStringLiteral("chronic_hypertension")};
    const AntenatalContact at30 = contactAt(b, 30);
    CHECK(codesOf(assess(b, withBp(at30, 134, 84))).isEmpty());
    CHECK(codesOf(assess(b, withBp(at30, 135, 80))) == QStringList{"bp_review"});
    CHECK(codesOf(assess(b, withBp(at30, 120, 85))) == QStringList{"bp_review"});
    // No same-day assessment for her at 140/90: her treatment is reviewed.
    CHECK(codesOf(assess(b, withBp(at30, 159, 109))) == QStringList{"bp_review"});
    CHECK(codesOf(assess(b, withBp(at30, 160, 109))) == QStringList{"bp_urgent_admission"});
    CHECK(codesOf(assess(b, withBp(contactAt(b, 14), 160, 110))) ==
          QStringList{"bp_urgent_admission"});
}

TEST_CASE("NICE NG133: protein 1+ or more with a raised reading from 20+0 is suspected "
          "pre-eclampsia",
          "[contact][bp]")
{
    const Booking b = lowRiskPlanBooking();
    AntenatalContact c = withBp(contactAt(b, 32), 150, 95);
    c.urineProtein = Dipstick::Plus2;
    const ContactAssessment a = assess(b, c);
    CHECK(codesOf(a) == QStringList{"bp_same_day_assessment"});
    CHECK(actionOf(a, "bp_same_day_assessment").reasons.join(' ').contains("pre-eclampsia"));
    CHECK(a.advice.join(' ').contains("PlGF"));
    CHECK(a.advice.join(' ').contains("NICE DG49"));

    c.urineProtein = Dipstick::Trace; // trace is not 1+
    CHECK_FALSE(actionOf(assess(b, c), "bp_same_day_assessment")
                    .reasons.join(' ')
                    .contains("pre-eclampsia"));
    // Protein with a normal reading is not this rule.
    AntenatalContact normal = withBp(contactAt(b, 32), 120, 80);
    normal.urineProtein = Dipstick::Plus3;
    CHECK(codesOf(assess(b, normal)).isEmpty());
    // PlGF testing is for 20+0 to 36+6.
    AntenatalContact late = withBp(contactAt(b, 37), 150, 95);
    late.urineProtein = Dipstick::Plus1;
    late.presentation = Presentation::Cephalic;
    CHECK_FALSE(assess(b, late).advice.join(' ').contains("PlGF"));
}

TEST_CASE("NICE NG3: glucose 2+ once, or 1+ on two contacts, offers a test for gestational "
          "diabetes",
          "[contact][glucose]")
{
    Booking b = lowRiskPlanBooking();
    AntenatalContact c = contactAt(b, 28);
    c.urineGlucose = Dipstick::Plus1;
    CHECK(codesOf(assess(b, c)).isEmpty());
    c.urineGlucose = Dipstick::Plus2;
    CHECK(codesOf(assess(b, c)) == QStringList{"glucose_test_offer"});
    CHECK(actionOf(assess(b, c), "glucose_test_offer").source == "NICE NG3");

    AntenatalContact before = contactAt(b, 25);
    before.urineGlucose = Dipstick::Plus1;
    c.urineGlucose = Dipstick::Plus1;
    CHECK(codesOf(assess(b, c, {before})) == QStringList{"glucose_test_offer"});
    before.urineGlucose = Dipstick::Trace;
    CHECK(codesOf(assess(b, c, {before})).isEmpty());

    b.assessment.conditions = {QStringLiteral("type1_diabetes")};
    c.urineGlucose = Dipstick::Plus3;
    CHECK_FALSE(codesOf(assess(b, c)).contains("glucose_test_offer"));
}

TEST_CASE("SBL v3 element 2: a first fundal height below the chart's lower line", "[contact][sfh]")
{
    const Booking b = lowRiskPlanBooking();
    // Default chart: weeks ± 2 cm from 24+0 to 35+6, ± 3 cm from 36+0.
    CHECK(sfhLowerLine(Gestation::fromWeeks(30), {}) == 28.0);
    CHECK(sfhUpperLine(Gestation::fromWeeks(30), {}) == 32.0);
    CHECK(sfhLowerLine(Gestation::fromWeeks(36), {}) == 33.0);
    CHECK(sfhUpperLine(Gestation::fromWeeks(38), {}) == 41.0);

    CHECK(codesOf(assess(b, withSfh(b, 30, 0, 28.0))).isEmpty()); // on the line
    CHECK(codesOf(assess(b, withSfh(b, 30, 0, 27.9))) == QStringList{"growth_scan_referral"});
    CHECK(codesOf(assess(b, withSfh(b, 35, 0, 33.0))).isEmpty());
    CHECK(codesOf(assess(b, withSfh(b, 36, 0, 33.0))).isEmpty()); // ± 3 from 36+0
    CHECK(codesOf(assess(b, withSfh(b, 36, 0, 32.9))) == QStringList{"growth_scan_referral"});
    CHECK(codesOf(assess(b, withSfh(b, 30, 0, 32.0))).isEmpty()); // upper line
    CHECK(codesOf(assess(b, withSfh(b, 30, 0, 33.0))).isEmpty()); // large is not this rule
    // Before 24+0 fundal height is not plotted.
    CHECK(codesOf(assess(b, withSfh(b, 23, 6, 15.0))).isEmpty());
    const ContactAction a = actionOf(assess(b, withSfh(b, 30, 0, 26.0)), "growth_scan_referral");
    CHECK(a.source.contains("SBL v3"));
    CHECK(a.reasons.join(' ').contains("below the chart's lower line"));

    // A trust's own chart: ± 1.5 cm.
    RuleSettings narrow;
    narrow.sfhToleranceCm = 1.5;
    CHECK(codesOf(assess(b, withSfh(b, 30, 0, 28.4), {}, narrow)) ==
          QStringList{"growth_scan_referral"});
}

TEST_CASE("SBL v3 element 2: static or slowing growth across measurements", "[contact][sfh]")
{
    const Booking b = lowRiskPlanBooking();
    const AntenatalContact at28 = withSfh(b, 28, 0, 28.0);
    const AntenatalContact at31 = withSfh(b, 31, 0, 31.0);

    SECTION("growing along the chart")
    {
        CHECK(codesOf(assess(b, withSfh(b, 34, 0, 33.5), {at28, at31})).isEmpty());
    }
    SECTION("crossing the lower line downwards")
    {
        const ContactAssessment a = assess(b, withSfh(b, 34, 0, 31.5), {at28, at31});
        CHECK(codesOf(a) == QStringList{"growth_scan_referral"});
        CHECK(actionOf(a, "growth_scan_referral").reasons.join(' ').contains("slowing"));
    }
    SECTION("crossing the upper line downwards is slowing too")
    {
        const AntenatalContact big = withSfh(b, 30, 0, 33.0);
        CHECK(codesOf(assess(b, withSfh(b, 32, 0, 31.0), {big})) ==
              QStringList{"growth_scan_referral"});
    }
    SECTION("no increase over two weeks")
    {
        const ContactAssessment a = assess(b, withSfh(b, 33, 0, 31.0), {at28, at31});
        CHECK(codesOf(a) == QStringList{"growth_scan_referral"});
        CHECK(actionOf(a, "growth_scan_referral").reasons.join(' ').contains("static"));
    }
    SECTION("no increase over less than two weeks is not yet static")
    {
        CHECK(codesOf(assess(b, withSfh(b, 32, 6, 31.0), {at28, at31})).isEmpty());
    }
    SECTION("still below the line after an earlier referral is not a new crossing")
    {
        const AntenatalContact low = withSfh(b, 28, 0, 25.0);
        CHECK(codesOf(assess(b, withSfh(b, 31, 0, 28.5), {low})).isEmpty());
    }
    SECTION("a contact she did not attend has no measurement that counts")
    {
        AntenatalContact missed = withSfh(b, 31, 0, 35.0);
        missed.attended = false;
        CHECK(codesOf(assess(b, withSfh(b, 33, 0, 32.0), {at28, missed})).isEmpty());
    }
}

TEST_CASE("SBL v3: with BMI 35 or more or fibroids, serial growth scans instead of fundal height",
          "[contact][sfh]")
{
    Booking b = lowRiskPlanBooking();
    setBmi(b, 35.0);
    CHECK(codesOf(assess(b, withSfh(b, 30, 0, 25.0))) == QStringList{"serial_growth_scans"});
    CHECK(codesOf(assess(b, contactAt(b, 23, 6))).isEmpty());
    setBmi(b, 34.9);
    CHECK(codesOf(assess(b, withSfh(b, 30, 0, 29.0))).isEmpty());
    b.assessment.conditions = {QStringLiteral("fibroids")};
    const ContactAssessment a = assess(b, contactAt(b, 26));
    CHECK(codesOf(a) == QStringList{"serial_growth_scans"});
    CHECK(actionOf(a, "serial_growth_scans").reasons.join(' ').contains("fibroids"));
}

TEST_CASE("SBL v3 element 3: reduced movements from 24+0 are assessed the same day",
          "[contact][movements]")
{
    const Booking b = lowRiskPlanBooking();
    AntenatalContact c = contactAt(b, 25);
    c.movements = Movements::Reduced;
    const ContactAssessment at25 = assess(b, c);
    CHECK(codesOf(at25) == QStringList{"same_day_fetal_assessment"});
    CHECK_FALSE(actionOf(at25, "same_day_fetal_assessment").reasons.join(' ').contains("CTG"));
    c = contactAt(b, 26);
    c.movements = Movements::Reduced;
    CHECK(actionOf(assess(b, c), "same_day_fetal_assessment").reasons.join(' ').contains("CTG"));
    c = contactAt(b, 23, 6);
    c.movements = Movements::Reduced;
    CHECK(codesOf(assess(b, c)).isEmpty());
    // Not talked about from 24+0: the form says they are due.
    c = contactAt(b, 28);
    c.movements = Movements::NotDiscussed;
    CHECK(assess(b, c).advice.join(' ').contains("movements"));
}

TEST_CASE("NICE NG201: breech from 36+0 is offered ECV, from 36+0 in a first pregnancy and "
          "37+0 otherwise",
          "[contact][presentation]")
{
    Booking b = lowRiskPlanBooking(); // has given birth before
    AntenatalContact c = contactAt(b, 36);
    c.presentation = Presentation::Breech;
    const ContactAssessment parous = assess(b, c);
    CHECK(codesOf(parous) == QStringList{"ecv_offer"});
    CHECK(actionOf(parous, "ecv_offer").reasons.join(' ').contains("37+0"));
    setFirstPregnancy(b);
    const ContactAssessment first = assess(b, c);
    CHECK(actionOf(first, "ecv_offer").reasons.join(' ').contains("36+0"));
    CHECK(actionOf(first, "ecv_offer").source == "NICE NG201");
    // Before 36+0 presentation is not acted on.
    AntenatalContact early = contactAt(b, 35, 6);
    early.presentation = Presentation::Breech;
    CHECK(codesOf(assess(b, early)).isEmpty());
    c.presentation = Presentation::Cephalic;
    CHECK(codesOf(assess(b, c)).isEmpty());
    c.presentation = Presentation::NotRecorded;
    CHECK(assess(b, c).advice.join(' ').contains("presentation"));
}

TEST_CASE("SBL v3 and NICE NG209: carbon monoxide at a contact, same thresholds as at booking",
          "[contact][co]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.smoking = Smoking::Never;
    AntenatalContact c = contactAt(b, 36);
    c.presentation = Presentation::Cephalic;
    CHECK(assess(b, c).advice.join(' ').contains("36 weeks"));
    c.coPpm = 3.9;
    CHECK(codesOf(assess(b, c)).isEmpty());
    c.coPpm = 4.0;
    CHECK(codesOf(assess(b, c)) == QStringList{"referral_stop_smoking", "co_source_advice"});
    c.coPpm = 10.0;
    CHECK_FALSE(codesOf(assess(b, c)).contains("co_poisoning_advice"));
    c.coPpm = 10.1;
    CHECK(codesOf(assess(b, c)).contains("co_poisoning_advice"));

    b.assessment.smoking = Smoking::Current;
    AntenatalContact smoker = contactAt(b, 28);
    CHECK(assess(b, smoker).advice.join(' ').contains("every contact"));
    smoker.coPpm = 12.0;
    const ContactAssessment a = assess(b, smoker);
    CHECK(codesOf(a) == QStringList{"referral_stop_smoking"});
    CHECK(actionOf(a, "referral_stop_smoking").reasons.contains("smokes now"));
}

TEST_CASE("NICE CG192: a yes to a Whooley question or GAD-2 of 3 or more at a contact",
          "[contact][mental-health]")
{
    const Booking b = lowRiskPlanBooking();
    AntenatalContact c = contactAt(b, 28);
    CHECK(assess(b, c).advice.join(' ').contains("emotional wellbeing"));
    c.mentalHealth = MentalHealthAnswers{false, false, 2};
    CHECK(codesOf(assess(b, c)).isEmpty());
    c.mentalHealth = MentalHealthAnswers{false, false, 3};
    CHECK(codesOf(assess(b, c)) == QStringList{"mental_health_assessment"});
    c.mentalHealth = MentalHealthAnswers{false, true, 0};
    CHECK(actionOf(assess(b, c), "mental_health_assessment").source == "NICE CG192");
}

TEST_CASE("NICE NG207: induction of labour is offered from 41+0, with her decision",
          "[contact][induction]")
{
    const Booking b = lowRiskPlanBooking();
    AntenatalContact c = contactAt(b, 40, 6);
    c.presentation = Presentation::Cephalic;
    CHECK_FALSE(codesOf(assess(b, c)).contains("induction_offer"));
    c = contactAt(b, 41);
    c.presentation = Presentation::Cephalic;
    c.induction = InductionDecision::Declined;
    const ContactAssessment a = assess(b, c);
    CHECK(codesOf(a) == QStringList{"induction_offer"});
    CHECK(actionOf(a, "induction_offer").reasons.join(' ').contains("declined"));
}

TEST_CASE("A contact she did not attend asks for nothing, and impossible contacts are refused",
          "[contact][validation]")
{
    const Booking b = lowRiskPlanBooking();
    AntenatalContact missed = contactAt(b, 32);
    missed.attended = false;
    missed.movements = Movements::NotDiscussed;
    CHECK(assess(b, missed).actions.isEmpty());
    CHECK(assess(b, missed).advice.isEmpty());
    CHECK(contactProblems(missed, b.pregnancy.bookingDate, missed.date).isEmpty());

    AntenatalContact bad = withBp(contactAt(b, 32), 300, 20);
    bad.sfhCm = 80.0;
    bad.conditions = {QStringLiteral("pre_eclampsia"), QStringLiteral("not_a_code")};
    const FieldErrors errors = contactProblems(bad, b.pregnancy.bookingDate, bad.date);
    QStringList paths;
    for (const FieldError &e : errors)
        paths << e.path;
    CHECK(paths.count("bp") == 2);
    CHECK(paths.contains("sfh_cm"));
    CHECK(paths.count("conditions") == 1);

    AntenatalContact early = contactAt(b, 8);
    early.date = b.pregnancy.bookingDate.addDays(-1);
    CHECK(contactProblems(early, b.pregnancy.bookingDate, early.date).constFirst().path == "date");
    const AntenatalContact later = contactAt(b, 32);
    CHECK(
        contactProblems(later, b.pregnancy.bookingDate, later.date.addDays(-1)).constFirst().path ==
        "date");
    missed.bloodPressure = BloodPressure{120, 80};
    CHECK(contactProblems(missed, b.pregnancy.bookingDate, missed.date).constFirst().path ==
          "attended");
}
