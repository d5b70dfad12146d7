// SPDX-License-Identifier: MIT
// Saving and loading women, pregnancies and drafts; failed saves change nothing.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/PregnancyRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QJsonObject>

using namespace bb;
using namespace bb::storage;

namespace {
struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDate(2026, 11, 1)};
    QString error;
    std::unique_ptr<Database> db =
        Database::open(test::databaseAt(scratch, QStringLiteral("c.sqlite")), &error);
};
} // namespace

TEST_CASE("A booking saves and loads back identical", "[storage]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking b = test::lowRiskBooking();
    b.woman.social = {QStringLiteral("asylum_seeker"), QStringLiteral("refugee")};
    b.woman.interpreterNeeded = true;
    b.pregnancy.datingScan = DatingScan{QDate(2026, 10, 26), 55.0};
    b.pregnancy.yearsSinceLastPregnancy = 3;
    b.assessment.conditions = {QStringLiteral("chronic_hypertension"),
                               QStringLiteral("previous_gdm")};
    b.assessment.mentalHealth = {true, false, 3};
    b.assessment.preferredPlaceOfBirth = PlaceOfBirth::Home;
    PregnancyRepository pregnancies(*f.db);
    INFO(f.error.toStdString());
    const bool saved = pregnancies.saveBooking(b, {}, f.clock.now(), &f.error);
    INFO(f.error.toStdString());
    REQUIRE(saved);
    CHECK(b.woman.id > 0);
    CHECK(b.pregnancy.id > 0);
    CHECK(pregnancies.booking(b.pregnancy.id) == b);
    CHECK(pregnancies.latestBooking(b.woman.id) == b);
}

TEST_CASE("A failed save rolls back and leaves earlier data intact", "[storage]")
{
    Fixture f;
    REQUIRE(f.db);
    PregnancyRepository pregnancies(*f.db);
    Booking saved = test::lowRiskBooking();
    REQUIRE(pregnancies.saveBooking(saved, {}, f.clock.now(), &f.error));

    // A change to her and her booking where the last write breaks a constraint.
    Booking broken = saved;
    broken.woman.familyName = QStringLiteral("Changed");
    broken.assessment.measurements.heightCm = 20; // the schema's CHECK refuses it
    CHECK_FALSE(pregnancies.saveBooking(broken, {}, f.clock.now(), &f.error));
    CHECK(
        f.error.contains(QStringLiteral("CHECK"), Qt::CaseInsensitive)); // on a file or the server
    CHECK(pregnancies.booking(saved.pregnancy.id) == saved);

    // A new woman whose pregnancy write fails leaves no half-made woman behind.
    Booking fresh = test::lowRiskBooking();
    fresh.woman.nhsNumber = QStringLiteral("9434765870");
    fresh.pregnancy.fetuses = 0;
    CHECK_FALSE(pregnancies.saveBooking(fresh, {}, f.clock.now(), &f.error));
    CHECK(fresh.woman.id == 0);
    CHECK(WomanRepository(*f.db).count() == 1);
}

TEST_CASE("The same NHS number cannot be registered twice", "[storage]")
{
    Fixture f;
    REQUIRE(f.db);
    WomanRepository women(*f.db);
    Woman a = test::lowRiskBooking().woman;
    REQUIRE(women.save(a, f.clock.now(), &f.error));
    Woman b = a;
    b.id = 0;
    CHECK_FALSE(women.save(b, f.clock.now(), &f.error));
    CHECK(b.id == 0);
    CHECK(women.count() == 1);
}

TEST_CASE("A woman has many pregnancies, and a new one starts from her demographics only",
          "[storage]")
{
    Fixture f;
    REQUIRE(f.db);
    PregnancyRepository pregnancies(*f.db);
    Booking first = test::lowRiskBooking();
    first.assessment.conditions = {QStringLiteral("previous_gdm")};
    first.pregnancy.status = PregnancyStatus::Delivered;
    REQUIRE(pregnancies.saveBooking(first, {}, f.clock.now(), &f.error));

    Booking second;
    second.woman = first.woman;
    second.pregnancy.bookingDate = QDate(2028, 3, 1);
    second.pregnancy.lmp = QDate(2028, 1, 5);
    REQUIRE(pregnancies.saveBooking(second, {}, f.clock.now(), &f.error));
    const auto list = pregnancies.forWoman(first.woman.id);
    REQUIRE(list.size() == 2);
    CHECK(list.front().id == second.pregnancy.id);
    CHECK(pregnancies.latestBooking(first.woman.id)->assessment.conditions.isEmpty());
    CHECK(pregnancies.booking(first.pregnancy.id)->assessment.conditions ==
          first.assessment.conditions);
}

TEST_CASE("Drafts are kept per form and record until removed", "[storage]")
{
    Fixture f;
    REQUIRE(f.db);
    DraftRepository drafts(*f.db);
    CHECK_FALSE(drafts.get(QStringLiteral("booking"), QStringLiteral("7")));
    REQUIRE(drafts.put(QStringLiteral("booking"), QStringLiteral("7"),
                       {{QStringLiteral("weight"), QStringLiteral("7")}}, f.clock.now()));
    REQUIRE(drafts.put(QStringLiteral("booking"), QStringLiteral("7"),
                       {{QStringLiteral("weight"), QStringLiteral("72")}}, f.clock.now()));
    const auto draft = drafts.get(QStringLiteral("booking"), QStringLiteral("7"));
    REQUIRE(draft);
    CHECK(draft->payload.value(QStringLiteral("weight")).toString() == QStringLiteral("72"));
    CHECK(draft->savedAt == f.clock.now());
    CHECK_FALSE(drafts.get(QStringLiteral("registration"), QStringLiteral("7")));
    REQUIRE(drafts.remove(QStringLiteral("booking"), QStringLiteral("7")));
    CHECK_FALSE(drafts.get(QStringLiteral("booking"), QStringLiteral("7")));
}
