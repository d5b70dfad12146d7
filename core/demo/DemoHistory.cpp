// SPDX-License-Identifier: MIT
#include "demo/DemoHistory.h"

#include "care/Scheduling.h"
#include "storage/AppointmentRepository.h"
#include "util/Clock.h"

namespace bb::demo {
namespace {
constexpr int kWeeksBack = 10;
constexpr int kWeeks = 24;
} // namespace

bool storeDemoHistory(const storage::Database &database, const Clock &clock, QString *error)
{
    // The demonstration is made by no person: its changes say so, as its allocations do.
    const Actor demo = Actor::named(QStringLiteral("demo"), UserRole::TeamLead);
    const care::Scheduling scheduling(database, clock);
    const QDate today = clock.today();
    const auto summary = scheduling.runSchedule({today.addDays(-7 * kWeeksBack), kWeeks, {}}, demo);
    if (!summary) {
        if (error)
            *error = summary.message();
        return false;
    }
    for (const auto &listing : storage::AppointmentRepository(database).between(
             today.addDays(-7 * kWeeksBack), today.addDays(-1))) {
        const Appointment &past = listing.appointment;
        if (past.status != AppointmentStatus::Booked)
            continue;
        // Deterministic, so the demo is the same every time: one in ten did not attend.
        const AppointmentStatus status =
            past.id % 10 == 3 ? AppointmentStatus::DidNotAttend : AppointmentStatus::Attended;
        const auto marked = scheduling.setAppointmentStatus({past.id, status, {}}, demo);
        if (!marked) {
            if (error)
                *error = marked.message();
            return false;
        }
    }
    return true;
}

} // namespace bb::demo
