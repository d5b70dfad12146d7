// SPDX-License-Identifier: MIT
// Staff, teams, venues, sessions, absences, named-midwife allocations and appointments: what is
// saved comes back, and what must never be stored (an overlap, a clinician away) is refused.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "demo/DemoTeams.h"
#include "storage/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace bb;
using namespace bb::storage;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0))};
    QString error;
    std::unique_ptr<Database> db =
        Database::open(test::databaseAt(scratch, QStringLiteral("t.sqlite")), &error);
    StaffRepository staff{*db};
    AppointmentRepository appointments{*db};

    Staff person(const QString &name, StaffRole role = StaffRole::Midwife)
    {
        Staff s{0, name, role, 1.0, {}, {1, 2, 3, 4, 5}};
        REQUIRE(staff.saveStaff(s, clock.now(), &error));
        return s;
    }
    Team team(const QString &name, const QStringList &areas)
    {
        Team t{0, name, TeamKind::Continuity, QStringLiteral("Highfields"), areas, 35, {}};
        REQUIRE(staff.saveTeam(t, clock.now(), &error));
        return t;
    }
    qint64 pregnancy()
    {
        Booking b = test::lowRiskBooking();
        REQUIRE(test::book(*db, clock, b, &error));
        return b.pregnancy.id;
    }
    int count(const char *table)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

Appointment at(qint64 pregnancyId, qint64 clinicianId, QDate date, QTime start, int minutes = 30)
{
    Appointment a;
    a.pregnancyId = pregnancyId;
    a.clinicianId = clinicianId;
    a.date = date;
    a.start = start;
    a.end = start.addSecs(minutes * 60);
    a.kind = AppointmentKind::AntenatalContact;
    a.contactWeek = 16;
    a.updatedBy = QStringLiteral("tester");
    return a;
}

} // namespace

TEST_CASE("Codes round-trip and postcodes match by outward code or area", "[storage][teams]")
{
    for (const QString &code : codes::staffRoleCodes())
        CHECK(codes::toCode(*codes::staffRoleFromCode(code)) == code);
    for (const QString &code : codes::teamKindCodes())
        CHECK(codes::toCode(*codes::teamKindFromCode(code)) == code);
    for (const QString &code : codes::appointmentStatusCodes())
        CHECK(codes::toCode(*codes::appointmentStatusFromCode(code)) == code);
    CHECK_FALSE(codes::staffRoleFromCode(QStringLiteral("surgeon")));

    CHECK(outwardCode(QStringLiteral("le15 6ab")) == QStringLiteral("LE15"));
    CHECK(outwardCode(QStringLiteral("LE16AB")) == QStringLiteral("LE1"));
    CHECK(outwardCode(QStringLiteral(" LE4 ")) == QStringLiteral("LE4"));
    CHECK(outwardCode(QStringLiteral("hello")).isEmpty());
    const Team city{0,
                    QStringLiteral("City"),
                    TeamKind::Continuity,
                    {},
                    {QStringLiteral("LE1"), QStringLiteral("LE5")},
                    35,
                    {}};
    CHECK(city.covers(QStringLiteral("LE1 3AA")));
    CHECK_FALSE(city.covers(QStringLiteral("LE15 6AB"))); // LE15 is not LE1
    const Team all{0, QStringLiteral("Home"), TeamKind::HomeBirth, {}, {QStringLiteral("LE")}, 35,
                   {}};
    CHECK(all.covers(QStringLiteral("LE67 1AA")));
    CHECK_FALSE(all.covers(QStringLiteral("NG1 1AA")));
}

