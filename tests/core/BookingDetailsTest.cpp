// SPDX-License-Identifier: MIT
// The booking, complete: earlier pregnancies one by one and the counts they give, what they
// and the routine enquiry imply, the limits on each detail, and the booking format's optional
// fields.
#include "CarePlanTestSupport.h"
#include "TestSupport.h"

#include "clinical/BookingValidation.h"
#include "clinical/CarePlanner.h"
#include "clinical/ObstetricHistory.h"
#include "interop/BookingJson.h"

#include <QJsonDocument>

using namespace bb;

namespace {

PreviousPregnancy row(int year, PregnancyOutcome outcome, std::optional<int> weeks = {},
                      ModeOfBirth mode = ModeOfBirth::NotKnown)
{
    PreviousPregnancy r;
    r.year = year;
    r.outcome = outcome;
    r.gestationWeeks = weeks;
    r.mode = mode;
    return r;
}

QStringList paths(const FieldErrors &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list << e.path;
    return list;
}

QByteArray json(const Booking &booking)
{
    return QJsonDocument(interop::bookingToJson(booking)).toJson();
}

} // namespace

TEST_CASE("Earlier pregnancies give the counts: births (born alive or stillborn from 24 weeks), "
          "losses and caesareans",
          "[booking][history]")
{
    using O = PregnancyOutcome;
    const QList<PreviousPregnancy> rows{
        row(2015, O::Miscarriage, 8),
        row(2017, O::LiveBirth, 40, ModeOfBirth::SpontaneousVaginal),
        row(2019, O::Stillbirth, 30, ModeOfBirth::EmergencyCaesarean),
        row(2020, O::NeonatalDeath, 25, ModeOfBirth::PlannedCaesarean),
        row(2021, O::Ectopic, 7),
        row(2022, O::Termination, 12),
        row(2023, O::Molar, 10),
    };
    CHECK(clinical::countsOf(rows) == clinical::HistoryCounts{3, 4, 2});

    Booking b = test::lowRiskBooking();
    b.pregnancy.previousBirths = 0;
    b.details.previousPregnancies = rows;
    const Booking derived = clinical::withDerivedHistory(b);
    CHECK(derived.pregnancy.previousBirths == 3);
    CHECK(derived.pregnancy.previousLosses == 4);
    CHECK(derived.pregnancy.previousCaesareans == 2);

    // Without rows the counts given are kept: the format's counts keep working.
    Booking counted = test::lowRiskBooking();
    counted.pregnancy.previousBirths = 2;
    counted.pregnancy.previousLosses = 1;
    CHECK(clinical::withDerivedHistory(counted).pregnancy == counted.pregnancy);
}

TEST_CASE("A baby of 4.5 kg or more at an earlier birth is the NICE NG3 risk factor, from 4500 g",
          "[booking][history][rules]")
{
    Booking b = test::lowRiskBooking();
    PreviousPregnancy born = row(2022, PregnancyOutcome::LiveBirth, 40);
    born.babyWeightGrams = 4499;
    b.details.previousPregnancies = {born};
    CHECK_FALSE(clinical::withDerivedHistory(b).assessment.conditions.contains(
        QStringLiteral("previous_baby_4_5kg")));
    b.details.previousPregnancies[0].babyWeightGrams = 4500;
    const Booking derived = clinical::withDerivedHistory(b);
    CHECK(derived.assessment.conditions.contains(QStringLiteral("previous_baby_4_5kg")));
    // NICE NG3 1.2.2: she is offered a glucose tolerance test.
    const CarePlan plan = careplantest::planOf(derived);
    bool glucoseTest = false;
    for (const Recommendation &r : plan.recommendations)
        glucoseTest = glucoseTest || r.code == QLatin1String("ogtt_24_28_weeks");
    CHECK(glucoseTest);
}

TEST_CASE("An earlier pregnancy's complications become her conditions, once each",
          "[booking][history]")
{
    Booking b = test::lowRiskBooking();
    PreviousPregnancy born = row(2022, PregnancyOutcome::LiveBirth, 40);
    born.complications = {QStringLiteral("previous_shoulder_dystocia"),
                          QStringLiteral("previous_gdm")};
    b.details.previousPregnancies = {born};
    b.assessment.conditions = {QStringLiteral("previous_gdm")};
    const Booking derived = clinical::withDerivedHistory(b);
    CHECK(
        derived.assessment.conditions ==
        QStringList{QStringLiteral("previous_gdm"), QStringLiteral("previous_shoulder_dystocia")});
}

