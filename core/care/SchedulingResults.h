// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"
#include "scheduling/Allocation.h"
#include "scheduling/Rota.h"
#include "scheduling/Scheduler.h"

#include <optional>

// What care::Scheduling's operations take and return, beside the domain values themselves.
namespace bb::care {

/// Book every contact still to book in `weeks` weeks from `from`.
struct ScheduleRequest
{
    QDate from;
    int weeks = 0;
    QString teamName; ///< only this team's women; empty: every team's
};

/// What one scheduling run booked and what it could not.
struct ScheduleSummary
{
    int booked = 0;
    QList<scheduling::Unplaced> unplaced;
    int contactsConsidered = 0; ///< booked + unplaced: the percentages' denominator
    double withNamedMidwifePercent = 0.0;
    double withTeamPercent = 0.0; ///< with her named midwife or another member of her team
};

/// Move a booked appointment: it is marked rescheduled with `reason`, and `replacement` booked.
struct AppointmentMove
{
    qint64 appointmentId = 0;
    /// Booked anew for the same woman; its id, status and reason are not used.
    Appointment replacement;
    QString reason;
};

/// Mark an appointment attended, did not attend or cancelled (which needs a reason).
struct AppointmentStatusChange
{
    qint64 appointmentId = 0;
    AppointmentStatus status = AppointmentStatus::Attended;
    QString reason;
};

/// The team and named midwife to offer one woman, best first, for a midwife to confirm.
struct AllocationSuggestion
{
    qint64 pregnancyId = 0;
    std::optional<scheduling::TeamInfo> team; ///< empty when no team covers her postcode
    QList<scheduling::MidwifeCandidate> candidates;
    QString reason; ///< why this team, or why none, in words
};

/// An absence stored and what became of the appointments inside it.
struct AbsenceRebookResult
{
    Absence absence; ///< as stored, with its id
    QList<scheduling::Rebooking> rebooked;
    QList<qint64> newAppointmentIds;     ///< one for each of `rebooked`, in the same order
    QList<scheduling::Unplaced> toActOn; ///< still booked with her: a person must call the woman
};

/// The on-call rota of one team for `weeks` weeks from `from`.
struct RotaRequest
{
    QString teamName;
    QDate from;
    int weeks = 0;
};

struct HomeBirthRota
{
    Team team;
    QList<scheduling::Clinician> midwives; ///< the team's members with the home-birth skill
    scheduling::RotaResult rota;
    QList<scheduling::HomeBirthWindow> women; ///< every planned home birth, earliest first
};

/// Her named midwife and team, by name, as her care plan records them (and prints them).
struct NamedCarers
{
    qint64 midwifeId = 0;
    QString midwife;
    qint64 teamId = 0;
    QString team;
    QDate since;       ///< when they were recorded: the start of the continuity measure
    QString teamPhone; ///< the team's number for the women in its care; may be empty
};

} // namespace bb::care