TEST_CASE("Staff, teams, members, venues, sessions and absences round-trip", "[storage][teams]")
{
    Fixture f;
    REQUIRE(f.db);
    Staff priya{0,
                QStringLiteral("Priya Mistry"),
                StaffRole::Midwife,
                0.8,
                {QStringLiteral("phlebotomy"), QStringLiteral("home_birth")},
                {4, 1, 2, 3}};
    REQUIRE(f.staff.saveStaff(priya, f.clock.now(), &f.error));
    CHECK(priya.id > 0);
    CHECK(priya.skills == QStringList{QStringLiteral("home_birth"), QStringLiteral("phlebotomy")});
    CHECK(priya.workingDays == QList<int>{1, 2, 3, 4});
    CHECK(f.staff.staffById(priya.id) == priya);
    CHECK(priya.hoursPerWeek() == Approx(30.0));
    priya.fte = 1.0;
    priya.workingDays << 5;
    REQUIRE(f.staff.saveStaff(priya, f.clock.now(), &f.error));
    CHECK(f.staff.staff() == QList<Staff>{priya});

    Team city{0,
              QStringLiteral("City Continuity Team"),
              TeamKind::Continuity,
              QStringLiteral("Highfields"),
              {QStringLiteral("le5"), QStringLiteral("LE1"), QStringLiteral("LE1")},
              30,
              QStringLiteral("0116 496 0301")};
    REQUIRE(f.staff.saveTeam(city, f.clock.now(), &f.error));
    CHECK(city.postcodeAreas == QStringList{QStringLiteral("LE1"), QStringLiteral("LE5")});
    CHECK(f.staff.teamById(city.id) == city);
    CHECK(f.staff.teamByName(QStringLiteral("city continuity team")) == city);
    CHECK(f.staff.teamsCovering(QStringLiteral("LE5 1AA")) == QList<Team>{city});
    REQUIRE(f.staff.addMember(city.id, priya.id, &f.error));
    REQUIRE(f.staff.addMember(city.id, priya.id, &f.error)); // twice is still one membership
    CHECK(f.staff.members(city.id) == QList<Staff>{priya});
    CHECK(f.staff.teamsOf(priya.id) == QList<Team>{city});
    CHECK(f.staff.memberships() == QList<TeamMembership>{{city.id, priya.id}});
    REQUIRE(f.staff.removeMember(city.id, priya.id, &f.error));
    CHECK_FALSE(f.staff.isMember(city.id, priya.id));

    Venue centre{0, QStringLiteral("Highfields Children's Centre"), VenueKind::ChildrensCentre,
                 QStringLiteral("Melbourne Road, Leicester")};
    REQUIRE(f.staff.saveVenue(centre, &f.error));
    CHECK(f.staff.venueById(centre.id) == centre);
    ClinicSession monday{0, centre.id, priya.id, 1, QTime(9, 0), QTime(12, 30), 30};
    REQUIRE(f.staff.saveSession(monday, &f.error));
    CHECK(monday.slotCount() == 7);
    CHECK(f.staff.sessionsOf(priya.id) == QList<ClinicSession>{monday});

    Absence leave{0, priya.id, QDate(2026, 12, 21), QDate(2026, 12, 24), AbsenceReason::Leave};
    REQUIRE(f.staff.saveAbsence(leave, f.clock.now(), &f.error));
    CHECK(f.staff.absences(priya.id) == QList<Absence>{leave});
    CHECK(f.staff.absenceOn(priya.id, QDate(2026, 12, 24)) == leave);
    CHECK_FALSE(f.staff.absenceOn(priya.id, QDate(2026, 12, 25)));
    CHECK(f.staff.absencesBetween(QDate(2026, 12, 24), QDate(2027, 1, 1)) == QList<Absence>{leave});
    CHECK(f.staff.absencesBetween(QDate(2026, 12, 25), QDate(2027, 1, 1)).isEmpty());
}

