// SPDX-License-Identifier: MIT
// Damaged data is never served as if it were right: each row a clinician relies on carries a
// seal (storage::Seals), and a record whose rows no longer match theirs is named damaged, part by
// part, and never printed (care::Integrity).
#include "TestSupport.h"

#include "care/Clinic.h"
#include "care/ClinicDatabase.h"
#include "care/DischargePrints.h"
#include "care/PrintedPlans.h"
#include "storage/Database.h"
#include "storage/Seals.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace bb;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    QString path = scratch.file(QStringLiteral("seals.sqlite"));
    FixedClock clock{QDateTime(test::kToday, QTime(10, 0))};
    QString error;
    std::unique_ptr<storage::Database> db = storage::Database::open(path, &error);
    care::Clinic clinic{*db, clock};

    Booking book(const QString &nhsNumber, const QString &given)
    {
        Booking b = test::lowRiskBooking();
        b.woman.nhsNumber = nhsNumber;
        b.woman.givenName = given;
        INFO(error.toStdString());
        REQUIRE(test::book(*db, clock, b, &error));
        return b;
    }

    /// A change made behind the app's back, as a damaged disk or another program would.
    void tamper(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(sql));
        for (const QVariant &value : values)
            q.addBindValue(value);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }

    QStringList damagedParts(qint64 womanId)
    {
        const auto damage = clinic.integrity.ofWoman(womanId);
        INFO(damage.message().toStdString());
        REQUIRE(damage.ok());
        return damage.value() ? damage.value()->parts : QStringList();
    }
};

// Two women who differ by their NHS number and given name only.
const QString kAsha = QStringLiteral("9434765919");
const QString kBina = QStringLiteral("9434765870");

} // namespace

TEST_CASE("Rows written through the app are sealed, and stay intact through their edits",
          "[care][integrity]")
{
    Fixture f;
    Booking asha = f.book(kAsha, QStringLiteral("Asha"));
    asha.woman.address = QStringLiteral("12 Narborough Road, Leicester");
    asha.assessment.measurements.weightKg = 61;
    asha.pregnancy.lmp = asha.pregnancy.lmp.addDays(3);
    REQUIRE(f.clinic.bookings.save(asha, test::testMidwife()).ok());
    auto latest = f.clinic.carePlans.latest(asha.pregnancy.id);
    REQUIRE(latest.ok());
    StoredCarePlan next = *latest.value();
    next.whatMatters = QStringLiteral("Her partner at every appointment");
    REQUIRE(f.clinic.carePlans.saveVersion(next, test::testMidwife()).ok());

    CHECK(f.damagedParts(asha.woman.id).isEmpty());
    const auto report = f.clinic.integrity.checkAll();
    REQUIRE(report.ok());
    CHECK(report->sound());
    CHECK(report->summary().contains(QStringLiteral("no damage found")));
}

TEST_CASE("A record changed on the disk is named damaged, part by part, and the others are not",
          "[care][integrity]")
{
    Fixture f;
    const Booking asha = f.book(kAsha, QStringLiteral("Asha"));
    const Booking bina = f.book(kBina, QStringLiteral("Bina"));
    const qint64 pregnancy = asha.pregnancy.id;

    SECTION("her identity")
    {
        f.tamper(QStringLiteral("UPDATE woman SET date_of_birth = '1949-07-09' WHERE id = ?"),
                 {asha.woman.id});
        CHECK(f.damagedParts(asha.woman.id) ==
              QStringList{QStringLiteral("her identity and circumstances (NHS number, name, date "
                                         "of birth, address, GP, social circumstances)")});
    }
    SECTION("her circumstances, kept in rows of their own")
    {
        f.tamper(QStringLiteral("INSERT INTO woman_social (woman_id, code) VALUES (?, 'refugee')"),
                 {asha.woman.id});
        CHECK(f.damagedParts(asha.woman.id).size() == 1);
    }
    SECTION("a condition of her booking, kept in rows of its own")
    {
        f.tamper(QStringLiteral("INSERT INTO booking_condition (pregnancy_id, code) "
                                "VALUES (?, 'chronic_hypertension')"),
                 {pregnancy});
        CHECK(f.damagedParts(asha.woman.id) ==
              QStringList{
                  QStringLiteral("the booking assessment of her pregnancy booked on 12-Oct-2026")});
    }
    SECTION("a row's id changed, as if it were another's")
    {
        // As the disk would: nothing that refers to it changes with it.
        QSqlQuery(f.db->connection()).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        f.tamper(QStringLiteral("UPDATE care_plan_version SET id = id + 1000 WHERE pregnancy_id "
                                "= ?"),
                 {pregnancy});
        CHECK(f.damagedParts(asha.woman.id) ==
              QStringList{QStringLiteral("version 1 of her care plan")});
    }
    SECTION("her pregnancy's dates")
    {
        f.tamper(QStringLiteral("UPDATE pregnancy SET lmp = '2026-06-10' WHERE id = ?"),
                 {pregnancy});
        CHECK(f.damagedParts(asha.woman.id) ==
              QStringList{
                  QStringLiteral("the dates and history of her pregnancy booked on 12-Oct-2026")});
    }
    SECTION("her booking assessment")
    {
        f.tamper(QStringLiteral("UPDATE booking SET weight_kg = 158 WHERE pregnancy_id = ?"),
                 {pregnancy});
        CHECK(f.damagedParts(asha.woman.id) ==
              QStringList{
                  QStringLiteral("the booking assessment of her pregnancy booked on 12-Oct-2026")});
    }
    SECTION("her stored care plan, even when it still reads as a plan")
    {
        f.tamper(QStringLiteral("UPDATE care_plan_version SET plan_json = "
                                "replace(plan_json, '\"ageAtBooking\":32', '\"ageAtBooking\":23') "
                                "WHERE pregnancy_id = ?"),
                 {pregnancy});
        CHECK(f.clinic.carePlans.latest(pregnancy).ok()); // it reads: only the seal tells
        CHECK(f.damagedParts(asha.woman.id) ==
              QStringList{QStringLiteral("version 1 of her care plan")});
    }
    SECTION("a seal lost from a row, once every row has one")
    {
        f.tamper(QStringLiteral("UPDATE woman SET seal = NULL WHERE id = ?"), {asha.woman.id});
        CHECK(f.damagedParts(asha.woman.id).size() == 1);
    }

    CHECK(f.damagedParts(bina.woman.id).isEmpty());
    const auto damage = f.clinic.integrity.ofWoman(asha.woman.id);
    REQUIRE(damage.ok());
    REQUIRE(damage.value());
    const QString warning = damage.value()->warning();
    CHECK(warning.startsWith(QStringLiteral("The record of Asha Patel (943 476 5919) is damaged")));
    CHECK(
        warning.contains(QStringLiteral("restore the clinic database from its last good backup")));

    const auto report = f.clinic.integrity.checkAll();
    REQUIRE(report.ok());
    CHECK_FALSE(report->sound());
    REQUIRE(report->records.size() == 1);
    CHECK(report->records[0].womanId == asha.woman.id);
    CHECK(
        report->summary().contains(QStringLiteral("1 damaged record: Asha Patel (943 476 5919)")));
}

