// SPDX-License-Identifier: MIT
// Booking contacts into real slots: named midwife first, then her team, then anyone; never
// double-booked, never with someone away; and rebooking around an absence.
#include "SchedulingScenario.h"

#include <QElapsedTimer>

using namespace bb::scheduling;
using namespace bb::schedulingtest;

namespace {
const QDate kMonday(2026, 11, 2);

Clinician mw(qint64 id, qint64 team, Role role = Role::Midwife)
{
    Clinician c;
    c.id = id;
    c.name = QStringLiteral("MW %1").arg(id);
    c.role = role;
    c.teamId = team;
    return c;
}

ContactToPlace contact(qint64 pregnancy, QDate weekStart, qint64 named, qint64 team,
                       bool home = false)
{
    ContactToPlace c;
    c.pregnancyId = pregnancy;
    c.week = 28;
    c.weekStart = weekStart;
    c.bookingDate = weekStart.addDays(-100);
    c.namedMidwifeId = named;
    c.teamId = team;
    c.homeVisit = home;
    return c;
}

// Team 1: midwives 1 (clinic Wednesday) and 2 (clinic Monday), 3 (home visits Tuesday);
// team 2: midwife 9 (clinic Monday); one obstetrician with a clinic Monday.
struct Small
{
    QList<Clinician> staff{mw(1, 1), mw(2, 1), mw(3, 1), mw(9, 2), mw(50, 1, Role::Obstetrician)};
    QList<Session> sessions{weekly(11, 1, Qt::Wednesday, QTime(9, 0), QTime(10, 0), 30, false),
                            weekly(12, 2, Qt::Monday, QTime(9, 0), QTime(10, 0), 30, false),
                            weekly(13, 3, Qt::Tuesday, QTime(13, 0), QTime(15, 0), 60, true),
                            weekly(19, 9, Qt::Monday, QTime(9, 0), QTime(10, 0), 30, false),
                            weekly(50, 50, Qt::Monday, QTime(8, 0), QTime(9, 0), 30, false)};

    ScheduleResult run(const QList<ContactToPlace> &contacts, const QList<Absence> &away = {},
                       const QList<Booked> &booked = {}, QDate from = kMonday, int weeks = 1) const
    {
        return scheduleContacts(contacts, sessions, staff, away, booked, from, weeks);
    }
};
} // namespace

TEST_CASE("Scheduling: named midwife first when she has a free slot in the window, even later",
          "[scheduling][scheduler]")
{
    const Small s;
    // Midwife 2's Monday slot is earlier, but midwife 1 is hers and free on Wednesday.
    const ScheduleResult r = s.run({contact(1, kMonday, 1, 1)});
    REQUIRE(r.placements.size() == 1);
    const Placement &p = r.placements.first();
    CHECK(p.clinicianId == 1);
    CHECK(p.match == Placement::NamedMidwife);
    CHECK(p.date == kMonday.addDays(2));
    CHECK(p.start == QTime(9, 0));
    CHECK(p.end == QTime(9, 30));
    CHECK(p.sessionId == 11);
    CHECK(p.venue == QStringLiteral("Clinic"));
    CHECK(r.percentWithNamedMidwife() == 100.0);
}

TEST_CASE("Scheduling: then her team, then anyone, and only midwives' sessions are used",
          "[scheduling][scheduler]")
{
    const Small s;
    // Three women named to midwife 1, who has two slots: the third goes to her team (2), and
    // when the team is full too, to a midwife of another team (9) - never to the obstetrician.
    QList<ContactToPlace> list;
    for (qint64 id = 1; id <= 6; ++id)
        list << contact(id, kMonday, 1, 1);
    const ScheduleResult r = s.run(list);
    REQUIRE(r.placements.size() == 6);
    QMap<qint64, int> by;
    for (const Placement &p : r.placements)
        ++by[p.clinicianId];
    CHECK(by == QMap<qint64, int>{{1, 2}, {2, 2}, {9, 2}});
    CHECK(r.withNamedMidwife == 2);
    CHECK(r.withinTeam == 4);
    CHECK(r.percentWithinTeam() == Approx(66.6667).epsilon(0.001));

    // A seventh has nowhere left to go.
    list << contact(7, kMonday, 1, 1);
    const ScheduleResult full = s.run(list);
    REQUIRE(full.unplaced.size() == 1);
    CHECK(full.unplaced.first().code == UnplacedReason::NoFreeSlot);
    CHECK(full.unplaced.first().reason.contains(QStringLiteral("clinic")));
    CHECK(full.contactsConsidered == 7);
}

