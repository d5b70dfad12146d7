// SPDX-License-Identifier: MIT
// The continuity of carer figures, measured from what is stored.
#include "care/Scheduling.h"

#include "storage/AppointmentRepository.h"
#include "storage/BirthRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"

namespace bb::care {
namespace {

/// A woman who gave birth this long before `asOf` is still measured, with her birth.
constexpr int kRecentBirthDays = 42;

} // namespace

scheduling::ContinuityReport Scheduling::continuityReport(const QDate &asOf) const
{
    const storage::StaffRepository staff(m_database);
    const storage::AppointmentRepository appointments(m_database);
    scheduling::ContinuityReportBuilder builder(asOf, staff.staff(), staff.teams(),
                                                staff.memberships());
    QHash<qint64, Allocation> allocations;
    for (const Allocation &a : appointments.currentAllocations())
        allocations.insert(a.pregnancyId, a);
    const auto measure = [&](const scheduling::WomanToMeasure &w) {
        const auto allocation = allocations.constFind(w.pregnancyId);
        builder.add(w,
                    allocation != allocations.cend() ? std::optional<Allocation>(*allocation)
                                                     : std::nullopt,
                    appointments.forPregnancy(w.pregnancyId));
    };
    // One woman at a time: only her appointments are held while she is measured. The women in
    // care, and those who gave birth in the six weeks to `asOf` (or since), with who attended.
    for (const WomanInCare &w : storage::WomanRepository(m_database).inCare())
        measure({w.pregnancyId, w.nhsNumber, w.name, w.edd, std::nullopt, QDate()});
    // A birth after `asOf` (a report for an earlier day) leaves her as she was then: pregnant.
    for (const storage::BirthAttendance &b :
         storage::BirthRepository(m_database)
             .birthsBetween(asOf.addDays(-kRecentBirthDays), QDate(9999, 12, 31))) {
        const bool born = b.date <= asOf;
        measure({b.pregnancyId, b.nhsNumber, b.name, b.edd,
                 born ? std::optional<QList<qint64>>(b.attendants) : std::nullopt,
                 born ? b.date : QDate()});
    }
    return builder.report();
}

} // namespace bb::care