TEST_CASE("Invalid values and overlapping sessions are refused and change nothing",
          "[storage][teams]")
{
    Fixture f;
    REQUIRE(f.db);
    Staff bad{0, QString(), StaffRole::Midwife, 1.5, {QStringLiteral("juggling")}, {0}};
    CHECK_FALSE(f.staff.saveStaff(bad, f.clock.now(), &f.error));
    for (const char *path :
         {"staff.name: ", "staff.fte: ", "staff.skills: ", "staff.working_days: "})
        CHECK(f.error.contains(QLatin1String(path)));
    CHECK(bad.id == 0);
    CHECK(f.count("staff") == 0);

    Team badTeam{0,
                 QStringLiteral("T"),
                 TeamKind::Community,
                 {},
                 {QStringLiteral("LE1 4AB")},
                 0,
                 QStringLiteral("ring the ward")};
    CHECK_FALSE(f.staff.saveTeam(badTeam, f.clock.now(), &f.error));
    CHECK(f.error.contains(QStringLiteral("team.postcode_areas")));
    CHECK(f.error.contains(QStringLiteral("team.caseload_per_full_time_midwife")));
    CHECK(f.error.contains(QStringLiteral("team.phone: must be a UK phone number")));

    const Staff jo = f.person(QStringLiteral("Jo Smith"));
    Venue venue{0, QStringLiteral("Belgrave Medical Centre"), VenueKind::GpSurgery, {}};
    REQUIRE(f.staff.saveVenue(venue, &f.error));
    ClinicSession morning{0, venue.id, jo.id, 2, QTime(9, 0), QTime(12, 30), 30};
    REQUIRE(f.staff.saveSession(morning, &f.error));
    ClinicSession clash{0, venue.id, jo.id, 2, QTime(12, 0), QTime(15, 0), 30};
    CHECK_FALSE(f.staff.saveSession(clash, &f.error));
    CHECK(f.error.contains(QStringLiteral("overlaps her session from 09:00 to 12:30")));
    clash.start = QTime(12, 30); // back to back is fine
    CHECK(f.staff.saveSession(clash, &f.error));
    ClinicSession nowhere{0, 999, jo.id, 3, QTime(9, 0), QTime(12, 0), 30};
    CHECK_FALSE(f.staff.saveSession(nowhere, &f.error));
    CHECK(f.error.contains(QStringLiteral("session.venue_id: no venue with id 999")));
    CHECK(f.count("clinic_session") == 2);

    Absence backwards{0, jo.id, QDate(2026, 12, 24), QDate(2026, 12, 21), AbsenceReason::Sickness};
    CHECK_FALSE(f.staff.saveAbsence(backwards, f.clock.now(), &f.error));
    CHECK(f.error.contains(QStringLiteral("absence.to: is before the start")));
    CHECK(f.count("absence") == 0);
}

TEST_CASE("Appointments round-trip, and a clinician is never booked twice at once",
          "[storage][appointments]")
{
    Fixture f;
    REQUIRE(f.db);
    const qint64 pregnancy = f.pregnancy();
    const Staff jo = f.person(QStringLiteral("Jo Smith"));
    const Staff ann = f.person(QStringLiteral("Ann Jones"));
    const QDate day(2026, 11, 10);

    Appointment first = at(pregnancy, jo.id, day, QTime(9, 0));
    REQUIRE(f.appointments.save(first, f.clock.now(), &f.error));
    CHECK(f.appointments.byId(first.id) == first);

    Appointment clash = at(pregnancy, jo.id, day, QTime(9, 15));
    CHECK_FALSE(f.appointments.save(clash, f.clock.now(), &f.error));
    CHECK(f.error.startsWith(QStringLiteral(
        "appointment.start: Jo Smith already has an appointment from 09:00 to 09:30")));
    CHECK(clash.id == 0);
    // Every change says who made it; the repository never looks anyone up.
    Appointment anonymous = at(pregnancy, jo.id, day, QTime(11, 0));
    anonymous.updatedBy.clear();
    CHECK_FALSE(f.appointments.save(anonymous, f.clock.now(), &f.error));
    CHECK(f.error ==
          QStringLiteral("appointment.updated_by: is required: every change records who made it"));
    CHECK(f.count("appointment") == 1);

    Appointment next = at(pregnancy, jo.id, day, QTime(9, 30)); // back to back
    REQUIRE(f.appointments.save(next, f.clock.now(), &f.error));
    Appointment other = at(pregnancy, ann.id, day, QTime(9, 0)); // another clinician
    REQUIRE(f.appointments.save(other, f.clock.now(), &f.error));

    // A cancelled appointment frees the time; cancelling needs a reason.
    first.status = AppointmentStatus::Cancelled;
    CHECK_FALSE(f.appointments.save(first, f.clock.now(), &f.error));
    CHECK(f.error.contains(QStringLiteral("appointment.reason")));
    first.reason = QStringLiteral("she asked to move it");
    REQUIRE(f.appointments.save(first, f.clock.now(), &f.error));
    Appointment again = at(pregnancy, jo.id, day, QTime(9, 0));
    REQUIRE(f.appointments.save(again, f.clock.now(), &f.error));

    // An untimed contact recorded afterwards takes part in no overlap check.
    Appointment untimed;
    untimed.pregnancyId = pregnancy;
    untimed.clinicianId = jo.id;
    untimed.date = day;
    untimed.status = AppointmentStatus::Attended;
    untimed.updatedBy = QStringLiteral("tester");
    REQUIRE(f.appointments.save(untimed, f.clock.now(), &f.error));
    CHECK(f.appointments.byId(untimed.id) == untimed);

    const auto listed = f.appointments.between(day, day);
    REQUIRE(listed.size() == 5);
    CHECK(listed.front().appointment == first);  // 09:00, Jo (id below Ann's)
    CHECK(listed.back().appointment == untimed); // untimed after the timed ones
    CHECK(listed.front().clinicianName == QStringLiteral("Jo Smith"));
    CHECK(listed.front().nhsNumber == QStringLiteral("9434765919"));
    CHECK(f.appointments.forClinician(ann.id, day, day) == QList<Appointment>{other});
    CHECK(f.appointments.forPregnancy(pregnancy).size() == 5);
}

