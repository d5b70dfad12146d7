// SPDX-License-Identifier: MIT
// Dating (BMUS/FASP), the NICE NG201 schedule and scan windows, NICE NG235 pathway and place of
// birth, and the bookings that cannot be planned.
#include "CarePlanTestSupport.h"

#include "clinical/AntenatalSchedule.h"

using namespace bb;
using namespace bb::careplantest;

namespace {
QList<int> weeks(const CarePlan &plan)
{
    QList<int> list;
    for (const PlannedContact &c : plan.contacts)
        list << c.week;
    return list;
}
QStringList scanCodes(const CarePlan &plan)
{
    QStringList list;
    for (const ScanWindow &s : plan.scans)
        list << s.code;
    return list;
}
QStringList errorLines(const FieldErrors &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list << e.toString();
    return list;
}
} // namespace

TEST_CASE("BMUS/FASP dating: CRL 45.0-84.0 mm dates by scan, otherwise LMP", "[careplan][dating]")
{
    Booking b = lowRiskPlanBooking();
    b.pregnancy.datingScan = DatingScan{QDate(2026, 10, 26), 45.0};
    CarePlan plan = planOf(b);
    CHECK(plan.eddMethod == EddMethod::Crl);                  // even though an LMP is known
    CHECK(plan.edd == QDate(2026, 10, 26).addDays(280 - 79)); // 45.0 mm is 11+2, 79 days
    CHECK(plan.warnings.isEmpty());
    CHECK(scanCodes(plan) == QStringList{QStringLiteral("anomaly_scan")}); // scan recorded

    b.pregnancy.datingScan->crlMm = 84.0;
    CHECK(planOf(b).eddMethod == EddMethod::Crl);

    b.pregnancy.datingScan->crlMm = 44.9;
    plan = planOf(b);
    CHECK(plan.eddMethod == EddMethod::Lmp);
    CHECK(plan.edd == b.pregnancy.lmp.addDays(280));
    CHECK(anyContains(plan.warnings, "44.9"));

    b.pregnancy.datingScan->crlMm = 84.1;
    CHECK(planOf(b).eddMethod == EddMethod::Lmp);
}

TEST_CASE("Dating: a booking that cannot be dated is not planned", "[careplan][dating]")
{
    Booking b = lowRiskPlanBooking();
    b.pregnancy.lmp = QDate();
    CHECK(errorLines(errorsOf(b)).join('\n').startsWith(QLatin1String("pregnancy.lmp: ")));

    b.pregnancy.datingScan = DatingScan{QDate(2026, 10, 26), 44.9};
    const QStringList lines = errorLines(errorsOf(b));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QLatin1String("pregnancy.dating_scan.crl_mm: 44.9 mm")));
    CHECK(lines.at(1).startsWith(QLatin1String("pregnancy.lmp: ")));

    b.pregnancy.datingScan->crlMm = 45.0; // in range: no LMP needed
    CHECK(planOf(b).eddMethod == EddMethod::Crl);

    // Dated by scan, the booking must still fall within the pregnancy.
    b.pregnancy.bookingDate = QDate(2026, 10, 26).addDays(-79 - 1);
    CHECK(errorLines(errorsOf(b)).first().startsWith(QLatin1String("pregnancy.booking_date: ")));
    b.pregnancy.bookingDate = QDate(2026, 10, 26).addDays(-79 + 42 * 7 + 1);
    CHECK(errorLines(errorsOf(b)).first().startsWith(QLatin1String("pregnancy.booking_date: ")));
    b.pregnancy.bookingDate = QDate(2026, 10, 26).addDays(-79 + 42 * 7);
    CHECK(planOf(b).gestationAtBooking.toString() == QLatin1String("42+0"));
}

TEST_CASE("Planning: unknown codes and missing dates are errors, all reported", "[careplan]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.conditions = {QStringLiteral("epilepsy"), QStringLiteral("gout")};
    b.woman.social = {QStringLiteral("lottery_winner")};
    b.woman.dateOfBirth = QDate();
    const QStringList lines = errorLines(errorsOf(b));
    CHECK(lines.size() == 3);
    CHECK(anyContains(lines, "woman.date_of_birth: "));
    CHECK(anyContains(lines, "conditions: unknown condition code 'gout'"));
    CHECK(anyContains(lines, "woman.social: "));
}

