// SPDX-License-Identifier: MIT
// The scheduling use cases on a real (temporary) database: they book what the rules place,
// never twice, keep named midwives, rebook around an absence, suggest allocations, measure
// continuity from what is stored, and record who made every change.
#include "TestSupport.h"

#include "care/Scheduling.h"
#include "demo/DemoData.h"
#include "demo/DemoTeams.h"
#include "storage/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/StaffRepository.h"
#include "util/Clock.h"

#include <QSet>
#include <QSqlQuery>

#include <map>
#include <tuple>

using namespace bb;
using namespace bb::scheduling;
using care::Scheduling;

namespace {

const QDate kToday(2026, 11, 26);
const QDate kMonday(2026, 11, 30);

struct DemoClinic
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(kToday, QTime(9, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("t.sqlite")), &error);
    QList<Booking> bookings;

    DemoClinic()
    {
        REQUIRE(db);
        bookings = demo::demoBookings(kToday);
        REQUIRE(test::bookAll(*db, clock, bookings, &error));
        REQUIRE(demo::storeDemoTeams(*db, clock, bookings, &error));
    }
    const Actor actor = Actor::named(QStringLiteral("Test Midwife"), UserRole::TeamLead);
    Scheduling scheduling() const { return Scheduling(*db, clock); }
    QList<Appointment> booked(const QDate &from, const QDate &to) const
    {
        QList<Appointment> list;
        for (const AppointmentListing &row : storage::AppointmentRepository(*db).between(from, to))
            if (row.appointment.status == AppointmentStatus::Booked)
                list << row.appointment;
        return list;
    }
    int count() const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM appointment")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

/// No clinician or woman twice at once; no contact week booked twice for one pregnancy.
void checkDiary(const QList<Appointment> &all)
{
    std::map<std::tuple<qint64, qint64, int>, int> weeks; // pregnancy, week → count
    for (const Appointment &a : all) {
        if (a.contactWeek)
            CHECK(++weeks[{a.pregnancyId, *a.contactWeek, 0}] == 1);
        for (const Appointment &b : all) {
            if (a.id >= b.id || a.date != b.date || !a.isTimed() || !b.isTimed())
                continue;
            const bool overlap = a.start < b.end && b.start < a.end;
            CHECK_FALSE((overlap && a.clinicianId == b.clinicianId));
            CHECK_FALSE((overlap && a.pregnancyId == b.pregnancyId));
        }
    }
}

} // namespace

TEST_CASE("Scheduling the demo clinic keeps named midwives and never double-books",
          "[scheduling][storage]")
{
    DemoClinic clinic;
    const auto first = clinic.scheduling().runSchedule({kMonday, 12, {}}, clinic.actor);
    INFO(first.message().toStdString());
    REQUIRE(first);
    CHECK(first.fieldErrors().isEmpty());
    CHECK(first->booked > 100);
    CHECK(first->unplaced.isEmpty()); // the demo teams have capacity to spare
    CHECK(first->withNamedMidwifePercent >= 90.0);
    CHECK(first->withTeamPercent >= 99.0);
    const QList<Appointment> diary = clinic.booked(kMonday, kMonday.addDays(7 * 12));
    CHECK(diary.size() == first->booked);
    checkDiary(diary);
    for (const Appointment &a : diary) {
        CHECK(a.kind == AppointmentKind::AntenatalContact);
        CHECK(a.contactWeek.has_value());
        CHECK(a.venueId.has_value());
    }

    // A rerun, even over an overlapping period, finds every contact already booked.
    const int before = clinic.count();
    const auto again = clinic.scheduling().runSchedule({kMonday.addDays(-3), 12, {}}, clinic.actor);
    REQUIRE(again);
    CHECK(again->booked == 0);
    CHECK(clinic.count() == before);
}

TEST_CASE("One team's schedule books only its women, and bad requests change nothing",
          "[scheduling][storage]")
{
    DemoClinic clinic;
    const auto bad =
        clinic.scheduling().runSchedule({QDate(), 0, QStringLiteral("Nowhere Team")}, clinic.actor);
    CHECK(bad.invalid());
    QStringList paths;
    for (const FieldError &e : bad.fieldErrors())
        paths << e.path;
    CHECK(paths == QStringList{QStringLiteral("schedule.from"), QStringLiteral("schedule.weeks"),
                               QStringLiteral("schedule.team")});
    CHECK(clinic.count() == 0);

    const auto city = clinic.scheduling().runSchedule(
        {kMonday, 4, QStringLiteral("city continuity team")}, clinic.actor);
    REQUIRE(city);
    CHECK(city->booked > 0);
    const auto cityTeam =
        storage::StaffRepository(*clinic.db).teamByName(QStringLiteral("City Continuity Team"));
    REQUIRE(cityTeam);
    storage::AppointmentRepository appointments(*clinic.db);
    for (const Appointment &a : clinic.booked(kMonday, kMonday.addDays(28)))
        CHECK(appointments.currentAllocation(a.pregnancyId)->teamId == cityTeam->id);
}