TEST_CASE("No appointment for a clinician on her absence, and rescheduling is one write",
          "[storage][appointments]")
{
    Fixture f;
    REQUIRE(f.db);
    const qint64 pregnancy = f.pregnancy();
    const Staff jo = f.person(QStringLiteral("Jo Smith"));
    Absence training{0, jo.id, QDate(2026, 11, 16), QDate(2026, 11, 17), AbsenceReason::Training};
    REQUIRE(f.staff.saveAbsence(training, f.clock.now(), &f.error));

    Appointment away = at(pregnancy, jo.id, QDate(2026, 11, 17), QTime(10, 0));
    CHECK_FALSE(f.appointments.save(away, f.clock.now(), &f.error));
    CHECK(f.error == QStringLiteral("appointment.clinician_id: Jo Smith is away on 2026-11-17 "
                                    "(training from 2026-11-16 to 2026-11-17)"));
    away.status = AppointmentStatus::DidNotAttend;
    CHECK_FALSE(f.appointments.save(away, f.clock.now(), &f.error));
    CHECK(f.count("appointment") == 0);

    Appointment before = at(pregnancy, jo.id, QDate(2026, 11, 13), QTime(10, 0));
    REQUIRE(f.appointments.save(before, f.clock.now(), &f.error));
    Appointment moved = at(pregnancy, jo.id, QDate(2026, 11, 13), QTime(10, 15));
    REQUIRE(f.appointments.reschedule(before.id, moved, QStringLiteral("midwife running late"),
                                      f.clock.now(), &f.error));
    CHECK(f.appointments.byId(before.id)->status == AppointmentStatus::Rescheduled);
    CHECK(f.appointments.byId(moved.id) == moved);

    // Onto her training day: refused, and the old appointment stays booked.
    Appointment onTraining = at(pregnancy, jo.id, QDate(2026, 11, 16), QTime(10, 0));
    CHECK_FALSE(f.appointments.reschedule(moved.id, onTraining, QStringLiteral("clinic moved"),
                                          f.clock.now(), &f.error));
    CHECK(f.appointments.byId(moved.id)->status == AppointmentStatus::Booked);
    CHECK(onTraining.id == 0);
    CHECK(f.count("appointment") == 2);
}