TEST_CASE("Planning: missing height and weight leave BMI empty, with a warning", "[careplan]")
{
    Booking b = lowRiskPlanBooking();
    b.assessment.measurements = {};
    setFirstPregnancy(b);
    b.assessment.conditions = {QStringLiteral("family_preeclampsia")};
    const CarePlan plan = planOf(b);
    CHECK_FALSE(plan.bmi.has_value());
    CHECK(anyContains(plan.warnings, "BMI"));
    CHECK(
        recommendationCodes(plan).contains(QStringLiteral("aspirin"))); // non-BMI rules still apply
}

TEST_CASE("NICE NG201: contacts for nulliparous and parous women", "[careplan][ng201]")
{
    Booking b = lowRiskPlanBooking();
    CHECK(weeks(planOf(b)) == QList<int>{16, 28, 34, 36, 38, 41});
    b.pregnancy.previousBirths = 0;
    b.pregnancy.previousLosses = 2; // nulliparous, not a first pregnancy: still 9 contacts
    const CarePlan plan = planOf(b);
    CHECK(weeks(plan) == QList<int>{16, 25, 28, 31, 34, 36, 38, 40, 41});
    for (const PlannedContact &c : plan.contacts) {
        CHECK(c.date == b.pregnancy.lmp.addDays(7 * c.week));
        CHECK_FALSE(c.purpose.isEmpty());
        CHECK(anyContains(c.checks, "blood pressure"));
        CHECK(anyContains(c.checks, "urine"));
        CHECK(anyContains(c.checks, "symphysis-fundal height, SFH") == (c.week >= 25));
        CHECK(anyContains(c.discussed, "movements") == (c.week >= 25));
    }
    CHECK(anyContains(plan.contacts.at(0).checks, "screening"));
    CHECK(anyContains(plan.contacts.at(2).checks, "anti-D"));
    CHECK(anyContains(plan.contacts.at(2).checks, "second screening blood tests"));
    CHECK(anyContains(plan.contacts.at(5).checks, "position"));
    CHECK(plan.contacts.last().purpose.contains(QLatin1String("not given birth")));
}

TEST_CASE("NICE NG201: only contacts dated after the booking date", "[careplan][ng201]")
{
    Booking b = lowRiskPlanBooking();
    CHECK(planOf(b).warnings.isEmpty());
    setBookingGestation(b, 13, 0);
    CHECK(anyContains(planOf(b).warnings, "late booking")); // the booking form's warning
    setBookingGestation(b, 15, 6);
    CHECK(weeks(planOf(b)).first() == 16);
    setBookingGestation(b, 16, 0); // the 16-week contact is the booking day itself; her
    // results are reviewed 14 days later, at 18+0, before the 28-week contact
    CHECK(weeks(planOf(b)).mid(0, 2) == QList<int>{18, 28});
    setBookingGestation(b, 41, 0);
    CHECK(planOf(b).contacts.isEmpty());
}

TEST_CASE("FASP: scan windows never start before the booking date", "[careplan][fasp]")
{
    Booking b = lowRiskPlanBooking();
    SECTION("dating scan 11+2 to 14+1 when none is recorded, from booking when booked in it")
    {
        setBookingGestation(b, 9, 0);
        CarePlan plan = planOf(b);
        REQUIRE(scanCodes(plan) ==
                QStringList{QStringLiteral("dating_scan"), QStringLiteral("anomaly_scan")});
        CHECK(plan.scans.at(0).from == b.pregnancy.lmp.addDays(11 * 7 + 2));
        CHECK(plan.scans.at(0).to == b.pregnancy.lmp.addDays(14 * 7 + 1));
        CHECK(plan.scans.at(1).from == b.pregnancy.lmp.addDays(18 * 7));
        CHECK(plan.scans.at(1).to == b.pregnancy.lmp.addDays(20 * 7 + 6));
        setBookingGestation(b, 14, 1);
        plan = planOf(b);
        REQUIRE(scanCodes(plan).first() == QLatin1String("dating_scan"));
        CHECK(plan.scans.at(0).from == b.pregnancy.bookingDate);
        CHECK(plan.scans.at(0).to == b.pregnancy.bookingDate);
        setBookingGestation(b, 14, 2);
        CHECK(scanCodes(planOf(b)) == QStringList{QStringLiteral("anomaly_scan")});
    }
    SECTION("a dating scan with CRL under 45 mm is repeated")
    {
        setBookingGestation(b, 8, 0);
        b.pregnancy.datingScan = DatingScan{b.pregnancy.bookingDate, 30.0};
        CHECK(scanCodes(planOf(b)).contains(QStringLiteral("dating_scan")));
        b.pregnancy.datingScan->crlMm = 45.0;
        CHECK_FALSE(scanCodes(planOf(b)).contains(QStringLiteral("dating_scan")));
    }
    SECTION("anomaly scan 18+0 to 20+6; booked 21+0 to 22+6 from booking to 22+6")
    {
        setBookingGestation(b, 19, 3);
        CarePlan plan = planOf(b);
        REQUIRE(scanCodes(plan) == QStringList{QStringLiteral("anomaly_scan")});
        CHECK(plan.scans.at(0).from == b.pregnancy.bookingDate);
        CHECK(plan.scans.at(0).to == dateAt(plan, 20, 6));
        setBookingGestation(b, 21, 0);
        plan = planOf(b);
        REQUIRE(scanCodes(plan) == QStringList{QStringLiteral("anomaly_scan")});
        CHECK(plan.scans.at(0).from == b.pregnancy.bookingDate);
        CHECK(plan.scans.at(0).to == dateAt(plan, 22, 6));
        setBookingGestation(b, 22, 6);
        plan = planOf(b);
        REQUIRE(scanCodes(plan) == QStringList{QStringLiteral("anomaly_scan")});
        CHECK(plan.scans.at(0).from == plan.scans.at(0).to);
    }
    SECTION("booked at 23+0 or later: a late-booking scan within 14 days (NICE NG201)")
    {
        for (int week : {23, 30, 40}) {
            setBookingGestation(b, week, 0);
            const CarePlan plan = planOf(b);
            INFO(week);
            REQUIRE(scanCodes(plan) == QStringList{QStringLiteral("late_booking_scan")});
            CHECK(plan.scans.at(0).from == b.pregnancy.bookingDate);
            CHECK(plan.scans.at(0).to == b.pregnancy.bookingDate.addDays(14));
        }
    }
}

