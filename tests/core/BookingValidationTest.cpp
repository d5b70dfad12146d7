// SPDX-License-Identifier: MIT
// The invalid-booking rules of the booking format (docs/formats.md).
#include "TestSupport.h"

#include "clinical/BookingValidation.h"

using namespace bb;
using namespace bb::clinical;

namespace {
QStringList paths(const FieldErrors &errors)
{
    QStringList list;
    for (const auto &error : errors)
        list << error.path;
    return list;
}
} // namespace

TEST_CASE("A low-risk booking is valid", "[validation]")
{
    CHECK(validateBooking(test::lowRiskBooking()).isEmpty());
}

TEST_CASE("Each out-of-range value is named by its field path", "[validation]")
{
    Booking b = test::lowRiskBooking();
    SECTION("height")
    {
        b.assessment.measurements.heightCm = 99.9;
        CHECK(paths(validateBooking(b)) == QStringList{QStringLiteral("measurements.height_cm")});
        b.assessment.measurements.heightCm = 100.0;
        CHECK(validateBooking(b).isEmpty());
        b.assessment.measurements.heightCm = 250.1;
        CHECK_FALSE(validateBooking(b).isEmpty());
    }
    SECTION("weight")
    {
        b.assessment.measurements.weightKg = 24.9;
        CHECK(paths(validateBooking(b)) == QStringList{QStringLiteral("measurements.weight_kg")});
        b.assessment.measurements.weightKg = 300.0;
        CHECK(validateBooking(b).isEmpty());
    }
    SECTION("fetuses 1-6")
    {
        b.pregnancy.fetuses = 0;
        CHECK(paths(validateBooking(b)) == QStringList{QStringLiteral("pregnancy.fetuses")});
        b.pregnancy.fetuses = 7;
        CHECK_FALSE(validateBooking(b).isEmpty());
        b.pregnancy.fetuses = 6;
        CHECK(validateBooking(b).isEmpty());
    }
    SECTION("GAD-2 0-6")
    {
        b.assessment.mentalHealth.gad2Score = 7;
        CHECK(paths(validateBooking(b)) == QStringList{QStringLiteral("mental_health.gad2_score")});
    }
    SECTION("counts below 0")
    {
        b.pregnancy.previousBirths = -1;
        b.pregnancy.previousCaesareans = -1;
        CHECK(paths(validateBooking(b)) ==
              QStringList{QStringLiteral("pregnancy.previous_births"),
                          QStringLiteral("pregnancy.previous_caesareans")});
    }
    SECTION("unknown condition code is an error, never ignored")
    {
        b.assessment.conditions << QStringLiteral("gout");
        const auto errors = validateBooking(b);
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().toString() ==
              QStringLiteral("conditions: unknown condition code 'gout'"));
    }
    SECTION("NHS number check digit")
    {
        b.woman.nhsNumber = QStringLiteral("9434765918");
        CHECK(validateBooking(b).front().toString() ==
              QStringLiteral("woman.nhs_number: check digit does not match"));
    }
}

TEST_CASE("Booking dates: before the LMP, past 42+0, born after booking", "[validation]")
{
    Booking b = test::lowRiskBooking();
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(-1);
    CHECK(paths(validateBooking(b)).contains(QStringLiteral("pregnancy.booking_date")));
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(42 * 7);
    CHECK(validateBooking(b).isEmpty());
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(42 * 7 + 1);
    CHECK(paths(validateBooking(b)) == QStringList{QStringLiteral("pregnancy.booking_date")});

    Booking c = test::lowRiskBooking();
    c.woman.dateOfBirth = c.pregnancy.bookingDate.addDays(1);
    CHECK(paths(validateBooking(c)) == QStringList{QStringLiteral("woman.date_of_birth")});
}

TEST_CASE("Warnings that do not block: late booking and an unusable CRL", "[validation]")
{
    Booking b = test::lowRiskBooking();
    CHECK(bookingWarnings(b).isEmpty());
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(13 * 7); // 13+0
    CHECK(bookingWarnings(b).join(QLatin1Char(' ')).contains(QStringLiteral("late booking")));
    b.pregnancy.bookingDate = b.pregnancy.lmp.addDays(12 * 7 + 6); // 12+6 is not late
    CHECK(bookingWarnings(b).isEmpty());
    b.pregnancy.datingScan = DatingScan{b.pregnancy.bookingDate, 90.0};
    CHECK(bookingWarnings(b)
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("outside the dating range")));
    CHECK(validateBooking(b).isEmpty());
}
