// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"
#include "domain/Team.h"
#include "scheduling/Allocation.h"
#include "scheduling/ContinuityReport.h"
#include "scheduling/Rota.h"
#include "scheduling/Scheduler.h"

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::scheduling {

/// What one scheduling run booked and what it could not.
struct ScheduleSummary
{
    int booked = 0;
    QList<Unplaced> unplaced;
    int contactsConsidered = 0; ///< booked + unplaced: the percentages' denominator
    double withNamedMidwifePercent = 0.0;
    double withTeamPercent = 0.0; ///< with her named midwife or another member of her team
};

/// The team and named midwife to offer one woman, best first, for a midwife to confirm.
struct AllocationSuggestion
{
    qint64 pregnancyId = 0;
    std::optional<TeamInfo> team; ///< empty when no team covers her postcode
    QList<MidwifeCandidate> candidates;
    QString reason; ///< why this team, or why none, in words
};

/// An absence stored and what became of the appointments inside it.
struct AbsenceRebookResult
{
    bb::Absence absence; ///< as stored, with its id
    QList<Rebooking> rebooked;
    QList<qint64> newAppointmentIds; ///< one for each of `rebooked`, in the same order
    QList<Unplaced> toActOn;         ///< still booked with her: a person must call the woman
};

struct HomeBirthRota
{
    Team team;
    QList<Clinician> midwives; ///< the team's members with the home-birth skill, by id
    RotaResult rota;
    QList<HomeBirthWindow> women; ///< every woman planning a home birth, earliest window first
};

/// The glue between storage and the scheduling rules: loads what they need through the
/// repositories, runs them, and writes their results back, each write in one transaction.
/// A refused request returns its problems as field errors (`schedule.team: no team named
/// 'X'`), changing nothing; a failed write sets `error`.
class ClinicScheduling
{
public:
    ClinicScheduling(const storage::Database &database, const Clock &clock);

    /// Books every contact still to book in `weeks` weeks from `from` (one team's women when
    /// `teamName` is given) as antenatal contacts with their contact week, in one transaction.
    /// Contacts already booked or attended are skipped, so a rerun books nothing twice.
    std::optional<ScheduleSummary> runSchedule(const QDate &from, int weeks,
                                               const QString &teamName, FieldErrors *problems,
                                               QString *error) const;

    /// Her local team (by postcode; the Home Birth Team when her plan chooses a home birth) and
    /// its midwives ranked by capacity left, then fewest due the same month (allocation rules).
    /// Caseloads count the current allocations of booked pregnancies other than hers.
    std::optional<AllocationSuggestion> suggestAllocation(qint64 pregnancyId,
                                                          FieldErrors *problems) const;

    /// Stores the absence and moves her booked appointments inside it (rescheduled, with a new
    /// appointment each) in one transaction; what cannot be moved stays booked and is listed.
    std::optional<AbsenceRebookResult>
    recordAbsenceAndRebook(const bb::Absence &absence, FieldErrors *problems, QString *error) const;

    /// The on-call rota of the named team's home-birth midwives for `weeks` weeks from `from`,
    /// and the 37–42 week windows of the women whose latest plan chooses a home birth.
    std::optional<HomeBirthRota> homeBirthRota(const QString &teamName, const QDate &from,
                                               int weeks, FieldErrors *problems) const;

    /// Every booked woman's continuity of carer on `asOf`, with team and midwife figures
    /// (see continuityReport() in ContinuityReport.h).
    ContinuityReport continuityReport(const QDate &asOf) const;

private:
    std::optional<Team> team(const QString &name, FieldErrors *problems) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

/// Checks of a period shared by the commands: a valid start and at least one week.
FieldErrors periodProblems(const QDate &from, int weeks);

/// Her named midwife and team, by name, as her care plan records them (and prints them).
struct NamedCarers
{
    qint64 midwifeId = 0;
    QString midwife;
    qint64 teamId = 0;
    QString team;
    QDate since; ///< when they were recorded: the start of the continuity measure
};
std::optional<NamedCarers> namedCarers(const storage::Database &database, const Clock &clock,
                                       qint64 pregnancyId);

} // namespace bb::scheduling