TEST_CASE("Scheduling: a fallback never takes a slot another woman needs with her own midwife",
          "[scheduling][scheduler]")
{
    const Small s;
    // Women 1 and 2 fill midwife 1's two Wednesday slots. Woman 3, also hers, has the earlier
    // window, so a single pass would give her midwife 2's only free slot (09:00 is taken) and
    // leave woman 9, who is named to midwife 2, with a stranger. Every woman is offered her own
    // midwife before anyone falls back, so woman 9 keeps midwife 2 and woman 3 goes elsewhere.
    const QDate saturday = kMonday.addDays(-2);
    const QList<ContactToPlace> list{contact(1, saturday, 1, 1), contact(2, saturday, 1, 1),
                                     contact(3, saturday.addDays(1), 1, 1),
                                     contact(9, kMonday, 2, 1)};
    const QList<Booked> booked{{kMonday, QTime(9, 0), QTime(9, 30), 2, 99}};
    const ScheduleResult r = s.run(list, {}, booked, saturday, 1);
    QHash<qint64, qint64> who;
    for (const Placement &p : r.placements)
        who.insert(p.contact.pregnancyId, p.clinicianId);
    CHECK(who.value(1) == 1);
    CHECK(who.value(2) == 1);
    CHECK(who.value(9) == 2);
    CHECK(who.value(3) == 9);
}

TEST_CASE("Scheduling: home visits only in home-visit sessions, clinics only in clinics",
          "[scheduling][scheduler]")
{
    const Small s;
    const ScheduleResult r = s.run({contact(1, kMonday, 1, 1, true)});
    REQUIRE(r.placements.size() == 1);
    CHECK(r.placements.first().clinicianId == 3); // her midwife has no home-visit session
    CHECK(r.placements.first().venue == QStringLiteral("Home visit"));
    CHECK(r.placements.first().end == QTime(14, 0));

    const ScheduleResult none =
        s.run({contact(1, kMonday, 1, 1, true)}, {{3, kMonday, kMonday.addDays(6)}});
    REQUIRE(none.unplaced.size() == 1);
    CHECK(none.unplaced.first().reason.contains(QStringLiteral("home-visit")));
}

TEST_CASE("Scheduling: never on someone's absence, never on a day she does not work",
          "[scheduling][scheduler]")
{
    Small s;
    ScheduleResult r =
        s.run({contact(1, kMonday, 1, 1)}, {{1, kMonday.addDays(2), kMonday.addDays(2)}});
    REQUIRE(r.placements.size() == 1);
    CHECK(r.placements.first().clinicianId == 2);
    CHECK(r.placements.first().match == Placement::Team);

    s.staff[0].workingDays = {Qt::Monday, Qt::Tuesday}; // her Wednesday session is a mistake
    r = s.run({contact(1, kMonday, 1, 1)});
    REQUIRE(r.placements.size() == 1);
    CHECK(r.placements.first().clinicianId != 1);
}

