// SPDX-License-Identifier: MIT
// Rebooking a clinician's appointments around her absence, keeping continuity where it can.
#include "SchedulingScenario.h"

using namespace bb::scheduling;
using namespace bb::schedulingtest;

namespace {
const QDate kMonday(2026, 11, 2);
const QDate kWednesday = kMonday.addDays(2);
const QDate kThursday = kMonday.addDays(3);
const QDate kFriday = kMonday.addDays(4);

Clinician mw(qint64 id, qint64 team)
{
    Clinician c;
    c.id = id;
    c.teamId = team;
    return c;
}

// Midwife 1 (team 1) has clinics on Wednesday and Friday, midwife 2 (team 1) on Wednesday and
// Thursday, midwife 9 (team 2) on Thursday: two 30-minute slots each.
struct Diary
{
    QList<Clinician> staff{mw(1, 1), mw(2, 1), mw(9, 2)};
    QList<Session> sessions{weekly(11, 1, Qt::Wednesday, QTime(9, 0), QTime(10, 0), 30, false),
                            weekly(12, 1, Qt::Friday, QTime(9, 0), QTime(10, 0), 30, false),
                            weekly(21, 2, Qt::Thursday, QTime(9, 0), QTime(10, 0), 30, false),
                            weekly(22, 2, Qt::Wednesday, QTime(11, 0), QTime(12, 0), 30, false),
                            weekly(91, 9, Qt::Thursday, QTime(9, 0), QTime(10, 0), 30, false)};
    QList<Placement> appointments;
    QList<Booked> booked;

    void add(qint64 pregnancy, QDate date, QTime start, qint64 clinician = 1)
    {
        Placement p;
        p.contact.pregnancyId = pregnancy;
        p.contact.week = 34;
        p.contact.weekStart = kMonday;
        p.contact.bookingDate = kMonday.addDays(-150);
        p.contact.namedMidwifeId = 1;
        p.contact.teamId = 1;
        p.date = date;
        p.start = start;
        p.end = start.addSecs(30 * 60);
        p.clinicianId = clinician;
        p.sessionId = clinician * 10 + 1;
        p.match = clinician == 1 ? Placement::NamedMidwife : Placement::Team;
        appointments << p;
        booked << p.asBooked();
    }

    RebookResult rebook(const Absence &away, QDate today = kMonday) const
    {
        return rebookForAbsence(away, appointments, sessions, staff, {}, booked, today);
    }
};

QHash<qint64, qint64> newClinician(const RebookResult &r)
{
    QHash<qint64, qint64> who;
    for (const Rebooking &b : r.rebooked)
        who.insert(b.now.contact.pregnancyId, b.now.clinicianId);
    return who;
}
} // namespace

TEST_CASE("Rebooking for absence: her own midwife later in the week when she is back",
          "[scheduling][rebook]")
{
    Diary d;
    d.add(1, kWednesday, QTime(9, 0));
    d.add(2, kWednesday, QTime(9, 30));
    d.add(3, kFriday, QTime(9, 0)); // not in the absence: left alone
    const RebookResult r = d.rebook({1, kWednesday, kWednesday});
    REQUIRE(r.rebooked.size() == 2);
    CHECK(r.toActOn.isEmpty());
    CHECK(r.rebooked[0].was.contact.pregnancyId == 1);
    CHECK(r.rebooked[0].now.date == kFriday);
    CHECK(r.rebooked[0].now.start == QTime(9, 30)); // 09:00 Friday is woman 3's
    CHECK(r.rebooked[0].now.match == Placement::NamedMidwife);
    CHECK(r.withNamedMidwife == 1);
    // Midwife 1 has one Friday slot left; woman 2 goes to her team.
    CHECK(newClinician(r).value(2) == 2);
    CHECK(r.withinTeam == 2);
}

