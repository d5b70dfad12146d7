// SPDX-License-Identifier: MIT
// The NHS England continuity-of-carer measure (MSDS), worked by hand against the rules page.
#include "TestSupport.h"

#include "scheduling/Continuity.h"

using namespace bb::scheduling;

namespace {
// EDD 2027-05-01: 29+0 is EDD - 280 + 203 = 2027-02-13.
const QDate kEdd(2027, 5, 1);
const QDate kAllocated(2026, 10, 20);

constexpr qint64 kNamed = 1;      // her named midwife, team 100
constexpr qint64 kMate = 2;       // another midwife of team 100
constexpr qint64 kSpecialist = 3; // specialist midwife in team 100
constexpr qint64 kStranger = 4;   // midwife of team 200
constexpr qint64 kDoctor = 5;     // obstetrician
constexpr qint64 kMsw = 6;        // support worker in team 100

Clinician person(qint64 id, Role role, qint64 team)
{
    Clinician c;
    c.id = id;
    c.role = role;
    c.teamId = team;
    return c;
}

const QList<Clinician> kStaff{person(kNamed, Role::Midwife, 100),
                              person(kMate, Role::Midwife, 100),
                              person(kSpecialist, Role::SpecialistMidwife, 100),
                              person(kStranger, Role::Midwife, 200),
                              person(kDoctor, Role::Obstetrician, 100),
                              person(kMsw, Role::MaternitySupportWorker, 100)};

ContinuityRecord record(const QList<qint64> &seenBy, QDate allocated = kAllocated)
{
    ContinuityRecord r;
    r.pregnancyId = 77;
    r.edd = kEdd;
    r.allocationDate = allocated;
    r.namedMidwifeId = kNamed;
    r.teamId = 100;
    QDate day = kAllocated.addDays(14);
    for (qint64 id : seenBy) {
        r.contacts << AntenatalContact{day, id, true};
        day = day.addDays(14);
    }
    return r;
}
} // namespace

TEST_CASE("NHS England continuity: placed by 29+0 with a named midwife and a team",
          "[scheduling][continuity]")
{
    CHECK(placementDeadline(kEdd) == QDate(2027, 2, 13));
    CHECK(measureContinuity(record({}, QDate(2027, 2, 13)), kStaff).placed); // 29+0 itself
    ContinuityRecord late = record({kNamed, kNamed}, QDate(2027, 2, 14));    // 29+1
    const ContinuityOutcome o = measureContinuity(late, kStaff);
    CHECK_FALSE(o.placed);
    CHECK_FALSE(o.receiving); // however good her care, a late allocation is not on the pathway
    CHECK(o.status == ContinuityStatus::NotPlaced);

    ContinuityRecord noTeam = record({kNamed});
    noTeam.teamId = 0;
    CHECK_FALSE(measureContinuity(noTeam, kStaff).placed);
    ContinuityRecord noMidwife = record({kNamed});
    noMidwife.namedMidwifeId = 0;
    CHECK_FALSE(measureContinuity(noMidwife, kStaff).placed);
    ContinuityRecord noDate = record({kNamed});
    noDate.allocationDate = QDate();
    CHECK_FALSE(measureContinuity(noDate, kStaff).placed);
}

TEST_CASE("NHS England continuity: exactly 70% receives, 69% does not", "[scheduling][continuity]")
{
    // 7 of 10 with her team (named midwife or a team mate), 3 with a stranger.
    ContinuityOutcome o = measureContinuity(record({kNamed, kNamed, kMate, kNamed, kStranger,
                                                    kNamed, kMate, kStranger, kNamed, kStranger}),
                                            kStaff);
    CHECK(o.placed);
    CHECK(o.attendedContacts == 10);
    CHECK(o.withNamedMidwife == 5);
    CHECK(o.withTeam == 7);
    CHECK(o.receiving);
    CHECK(o.status == ContinuityStatus::Receiving);

    // 2 of 3 = 66.7%: not receiving.
    o = measureContinuity(record({kNamed, kMate, kStranger}), kStaff);
    CHECK(o.withTeam == 2);
    CHECK_FALSE(o.receiving);
    CHECK(o.status == ContinuityStatus::NotReceiving);

    // 7 of 10 is 70%, but 69 of 100 is not.
    QList<qint64> hundred(69, kNamed);
    hundred << QList<qint64>(31, kStranger);
    CHECK_FALSE(measureContinuity(record(hundred), kStaff).receiving);
}

TEST_CASE("NHS England continuity: contacts with doctors and others count neither way",
          "[scheduling][continuity]")
{
    // Counted: named, mate, stranger, specialist (a midwife of the team) = 3 of 4 = 75%.
    // The doctor and support worker are in team 100 but are not midwives: not counted.
    ContinuityOutcome o = measureContinuity(
        record({kNamed, kDoctor, kMate, kDoctor, kStranger, kMsw, kSpecialist}), kStaff);
    CHECK(o.attendedContacts == 4);
    CHECK(o.withTeam == 3);
    CHECK(o.receiving);
    CHECK(o.distinctClinicians == 6); // everyone she saw, doctors included
    // Counting the doctors and the support worker (all team 100) would have made it 6 of 7.

    // Her team's doctor, counted for her, would make 4 of 5 (80%); only midwives count: 1 of 2.
    o = measureContinuity(record({kNamed, kDoctor, kDoctor, kDoctor, kStranger}), kStaff);
    CHECK(o.attendedContacts == 2);
    CHECK(o.withTeam == 1);
    CHECK_FALSE(o.receiving);

    // Someone not in the staff list cannot be shown to be a midwife: not counted.
    o = measureContinuity(record({kNamed, 999}), kStaff);
    CHECK(o.attendedContacts == 1);
}