TEST_CASE("NICE NG201: dates across 29 February 2028", "[careplan][ng201][dating]")
{
    Booking b = lowRiskPlanBooking();
    setFirstPregnancy(b);
    b.pregnancy.lmp = QDate(2027, 12, 1);
    b.pregnancy.bookingDate = QDate(2028, 1, 26); // 8+0
    setAge(b, 28);
    const CarePlan plan = planOf(b);
    CHECK(plan.edd == QDate(2028, 9, 6));
    CHECK(plan.gestationAtBooking.toString() == QLatin1String("8+0"));
    REQUIRE(plan.contacts.size() == 9);
    CHECK(plan.contacts.at(0).date == QDate(2028, 3, 22));
    CHECK(plan.contacts.at(1).date == QDate(2028, 5, 24));
    CHECK(plan.contacts.at(7).date == QDate(2028, 9, 6));
    CHECK(plan.contacts.at(8).date == QDate(2028, 9, 13));
    REQUIRE(plan.scans.size() == 2);
    CHECK(plan.scans.at(0).from == QDate(2028, 2, 18));
    CHECK(plan.scans.at(0).to == QDate(2028, 3, 9));
    CHECK(plan.scans.at(1).from == QDate(2028, 4, 5));
    CHECK(plan.scans.at(1).to == QDate(2028, 4, 25));
}

