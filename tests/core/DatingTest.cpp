// SPDX-License-Identifier: MIT
// Dating (BMUS/FASP, NICE NG201), gestation, age and BMI, as the rules page defines them.
#include "TestSupport.h"

#include "clinical/Dating.h"

using namespace bb;
using namespace bb::clinical;

TEST_CASE("BMUS/FASP dating: Robinson and Fleming corrected for the speed of sound (rules v2)",
          "[dating]")
{
    // round(8.052 * sqrt(1.037 * 55) + 23.73) = round(84.54) = 85 days (uncorrected: 83)
    CHECK(robinsonGestationDays(55.0) == 85);
    // The rules page: CRL 45.0 mm gives 11+2 and 84.0 mm gives 14+1, the FASP screening range.
    // round(8.052 * sqrt(46.665) + 23.73) = round(78.74) = 79 = 11+2
    CHECK(robinsonGestationDays(45.0) == Gestation::fromWeeks(11, 2).days);
    // round(8.052 * sqrt(87.108) + 23.73) = round(98.88) = 99 = 14+1
    CHECK(robinsonGestationDays(84.0) == Gestation::fromWeeks(14, 1).days);
    // round(8.052 * sqrt(62.22) + 23.73) = round(87.24) = 87 (uncorrected: 85)
    CHECK(robinsonGestationDays(60.0) == 87);
}

TEST_CASE("BMUS/FASP dating: the scan EDD is used when CRL is 45.0-84.0 mm, even with an LMP",
          "[dating]")
{
    const DatingScan scan{QDate(2026, 10, 26), 55.0};
    const auto result = estimateDueDate(QDate(2026, 8, 10), scan);
    REQUIRE(result);
    CHECK(result->method == EddMethod::Crl);
    CHECK(result->edd == QDate(2027, 5, 9)); // scan date + (280 - 85)
    CHECK(result->warnings.isEmpty());
}

TEST_CASE("BMUS/FASP dating: CRL 44.9 mm is outside the range, 45.0 is inside", "[dating]")
{
    const QDate lmp(2026, 8, 10);
    const auto below = estimateDueDate(lmp, DatingScan{QDate(2026, 10, 20), 44.9});
    REQUIRE(below);
    CHECK(below->method == EddMethod::Lmp);
    CHECK(below->edd == lmp.addDays(280));
    REQUIRE(below->warnings.size() == 1);
    CHECK(below->warnings.front().contains(QStringLiteral("outside the dating range")));

    const auto at = estimateDueDate(lmp, DatingScan{QDate(2026, 10, 20), 45.0});
    REQUIRE(at);
    CHECK(at->method == EddMethod::Crl);

    const auto above = estimateDueDate(lmp, DatingScan{QDate(2026, 10, 20), 84.1});
    REQUIRE(above);
    CHECK(above->method == EddMethod::Lmp);
    CHECK(estimateDueDate(lmp, DatingScan{QDate(2026, 10, 20), 84.0})->method == EddMethod::Crl);
}

TEST_CASE("NICE NG201 dating: EDD = LMP + 280 days, across a leap day", "[dating]")
{
    CHECK(estimateDueDate(QDate(2026, 9, 7), std::nullopt)->edd == QDate(2027, 6, 14));
    // 2028 is a leap year: 1 Dec 2027 + 280 days lands on 6 Sep 2028 (not 7 Sep).
    CHECK(estimateDueDate(QDate(2027, 12, 1), std::nullopt)->edd == QDate(2028, 9, 6));
}

TEST_CASE("Dating: neither a usable scan nor an LMP cannot be planned", "[dating]")
{
    CHECK_FALSE(estimateDueDate(QDate(), std::nullopt));
    CHECK_FALSE(estimateDueDate(QDate(), DatingScan{QDate(2026, 10, 20), 30.0}));
}

TEST_CASE("Gestation on a date = date - (EDD - 280 days), written W+D", "[dating]")
{
    const QDate edd(2027, 6, 14);
    CHECK(gestationOn(edd, QDate(2026, 11, 9)).toString() == QStringLiteral("9+0"));
    CHECK(gestationOn(edd, QDate(2026, 11, 15)).toString() == QStringLiteral("9+6"));
    CHECK(gestationOn(edd, edd).toString() == QStringLiteral("40+0"));
    CHECK(dateAtGestation(edd, Gestation::fromWeeks(16)) == QDate(2026, 12, 28));
}

TEST_CASE("Age at booking: whole years, birthdays included", "[age]")
{
    const QDate dob(1988, 12, 30);
    CHECK(ageInYears(dob, QDate(2026, 11, 9)) == 37);
    CHECK(ageInYears(dob, QDate(2026, 12, 29)) == 37);
    CHECK(ageInYears(dob, QDate(2026, 12, 30)) == 38);
    // Born on 29 February: a year older on 1 March in a common year.
    const QDate leapling(2004, 2, 29);
    CHECK(ageInYears(leapling, QDate(2023, 2, 28)) == 18);
    CHECK(ageInYears(leapling, QDate(2023, 3, 1)) == 19);
    CHECK(ageInYears(leapling, QDate(2024, 2, 29)) == 20);
}

TEST_CASE("BMI = kg / m^2 rounded to one decimal, half away from zero", "[bmi]")
{
    CHECK(*bodyMassIndex(170, 74) == Approx(25.6));
    CHECK(*bodyMassIndex(168, 103) == Approx(36.5));
    CHECK(*bodyMassIndex(162, 58) == Approx(22.1));
    CHECK(*bodyMassIndex(200, 120) == Approx(30.0)); // exactly 30
    CHECK(*bodyMassIndex(200, 140) == Approx(35.0));
    CHECK(*bodyMassIndex(200, 160) == Approx(40.0));
    // 100 cm, 30.05 kg: 30.05 exactly in decimal, rounds up to 30.1
    CHECK(*bodyMassIndex(100, 30.05) == Approx(30.1));
    CHECK(*bodyMassIndex(100, 30.04) == Approx(30.0));
    CHECK_FALSE(bodyMassIndex(std::nullopt, 70));
    CHECK_FALSE(bodyMassIndex(165, std::nullopt));
}

TEST_CASE("BMUS/FASP dating: a CRL outside the range says what dating is needed instead",
          "[dating]")
{
    const QDate lmp(2026, 8, 10);
    const auto below = estimateDueDate(lmp, DatingScan{QDate(2026, 10, 20), 40.0});
    REQUIRE(below);
    CHECK(below->warnings.front().contains(QStringLiteral("rescan for dating")));
    const auto above = estimateDueDate(lmp, DatingScan{QDate(2026, 10, 20), 90.0});
    REQUIRE(above);
    CHECK(
        above->warnings.front().contains(QStringLiteral("dating by head circumference is needed")));
}