TEST_CASE("The latest allocation is in force, and only a member midwife can be named",
          "[storage][allocation]")
{
    Fixture f;
    REQUIRE(f.db);
    const qint64 pregnancy = f.pregnancy();
    const Staff jo = f.person(QStringLiteral("Jo Smith"));
    const Staff ann = f.person(QStringLiteral("Ann Jones"), StaffRole::SpecialistMidwife);
    const Staff doctor = f.person(QStringLiteral("Anand Raghavan"), StaffRole::Obstetrician);
    const Team city = f.team(QStringLiteral("City Continuity Team"), {QStringLiteral("LE4")});
    for (const Staff &s : {jo, ann, doctor})
        REQUIRE(f.staff.addMember(city.id, s.id, &f.error));
    const Team county = f.team(QStringLiteral("County Community Team"), {QStringLiteral("LE15")});

    CHECK_FALSE(f.appointments.currentAllocation(pregnancy));
    Allocation first{0, pregnancy, jo.id, city.id, QDate(2026, 10, 15), QStringLiteral("tester")};
    REQUIRE(f.appointments.recordAllocation(first, f.clock.now(), &f.error));
    CHECK(f.appointments.currentAllocation(pregnancy) == first);

    // Who records it is the caller's to say: nobody is refused, never looked up.
    Allocation later{0, pregnancy, ann.id, city.id, QDate(2026, 10, 30), QStringLiteral(" ")};
    CHECK_FALSE(f.appointments.recordAllocation(later, f.clock.now(), &f.error));
    CHECK(f.error ==
          QStringLiteral("allocation.recorded_by: is required: every record says who made it"));
    CHECK(later.id == 0);
    later.recordedBy = QStringLiteral("Ann's manager");
    REQUIRE(f.appointments.recordAllocation(later, f.clock.now(), &f.error));
    CHECK(f.appointments.currentAllocation(pregnancy)->recordedBy ==
          QStringLiteral("Ann's manager"));
    // Recorded afterwards but dated earlier: kept as history, not in force.
    Allocation backdated{0,       pregnancy,           jo.id,
                         city.id, QDate(2026, 10, 20), QStringLiteral("tester")};
    REQUIRE(f.appointments.recordAllocation(backdated, f.clock.now(), &f.error));
    CHECK(f.appointments.currentAllocation(pregnancy) == later);
    CHECK(f.appointments.allocationHistory(pregnancy) ==
          QList<Allocation>{first, backdated, later});
    CHECK(f.appointments.currentAllocations() == QList<Allocation>{later});
    // Two on one day: the one recorded last.
    Allocation sameDay{0, pregnancy, jo.id, city.id, QDate(2026, 10, 30), QStringLiteral("tester")};
    REQUIRE(f.appointments.recordAllocation(sameDay, f.clock.now(), &f.error));
    CHECK(f.appointments.currentAllocation(pregnancy) == sameDay);

    Allocation notMidwife{0,       pregnancy,          doctor.id,
                          city.id, QDate(2026, 11, 1), QStringLiteral("tester")};
    CHECK_FALSE(f.appointments.recordAllocation(notMidwife, f.clock.now(), &f.error));
    CHECK(
        f.error ==
        QStringLiteral("allocation.midwife_id: Anand Raghavan is an obstetrician, not a midwife"));
    Allocation notMember{0,         pregnancy,          jo.id,
                         county.id, QDate(2026, 11, 1), QStringLiteral("tester")};
    CHECK_FALSE(f.appointments.recordAllocation(notMember, f.clock.now(), &f.error));
    CHECK(
        f.error ==
        QStringLiteral("allocation.midwife_id: Jo Smith is not a member of County Community Team"));
    Allocation nobody{0, 999, 998, 997, QDate(), {}};
    const FieldErrors problems = f.appointments.problems(nobody);
    CHECK(problems.size() == 5);
    CHECK(f.count("allocation") == 4);
}