TEST_CASE("An absence is stored and her appointments in it rebooked in the same week",
          "[scheduling][storage]")
{
    DemoClinic clinic;
    REQUIRE(clinic.scheduling().runSchedule({kMonday, 4, {}}, clinic.actor));
    // The midwife with the most appointments in the second week goes off sick for it.
    const QDate from = kMonday.addDays(7);
    const QDate to = kMonday.addDays(11);
    QHash<qint64, int> load;
    for (const Appointment &a : clinic.booked(from, to))
        ++load[a.clinicianId];
    qint64 away = 0;
    for (auto it = load.cbegin(); it != load.cend(); ++it)
        if (away == 0 || it.value() > load.value(away))
            away = it.key();
    REQUIRE(away != 0);
    const int affected = load.value(away);
    const int before = clinic.count();

    const auto result = clinic.scheduling().recordAbsenceAndRebook(
        {0, away, from, to, AbsenceReason::Sickness}, clinic.actor);
    INFO(result.message().toStdString());
    REQUIRE(result);
    CHECK(result->absence.id != 0);
    CHECK(result->rebooked.size() + result->toActOn.size() == affected);
    CHECK(result->rebooked.size() == result->newAppointmentIds.size());
    CHECK(clinic.count() == before + result->rebooked.size());
    storage::AppointmentRepository appointments(*clinic.db);
    for (int i = 0; i < result->rebooked.size(); ++i) {
        const auto moved = appointments.byId(result->newAppointmentIds.at(i));
        REQUIRE(moved);
        // With her again only once she is back, still inside the contact's week.
        CHECK((moved->clinicianId != away || moved->date > to));
        CHECK(moved->status == AppointmentStatus::Booked);
        const Placement &was = result->rebooked.at(i).was;
        CHECK(moved->contactWeek == std::optional<int>(was.contact.week));
        // Same contact week: within the seven days of that week.
        CHECK(moved->date >= was.contact.weekStart);
        CHECK(moved->date <= was.contact.weekStart.addDays(6));
    }
    int stillWithHer = 0;
    for (const Appointment &a : clinic.booked(from, to))
        stillWithHer += a.clinicianId == away ? 1 : 0;
    CHECK(stillWithHer == result->toActOn.size());
    checkDiary(clinic.booked(kMonday, kMonday.addDays(28)));

    const auto nobody = clinic.scheduling().recordAbsenceAndRebook(
        {0, 999, from, to, AbsenceReason::Leave}, clinic.actor);
    CHECK_FALSE(nobody);
    const FieldErrors problems = nobody.fieldErrors();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().path == QStringLiteral("absence.staff_id"));
}

TEST_CASE("Allocation suggestions come from her local team, least full midwife first",
          "[scheduling][storage]")
{
    DemoClinic clinic;
    const storage::AppointmentRepository appointments(*clinic.db);
    for (const Booking &b : clinic.bookings) {
        const auto current = appointments.currentAllocation(b.pregnancy.id);
        if (!current)
            continue;
        const auto suggestion = clinic.scheduling().suggestAllocation(b.pregnancy.id);
        REQUIRE(suggestion);
        REQUIRE(suggestion->team);
        // The demo allocated by the same rule: her postcode, or home birth.
        CHECK(suggestion->team->id == current->teamId);
        REQUIRE_FALSE(suggestion->candidates.isEmpty());
        for (int i = 1; i < suggestion->candidates.size(); ++i)
            CHECK(suggestion->candidates.at(i - 1).capacityLeft >=
                  suggestion->candidates.at(i).capacityLeft);
    }
    const auto unknown = clinic.scheduling().suggestAllocation(123456);
    CHECK_FALSE(unknown);
    CHECK(unknown.fieldErrors().size() == 1);
}

TEST_CASE("The home-birth rota puts two midwives on every shift and lists home births",
          "[scheduling][storage]")
{
    DemoClinic clinic;
    const auto rota =
        clinic.scheduling().homeBirthRota({QStringLiteral("Home Birth Team"), kMonday, 2});
    REQUIRE(rota);
    CHECK(rota->midwives.size() == 6);
    CHECK(rota->rota.shifts.size() == 28);
    CHECK(rota->rota.gaps.isEmpty());
    for (const RotaShift &s : rota->rota.shifts)
        CHECK(QSet<qint64>(s.midwifeIds.cbegin(), s.midwifeIds.cend()).size() == 2);
    for (const HomeBirthWindow &w : rota->women)
        CHECK(w.to == w.from.addDays(35));
}

