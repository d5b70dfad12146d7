// SPDX-License-Identifier: MIT
// Her care plan's versions through care::CarePlans: who saved each and when, refusals that write
// nothing, a version that cannot be read, and versions kept from before storage had its own
// encoding.
#include "TestSupport.h"

#include "care/CarePlans.h"
#include "care/ClinicDatabase.h"
#include "care/Scheduling.h"
#include "domain/Codes.h"
#include "interop/BookingJson.h"
#include "interop/CarePlanJson.h"
#include "storage/CarePlanRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace bb;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    QString path = test::databaseAt(scratch, QStringLiteral("plans.sqlite"));
    FixedClock clock{QDateTime(QDate(2026, 11, 3), QTime(11, 15))};
    QString error;
    std::unique_ptr<storage::Database> db = storage::Database::open(path, &error);
};

/// A booking whose plan advises aspirin (pre-existing high blood pressure) and a referral to
/// stop smoking.
Booking hypertensiveSmoker()
{
    Booking b = test::lowRiskBooking();
    b.assessment.conditions = {QStringLiteral("chronic_hypertension")};
    b.assessment.smoking = Smoking::Current;
    b.woman.social = {QStringLiteral("refugee")};
    b.woman.interpreterNeeded = true;
    b.woman.preferredLanguage = QStringLiteral("ar");
    return b;
}