TEST_CASE("Foreign keys hold: her records go with her pregnancy, staff in use stay",
          "[storage][teams]")
{
    Fixture f;
    REQUIRE(f.db);
    const qint64 pregnancy = f.pregnancy();
    const Staff jo = f.person(QStringLiteral("Jo Smith"));
    const Team city = f.team(QStringLiteral("City"), {QStringLiteral("LE4")});
    REQUIRE(f.staff.addMember(city.id, jo.id, &f.error));
    Allocation named{0, pregnancy, jo.id, city.id, QDate(2026, 10, 15), QStringLiteral("tester")};
    REQUIRE(f.appointments.recordAllocation(named, f.clock.now(), &f.error));
    Appointment booked = at(pregnancy, jo.id, QDate(2026, 11, 10), QTime(9, 0));
    REQUIRE(f.appointments.save(booked, f.clock.now(), &f.error));

    // A clinician named in records cannot be deleted; her team cannot either.
    CHECK_FALSE(execute(f.db->connection(), QStringLiteral("DELETE FROM staff WHERE id = ?"),
                        {jo.id}, &f.error));
    CHECK_FALSE(execute(f.db->connection(), QStringLiteral("DELETE FROM team WHERE id = ?"),
                        {city.id}, &f.error));
    // A row naming nobody is refused by the schema itself, not only by the repository.
    CHECK_FALSE(
        execute(f.db->connection(),
                QStringLiteral(
                    "INSERT INTO appointment (pregnancy_id, clinician_id, appointment_date, kind, "
                    "updated_at) VALUES (?, 999, '2026-11-10', 'booking', 'now')"),
                {pregnancy}, &f.error));
    CHECK_FALSE(execute(
        f.db->connection(),
        QStringLiteral(
            "INSERT INTO appointment (pregnancy_id, clinician_id, appointment_date, kind, "
            "status, updated_at) VALUES (?, ?, '2026-11-10', 'booking', 'cancelled', 'now')"),
        {pregnancy, jo.id}, &f.error)); // cancelled without a reason

    REQUIRE(execute(f.db->connection(), QStringLiteral("DELETE FROM pregnancy WHERE id = ?"),
                    {pregnancy}, &f.error));
    CHECK(f.count("appointment") == 0);
    CHECK(f.count("allocation") == 0);
    REQUIRE(execute(f.db->connection(), QStringLiteral("DELETE FROM staff WHERE id = ?"), {jo.id},
                    &f.error));
    CHECK(f.count("team_member") == 0);
}

TEST_CASE("Demo teams: stored in one write, every demo woman named a midwife who covers her",
          "[storage][demo]")
{
    Fixture f;
    REQUIRE(f.db);
    QList<Booking> bookings = demo::demoBookings(f.clock.today());
    REQUIRE(test::bookAll(*f.db, f.clock, bookings, &f.error));
    REQUIRE(demo::storeDemoTeams(*f.db, f.clock, bookings, &f.error));

    CHECK(f.staff.staff().size() >= 25);
    for (const char *name : {"City Continuity Team", "County Community Team", "Home Birth Team"})
        CHECK(f.staff.teamByName(QLatin1String(name)));
    const auto home = f.staff.teamByName(QStringLiteral("Home Birth Team"));
    for (const Staff &s : f.staff.members(home->id)) {
        if (s.isMidwife())
            CHECK(s.skills.contains(QStringLiteral("home_birth")));
    }
    CHECK(f.staff.sessions().size() >= 40);
    const auto allocations = f.appointments.currentAllocations();
    REQUIRE(allocations.size() == bookings.size());
    for (const Booking &b : bookings) {
        const auto a = f.appointments.currentAllocation(b.pregnancy.id);
        REQUIRE(a);
        INFO(b.woman.postcode.toStdString());
        CHECK(f.staff.teamById(a->teamId)->covers(b.woman.postcode));
        CHECK(f.staff.isMember(a->teamId, a->midwifeId));
        CHECK(a->recordedOn >= b.pregnancy.bookingDate);
        CHECK(a->recordedOn <= f.clock.today());
    }

    // Run again the names are taken: refused, and nothing more is stored.
    const int staffBefore = f.count("staff");
    CHECK_FALSE(demo::storeDemoTeams(*f.db, f.clock, bookings, &f.error));
    CHECK(f.count("staff") == staffBefore);
    CHECK(f.count("allocation") == static_cast<int>(bookings.size()));
}

TEST_CASE("Saves joined to a caller's transaction are stored together or not at all",
          "[storage][teams]")
{
    Fixture f;
    REQUIRE(f.db);
    // A venue the demo also adds: the demo fails part way, after its teams were written.
    Venue taken{0, QStringLiteral("Belgrave Medical Centre"), VenueKind::GpSurgery, {}};
    REQUIRE(f.staff.saveVenue(taken, &f.error));
    CHECK_FALSE(demo::storeDemoTeams(*f.db, f.clock, {}, &f.error));
    CHECK(f.error.contains(QStringLiteral("UNIQUE"),
                           Qt::CaseInsensitive)); // SQLite's or the server's words
    CHECK(f.count("team") == 0);
    CHECK(f.count("venue") == 1);
    {
        Transaction transaction(f.db->connection());
        REQUIRE(transaction.isActive());
        const StaffRepository joined(*f.db);
        Staff jo{0, QStringLiteral("Jo Smith"), StaffRole::Midwife, 1.0, {}, {1}};
        REQUIRE(joined.saveStaff(jo, f.clock.now(), &f.error));
        CHECK(jo.id > 0);
    } // not committed: rolled back
    CHECK(f.count("staff") == 0);
}

