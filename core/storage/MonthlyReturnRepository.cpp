// SPDX-License-Identifier: MIT
#include "storage/MonthlyReturnRepository.h"

#include "domain/Team.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

// Plain SQL that SQLite and PostgreSQL read alike: dates are ISO text, so comparing them as
// text compares them as dates. A plan version's `saved_at` is a date and time: saved on a day
// up to `to` is saved before the day after it.
constexpr auto kActiveBetween = R"(
    SELECT p.id
      FROM pregnancy p
      JOIN woman w ON w.id = p.woman_id
     WHERE w.in_error = 0 AND p.in_error = 0
       AND (p.booking_date BETWEEN ? AND ?
            OR EXISTS (SELECT 1 FROM care_plan_version v
                        WHERE v.pregnancy_id = p.id AND v.saved_at >= ? AND v.saved_at < ?)
            OR EXISTS (SELECT 1 FROM appointment a
                        WHERE a.pregnancy_id = p.id AND a.status IN (?, ?)
                          AND a.appointment_date BETWEEN ? AND ?)
            OR EXISTS (SELECT 1 FROM birth b
                        WHERE b.pregnancy_id = p.id AND b.birth_date BETWEEN ? AND ?))
     ORDER BY p.id)";

} // namespace

MonthlyReturnRepository::MonthlyReturnRepository(const Database &database) : m_database(database) {}

QSqlDatabase MonthlyReturnRepository::db() const
{
    return m_database.connection();
}

QList<qint64> MonthlyReturnRepository::pregnanciesActiveBetween(const QDate &from, const QDate &to,
                                                                QString *error) const
{
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    const QString dayAfter = to.addDays(1).toString(Qt::ISODate);
    QList<qint64> ids;
    QSqlQuery q(db());
    if (!execute(db(), QString::fromUtf8(kActiveBetween),
                 {first, last, first, dayAfter, codes::toCode(AppointmentStatus::Attended),
                  codes::toCode(AppointmentStatus::DidNotAttend), first, last, first, last},
                 error, &q))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace bb::storage
