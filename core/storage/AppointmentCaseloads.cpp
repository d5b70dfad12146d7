// SPDX-License-Identifier: MIT
// AppointmentRepository's caseload queries: women in care grouped by the allocation in force,
// counted in SQL and read a page at a time, records entered in error left out (appointments and
// allocations are in AppointmentRepository.cpp).
#include "storage/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TeamRows.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

using namespace rows;

// The allocation in force for pregnancy p: latest recorded_on, then the last recorded. One
// seek in allocation_by_pregnancy per pregnancy.
constexpr auto kCaseloadCounts = R"(
    SELECT coalesce(al.team_id, 0), coalesce(al.midwife_id, 0), count(*)
      FROM pregnancy p
      JOIN woman w ON w.id = p.woman_id
      LEFT JOIN allocation al
        ON al.id = (SELECT a2.id FROM allocation a2 WHERE a2.pregnancy_id = p.id
                     ORDER BY a2.recorded_on DESC, a2.id DESC LIMIT 1)
     WHERE p.status = 'booked' AND p.in_error = 0 AND w.in_error = 0
     GROUP BY coalesce(al.team_id, 0), coalesce(al.midwife_id, 0)
     ORDER BY coalesce(al.team_id, 0), coalesce(al.midwife_id, 0))";

constexpr auto kCaseloadColumns = R"(
    SELECT w.id, p.id, w.nhs_number, w.given_name, w.family_name, w.postcode, p.booking_date,
           p.edd)";

// Her records through allocation_by_midwife; those in force for a booked pregnancy are kept.
constexpr auto kMidwifeCaseload = R"(, al.recorded_on
      FROM allocation al
      JOIN pregnancy p ON p.id = al.pregnancy_id
      JOIN woman w ON w.id = p.woman_id
     WHERE al.midwife_id = ? AND al.team_id = ? AND p.status = 'booked'
       AND p.in_error = 0 AND w.in_error = 0
       AND al.id = (SELECT a2.id FROM allocation a2 WHERE a2.pregnancy_id = al.pregnancy_id
                     ORDER BY a2.recorded_on DESC, a2.id DESC LIMIT 1)
     ORDER BY p.edd IS NOT NULL, p.edd, w.nhs_number, p.id
     LIMIT ? OFFSET ?)";

constexpr auto kWaitingCaseload = R"(, NULL
      FROM pregnancy p
      JOIN woman w ON w.id = p.woman_id
     WHERE p.status = 'booked' AND p.in_error = 0 AND w.in_error = 0
       AND NOT EXISTS (SELECT 1 FROM allocation a2 WHERE a2.pregnancy_id = p.id)
     ORDER BY w.nhs_number, p.id
     LIMIT ? OFFSET ?)";

} // namespace

QList<CaseloadCount> AppointmentRepository::caseloadCounts(QString *error) const
{
    QList<CaseloadCount> counts;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(db(), sql(kCaseloadCounts), {}, error, &q))
        return counts;
    while (q.next())
        counts.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()});
    return counts;
}

QList<CaseloadWoman> AppointmentRepository::caseload(qint64 teamId, qint64 midwifeId, int offset,
                                                     int limit, QString *error) const
{
    QList<CaseloadWoman> page;
    const bool waiting = teamId == 0 && midwifeId == 0;
    QVariantList values;
    if (!waiting)
        values << midwifeId << teamId;
    values << limit << offset;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(db(), sql(kCaseloadColumns) + sql(waiting ? kWaitingCaseload : kMidwifeCaseload),
                 values, error, &q))
        return page;
    while (q.next()) {
        CaseloadWoman entry;
        WomanInCare &w = entry.woman;
        w.womanId = q.value(0).toLongLong();
        w.pregnancyId = q.value(1).toLongLong();
        w.nhsNumber = q.value(2).toString();
        w.name = q.value(3).toString() + QLatin1Char(' ') + q.value(4).toString();
        w.postcode = q.value(5).toString();
        w.bookingDate = dateFrom(q.value(6));
        w.edd = dateFrom(q.value(7));
        entry.namedOn = dateFrom(q.value(8));
        page << entry;
    }
    return page;
}

} // namespace bb::storage
