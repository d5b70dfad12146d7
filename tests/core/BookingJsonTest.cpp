// SPDX-License-Identifier: MIT
// The bbclinic-booking/1 format: defaults, every error with its path, and round trips.
#include "TestSupport.h"

#include "interop/BookingJson.h"

#include <QDir>
#include <QJsonDocument>

using namespace bb;

namespace {
QStringList lines(const FieldErrors &errors)
{
    QStringList list;
    for (const auto &error : errors)
        list << error.toString();
    return list;
}
} // namespace

TEST_CASE("Booking JSON: defaults from the format", "[json]")
{
    const auto result = interop::parseBooking(R"({
        "format": "bbclinic-booking/1",
        "woman": {"nhs_number": "943 476 5919", "given_name": "Asha", "family_name": "Patel",
                  "date_of_birth": "1996-03-14"},
        "pregnancy": {"booking_date": "2026-10-20", "lmp": "2026-09-01"}
    })",
                                              test::kToday);
    REQUIRE(result.errors.isEmpty());
    const Booking &b = *result.booking;
    CHECK(b.woman.nhsNumber == QStringLiteral("9434765919"));
    CHECK(b.pregnancy.fetuses == 1);
    CHECK(b.pregnancy.previousBirths == 0);
    CHECK(b.pregnancy.conception == Conception::Spontaneous);
    CHECK(b.assessment.smoking == Smoking::Never);
    CHECK(b.assessment.preferredPlaceOfBirth == PlaceOfBirth::Undecided);
    CHECK_FALSE(b.assessment.measurements.heightCm);
    CHECK(b.assessment.mentalHealth.gad2Score == 0);
}

TEST_CASE("Booking JSON: every problem is reported with its path", "[json]")
{
    const auto result = interop::parseBooking(R"({
        "format": "bbclinic-booking/1",
        "woman": {"nhs_number": "9434765918", "given_name": "Asha",
                  "date_of_birth": "1996-02-30", "social": ["pirate"]},
        "pregnancy": {"booking_date": "2026-10-20", "lmp": "2026-09-01", "fetuses": 9,
                      "conception": "magic"},
        "measurements": {"height_cm": 90, "weight_kg": "heavy"},
        "smoking": "sometimes",
        "conditions": ["chronic_hypertension", "gout"],
        "mental_health": {"gad2_score": 8}
    })",
                                              test::kToday);
    CHECK_FALSE(result.booking);
    const QStringList got = lines(result.errors);
    const QStringList expectedPaths{
        QStringLiteral("woman.nhs_number: check digit does not match"),
        QStringLiteral("woman.family_name: is required"),
        QStringLiteral("woman.date_of_birth: '1996-02-30' is not a real date"),
        QStringLiteral("woman.social: unknown code 'pirate'"),
        QStringLiteral("pregnancy.fetuses: must be between 1 and 6"),
        QStringLiteral("pregnancy.conception: unknown value 'magic'"),
        QStringLiteral("measurements.height_cm: must be between 100 and 250 cm"),
        QStringLiteral("measurements.weight_kg: must be a number"),
        QStringLiteral("smoking: unknown value 'sometimes'"),
        QStringLiteral("conditions: unknown condition code 'gout'"),
        QStringLiteral("mental_health.gad2_score: must be between 0 and 6"),
    };
    for (const QString &expected : expectedPaths) {
        INFO(expected.toStdString() << " in " << got.join(QStringLiteral(" | ")).toStdString());
        CHECK(std::any_of(got.cbegin(), got.cend(),
                          [&](const QString &line) { return line.startsWith(expected); }));
    }
}

TEST_CASE("Booking JSON: not JSON, wrong format, missing dating", "[json]")
{
    CHECK(lines(interop::parseBooking("{not json", test::kToday).errors)
              .front()
              .startsWith(QStringLiteral("$: not valid JSON")));
    const auto wrongFormat = interop::parseBooking(R"({"format": "other/2"})", test::kToday);
    CHECK(lines(wrongFormat.errors)
              .contains(QStringLiteral(
                  "format: 'other/2' is not supported (expected bbclinic-booking/1)")));
    const auto undated = interop::parseBooking(R"({
        "format": "bbclinic-booking/1",
        "woman": {"nhs_number": "9434765919", "given_name": "A", "family_name": "B",
                  "date_of_birth": "1996-03-14"},
        "pregnancy": {"booking_date": "2026-10-20"}})",
                                               test::kToday);
    REQUIRE(undated.errors.size() == 1);
    CHECK(undated.errors.front().path == QStringLiteral("pregnancy.lmp"));
}

TEST_CASE("Booking JSON: the rules take today from the caller, and reading alone applies none",
          "[json][dates]")
{
    const QByteArray future = R"({
        "format": "bbclinic-booking/1",
        "woman": {"nhs_number": "9434765919", "given_name": "A", "family_name": "B",
                  "date_of_birth": "1996-03-14"},
        "pregnancy": {"booking_date": "2031-01-06", "lmp": "2030-12-02"}})";
    const auto refused = interop::parseBooking(future, test::kToday);
    CHECK_FALSE(refused.booking);
    CHECK(lines(refused.errors) ==
          QStringList{QStringLiteral("pregnancy.booking_date: is in the future"),
                      QStringLiteral("pregnancy.lmp: is in the future")});
    CHECK(interop::parseBooking(future, QDate(2031, 1, 6)).errors.isEmpty());
    // A stored document is read back as it was written, whatever today is.
    const auto read = interop::parseBooking(future);
    REQUIRE(read.booking);
    CHECK(read.booking->pregnancy.bookingDate == QDate(2031, 1, 6));
}

TEST_CASE("Booking JSON: each worked example survives a round trip", "[json][examples]")
{
    const QDir dir(test::examplesDir());
    const auto files = dir.entryList({QStringLiteral("*.booking.json")});
    REQUIRE(files.size() >= 3);
    for (const QString &name : files) {
        INFO(name.toStdString());
        const auto first = interop::parseBooking(test::readFile(dir.filePath(name)), test::kToday);
        REQUIRE(first.errors.isEmpty());
        const QByteArray written = QJsonDocument(interop::bookingToJson(*first.booking)).toJson();
        const auto second = interop::parseBooking(written, test::kToday);
        REQUIRE(second.errors.isEmpty());
        CHECK(*second.booking == *first.booking);
    }
}
