// SPDX-License-Identifier: MIT
#include "scheduling/SchedulingInputs.h"

#include "scheduling/Allocation.h"
#include "storage/AppointmentRepository.h"
#include "storage/CarePlanRepository.h"
#include "storage/StaffRepository.h"
#include "util/Clock.h"

namespace bb::scheduling {

Clinician toClinician(const Staff &staff, qint64 teamId)
{
    Clinician c;
    c.id = staff.id;
    c.name = staff.name;
    // The two enums carry the same codes; going through them keeps the mapping in one table.
    c.role = roleFromCode(codes::toCode(staff.role)).value_or(Role::Midwife);
    c.fte = staff.fte;
    c.skills = staff.skills;
    c.teamId = teamId;
    for (int day : staff.workingDays)
        c.workingDays << static_cast<Qt::DayOfWeek>(day);
    return c;
}

Absence toAbsence(const bb::Absence &absence)
{
    return {absence.staffId, absence.from, absence.to};
}

TeamInfo toTeamInfo(const Team &team)
{
    return {team.id, team.name, codes::toCode(team.kind), team.postcodeAreas,
            team.caseloadPerFullTimeMidwife};
}

QHash<qint64, qint64> teamOf(const QList<TeamMembership> &memberships)
{
    QHash<qint64, qint64> teams;
    for (const TeamMembership &m : memberships) {
        const qint64 current = teams.value(m.staffId, 0);
        if (current == 0 || m.teamId < current)
            teams.insert(m.staffId, m.teamId);
    }
    return teams;
}

bool contactCovered(const QList<Appointment> &appointments, int week, const QDate &weekStart)
{
    for (const Appointment &a : appointments) {
        if (!a.holdsTime() ||
            (a.kind != AppointmentKind::AntenatalContact && a.kind != AppointmentKind::HomeVisit))
            continue;
        if (a.contactWeek ? *a.contactWeek == week
                          : (a.date >= weekStart && a.date <= weekStart.addDays(6)))
            return true;
    }
    return false;
}

std::optional<TeamInfo> localTeam(const QList<TeamInfo> &teams, const QString &postcode,
                                  bool homeBirth)
{
    QList<TeamInfo> local;
    const QString homeBirthKind = codes::toCode(TeamKind::HomeBirth);
    for (const TeamInfo &t : teams) {
        const bool isHomeBirth = t.kind == homeBirthKind;
        const bool community = t.kind == codes::toCode(TeamKind::Continuity) ||
                               t.kind == codes::toCode(TeamKind::Community);
        if (homeBirth ? isHomeBirth : community)
            local << t;
    }
    return teamForPostcode(postcode, local);
}

SchedulingInputs loadDiary(const storage::Database &database, const Clock &clock,
                           const QDate &first, const QDate &last)
{
    SchedulingInputs in;
    const storage::StaffRepository staff(database, clock);
    const QHash<qint64, qint64> teams = teamOf(staff.memberships());
    for (const Staff &s : staff.staff())
        in.clinicians << toClinician(s, teams.value(s.id, 0));
    for (const Team &t : staff.teams())
        in.teams << toTeamInfo(t);

    QHash<qint64, Venue> venues;
    for (const Venue &v : staff.venues())
        venues.insert(v.id, v);
    for (const ClinicSession &cs : staff.sessions()) {
        const Venue venue = venues.value(cs.venueId);
        Session s;
        s.id = cs.id;
        s.venueId = cs.venueId;
        s.venueName = venue.name;
        s.homeVisits = venue.kind == VenueKind::Home;
        s.weekday = static_cast<Qt::DayOfWeek>(cs.dayOfWeek);
        s.start = cs.start;
        s.end = cs.end;
        s.slotMinutes = cs.slotMinutes;
        s.clinicianId = cs.staffId;
        in.sessions << s;
    }
    for (const bb::Absence &a : staff.absencesBetween(first, last))
        in.absences << toAbsence(a);
    for (const storage::AppointmentListing &row :
         storage::AppointmentRepository(database, clock).between(first, last)) {
        const Appointment &a = row.appointment;
        if (a.holdsTime() && a.isTimed())
            in.booked << Booked{a.date, a.start, a.end, a.clinicianId, a.pregnancyId};
    }
    return in;
}

SchedulingInputs loadSchedulingInputs(const storage::Database &database, const Clock &clock,
                                      const QDate &from, int weeks, qint64 teamId)
{
    SchedulingInputs in =
        loadDiary(database, clock, from, from.addDays(7 * std::max(weeks, 0) - 1));
    const storage::AppointmentRepository appointments(database, clock);
    QHash<qint64, Allocation> allocations;
    for (const Allocation &a : appointments.currentAllocations())
        allocations.insert(a.pregnancyId, a);
    const storage::CarePlanRepository plans(database, clock);
    for (const storage::WomanInCare &woman : storage::WomanRepository(database, clock).inCare()) {
        const auto plan = plans.latest(woman.pregnancyId);
        if (!plan)
            continue; // nothing planned to place: her booking could not be planned
        const bool home = plan->chosenPlaceOfBirth == PlaceOfBirth::Home;
        ContactToPlace base;
        base.pregnancyId = woman.pregnancyId;
        base.nhsNumber = woman.nhsNumber;
        base.bookingDate = woman.bookingDate;
        base.homeVisit = home;
        if (const auto allocation = allocations.find(woman.pregnancyId);
            allocation != allocations.end()) {
            base.namedMidwifeId = allocation->midwifeId;
            base.teamId = allocation->teamId;
        } else if (const auto team = localTeam(in.teams, woman.postcode, home)) {
            base.teamId = team->id;
        }
        if (teamId != 0 && base.teamId != teamId)
            continue;
        const QList<Appointment> hers = appointments.forPregnancy(woman.pregnancyId);
        for (const PlannedContact &p : plan->plan.contacts) {
            // A week that ended before the period is history, not something to place now.
            if (!p.date.isValid() || p.date.addDays(6) < from ||
                contactCovered(hers, p.week, p.date))
                continue;
            ContactToPlace c = base;
            c.week = p.week;
            c.weekStart = p.date;
            in.contacts << c;
        }
    }
    return in;
}

} // namespace bb::scheduling