TEST_CASE("Scheduling: existing appointments block the clinician and the woman",
          "[scheduling][scheduler]")
{
    const Small s;
    // Off the slot grid: 09:15-09:45 blocks both of midwife 1's slots.
    ScheduleResult r = s.run({contact(1, kMonday, 1, 1)}, {},
                             {{kMonday.addDays(2), QTime(9, 15), QTime(9, 45), 1, 500}});
    REQUIRE(r.placements.size() == 1);
    CHECK(r.placements.first().clinicianId == 2);

    // Her own scan at 09:00-09:30 on Wednesday: midwife 1 sees her at 09:30.
    r = s.run({contact(1, kMonday, 1, 1)}, {},
              {{kMonday.addDays(2), QTime(9, 0), QTime(9, 30), 50, 1}});
    REQUIRE(r.placements.size() == 1);
    CHECK(r.placements.first().clinicianId == 1);
    CHECK(r.placements.first().start == QTime(9, 30));
}

TEST_CASE("Scheduling: overlapping sessions of one midwife never double-book her",
          "[scheduling][scheduler]")
{
    Small s;
    s.sessions << weekly(14, 1, Qt::Wednesday, QTime(9, 0), QTime(10, 0), 20, false,
                         QStringLiteral("GP"));
    QList<ContactToPlace> list;
    for (qint64 id = 1; id <= 8; ++id)
        list << contact(id, kMonday, 1, 1);
    const ScheduleResult r = s.run(list);
    // One hour of her time on Wednesday holds at most 3 appointments whichever session holds them.
    int withHer = 0;
    for (const Placement &p : r.placements)
        withHer += p.clinicianId == 1 ? 1 : 0;
    CHECK(withHer <= 3);
    Scenario sc;
    sc.clinicians = s.staff;
    sc.sessions = s.sessions;
    sc.contacts = list;
    sc.from = kMonday;
    sc.weeks = 1;
    checkScheduleInvariants(sc, r);
}

TEST_CASE("Scheduling: the window is her week, after booking, from the first day scheduled",
          "[scheduling][scheduler]")
{
    const Small s;
    // Booked on the Monday: midwife 1's Wednesday is after it.
    ContactToPlace c = contact(1, kMonday, 1, 1);
    c.bookingDate = kMonday;
    ScheduleResult r = s.run({c});
    REQUIRE(r.placements.size() == 1);
    CHECK(r.placements.first().date == kMonday.addDays(2));
    // Booked on the Wednesday: nobody has a slot later that week, and never the booking day.
    c.bookingDate = kMonday.addDays(2);
    r = s.run({c});
    CHECK(r.placements.isEmpty());
    REQUIRE(r.unplaced.size() == 1);
    CHECK(r.unplaced.first().code == UnplacedReason::NoFreeSlot);

    // A week that ended before the period, one that starts after it, one with no date.
    ContactToPlace past = contact(2, kMonday.addDays(-7), 1, 1);
    ContactToPlace later = contact(3, kMonday.addDays(7), 1, 1);
    ContactToPlace undated = contact(4, QDate(), 1, 1);
    ContactToPlace tooLate = contact(5, kMonday, 1, 1);
    tooLate.bookingDate = kMonday.addDays(6);
    r = s.run({past, later, undated, tooLate});
    CHECK(r.placements.isEmpty());
    REQUIRE(r.unplaced.size() == 3);
    CHECK(r.unplaced[0].code == UnplacedReason::WindowPassed);
    CHECK(r.unplaced[1].code == UnplacedReason::NoDate);
    CHECK(r.unplaced[2].code == UnplacedReason::BookedTooLate);
    CHECK(r.notInPeriod == QList<ContactToPlace>{later});

    // A week running past the period with no slot in its days inside it waits for the next run.
    const ContactToPlace straddling = contact(7, kMonday.addDays(5), 1, 1);
    r = s.run({straddling});
    CHECK(r.unplaced.isEmpty());
    CHECK(r.notInPeriod == QList<ContactToPlace>{straddling});
    CHECK(r.contactsConsidered == 0);

    // Starting mid-week, only the days from `from` are used.
    r = s.run({contact(6, kMonday, 2, 1)}, {}, {}, kMonday.addDays(1), 1);
    REQUIRE(r.placements.size() == 1);
    CHECK(r.placements.first().date == kMonday.addDays(2)); // midwife 2's Monday has passed
}