TEST_CASE("Nothing is printed from a damaged record: not her plan, not her letters",
          "[care][integrity]")
{
    Fixture f;
    const Booking asha = f.book(kAsha, QStringLiteral("Asha"));
    const auto latest = f.clinic.carePlans.latest(asha.pregnancy.id);
    REQUIRE(latest.ok());
    const StoredCarePlan plan = *latest.value();
    REQUIRE(care::printInput(f.clinic, plan, test::kToday).ok());

    f.tamper(QStringLiteral("UPDATE care_plan_version SET plan_json = "
                            "replace(plan_json, 'midwife_led', 'obstetric_led') WHERE id = ?"),
             {plan.id});
    const auto printed = care::printInput(f.clinic, plan, test::kToday);
    CHECK(printed.failed());
    CHECK(printed.message().contains(QStringLiteral("nothing was printed")));
    CHECK(printed.message().contains(QStringLiteral("version 1 of her care plan")));
    const auto letter = care::dischargePrintInput(f.clinic, asha.pregnancy.id, test::kToday);
    CHECK(letter.failed());
    CHECK(letter.message().contains(QStringLiteral("Asha Patel (943 476 5919) is damaged")));
}

TEST_CASE("A file from before seals is sealed on its first open for writing, and until then no row "
          "of it reads as damaged",
          "[care][integrity]")
{
    test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("old.sqlite"));
    FixedClock clock{QDateTime(test::kToday, QTime(10, 0))};
    qint64 ashaId = 0;
    {
        QString error;
        auto db = storage::Database::open(path, &error);
        REQUIRE(db);
        Booking asha = test::lowRiskBooking();
        REQUIRE(test::book(*db, clock, asha, &error));
        ashaId = asha.woman.id;
        QSqlQuery q(db->connection());
        for (const QString &statement : test::undoSchemasAfter(26))
            REQUIRE(q.exec(statement));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 26")));
    }
    QString error;
    {
        // Migrated by storage alone: nothing is sealed yet, and no row is taken for damaged.
        auto db = storage::Database::open(path, &error);
        REQUIRE(db);
        REQUIRE(db->schemaVersion() == storage::Database::latestSchemaVersion());
        CHECK_FALSE(storage::Seals(*db).allSealed(&error));
        CHECK(care::Integrity(*db, clock).ofWoman(ashaId).value() == std::nullopt);
    }
    auto db = care::openClinicDatabase(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(storage::Seals(*db).allSealed(&error));
    QSqlQuery unsealed(db->connection());
    REQUIRE(unsealed.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM woman WHERE seal IS NULL) + "
                       "(SELECT count(*) FROM pregnancy WHERE seal IS NULL) + "
                       "(SELECT count(*) FROM booking WHERE seal IS NULL) + "
                       "(SELECT count(*) FROM care_plan_version WHERE seal IS NULL)")));
    REQUIRE(unsealed.next());
    CHECK(unsealed.value(0).toInt() == 0);
    CHECK(care::Integrity(*db, clock).ofWoman(ashaId).value() == std::nullopt);
}