TEST_CASE("NICE NG235: pathway and place-of-birth advice", "[careplan][ng235]")
{
    Booking b = lowRiskPlanBooking();
    auto advice = [](const CarePlan &plan, PlaceOfBirth setting) {
        for (const BirthPlaceAdvice &a : plan.birthPlaces) {
            if (a.setting == setting)
                return a;
        }
        FAIL("setting missing");
        return BirthPlaceAdvice{};
    };
    auto outsideUnit = [&advice](const CarePlan &plan) {
        const BirthPlaceAdviceKind home = advice(plan, PlaceOfBirth::Home).advice;
        CHECK(advice(plan, PlaceOfBirth::FreestandingMidwiferyUnit).advice == home);
        CHECK(advice(plan, PlaceOfBirth::AlongsideMidwiferyUnit).advice == home);
        CHECK(advice(plan, PlaceOfBirth::ObstetricUnit).advice == BirthPlaceAdviceKind::Suitable);
        return home;
    };

    SECTION("low-risk parous: all suitable, home or a midwifery unit particularly suitable")
    {
        const CarePlan plan = planOf(b);
        REQUIRE(plan.birthPlaces.size() == 4);
        CHECK(plan.pathway == CarePathway::MidwifeLed);
        CHECK(outsideUnit(plan) == BirthPlaceAdviceKind::Suitable);
        for (PlaceOfBirth setting : {PlaceOfBirth::Home, PlaceOfBirth::FreestandingMidwiferyUnit,
                                     PlaceOfBirth::AlongsideMidwiferyUnit}) {
            CHECK(anyContains(advice(plan, setting).reasons, "particularly suitable"));
            CHECK_FALSE(anyContains(advice(plan, setting).reasons, "small increase"));
        }
        CHECK(advice(plan, PlaceOfBirth::ObstetricUnit).reasons.isEmpty());
    }
    SECTION("low-risk nulliparous: the NG235 notes, advice unchanged")
    {
        b.pregnancy.previousBirths = 0;
        const CarePlan plan = planOf(b);
        CHECK(outsideUnit(plan) == BirthPlaceAdviceKind::Suitable);
        CHECK(anyContains(advice(plan, PlaceOfBirth::Home).reasons, "small increase"));
        CHECK(anyContains(advice(plan, PlaceOfBirth::FreestandingMidwiferyUnit).reasons,
                          "particularly suitable"));
        CHECK(anyContains(advice(plan, PlaceOfBirth::AlongsideMidwiferyUnit).reasons,
                          "particularly suitable"));
        CHECK(advice(plan, PlaceOfBirth::ObstetricUnit).reasons.isEmpty());
        b.assessment.conditions = {
            QStringLiteral("previous_third_degree_tear")}; // no longer low risk
        CHECK_FALSE(anyContains(advice(planOf(b), PlaceOfBirth::Home).reasons, "small increase"));
    }
    SECTION("OU factors: previous caesarean, more than one baby, OU conditions")
    {
        b.pregnancy.previousCaesareans = 1;
        CarePlan plan = planOf(b);
        CHECK(plan.pathway == CarePathway::ObstetricLed);
        CHECK(outsideUnit(plan) == BirthPlaceAdviceKind::ObstetricUnitRecommended);
        CHECK(advice(plan, PlaceOfBirth::Home).reasons ==
              QStringList{QStringLiteral("previous caesarean birth")});
        b.pregnancy.previousCaesareans = 0;
        b.pregnancy.fetuses = 2;
        CHECK(outsideUnit(planOf(b)) == BirthPlaceAdviceKind::ObstetricUnitRecommended);
        b.pregnancy.fetuses = 1;
        b.assessment.conditions = {QStringLiteral("epilepsy"),
                                   QStringLiteral("inflammatory_bowel_disease")};
        plan = planOf(b);
        CHECK(outsideUnit(plan) == BirthPlaceAdviceKind::ObstetricUnitRecommended);
        CHECK(advice(plan, PlaceOfBirth::Home).reasons == QStringList{QStringLiteral("epilepsy")});
    }
    SECTION("IA factors keep the midwife-led pathway")
    {
        b.pregnancy.previousBirths = 3;
        CHECK(outsideUnit(planOf(b)) == BirthPlaceAdviceKind::Suitable);
        b.pregnancy.previousBirths = 4;
        CarePlan plan = planOf(b);
        CHECK(outsideUnit(plan) == BirthPlaceAdviceKind::IndividualAssessment);
        CHECK(plan.pathway == CarePathway::MidwifeLed);
        b.pregnancy.previousBirths = 1;
        setAge(b, 39);
        CHECK(outsideUnit(planOf(b)) == BirthPlaceAdviceKind::Suitable);
        setAge(b, 40);
        CHECK(outsideUnit(planOf(b)) == BirthPlaceAdviceKind::IndividualAssessment);
        setAge(b, 30);
        setBmi(b, 35.0);
        CHECK(outsideUnit(planOf(b)) == BirthPlaceAdviceKind::Suitable);
        setBmi(b, 35.1);
        plan = planOf(b);
        CHECK(outsideUnit(plan) == BirthPlaceAdviceKind::IndividualAssessment);
        CHECK(anyContains(advice(plan, PlaceOfBirth::Home).reasons, "BMI 35.1"));
    }
    SECTION("her choice is recorded, even against advice")
    {
        b.assessment.preferredPlaceOfBirth = PlaceOfBirth::Home;
        CHECK(planOf(b).chosenPlaceOfBirth == PlaceOfBirth::Home);
        b.assessment.conditions = {QStringLiteral("previous_vte")};
        const CarePlan plan = planOf(b);
        CHECK(plan.chosenPlaceOfBirth == PlaceOfBirth::Home);
        CHECK(anyContains(plan.warnings, "home"));
    }
}

TEST_CASE("NICE NG201: schedule functions on their own", "[careplan][ng201]")
{
    CHECK(clinical::contactWeeks(true).size() == 9);
    CHECK(clinical::contactWeeks(false).size() == 6);
    const QDate edd(2027, 5, 11);
    CHECK(clinical::plannedContacts({edd, edd.addDays(-280), false}).size() == 6);
    CHECK(clinical::scanWindows({edd, edd.addDays(-280 + 7 * 12), false, 1, true}).size() == 1);
}
