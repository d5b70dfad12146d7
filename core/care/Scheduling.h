// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "care/SchedulingResults.h"
#include "domain/Actor.h"
#include "domain/Listings.h"
#include "scheduling/ContinuityReport.h"
#include "scheduling/SchedulingInputs.h"

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// Teams, appointments and continuity: loads what the scheduling rules need through the
/// repositories, runs them, and writes their results back.
///
/// Each write is one transaction, made by `actor`, whose name every appointment and allocation
/// it changes records; a write by an unknown actor is refused. A refused request returns its
/// problems as field errors with their paths (`schedule.team: no team named 'X'`), changing
/// nothing; a write the database refuses is a failure, and changes nothing either.
class Scheduling
{
public:
    Scheduling(const storage::Database &database, const Clock &clock);

    // ---- writes ----

    /// Books every contact still to book in the period (one team's women when a team is named)
    /// as antenatal contacts with their contact week, in one transaction. Contacts already
    /// booked or attended are skipped, so a rerun books nothing twice.
    Outcome<ScheduleSummary> runSchedule(const ScheduleRequest &request, const Actor &actor) const;

    /// A new appointment: booked ahead, or a contact recorded afterwards (attended or not).
    /// Refused when it breaks a rule no appointment may break (a clinician booked twice at
    /// once, or while away).
    Outcome<Appointment> addAppointment(const Appointment &appointment, const Actor &actor) const;
    /// Marks a booked appointment rescheduled and books its replacement, both or neither.
    /// Returns the replacement.
    Outcome<Appointment> moveAppointment(const AppointmentMove &move, const Actor &actor) const;
    Outcome<Appointment> setAppointmentStatus(const AppointmentStatusChange &change,
                                              const Actor &actor) const;

    /// Stores the absence and moves her booked appointments inside it (rescheduled, with a new
    /// appointment each) in one transaction; what cannot be moved stays booked and is listed.
    Outcome<AbsenceRebookResult> recordAbsenceAndRebook(const Absence &absence,
                                                        const Actor &actor) const;

    /// Records her named midwife and team (earlier records are kept as history).
    Outcome<Allocation> allocate(const Allocation &allocation, const Actor &actor) const;

    // ---- reads ----

    /// Her local team (by postcode; the Home Birth Team when her plan chooses a home birth) and
    /// its midwives ranked by capacity left, then fewest due the same month (allocation rules).
    /// Caseloads count the current allocations of booked pregnancies other than hers.
    Outcome<AllocationSuggestion> suggestAllocation(qint64 pregnancyId) const;

    /// The on-call rota of the team's home-birth midwives, and the 37–42 week windows of the
    /// women whose latest plan chooses a home birth.
    Outcome<HomeBirthRota> homeBirthRota(const RotaRequest &request) const;

    /// The continuity of carer on `asOf` of every booked woman and every woman who gave birth in
    /// the six weeks to it, with team and midwife figures (see
    /// scheduling::ContinuityReportBuilder for the measure).
    scheduling::ContinuityReport continuityReport(const QDate &asOf) const;

    /// Her named midwife and team in force; empty when none is recorded.
    std::optional<NamedCarers> namedCarers(qint64 pregnancyId) const;

    // What the team screens list.
    std::optional<Appointment> appointment(qint64 appointmentId) const;
    /// The appointments from `from` to `to`, with the names a diary shows beside them.
    QList<AppointmentListing> appointmentsBetween(const QDate &from, const QDate &to) const;
    /// Every appointment of one pregnancy, with the same names, by date.
    QList<AppointmentListing> appointmentsOf(qint64 pregnancyId) const;
    /// How many women in care each allocation in force holds (one aggregate query); a failure
    /// when they cannot be counted, never a list that looks empty.
    Outcome<QList<CaseloadCount>> caseloadCounts() const;
    /// One page of the women on a caseload (`midwifeId` 0: not yet named); a failure as above.
    Outcome<QList<CaseloadWoman>> caseload(qint64 teamId, qint64 midwifeId, int offset,
                                           int limit) const;

private:
    std::optional<Team> team(const QString &name, FieldErrors &problems) const;
    /// Everything but the contacts: clinicians, teams, sessions, and the absences and timed
    /// booked or attended appointments from `first` to `last`.
    scheduling::SchedulingInputs loadDiary(const QDate &first, const QDate &last) const;
    /// The diary for `weeks` weeks from `from`, and the contacts to place: for each booked
    /// pregnancy with a stored care plan, each planned contact of its latest version not yet
    /// covered (scheduling::contactCovered()), with her named midwife and team from her current
    /// allocation. A woman with no allocation yet has no named midwife and the team that covers
    /// her postcode (continuity and community teams only), so her local team is still tried
    /// before anyone else. Her contacts are home visits when her latest plan's chosen place of
    /// birth is home: the Home Birth Team sees her at home. With `teamId` set, only that team's
    /// women are included. A failure when a woman's latest plan cannot be read.
    Outcome<scheduling::SchedulingInputs> loadInputs(const QDate &from, int weeks,
                                                     qint64 teamId) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
