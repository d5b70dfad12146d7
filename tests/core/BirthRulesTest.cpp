// SPDX-License-Identifier: MIT
// At and after the birth (rules page; NICE NG194, RCOG GTG 37a): what a birth record may hold,
// what the postnatal VTE score reads of it, the newborn blood spot window and the postnatal
// contacts planned.
#include "CarePlanTestSupport.h"

#include "clinical/BirthRules.h"
#include "clinical/BookingFacts.h"

using namespace bb;
using namespace bb::clinical;

namespace {

const QDate kBooked(2026, 10, 12);
const QDate kToday(2027, 5, 20);

Birth aBirth()
{
    Birth b;
    b.date = QDate(2027, 5, 10);
    b.plannedSetting = BirthSetting::Home;
    b.setting = BirthSetting::Home;
    b.bloodLossMl = 300;
    b.attendants = {1};
    Baby baby;
    baby.weightGrams = 3400;
    baby.apgar1 = 9;
    baby.apgar5 = 10;
    b.babies = {baby};
    return b;
}

QStringList paths(const FieldErrors &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list << e.path;
    return list;
}

QStringList problems(const Birth &b)
{
    return paths(birthProblems(b, kBooked, kToday));
}

BookingFacts factsOf(const Booking &b)
{
    const auto facts = bookingFacts(b);
    REQUIRE(std::holds_alternative<BookingFacts>(facts));
    return std::get<BookingFacts>(facts);
}

} // namespace

TEST_CASE("A birth record refuses what cannot be, each with its path", "[births][rules]")
{
    CHECK(problems(aBirth()).isEmpty());
    Birth b = aBirth();
    b.date = kToday.addDays(1);
    CHECK(problems(b) == QStringList{QStringLiteral("date")});
    b.date = kBooked.addDays(-1);
    CHECK(problems(b) == QStringList{QStringLiteral("date")});

    b = aBirth();
    b.setting = BirthSetting::BeforeArrival;
    CHECK(problems(b) == QStringList{QStringLiteral("setting_change_reason")});
    b.settingChangeReason = QStringLiteral("Fast labour; born in the car");
    CHECK(problems(b).isEmpty());

    b = aBirth();
    b.attendants.clear();
    CHECK(problems(b) == QStringList{QStringLiteral("clinicians")});

    b = aBirth();
    b.onset = LabourOnset::CaesareanBeforeLabour;
    CHECK(problems(b) == QStringList{QStringLiteral("mode")});
    b.mode = BirthMode::PlannedCaesarean;
    b.perineum = Perineum::ThirdDegree;
    CHECK(problems(b) == QStringList{QStringLiteral("perineum")});
    b.perineum = Perineum::NotApplicable;
    CHECK(problems(b).isEmpty());

    b = aBirth();
    b.midCavityOrRotational = true;
    CHECK(problems(b) == QStringList{QStringLiteral("mid_cavity_or_rotational")});
    b.mode = BirthMode::Instrumental;
    CHECK(problems(b).isEmpty());

    b = aBirth();
    b.bloodLossMl = 10000;
    CHECK(problems(b).isEmpty());
    b.bloodLossMl = 10001;
    CHECK(problems(b) == QStringList{QStringLiteral("blood_loss_ml")});

    b = aBirth();
    b.babies.clear();
    CHECK(problems(b) == QStringList{QStringLiteral("babies")});
    b.babies = QList<Baby>(7, aBirth().babies.front());
    CHECK(problems(b) == QStringList{QStringLiteral("babies")});
}

TEST_CASE("NICE NG194: Apgar at 1 and 5 minutes, and at 10 when below 7 at 5", "[births][rules]")
{
    Birth b = aBirth();
    Baby &baby = b.babies.front();
    baby.apgar5 = 7;
    CHECK(problems(b).isEmpty());
    baby.apgar10 = 9;
    CHECK(problems(b) == QStringList{QStringLiteral("babies[0].apgar_10")}); // not below 7
    baby.apgar5 = 6;
    CHECK(problems(b).isEmpty());
    baby.apgar10.reset();
    CHECK(problems(b) == QStringList{QStringLiteral("babies[0].apgar_10")}); // needed
    baby.apgar5 = 11;
    baby.apgar10 = 9;
    CHECK(problems(b) == QStringList{QStringLiteral("babies[0].apgar_5")});

    // Every baby born alive is scored at 1 and 5 minutes.
    b = aBirth();
    b.babies.front().apgar1.reset();
    b.babies.front().apgar5.reset();
    CHECK(problems(b) ==
          QStringList{QStringLiteral("babies[0].apgar_1"), QStringLiteral("babies[0].apgar_5")});

    b = aBirth();
    b.babies.front().weightGrams = 199;
    CHECK(problems(b) == QStringList{QStringLiteral("babies[0].weight_g")});
    b.babies.front().weightGrams = 200;
    CHECK(problems(b).isEmpty());

    // A stillborn baby has no Apgar score and was not fed.
    b = aBirth();
    b.babies.front().outcome = BabyOutcome::Stillbirth;
    CHECK(problems(b) == QStringList{QStringLiteral("babies[0].apgar")});
    b.babies.front().apgar1.reset();
    b.babies.front().apgar5.reset();
    CHECK(problems(b).isEmpty());
}