void run(const storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    const bool prepared = q.prepare(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant &value : values)
        q.addBindValue(value);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

int rows(const storage::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The plan_json column as storage wrote it before schema 10: the care-plan format, without
/// the schedule's text, her choice of place of birth inside the plan.
QString oldPlanJson(const StoredCarePlan &stored)
{
    CarePlan plan = stored.plan;
    plan.chosenPlaceOfBirth = stored.chosenPlaceOfBirth;
    for (PlannedContact &contact : plan.contacts) {
        contact.checks.clear();
        contact.discussed.clear();
    }
    return compact(interop::carePlanToJson(stored.basedOn, plan));
}

/// Takes the file back to schema 9 with every stored version in the public formats, as the
/// storage of schema 2 to 9 wrote them: version 1 rewritten in place, version 2 deleted and
/// inserted again with that storage's own statements.
void makeSchema9File(const storage::Database &db, const QList<StoredCarePlan> &versions)
{
    REQUIRE(versions.size() == 2);
    const StoredCarePlan &first = versions[0];
    const StoredCarePlan &second = versions[1];
    run(db, QStringLiteral("DROP INDEX care_plan_version_in_public_formats"));
    run(db, QStringLiteral("ALTER TABLE care_plan_version DROP COLUMN encoding"));
    run(db, QStringLiteral("ALTER TABLE team DROP COLUMN phone")); // schema 13's
    for (const QString &statement : test::undoSchemasAfter(13))
        run(db, statement);
    // Schema 2's decisions: accepted or declined; nothing was "to discuss" then.
    run(db, QStringLiteral("ALTER TABLE care_plan_decision RENAME TO decision_now"));
    run(db, QStringLiteral(R"sql(
        CREATE TABLE care_plan_decision (
            care_plan_version_id INTEGER NOT NULL REFERENCES care_plan_version (id)
                                 ON DELETE CASCADE,
            code                 TEXT    NOT NULL,
            accepted             INTEGER NOT NULL CHECK (accepted IN (0, 1)),
            reason               TEXT    NOT NULL DEFAULT '',
            PRIMARY KEY (care_plan_version_id, code),
            CHECK (accepted = 1 OR reason <> '')))sql"));
    run(db, QStringLiteral(R"(
        INSERT INTO care_plan_decision
            SELECT care_plan_version_id, code, status <> 'declined', reason FROM decision_now)"));
    run(db, QStringLiteral("DROP TABLE decision_now"));
    run(db,
        QStringLiteral("UPDATE care_plan_version SET plan_json = ?, booking_json = ? WHERE id = ?"),
        {oldPlanJson(first), compact(interop::bookingToJson(first.basedOn)), first.id});
    run(db, QStringLiteral("DELETE FROM care_plan_version WHERE id = ?"), {second.id});
    run(db, QStringLiteral(R"(
        INSERT INTO care_plan_version (pregnancy_id, version, plan_json, booking_json,
                                       chosen_place_of_birth, what_matters, birth_preferences,
                                       saved_by, saved_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"),
        {second.pregnancyId, second.version, oldPlanJson(second),
         compact(interop::bookingToJson(second.basedOn)), codes::toCode(second.chosenPlaceOfBirth),
         second.whatMatters, second.birthPreferences, second.savedBy,
         second.savedAt.toString(Qt::ISODate)});
    QSqlQuery id(db.connection());
    REQUIRE(id.exec(QStringLiteral("SELECT max(id) FROM care_plan_version")));
    REQUIRE(id.next());
    for (const CarePlanDecision &d : second.decisions) {
        run(db,
            QStringLiteral("INSERT INTO care_plan_decision (care_plan_version_id, code, "
                           "accepted, reason) VALUES (?, ?, ?, ?)"),
            {id.value(0), d.code, d.declined() ? 0 : 1, d.reason});
    }
    run(db, QStringLiteral("PRAGMA user_version = 9"));
}

/// Two versions of her plan: the one her booking made, and one where she declined aspirin and
/// chose a home birth.
QList<StoredCarePlan> twoVersions(Fixture &f)
{
    Booking booking = hypertensiveSmoker();
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    const care::CarePlans plans(*f.db, f.clock);
    StoredCarePlan next = *plans.latest(booking.pregnancy.id).value();
    for (CarePlanDecision &d : next.decisions) {
        if (d.code == QLatin1String("aspirin"))
            d = {d.code, DecisionStatus::Declined,
                 QStringLiteral("would rather not take a tablet every day")};
    }
    next.chosenPlaceOfBirth = PlaceOfBirth::Home;
    next.whatMatters = QStringLiteral("Her sister with her");
    f.clock.set(f.clock.now().addDays(1));
    REQUIRE(plans.saveVersion(next, test::testMidwife()));
    const auto versions = plans.versions(booking.pregnancy.id);
    REQUIRE(versions);
    return versions.value();
}

} // namespace

TEST_CASE("A saved version records the actor's name and the clock's time", "[care][careplan]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking booking = test::lowRiskBooking();
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    const care::CarePlans plans(*f.db, f.clock);
    StoredCarePlan edited = *plans.latest(booking.pregnancy.id).value();
    edited.savedBy = QStringLiteral("someone else"); // what the caller says is not what is kept
    edited.birthPreferences = QStringLiteral("Water birth if she can");

    f.clock.set(QDateTime(QDate(2026, 11, 4), QTime(16, 20, 5, 750)));
    Actor jo = Actor::named(QStringLiteral("jo.smith"));
    jo.displayName = QStringLiteral("Jo Smith");
    const auto saved = plans.saveVersion(edited, jo);
    INFO(saved.message().toStdString());
    REQUIRE(saved);
    CHECK(saved->version == 2);
    CHECK(saved->savedBy == QStringLiteral("Jo Smith"));
    CHECK(saved->savedAt == QDateTime(QDate(2026, 11, 4), QTime(16, 20, 5))); // as it is stored
    const auto all = plans.versions(booking.pregnancy.id);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(1) == saved.value());
    CHECK(all->at(1).birthPreferences == QStringLiteral("Water birth if she can"));
    CHECK(all->at(0).savedAt == QDateTime(QDate(2026, 11, 3), QTime(11, 15)));
    // Every contact's checks and discussions are NICE NG201's, put back on reading.
    CHECK_FALSE(all->at(1).plan.contacts.front().checks.isEmpty());
}

TEST_CASE("A version by nobody known is refused and nothing is written", "[care][careplan]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking booking = test::lowRiskBooking();
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    const care::CarePlans plans(*f.db, f.clock);
    const StoredCarePlan latest = *plans.latest(booking.pregnancy.id).value();
    const int before = rows(*f.db, QStringLiteral("care_plan_version"));

    for (const Actor &nobody : {Actor{}, Actor::named(QStringLiteral("   "))}) {
        const auto refused = plans.saveVersion(latest, nobody);
        REQUIRE(refused.failed());
        CHECK(refused.message().contains(QStringLiteral("who is making the change is not known")));
    }
    CHECK(rows(*f.db, QStringLiteral("care_plan_version")) == before);

    // Nor does a booking by nobody make a first version.
    Booking other = test::lowRiskBooking();
    other.woman.nhsNumber = QStringLiteral("9434765870");
    CHECK(plans.firstVersion(other, Actor{}).failed());
    CHECK(rows(*f.db, QStringLiteral("care_plan_version")) == before);
}

TEST_CASE("A stored version that cannot be read is an error, never an empty plan",
          "[care][careplan][file]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking booking = test::lowRiskBooking();
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    const care::CarePlans plans(*f.db, f.clock);
    const storage::CarePlanRepository repository(*f.db);
    REQUIRE(plans.latest(booking.pregnancy.id));

    SECTION("a field missing from the plan")
    {
        run(*f.db, QStringLiteral("UPDATE care_plan_version SET plan_json = "
                                  "json_remove(plan_json, '$.edd')"));
        const auto read = plans.versions(booking.pregnancy.id);
        REQUIRE(read.failed());
        CHECK(read.message().contains(QStringLiteral("version 1 of the care plan of pregnancy")));
        CHECK(read.message().contains(QStringLiteral("plan_json: edd: is missing")));
    }
    SECTION("a field the encoding does not have")
    {
        run(*f.db, QStringLiteral("UPDATE care_plan_version SET booking_json = "
                                  "json_set(booking_json, '$.woman.nickname', 'Ash')"));
        const auto read = plans.latest(booking.pregnancy.id);
        REQUIRE(read.failed());
        CHECK(read.message().contains(
            QStringLiteral("booking_json: woman.nickname: is not a field of this encoding")));
    }
    SECTION("an unknown code")
    {
        run(*f.db, QStringLiteral("UPDATE care_plan_version SET plan_json = "
                                  "json_set(plan_json, '$.pathway', 'shared')"));
        const auto read = plans.latest(booking.pregnancy.id);
        REQUIRE(read.failed());
        CHECK(read.message().contains(QStringLiteral("plan_json: pathway: unknown code 'shared'")));
        QString error;
        CHECK_FALSE(repository.latest(booking.pregnancy.id, &error));
        CHECK(error.contains(QStringLiteral("pathway")));
        CHECK_FALSE(repository.versions(booking.pregnancy.id, &error));
    }
    SECTION("text that is not JSON")
    {
        run(*f.db, QStringLiteral("UPDATE care_plan_version SET booking_json = '{\"woman\":'"));
        const auto read = plans.versions(booking.pregnancy.id);
        REQUIRE(read.failed());
        CHECK(read.message().contains(QStringLiteral("booking_json: (text): is not JSON")));
        // What reads her plan to schedule her contacts stops too, rather than skip her.
        const auto scheduled = care::Scheduling(*f.db, f.clock)
                                   .runSchedule({QDate(2026, 11, 9), 2, {}}, test::testTeamLead());
        REQUIRE(scheduled.failed());
        CHECK(scheduled.message().contains(QStringLiteral("booking_json")));
    }
}

TEST_CASE("Versions saved in the public formats before schema 10 read back the same once "
          "upgraded",
          "[care][careplan][migration][file]")
{
    Fixture f;
    REQUIRE(f.db);
    const QList<StoredCarePlan> before = twoVersions(f);
    REQUIRE(before[1].chosenPlaceOfBirth == PlaceOfBirth::Home);
    const qint64 pregnancyId = before[0].pregnancyId;
    makeSchema9File(*f.db, before);
    f.db.reset();

    {
        // Migration 0010 marks them as in the public formats; they are not read as anything else.
        auto migrated = storage::Database::open(f.path, &f.error);
        REQUIRE(migrated);
        const auto read = care::CarePlans(*migrated, f.clock).versions(pregnancyId);
        REQUIRE(read.failed());
        CHECK(read.message().contains(QStringLiteral("still in the public formats")));
    }
    {
        // Reading alone cannot rewrite them.
        QString why;
        CHECK_FALSE(care::openClinicDatabase(f.path, &why, storage::Database::Access::ReadOnly));
        CHECK(why.contains(QStringLiteral("read-only")));
    }

    auto opened = care::openClinicDatabase(f.path, &f.error);
    INFO(f.error.toStdString());
    REQUIRE(opened);
    const auto after = care::CarePlans(*opened, f.clock).versions(pregnancyId);
    INFO(after.message().toStdString());
    REQUIRE(after);
    REQUIRE(after->size() == 2);
    // Before schema 11 a decision was accepted or declined: "to discuss" was saved as accepted.
    const auto asSchema9Held = [](StoredCarePlan plan) {
        for (CarePlanDecision &d : plan.decisions) {
            if (d.status == DecisionStatus::ToDiscuss)
                d.status = DecisionStatus::Accepted;
        }
        return plan;
    };
    CHECK(after->at(0) == asSchema9Held(before[0]));
    StoredCarePlan second = asSchema9Held(before[1]);
    second.id = after->at(1).id; // inserted again, so under a new id
    CHECK(after->at(1) == second);
    QSqlQuery left(opened->connection());
    REQUIRE(left.exec(QStringLiteral("SELECT count(*) FROM care_plan_version WHERE encoding = 0")));
    REQUIRE(left.next());
    CHECK(left.value(0).toInt() == 0);
    // Nothing is left to do on the next open.
    CHECK(care::CarePlans(*opened, f.clock).upgradeStoredPlans().value() == 0);
}

TEST_CASE("A version the public formats cannot read stops the upgrade, changing nothing",
          "[care][careplan][migration][file]")
{
    Fixture f;
    REQUIRE(f.db);
    const QList<StoredCarePlan> before = twoVersions(f);
    makeSchema9File(*f.db, before);
    run(*f.db, QStringLiteral("UPDATE care_plan_version SET plan_json = '{}' WHERE id = ?"),
        {before[0].id});
    f.db.reset();

    QString why;
    CHECK_FALSE(care::openClinicDatabase(f.path, &why));
    CHECK(why.contains(QStringLiteral("version 1 of the care plan of pregnancy")));
    CHECK(why.contains(QStringLiteral("plan_json: ")));
    auto plain = storage::Database::open(f.path, &f.error);
    REQUIRE(plain);
    QSqlQuery left(plain->connection());
    REQUIRE(left.exec(QStringLiteral("SELECT count(*) FROM care_plan_version WHERE encoding = 0")));
    REQUIRE(left.next());
    CHECK(left.value(0).toInt() == 2); // the readable one was not rewritten either
}
