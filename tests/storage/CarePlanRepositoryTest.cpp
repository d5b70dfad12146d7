// SPDX-License-Identifier: MIT
// Stored care plans: made with the first booking save, versioned, never changed once saved.
#include "TestSupport.h"

#include "care/CarePlans.h"
#include "clinical/CarePlanChanges.h"
#include "clinical/CarePlanner.h"
#include "demo/DemoData.h"
#include "storage/CarePlanRepository.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "util/Clock.h"

using namespace bb;
using namespace bb::storage;

namespace {
struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 11, 1), QTime(9, 30))};
    QString error;
    std::unique_ptr<Database> db =
        Database::open(test::databaseAt(scratch, QStringLiteral("c.sqlite")), &error);
};

/// A booking whose plan recommends something to decline: obese, smoking, first pregnancy.
Booking obeseSmoker()
{
    Booking b = test::lowRiskBooking();
    b.pregnancy.previousBirths = 0;
    b.assessment.measurements = {168.0, 103.0, 9.0};
    b.assessment.smoking = Smoking::Current;
    b.assessment.preferredPlaceOfBirth = PlaceOfBirth::Home;
    return b;
}
} // namespace

TEST_CASE("The first booking save makes version 1 of her care plan", "[storage][careplan]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking booking = obeseSmoker();
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    const care::CarePlans plans(*f.db, f.clock);
    const auto latest = plans.latest(booking.pregnancy.id);
    REQUIRE(latest);
    const auto &first = latest.value();
    REQUIRE(first);
    CHECK(first->version == 1);
    CHECK(first->basedOn == booking);
    CHECK(first->plan == std::get<CarePlan>(clinical::planCare(booking)));
    CHECK(first->chosenPlaceOfBirth == PlaceOfBirth::Home);
    CHECK(first->decisions.size() == first->plan.recommendations.size());
    CHECK(std::all_of(first->decisions.cbegin(), first->decisions.cend(),
                      [](const auto &d) { return d.status == DecisionStatus::ToDiscuss; }));
    CHECK(first->savedAt == f.clock.now());
    CHECK(first->savedBy == test::testMidwife().displayName);

    // A later booking save does not change a plan she was given.
    booking.assessment.measurements.weightKg = 70.0;
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    CHECK(plans.versions(booking.pregnancy.id)->size() == 1);
    // ...but the rules can say what would change.
    const auto now = std::get<CarePlan>(clinical::planCare(booking));
    const QStringList changes = clinical::carePlanChanges(first->plan, now);
    CHECK(changes.join(QLatin1Char('\n')).contains(QStringLiteral("No longer advised")));
}

TEST_CASE("Each save is a new version, and a decline needs a reason", "[storage][careplan]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking booking = obeseSmoker();
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    const care::CarePlans plans(*f.db, f.clock);
    StoredCarePlan edited = *plans.latest(booking.pregnancy.id).value();
    REQUIRE_FALSE(edited.decisions.isEmpty());
    auto aspirin =
        std::find_if(edited.decisions.begin(), edited.decisions.end(),
                     [](const CarePlanDecision &d) { return d.code == QStringLiteral("aspirin"); });
    REQUIRE(aspirin != edited.decisions.end());
    aspirin->status = DecisionStatus::Declined;
    const auto refused = plans.saveVersion(edited, Actor::named(QStringLiteral("midwife")));
    REQUIRE(refused.invalid());
    CHECK(refused.fieldErrors() == FieldErrors{{QStringLiteral("decisions.aspirin.reason"),
                                                QStringLiteral("a decline needs her reason")}});
    CHECK(plans.versions(booking.pregnancy.id)->size() == 1);

    aspirin->reason = QStringLiteral("declined aspirin after discussion");
    edited.chosenPlaceOfBirth = PlaceOfBirth::Home;
    edited.whatMatters = QStringLiteral("Having her sister with her");
    f.clock.set(QDateTime(QDate(2026, 11, 2), QTime(14, 0)));
    const auto saved = plans.saveVersion(edited, Actor::named(QStringLiteral("Jo Midwife")));
    INFO(saved.message().toStdString());
    REQUIRE(saved);
    edited = saved.value();
    CHECK(edited.version == 2);
    const auto all = plans.versions(booking.pregnancy.id).value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].version == 1);
    CHECK(all[0].decisions.front().status == DecisionStatus::ToDiscuss);
    CHECK(all[1] == edited);
    CHECK(all[1].savedBy == QStringLiteral("Jo Midwife"));
    CHECK(all[1].savedAt == QDateTime(QDate(2026, 11, 2), QTime(14, 0)));
}

TEST_CASE("Women in care whose latest plan chooses a place of birth are found without reading "
          "plans",
          "[storage][careplan]")
{
    Fixture f;
    REQUIRE(f.db);
    const PregnancyRepository pregnancies(*f.db);
    const CarePlanRepository plans(*f.db);
    demo::BookingGenerator numbers(7, f.clock.today());
    Booking home = obeseSmoker(); // prefers a home birth, so her first plan chooses one
    REQUIRE(test::book(*f.db, f.clock, home, &f.error));
    Booking changedMind = obeseSmoker();
    changedMind.woman.nhsNumber = numbers.nextNhsNumber();
    REQUIRE(test::book(*f.db, f.clock, changedMind, &f.error));
    Booking delivered = obeseSmoker();
    delivered.woman.nhsNumber = numbers.nextNhsNumber();
    REQUIRE(test::book(*f.db, f.clock, delivered, &f.error));
    delivered.pregnancy.status = PregnancyStatus::Delivered;
    REQUIRE(test::book(*f.db, f.clock, delivered, &f.error));
    Booking unit = test::lowRiskBooking();
    unit.woman.nhsNumber = numbers.nextNhsNumber();
    unit.assessment.preferredPlaceOfBirth = PlaceOfBirth::ObstetricUnit;
    REQUIRE(test::book(*f.db, f.clock, unit, &f.error));
    CHECK(plans.bookedChoosing(PlaceOfBirth::Home) ==
          QList<qint64>{home.pregnancy.id, changedMind.pregnancy.id});

    // Her latest version counts, not her first.
    StoredCarePlan second = *plans.latest(changedMind.pregnancy.id, &f.error);
    second.chosenPlaceOfBirth = PlaceOfBirth::ObstetricUnit;
    for (CarePlanDecision &d : second.decisions)
        d.status = DecisionStatus::Accepted;
    second.savedBy = QStringLiteral("midwife");
    second.savedAt = f.clock.now();
    REQUIRE(plans.saveNewVersion(second, &f.error));
    CHECK(plans.bookedChoosing(PlaceOfBirth::Home) == QList<qint64>{home.pregnancy.id});
    CHECK(plans.bookedChoosing(PlaceOfBirth::ObstetricUnit) ==
          QList<qint64>{changedMind.pregnancy.id, unit.pregnancy.id});
}