TEST_CASE("Rebooking for absence: her team first, then others, the rest listed for a person",
          "[scheduling][rebook]")
{
    Diary d;
    d.add(1, kWednesday, QTime(9, 0));
    d.add(2, kWednesday, QTime(9, 30));
    d.add(3, kFriday, QTime(9, 0));
    d.add(4, kFriday, QTime(9, 30));
    d.add(5, kWednesday, QTime(11, 0), 2); // midwife 2's, she is not away: untouched
    const RebookResult r = d.rebook({1, kWednesday, kFriday});
    // Free: midwife 2 Wednesday 11:30, Thursday 09:00 and 09:30; midwife 9 Thursday x 2.
    REQUIRE(r.rebooked.size() == 4);
    int team = 0, other = 0;
    for (const Rebooking &b : r.rebooked) {
        CHECK(b.now.clinicianId != 1);
        CHECK(b.now.date >= b.now.contact.weekStart);
        CHECK(b.now.date <= b.now.contact.weekStart.addDays(6));
        team += b.now.match == Placement::Team ? 1 : 0;
        other += b.now.match == Placement::Other ? 1 : 0;
    }
    CHECK(team == 3);
    CHECK(other == 1);
    CHECK(r.withinTeam == 3);

    d.add(6, kFriday, QTime(9, 15));
    d.add(7, kWednesday, QTime(9, 45));
    const RebookResult more = d.rebook({1, kWednesday, kFriday});
    CHECK(more.rebooked.size() == 5);
    REQUIRE(more.toActOn.size() == 1);
    CHECK(more.toActOn.first().code == UnplacedReason::NoFreeSlot);
    CHECK(more.toActOn.first().reason.contains(QStringLiteral("arrange a new time")));
}

TEST_CASE("Rebooking for absence: never before today, and a week already over is for a person",
          "[scheduling][rebook]")
{
    Diary d;
    d.add(1, kFriday, QTime(9, 0));
    // Recorded on Friday: Wednesday and Thursday are gone; nobody else works Friday.
    RebookResult r = d.rebook({1, kFriday, kFriday}, kFriday);
    CHECK(r.rebooked.isEmpty());
    REQUIRE(r.toActOn.size() == 1);
    CHECK(r.toActOn.first().code == UnplacedReason::NoFreeSlot);

    r = d.rebook({1, kFriday, kFriday}, kMonday.addDays(7));
    REQUIRE(r.toActOn.size() == 1);
    CHECK(r.toActOn.first().code == UnplacedReason::WindowPassed);
}

TEST_CASE("Rebooking for absence: her old time does not block her new one", "[scheduling][rebook]")
{
    Diary d;
    // Midwife 2's Wednesday 11:00 clinic overlaps woman 1's old appointment time.
    d.sessions[3] = weekly(22, 2, Qt::Wednesday, QTime(9, 0), QTime(9, 30), 30, false);
    d.add(1, kWednesday, QTime(9, 0));
    const RebookResult r = d.rebook({1, kWednesday, kFriday});
    REQUIRE(r.rebooked.size() == 1);
    CHECK(r.rebooked.first().now.date == kWednesday);
    CHECK(r.rebooked.first().now.start == QTime(9, 0));
    CHECK(r.rebooked.first().now.clinicianId == 2);
}

TEST_CASE("Rebooking for absence: a whole team's schedule stays free of clashes and absences",
          "[scheduling][rebook]")
{
    Scenario sc = makeScenario(1, 300);
    const ScheduleResult first = scheduleContacts(sc.contacts, sc.sessions, sc.clinicians,
                                                  sc.absences, sc.booked, sc.from, sc.weeks);
    QList<Booked> diary = sc.booked;
    for (const Placement &p : first.placements)
        diary << p.asBooked();
    const Absence sick{101, sc.from.addDays(7), sc.from.addDays(11)};
    const RebookResult r = rebookForAbsence(sick, first.placements, sc.sessions, sc.clinicians,
                                            sc.absences, diary, sc.from);
    int affected = 0;
    ScheduleResult after;
    for (const Placement &p : first.placements) {
        if (p.clinicianId == sick.clinicianId && sick.covers(p.date))
            ++affected;
        else
            after.placements << p;
    }
    REQUIRE(affected > 0);
    CHECK(r.rebooked.size() + r.toActOn.size() == affected);
    CHECK(r.withinTeam == r.rebooked.size()); // her team had room
    for (const Rebooking &b : r.rebooked)
        after.placements << b.now;
    after.unplaced = first.unplaced + r.toActOn;
    after.notInPeriod = first.notInPeriod;
    after.contactsConsidered = static_cast<int>(after.placements.size() + after.unplaced.size());
    sc.absences << sick;
    checkScheduleInvariants(sc, after);
}