TEST_CASE("A disclosure at the routine enquiry about domestic abuse is the domestic_abuse social "
          "code, and the other answers are not",
          "[booking][safeguarding]")
{
    Booking b = test::lowRiskBooking();
    for (AbuseEnquiry answer :
         {AbuseEnquiry::NotAsked, AbuseEnquiry::NotSafeToAsk, AbuseEnquiry::NoDisclosure}) {
        b.details.abuseEnquiry = answer;
        CHECK(clinical::withDerivedHistory(b).woman.social.isEmpty());
    }
    b.details.abuseEnquiry = AbuseEnquiry::Disclosed;
    CHECK(clinical::withDerivedHistory(b).woman.social ==
          QStringList{QStringLiteral("domestic_abuse")});
}

TEST_CASE("Earlier pregnancies that cannot be are refused, each with its path",
          "[booking][history][validation]")
{
    using O = PregnancyOutcome;
    Booking b = test::lowRiskBooking(); // born 1994, booked 2026
    const auto problemsWith = [&b](const PreviousPregnancy &r) {
        b.details.previousPregnancies = {r};
        return paths(clinical::validateBooking(clinical::withDerivedHistory(b), test::kToday));
    };
    const QString at = QStringLiteral("pregnancy.previous_pregnancies[0].");
    CHECK(problemsWith(row(2020, O::LiveBirth, 40)).isEmpty());
    CHECK(problemsWith(row(0, O::LiveBirth)) == QStringList{at + QStringLiteral("year")});
    CHECK(problemsWith(row(2003, O::LiveBirth)) == QStringList{at + QStringLiteral("year")});
    CHECK(problemsWith(row(2004, O::LiveBirth)).isEmpty()); // the year she was 10
    CHECK(problemsWith(row(2027, O::LiveBirth)) == QStringList{at + QStringLiteral("year")});
    // A baby born alive is a birth at any gestation; one born without signs of life is a
    // stillbirth from 24 weeks and a miscarriage before (Stillbirth (Definition) Act 1992).
    CHECK(problemsWith(row(2020, O::NeonatalDeath, 22)).isEmpty());
    CHECK(problemsWith(row(2020, O::Stillbirth, 23)) ==
          QStringList{at + QStringLiteral("gestation_weeks")});
    CHECK(problemsWith(row(2020, O::Stillbirth, 24)).isEmpty());
    CHECK(problemsWith(row(2020, O::Miscarriage, 23)).isEmpty());
    CHECK(problemsWith(row(2020, O::Miscarriage, 24)) ==
          QStringList{at + QStringLiteral("gestation_weeks")});
    CHECK(problemsWith(row(2020, O::LiveBirth, 45)) ==
          QStringList{at + QStringLiteral("gestation_weeks")});
    CHECK(problemsWith(row(2020, O::Miscarriage, 3)) ==
          QStringList{at + QStringLiteral("gestation_weeks")});
    CHECK(problemsWith(row(2020, O::Miscarriage, 8, ModeOfBirth::SpontaneousVaginal)) ==
          QStringList{at + QStringLiteral("mode_of_birth")});

    PreviousPregnancy weighed = row(2020, O::LiveBirth, 40);
    for (const auto &[grams, ok] :
         {std::pair{299, false}, {300, true}, {7000, true}, {7001, false}}) {
        weighed.babyWeightGrams = grams;
        CHECK(problemsWith(weighed).isEmpty() == ok);
    }
    PreviousPregnancy lostWeighed = row(2020, O::Miscarriage, 10);
    lostWeighed.babyWeightGrams = 400;
    CHECK(problemsWith(lostWeighed) == QStringList{at + QStringLiteral("baby_weight_g")});

    // Complications are the rules page's earlier-pregnancy conditions, and fit the outcome.
    PreviousPregnancy lost = row(2020, O::Miscarriage, 10);
    lost.complications = {QStringLiteral("previous_gdm")};
    CHECK(problemsWith(lost).isEmpty());
    lost.complications = {QStringLiteral("previous_shoulder_dystocia")};
    CHECK(problemsWith(lost).contains(at + QStringLiteral("complications")));
    lost.complications = {QStringLiteral("epilepsy")};
    CHECK(problemsWith(lost).contains(at + QStringLiteral("complications")));
}

