// SPDX-License-Identifier: MIT
// Booking a pregnancy as one care::Bookings operation: one open pregnancy at a time.
#include "TestSupport.h"

#include "care/Bookings.h"
#include "care/Women.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace bb;

namespace {
struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(scratch.file(QStringLiteral("b.sqlite")), &error);
};
} // namespace

TEST_CASE("A second pregnancy is refused while her earlier one is still open", "[care][booking]")
{
    Fixture f;
    REQUIRE(f.db);
    const storage::Database *db = f.db.get();
    const Clock &clock = f.clock;
    QString &error = f.error;
    Booking first = test::lowRiskBooking();
    REQUIRE(test::book(*db, clock, first, &error));

    // The same woman, a new pregnancy (no pregnancy id), booked while the first is open.
    Booking second = first;
    second.pregnancy = Pregnancy{};
    second.pregnancy.bookingDate = QDate(2026, 11, 30);
    second.pregnancy.lmp = QDate(2026, 10, 5);
    const care::Bookings bookings(*db, clock);
    const auto refused = bookings.save(second, test::testMidwife());
    REQUIRE(refused.invalid());
    REQUIRE(refused.fieldErrors().size() == 1);
    CHECK(refused.fieldErrors().front().path == QStringLiteral("pregnancy.booking_date"));
    CHECK(refused.fieldErrors().front().message.contains(QStringLiteral("still open")));
    CHECK(care::Women(*db, clock).pregnancies(first.woman.id).value().size() == 1);

    // Once the first is closed (her baby was born), the next pregnancy can be booked.
    QSqlQuery close(db->connection());
    REQUIRE(close.exec(QStringLiteral("UPDATE pregnancy SET status = 'delivered'")));
    const auto booked = bookings.save(second, test::testMidwife());
    INFO(booked.message().toStdString());
    REQUIRE(booked);
    CHECK(care::Women(*db, clock).pregnancies(first.woman.id).value().size() == 2);
}

TEST_CASE("Smoking and conception not asked are kept as not asked", "[care][booking][not-asked]")
{
    Fixture f;
    REQUIRE(f.db);
    const storage::Database *db = f.db.get();
    const Clock &clock = f.clock;
    QString &error = f.error;
    Booking booking = test::lowRiskBooking();
    booking.assessment.smoking = Smoking::NotAsked;
    booking.pregnancy.conception = Conception::NotAsked;
    REQUIRE(test::book(*db, clock, booking, &error));
    const care::Women women(*db, clock);
    Booking read = *women.booking(booking.pregnancy.id).value();
    CHECK(read.assessment.smoking == Smoking::NotAsked);
    CHECK(read.pregnancy.conception == Conception::NotAsked);

    // Asked later: the answers replace "not asked".
    read.assessment.smoking = Smoking::Ex;
    read.pregnancy.conception = Conception::Assisted;
    REQUIRE(care::Bookings(*db, clock).save(read, test::testMidwife()));
    read = *women.booking(booking.pregnancy.id).value();
    CHECK(read.assessment.smoking == Smoking::Ex);
    CHECK(read.pregnancy.conception == Conception::Assisted);
}
