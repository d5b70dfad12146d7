// SPDX-License-Identifier: MIT
// What the scheduling rules run on, read from the clinic's records. Nothing here writes.
#include "care/Scheduling.h"

#include "storage/AppointmentRepository.h"
#include "storage/CarePlanRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"

namespace bb::care {

using scheduling::ContactToPlace;
using scheduling::SchedulingInputs;

SchedulingInputs Scheduling::loadDiary(const QDate &first, const QDate &last) const
{
    SchedulingInputs in;
    const storage::StaffRepository staff(m_database);
    const QHash<qint64, qint64> teams = scheduling::teamOf(staff.memberships());
    for (const Staff &s : staff.staff())
        in.clinicians << scheduling::toClinician(s, teams.value(s.id, 0));
    for (const Team &t : staff.teams())
        in.teams << scheduling::toTeamInfo(t);

    QHash<qint64, Venue> venues;
    for (const Venue &v : staff.venues())
        venues.insert(v.id, v);
    for (const ClinicSession &cs : staff.sessions()) {
        const Venue venue = venues.value(cs.venueId);
        scheduling::Session s;
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
    for (const Absence &a : staff.absencesBetween(first, last))
        in.absences << scheduling::toAbsence(a);
    for (const AppointmentListing &row :
         storage::AppointmentRepository(m_database).diaryBetween(first, last)) {
        const Appointment &a = row.appointment;
        if (a.holdsTime() && a.isTimed())
            in.booked << scheduling::Booked{a.date, a.start, a.end, a.clinicianId, a.pregnancyId};
    }
    return in;
}

Outcome<SchedulingInputs> Scheduling::loadInputs(const QDate &from, int weeks, qint64 teamId) const
{
    SchedulingInputs in = loadDiary(from, from.addDays(7 * std::max(weeks, 0) - 1));
    const storage::AppointmentRepository appointments(m_database);
    QHash<qint64, Allocation> allocations;
    for (const Allocation &a : appointments.currentAllocations())
        allocations.insert(a.pregnancyId, a);
    // The weeks and dates of her contacts are all that is placed, so the plans are read as
    // stored, without the schedule's text.
    const storage::CarePlanRepository plans(m_database);
    for (const WomanInCare &woman : storage::WomanRepository(m_database).inCare()) {
        QString error;
        const auto plan = plans.latest(woman.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
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
        } else if (const auto team = scheduling::localTeam(in.teams, woman.postcode, home)) {
            base.teamId = team->id;
        }
        if (teamId != 0 && base.teamId != teamId)
            continue;
        const QList<Appointment> hers = appointments.forPregnancy(woman.pregnancyId);
        for (const PlannedContact &p : plan->plan.contacts) {
            // A week that ended before the period is history, not something to place now.
            if (!p.date.isValid() || p.date.addDays(6) < from ||
                scheduling::contactCovered(hers, p.week, p.date))
                continue;
            ContactToPlace c = base;
            c.week = p.week;
            c.weekStart = p.date;
            in.contacts << c;
        }
    }
    return in;
}

} // namespace bb::care