TEST_CASE("The booking's baseline blood pressure and alcohol are checked at their edges",
          "[booking][validation]")
{
    Booking b = test::lowRiskBooking();
    const auto problems = [&b] { return paths(clinical::validateBooking(b, test::kToday)); };
    const QString bp = QStringLiteral("measurements.blood_pressure");
    b.details.bloodPressure = BloodPressure{60, 30};
    CHECK(problems().isEmpty());
    b.details.bloodPressure = BloodPressure{260, 159};
    CHECK(problems().isEmpty());
    b.details.bloodPressure = BloodPressure{300, 20};
    CHECK(problems() == QStringList{bp, bp});
    b.details.bloodPressure = BloodPressure{90, 95};
    CHECK(problems() == QStringList{bp});
    b.details.bloodPressure.reset();
    b.details.alcoholUnitsPerWeek = 200;
    CHECK(problems().isEmpty());
    b.details.alcoholUnitsPerWeek = 201;
    CHECK(problems() == QStringList{QStringLiteral("alcohol_units_per_week")});
    b.details.alcoholUnitsPerWeek = -1;
    CHECK(problems() == QStringList{QStringLiteral("alcohol_units_per_week")});
}

TEST_CASE("Booking JSON: every detail of the booking round-trips through the format",
          "[json][booking]")
{
    const Booking full = test::bookingWithDetails();
    const auto read = interop::parseBooking(json(full), test::kToday);
    for (const FieldError &e : read.errors)
        UNSCOPED_INFO(e.toString().toStdString());
    REQUIRE(read.booking);
    CHECK(read.booking->woman == full.woman);
    CHECK(read.booking->pregnancy == full.pregnancy);
    CHECK(read.booking->assessment == full.assessment);
    CHECK(read.booking->details == full.details);
    CHECK(json(*read.booking) == json(full));
}