TEST_CASE("Every appointment change made through the use cases records who made it",
          "[scheduling][storage][actor]")
{
    DemoClinic clinic;
    const Scheduling scheduling = clinic.scheduling();
    const storage::AppointmentRepository appointments(*clinic.db);
    const QString testMidwife = QStringLiteral("Test Midwife");
    const Actor ann = Actor::named(QStringLiteral("Ann Jones"), UserRole::TeamLead);
    const qint64 pregnancy = clinic.bookings.front().pregnancy.id;
    const auto allocation = appointments.currentAllocation(pregnancy);
    REQUIRE(allocation);

    // Booked by one midwife, moved by another: both the old and the new appointment say who
    // moved it; marked attended by the first again.
    Appointment early;
    early.pregnancyId = pregnancy;
    early.clinicianId = allocation->midwifeId;
    early.date = kToday.addDays(-1);
    early.start = QTime(7, 0);
    early.end = QTime(7, 30);
    const auto booked = scheduling.addAppointment(early, clinic.actor);
    INFO(booked.message().toStdString());
    REQUIRE(booked);
    CHECK(appointments.byId(booked->id)->updatedBy == testMidwife);

    Appointment later = booked.value();
    later.start = QTime(7, 30);
    later.end = QTime(8, 0);
    const auto moved =
        scheduling.moveAppointment({booked->id, later, QStringLiteral("she asked")}, ann);
    INFO(moved.message().toStdString());
    REQUIRE(moved);
    const auto old = appointments.byId(booked->id);
    CHECK(old->status == AppointmentStatus::Rescheduled);
    CHECK(old->reason == QStringLiteral("she asked"));
    CHECK(old->updatedBy == ann.displayName);
    CHECK(appointments.byId(moved->id)->updatedBy == ann.displayName);

    REQUIRE(scheduling.setAppointmentStatus({moved->id, AppointmentStatus::Attended, {}},
                                            clinic.actor));
    CHECK(appointments.byId(moved->id)->status == AppointmentStatus::Attended);
    CHECK(appointments.byId(moved->id)->updatedBy == testMidwife);

    // What the scheduler books, and what an absence moves, record whoever ran them.
    const Actor operatorRun = Actor::named(QStringLiteral("Rota Clerk"), UserRole::TeamLead);
    const auto run = scheduling.runSchedule({kMonday, 2, {}}, operatorRun);
    REQUIRE(run);
    REQUIRE(run->booked > 0);
    for (const Appointment &a : clinic.booked(kMonday, kMonday.addDays(13)))
        CHECK(a.updatedBy == operatorRun.displayName);
    const auto away = scheduling.recordAbsenceAndRebook(
        {0, allocation->midwifeId, kMonday, kMonday.addDays(4), AbsenceReason::Leave}, ann);
    REQUIRE(away);
    for (const qint64 id : away->newAppointmentIds)
        CHECK(appointments.byId(id)->updatedBy == ann.displayName);

    // Her named midwife is recorded by whoever names her, whatever the value said.
    Allocation again = *allocation;
    again.recordedOn = kToday;
    again.recordedBy = QStringLiteral("someone else");
    REQUIRE(scheduling.allocate(again, ann));
    CHECK(appointments.currentAllocation(pregnancy)->recordedBy == ann.displayName);

    // Nobody in particular changes nothing.
    const int before = clinic.count();
    const auto anonymous = scheduling.addAppointment(early, Actor{});
    CHECK(anonymous.failed());
    CHECK_FALSE(scheduling.runSchedule({kMonday.addDays(14), 2, {}}, Actor{}));
    CHECK_FALSE(scheduling.allocate(again, Actor{}));
    CHECK(clinic.count() == before);
    CHECK(appointments.allocationHistory(pregnancy).size() == 2);
}

TEST_CASE("Caseloads that cannot be read are a failure, never an empty list", "[care]")
{
    DemoClinic clinic;
    const Scheduling scheduling = clinic.scheduling();
    const auto counts = scheduling.caseloadCounts();
    REQUIRE(counts);
    REQUIRE_FALSE(counts.value().isEmpty());
    const auto page =
        scheduling.caseload(counts.value().back().teamId, counts.value().back().midwifeId, 0, 10);
    REQUIRE(page);
    CHECK_FALSE(page.value().isEmpty());

    QSqlQuery q(clinic.db->connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE allocation RENAME TO allocation_elsewhere")));
    const auto unread = scheduling.caseloadCounts();
    CHECK(unread.failed());
    CHECK(unread.message().contains(QStringLiteral("allocation")));
    CHECK(scheduling.caseload(counts.value().back().teamId, counts.value().back().midwifeId, 0, 10)
              .failed());
}
