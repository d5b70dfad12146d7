// SPDX-License-Identifier: MIT
// The continuity of carer figures, measured from what is stored.
#include "care/Scheduling.h"

#include "storage/AppointmentRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"

namespace bb::care {

scheduling::ContinuityReport Scheduling::continuityReport(const QDate &asOf) const
{
    const storage::StaffRepository staff(m_database);
    const storage::AppointmentRepository appointments(m_database);
    scheduling::ContinuityReportBuilder builder(asOf, staff.staff(), staff.teams(),
                                                staff.memberships());
    QHash<qint64, Allocation> allocations;
    for (const Allocation &a : appointments.currentAllocations())
        allocations.insert(a.pregnancyId, a);
    // One woman at a time: only her appointments are held while she is measured.
    for (const WomanInCare &w : storage::WomanRepository(m_database).inCare()) {
        const auto allocation = allocations.constFind(w.pregnancyId);
        builder.add({w.pregnancyId, w.nhsNumber, w.name, w.edd},
                    allocation != allocations.cend() ? std::optional<Allocation>(*allocation)
                                                     : std::nullopt,
                    appointments.forPregnancy(w.pregnancyId));
    }
    return builder.report();
}

} // namespace bb::care