TEST_CASE("NHS England continuity: only attended contacts after the allocation date count",
          "[scheduling][continuity]")
{
    ContinuityRecord r = record({kNamed, kNamed, kNamed});
    // Before and on the allocation day (the booking visit where it was recorded): not counted.
    r.contacts.prepend(AntenatalContact{kAllocated, kStranger, true});
    r.contacts.prepend(AntenatalContact{kAllocated.addDays(-30), kStranger, true});
    // Did not attend: not counted.
    r.contacts << AntenatalContact{kAllocated.addDays(100), kStranger, false};
    const ContinuityOutcome o = measureContinuity(r, kStaff);
    CHECK(o.attendedContacts == 3);
    CHECK(o.withTeam == 3);
    CHECK(o.receiving);
    CHECK(o.distinctClinicians == 2); // named and stranger; the missed contact was not seen
}

TEST_CASE("NHS England continuity: intrapartum care by her midwife or team, or not yet born",
          "[scheduling][continuity]")
{
    ContinuityRecord r = record({kNamed, kNamed, kMate});
    CHECK(measureContinuity(r, kStaff).receiving); // not given birth yet
    r.intrapartumClinicianIds = QList<qint64>{kMate};
    CHECK(measureContinuity(r, kStaff).receiving);
    r.intrapartumClinicianIds = QList<qint64>{kNamed};
    CHECK(measureContinuity(r, kStaff).receiving);
    r.intrapartumClinicianIds = QList<qint64>{kStranger};
    ContinuityOutcome o = measureContinuity(r, kStaff);
    CHECK_FALSE(o.intrapartumWithTeam);
    CHECK_FALSE(o.receiving);
    r.intrapartumClinicianIds =
        QList<qint64>{kDoctor}; // a doctor of the team is not "the same midwife or team"
    CHECK_FALSE(measureContinuity(r, kStaff).receiving);
}

TEST_CASE("NHS England continuity: placed with no counted contact yet is not yet measurable",
          "[scheduling][continuity]")
{
    ContinuityRecord r = record({kDoctor});
    const ContinuityOutcome o = measureContinuity(r, kStaff);
    CHECK(o.placed);
    CHECK(o.attendedContacts == 0);
    CHECK(o.status == ContinuityStatus::NotYetMeasurable);
    CHECK_FALSE(o.receiving);
}

TEST_CASE("NHS England continuity: figures per team and per named midwife",
          "[scheduling][continuity]")
{
    ContinuityRecord a = record({kNamed, kNamed}); // receiving
    a.pregnancyId = 1;
    ContinuityRecord b = record({kStranger, kStranger}); // placed, not receiving
    b.pregnancyId = 2;
    ContinuityRecord c = record({kNamed}, QDate(2027, 3, 1)); // late: not placed
    c.pregnancyId = 3;
    ContinuityRecord d = record({}); // placed, not yet measurable
    d.pregnancyId = 4;
    d.namedMidwifeId = kMate;
    ContinuityRecord e = record({kStranger}); // in team 200
    e.pregnancyId = 5;
    e.teamId = 200;
    e.namedMidwifeId = kStranger;
    ContinuityRecord f; // nothing recorded
    f.pregnancyId = 6;
    f.edd = kEdd;

    const ContinuitySummary s = summariseContinuity({a, b, c, d, e, f}, kStaff);
    REQUIRE(s.women.size() == 6);
    CHECK(s.overall == ContinuityFigures{6, 4, 2, 1});
    CHECK(s.byTeam.value(100) == ContinuityFigures{4, 3, 1, 1});
    CHECK(s.byTeam.value(200) == ContinuityFigures{1, 1, 1, 0});
    CHECK(s.byMidwife.value(kNamed) == ContinuityFigures{3, 2, 1, 0});
    CHECK(s.byMidwife.value(kMate) == ContinuityFigures{1, 1, 0, 1});
    CHECK(s.byTeam.size() == 2);
}

TEST_CASE("Continuity slipping: last two attended midwife contacts both with strangers",
          "[scheduling][continuity]")
{
    CHECK(slippingContinuity(record({kNamed, kNamed, kStranger, kStranger}), kStaff));
    CHECK_FALSE(slippingContinuity(record({kStranger, kStranger, kNamed}), kStaff));
    CHECK_FALSE(slippingContinuity(record({kNamed, kStranger, kMate}), kStaff));
    CHECK_FALSE(slippingContinuity(record({kStranger}), kStaff));
    // A doctor in between does not break the run of strangers, nor start one.
    CHECK(slippingContinuity(record({kNamed, kStranger, kDoctor, kStranger, kDoctor}), kStaff));
    CHECK_FALSE(slippingContinuity(record({kNamed, kDoctor, kDoctor}), kStaff));
    // Missed contacts are not contacts.
    ContinuityRecord r = record({kNamed, kStranger});
    r.contacts << AntenatalContact{kAllocated.addDays(200), kStranger, false};
    CHECK_FALSE(slippingContinuity(r, kStaff));
    // Order is by date, not by the order given.
    r = record({kStranger, kStranger, kNamed});
    std::swap(r.contacts[0], r.contacts[2]);
    CHECK_FALSE(slippingContinuity(r, kStaff)); // by date her latest contact was with kNamed
}