TEST_CASE("Scheduling: a team of 8 and 300 women over 12 weeks: invariants and continuity",
          "[scheduling][scheduler]")
{
    const Scenario sc = makeScenario(1, 300);
    QElapsedTimer timer;
    timer.start();
    const ScheduleResult r = scheduleContacts(sc.contacts, sc.sessions, sc.clinicians, sc.absences,
                                              sc.booked, sc.from, sc.weeks);
    WARN("one team, 300 women, 12 weeks: "
         << r.contactsConsidered << " contacts in " << timer.elapsed() << " ms; named midwife "
         << r.percentWithNamedMidwife() << "%, team " << r.percentWithinTeam() << "%");
    checkScheduleInvariants(sc, r);
    CHECK(r.contactsConsidered > 500);
    CHECK(r.percentWithNamedMidwife() >= 90.0);
    CHECK(r.percentWithinTeam() >= 99.0);
    int noSlot = 0;
    for (const Unplaced &u : r.unplaced) {
        noSlot += u.code == UnplacedReason::NoFreeSlot ? 1 : 0;
        UNSCOPED_INFO(u.contact.pregnancyId << " week " << u.contact.week << " " << u.reason);
    }
    CHECK(noSlot == 0);

    // Deterministic: the same input, in another order, gives the same schedule.
    QList<Session> sessions(sc.sessions.crbegin(), sc.sessions.crend());
    QList<Clinician> staff(sc.clinicians.crbegin(), sc.clinicians.crend());
    const ScheduleResult again =
        scheduleContacts(sc.contacts, sessions, staff, sc.absences, sc.booked, sc.from, sc.weeks);
    CHECK(again.placements == r.placements);
    CHECK(again.unplaced == r.unplaced);
}

TEST_CASE("Scheduling: an overfull team spills over, never double-booking, and lists the rest",
          "[scheduling][scheduler]")
{
    // 600 women on team 1, more contacts than its slots some weeks; 150 on team 2, which has room.
    Scenario sc = makeScenario(2, 1200);
    sc.contacts.removeIf(
        [](const ContactToPlace &c) { return c.teamId == 2 && c.pregnancyId % 8 != 0; });
    const ScheduleResult r = scheduleContacts(sc.contacts, sc.sessions, sc.clinicians, sc.absences,
                                              sc.booked, sc.from, sc.weeks);
    checkScheduleInvariants(sc, r);
    // Some went outside the team, so the team-before-anyone check above had work to do.
    CHECK(r.withinTeam < r.placements.size());

    // 700 women on a team alone: some contacts find no slot at all, and say so.
    const Scenario alone = makeScenario(1, 700);
    const ScheduleResult over =
        scheduleContacts(alone.contacts, alone.sessions, alone.clinicians, alone.absences,
                         alone.booked, alone.from, alone.weeks);
    checkScheduleInvariants(alone, over);
    CHECK_FALSE(over.unplaced.isEmpty());
    for (const Unplaced &u : over.unplaced)
        CHECK(u.reason.startsWith(QStringLiteral("no free")));
}

TEST_CASE("Scheduling: trust scale, 40 teams, 320 midwives, 11,000 pregnancies",
          "[scheduling][scheduler][scale]")
{
    const Scenario sc = makeScenario(40, 11000);
    QElapsedTimer timer;
    timer.start();
    const ScheduleResult r = scheduleContacts(sc.contacts, sc.sessions, sc.clinicians, sc.absences,
                                              sc.booked, sc.from, sc.weeks);
    WARN("trust, 11,000 women, 12 weeks: "
         << r.contactsConsidered << " contacts in " << timer.elapsed() << " ms; named midwife "
         << r.percentWithNamedMidwife() << "%, team " << r.percentWithinTeam() << "%");
    checkScheduleInvariants(sc, r);
    CHECK(r.percentWithNamedMidwife() >= 90.0);
    CHECK(r.percentWithinTeam() >= 99.0);
}