TEST_CASE("Caseloads are counted by the allocation in force and read a page at a time",
          "[storage][allocation]")
{
    Fixture f;
    REQUIRE(f.db);
    const Staff jo = f.person(QStringLiteral("Jo Smith"));
    const Staff ann = f.person(QStringLiteral("Ann Jones"));
    const Team city = f.team(QStringLiteral("City Continuity Team"), {QStringLiteral("LE4")});
    for (const Staff &s : {jo, ann})
        REQUIRE(f.staff.addMember(city.id, s.id, &f.error));
    demo::BookingGenerator generator(3, f.clock.today());
    QList<Booking> bookings;
    for (int i = 0; i < 7; ++i)
        bookings << generator.next();
    REQUIRE(test::bookAll(*f.db, f.clock, bookings, &f.error));
    // An undated pregnancy (one received before it was dated) is listed before the dated.
    bookings[2].pregnancy.lmp = {};
    bookings[2].pregnancy.datingScan.reset();
    REQUIRE(
        storage::PregnancyRepository(*f.db).saveBooking(bookings[2], {}, f.clock.now(), &f.error));
    auto name = [&](int i, const Staff &midwife, QDate on) {
        Allocation a{0,  bookings[i].pregnancy.id, midwife.id, city.id,
                     on, QStringLiteral("tester")};
        REQUIRE(f.appointments.recordAllocation(a, f.clock.now(), &f.error));
    };
    for (int i : {0, 1, 2, 3})
        name(i, jo, QDate(2026, 10, 1));
    name(3, ann, QDate(2026, 10, 20)); // moved to Ann: Jo's record is history
    name(4, ann, QDate(2026, 10, 2));
    name(5, jo, QDate(2026, 10, 3));
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE pregnancy SET status = 'delivered' WHERE id = %1")
                       .arg(bookings[5].pregnancy.id))); // out of care: counted nowhere

    CHECK(f.appointments.caseloadCounts() ==
          QList<CaseloadCount>{{0, 0, 1}, {city.id, jo.id, 3}, {city.id, ann.id, 2}});

    auto pregnancies = [](const QList<CaseloadWoman> &page) {
        QList<qint64> ids;
        for (const CaseloadWoman &w : page)
            ids << w.woman.pregnancyId;
        return ids;
    };
    // Jo's women by EDD, the undated first; a page at a time.
    const auto all = f.appointments.caseload(city.id, jo.id, 0, 10);
    REQUIRE(all.size() == 3);
    CHECK(all[0].woman.pregnancyId == bookings[2].pregnancy.id);
    CHECK_FALSE(all[0].woman.edd.isValid());
    CHECK(all[1].woman.edd.isValid());
    CHECK(all[1].woman.edd <= all[2].woman.edd);
    CHECK(QSet<qint64>{all[1].woman.pregnancyId, all[2].woman.pregnancyId} ==
          QSet<qint64>{bookings[0].pregnancy.id, bookings[1].pregnancy.id});
    CHECK(all[2].namedOn == QDate(2026, 10, 1));
    CHECK(all[0].woman.nhsNumber == bookings[2].woman.nhsNumber);
    CHECK(pregnancies(f.appointments.caseload(city.id, jo.id, 1, 1)) ==
          QList<qint64>{all[1].woman.pregnancyId});
    CHECK(pregnancies(f.appointments.caseload(city.id, ann.id, 0, 10)).size() == 2);
    // Not yet given a named midwife.
    const auto waiting = f.appointments.caseload(0, 0, 0, 10);
    CHECK(pregnancies(waiting) == QList<qint64>{bookings[6].pregnancy.id});
    CHECK_FALSE(waiting.front().namedOn.isValid());
}
