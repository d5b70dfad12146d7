// SPDX-License-Identifier: MIT
#include "demo/DemoHistory.h"

#include "scheduling/ClinicScheduling.h"
#include "storage/AppointmentRepository.h"
#include "util/Clock.h"

namespace bb::demo {
namespace {
constexpr int kWeeksBack = 10;
constexpr int kWeeks = 24;
} // namespace

bool storeDemoHistory(const storage::Database &database, const Clock &clock, QString *error)
{
    const QDate today = clock.today();
    FieldErrors problems;
    const auto summary =
        scheduling::ClinicScheduling(database, clock)
            .runSchedule(today.addDays(-7 * kWeeksBack), kWeeks, QString(), &problems, error);
    if (!summary) {
        if (error && error->isEmpty() && !problems.isEmpty())
            *error = problems.front().toString();
        return false;
    }
    storage::AppointmentRepository appointments(database, clock);
    for (const auto &listing :
         appointments.between(today.addDays(-7 * kWeeksBack), today.addDays(-1))) {
        Appointment past = listing.appointment;
        if (past.status != AppointmentStatus::Booked)
            continue;
        // Deterministic, so the demo is the same every time: one in ten did not attend.
        past.status =
            past.id % 10 == 3 ? AppointmentStatus::DidNotAttend : AppointmentStatus::Attended;
        if (!appointments.save(past, error))
            return false;
    }
    return true;
}

} // namespace bb::demo