TEST_CASE("RCOG GTG 37a after the birth: what the birth itself scores", "[births][rules][vte]")
{
    Birth b = aBirth();
    CHECK(birthEventOf(b, Gestation::fromWeeks(39)) ==
          BirthEvent{b.date, Gestation::fromWeeks(39), false, false, false, false, false, false});
    b.mode = BirthMode::EmergencyCaesarean;
    CHECK(birthEventOf(b, {}).caesareanInLabour);
    CHECK_FALSE(birthEventOf(b, {}).electiveCaesarean);
    b.mode = BirthMode::PlannedCaesarean;
    b.onset = LabourOnset::CaesareanBeforeLabour;
    CHECK(birthEventOf(b, {}).electiveCaesarean);
    CHECK_FALSE(birthEventOf(b, {}).caesareanInLabour);
    // A planned caesarean after labour began is a caesarean in labour.
    b.onset = LabourOnset::Spontaneous;
    CHECK(birthEventOf(b, {}).caesareanInLabour);

    b = aBirth();
    b.bloodLossMl = 1000;
    CHECK_FALSE(birthEventOf(b, {}).pphOver1LitreOrTransfusion);
    b.bloodLossMl = 1001;
    CHECK(birthEventOf(b, {}).pphOver1LitreOrTransfusion);
    b.bloodLossMl = 400;
    b.transfused = true;
    CHECK(birthEventOf(b, {}).pphOver1LitreOrTransfusion);

    b = aBirth();
    b.babies.front().outcome = BabyOutcome::Stillbirth;
    CHECK(birthEventOf(b, {}).stillbirth);

    // A caesarean in labour alone scores 2: LMWH for at least 10 days; an elective one 1: none.
    const BookingFacts facts = factsOf(test::lowRiskBooking());
    Birth emergency = aBirth();
    emergency.mode = BirthMode::EmergencyCaesarean;
    CHECK(postnatalVteRisk(facts, birthEventOf(emergency, Gestation::fromWeeks(39)), false).lmwh ==
          PostnatalLmwh::TenDays);
    Birth elective = aBirth();
    elective.mode = BirthMode::PlannedCaesarean;
    elective.onset = LabourOnset::CaesareanBeforeLabour;
    CHECK(postnatalVteRisk(facts, birthEventOf(elective, Gestation::fromWeeks(39)), false).lmwh ==
          PostnatalLmwh::None);
    // ... and with a preterm birth before 37+0, 2.
    CHECK(
        postnatalVteRisk(facts, birthEventOf(elective, Gestation::fromWeeks(36, 6)), false).lmwh ==
        PostnatalLmwh::TenDays);
    CHECK(postnatalVteRisk(facts, birthEventOf(elective, Gestation::fromWeeks(37)), false).lmwh ==
          PostnatalLmwh::None);
}

TEST_CASE("The newborn blood spot test: day 5 to day 8, and again at 28 days when born before "
          "32+0",
          "[births][rules]")
{
    const QDate born(2027, 5, 10); // day 0
    const BloodSpotDue term = bloodSpotDue(born, Gestation::fromWeeks(39));
    CHECK(term.first == DateWindow{QDate(2027, 5, 15), QDate(2027, 5, 18)});
    CHECK_FALSE(term.repeat);
    CHECK_FALSE(bloodSpotDue(born, Gestation::fromWeeks(32)).repeat);
    CHECK(bloodSpotDue(born, Gestation::fromWeeks(31, 6)).repeat == QDate(2027, 6, 7));
}

TEST_CASE("NICE NG194: postnatal contacts on day 1, day 5 and day 10 after the birth",
          "[births][rules]")
{
    QList<int> days;
    for (const PlannedPostnatalContact &c : postnatalContactPlan(QDate(2027, 5, 10))) {
        days << c.day;
        CHECK(c.date == QDate(2027, 5, 10).addDays(c.day));
        CHECK(c.purpose.contains(QStringLiteral("NICE NG194")));
    }
    CHECK(days == QList<int>{1, 5, 10});
}

TEST_CASE("RCOG GTG 37a after the birth: six weeks for low-risk thrombophilia with a family "
          "history of VTE, and more than 3 factors considers extending to six weeks",
          "[births][rules][vte]")
{
    Booking b = test::lowRiskBooking();
    b.assessment.conditions = {QStringLiteral("thrombophilia_low_risk")};
    const Birth normal = aBirth();
    const auto plain =
        postnatalVteRisk(factsOf(b), birthEventOf(normal, Gestation::fromWeeks(40)), false);
    CHECK(plain.lmwh == PostnatalLmwh::None); // 1 point
    b.assessment.conditions << QStringLiteral("family_vte");
    const auto withFamily =
        postnatalVteRisk(factsOf(b), birthEventOf(normal, Gestation::fromWeeks(40)), false);
    CHECK(withFamily.lmwh == PostnatalLmwh::SixWeeks);
    CHECK(withFamily.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("family history")));

    // Three factors score ten days without the extension; a fourth asks to consider it.
    Booking three = test::lowRiskBooking();
    three.assessment.conditions = {QStringLiteral("gross_varicose_veins")};
    Birth long24 = aBirth();
    long24.labourOver24Hours = true;
    long24.transfused = true;
    auto vte =
        postnatalVteRisk(factsOf(three), birthEventOf(long24, Gestation::fromWeeks(40)), false);
    CHECK(vte.score.factors.size() == 3);
    CHECK(vte.lmwh == PostnatalLmwh::TenDays);
    CHECK_FALSE(vte.considerSixWeeks);
    vte = postnatalVteRisk(factsOf(three), birthEventOf(long24, Gestation::fromWeeks(36)), false);
    CHECK(vte.score.factors.size() == 4);
    CHECK(vte.lmwh == PostnatalLmwh::TenDays);
    CHECK(vte.considerSixWeeks);
}