TEST_CASE("Booking JSON: the details are optional fields, read with their paths", "[json][booking]")
{
    const auto result = interop::parseBooking(R"({
        "format": "bbclinic-booking/1",
        "woman": {"nhs_number": "9434765919", "given_name": "Asha", "family_name": "Patel",
                  "date_of_birth": "1996-03-14", "occupation": "Teacher",
                  "next_of_kin": {"name": "Sam Patel", "relationship": "Partner"}},
        "pregnancy": {"booking_date": "2026-10-20", "lmp": "2026-09-01",
                      "previous_pregnancies": [
                          {"year": 2020, "gestation_weeks": 41, "outcome": "live_birth",
                           "mode_of_birth": "assisted_vaginal", "baby_weight_g": 4620},
                          {"year": 2023, "outcome": "miscarriage"}]},
        "measurements": {"blood_pressure": {"systolic": 112, "diastolic": 70},
                         "urine_protein": "negative"},
        "blood": {"group": "AB", "rhesus": "negative"},
        "screening": {"hiv": "declined", "syphilis": "accepted"},
        "allergies": "None known", "alcohol_units_per_week": 2,
        "enquiries": {"fgm": "not_identified", "domestic_abuse": "not_safe_to_ask"}
    })",
                                              test::kToday);
    for (const FieldError &e : result.errors)
        UNSCOPED_INFO(e.toString().toStdString());
    REQUIRE(result.booking);
    const Booking &b = *result.booking;
    CHECK(b.woman.occupation == QStringLiteral("Teacher"));
    CHECK(b.woman.nextOfKin.relationship == QStringLiteral("Partner"));
    CHECK(b.pregnancy.previousBirths == 1);
    CHECK(b.pregnancy.previousLosses == 1);
    CHECK(b.pregnancy.previousCaesareans == 0);
    CHECK(b.assessment.conditions == QStringList{QStringLiteral("previous_baby_4_5kg")});
    CHECK(b.details.bloodPressure == BloodPressure{112, 70});
    CHECK(b.details.urineProtein == Dipstick::Negative);
    CHECK(b.details.urineGlucose == Dipstick::NotTested);
    CHECK(b.details.rhesus == Rhesus::Negative);
    CHECK(b.details.screeningChoice(ScreeningTest::Hiv) == ScreeningChoice::Declined);
    CHECK(b.details.screeningChoice(ScreeningTest::FullBloodCount) == ScreeningChoice::NotOffered);
    CHECK(b.details.alcoholUnitsPerWeek == 2);
    CHECK(b.details.abuseEnquiry == AbuseEnquiry::NotSafeToAsk);

    const auto bad = interop::parseBooking(R"({
        "format": "bbclinic-booking/1",
        "woman": {"nhs_number": "9434765919", "given_name": "Asha", "family_name": "Patel",
                  "date_of_birth": "1996-03-14"},
        "pregnancy": {"booking_date": "2026-10-20", "lmp": "2026-09-01", "previous_births": 2,
                      "previous_pregnancies": [{"year": 2020, "outcome": "live_birth"},
                                               {"outcome": "twins"}, 7]},
        "measurements": {"blood_pressure": {"systolic": 300}},
        "blood": {"group": "Q"},
        "screening": {"hiv": "maybe"},
        "enquiries": {"domestic_abuse": "perhaps"}
    })",
                                           test::kToday);
    QStringList expected{QStringLiteral("pregnancy.previous_pregnancies[1].year"),
                         QStringLiteral("pregnancy.previous_pregnancies[1].outcome"),
                         QStringLiteral("pregnancy.previous_pregnancies[2]"),
                         QStringLiteral("pregnancy.previous_pregnancies[2].year"),
                         QStringLiteral("pregnancy.previous_pregnancies[2].outcome"),
                         QStringLiteral("pregnancy.previous_births"),
                         QStringLiteral("measurements.blood_pressure.diastolic"),
                         QStringLiteral("blood.group"),
                         QStringLiteral("screening.hiv"),
                         QStringLiteral("enquiries.domestic_abuse")};
    QStringList found = paths(bad.errors);
    found.sort();
    expected.sort();
    CHECK(found == expected);
}

TEST_CASE("The conditions NICE NG235 lists for place of birth are in the booking's vocabulary "
          "with their advice",
          "[rules][birth-place]")
{
    // NICE NG235 Table 8: unstable hypothyroidism needs an individual assessment; treated,
    // stable hypothyroidism is recorded and changes nothing. Table 7: HIV, obstetric unit.
    const auto homeAdvice = [](const QString &code) {
        Booking b = test::lowRiskBooking();
        b.assessment.conditions = {code};
        for (const BirthPlaceAdvice &a : careplantest::planOf(b).birthPlaces) {
            if (a.setting == PlaceOfBirth::Home)
                return a.advice;
        }
        return BirthPlaceAdviceKind::Suitable;
    };
    CHECK(homeAdvice(QStringLiteral("hypothyroidism")) == BirthPlaceAdviceKind::Suitable);
    CHECK(homeAdvice(QStringLiteral("hypothyroidism_unstable")) ==
          BirthPlaceAdviceKind::IndividualAssessment);
    CHECK(homeAdvice(QStringLiteral("hepatitis_b_c")) ==
          BirthPlaceAdviceKind::IndividualAssessment);
    CHECK(homeAdvice(QStringLiteral("sickle_cell_trait")) ==
          BirthPlaceAdviceKind::IndividualAssessment);
    for (const char *code : {"hiv", "liver_disease_abnormal_lft", "cystic_fibrosis",
                             "myasthenia_gravis", "immune_thrombocytopenia", "atypical_antibodies"})
        CHECK(homeAdvice(QString::fromLatin1(code)) ==
              BirthPlaceAdviceKind::ObstetricUnitRecommended);
    // NICE NG235 Table 9: these need an earlier birth.
    Booking first = test::lowRiskBooking();
    first.pregnancy.previousBirths = 0;
    first.assessment.conditions = {QStringLiteral("previous_retained_placenta")};
    CHECK(paths(clinical::validateBooking(first, test::kToday)) ==
          QStringList{QStringLiteral("conditions")});
}
