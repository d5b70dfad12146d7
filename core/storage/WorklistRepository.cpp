// SPDX-License-Identifier: MIT
#include "storage/WorklistRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

// Every query selects, in order: woman id, pregnancy id, NHS number, family name, given name,
// date, code, detail, appointment id, referral id, after a loss.
//
// Her caseload may be thousands of pregnancies in a generated trust: each list goes from her
// caseload straight to the few rows it wants (a result to act on, a referral, a birth) and reads
// the pregnancy and the woman only for those. CROSS JOIN keeps that order in SQLite, whose
// planner would otherwise read every pregnancy and woman of her caseload first; in standard SQL
// it is an inner join like the others, its condition in WHERE.

// The pregnancies whose allocation in force names her, through allocation_by_midwife (which
// holds the pregnancy, so the table is not read).
constexpr auto kHerCaseload = R"(
    WITH mine AS (
      SELECT al.pregnancy_id FROM allocation al
       WHERE al.midwife_id = ?
         AND al.id = (SELECT a2.id FROM allocation a2 WHERE a2.pregnancy_id = al.pregnancy_id
                       ORDER BY a2.recorded_on DESC, a2.id DESC LIMIT 1)))";

constexpr auto kContacts = R"(
    SELECT w.id, p.id, w.nhs_number, w.family_name, w.given_name, a.appointment_date, a.kind,
           coalesce(a.start_time, '') || '|' || coalesce(v.name, ''), a.id, 0, 0
      FROM appointment a
      JOIN pregnancy p ON p.id = a.pregnancy_id
      JOIN woman w ON w.id = p.woman_id
      LEFT JOIN venue v ON v.id = a.venue_id
     WHERE a.clinician_id = ? AND a.appointment_date BETWEEN ? AND ?
       AND a.status = 'booked' AND p.status <> 'loss' AND p.in_error = 0 AND w.in_error = 0
     ORDER BY a.appointment_date, a.start_time, w.family_name)";

constexpr auto kResults = R"(
    SELECT w.id, p.id, w.nhs_number, w.family_name, w.given_name, t.result_date, t.kind, t.value,
           0, 0, 0
      FROM mine
     CROSS JOIN test_result t
     CROSS JOIN pregnancy p
     CROSS JOIN woman w
     WHERE t.pregnancy_id = mine.pregnancy_id AND p.id = t.pregnancy_id AND w.id = p.woman_id
       AND t.needs_action = 1 AND t.action_taken = ''
       AND p.status <> 'loss' AND p.in_error = 0 AND w.in_error = 0
     ORDER BY t.result_date, w.family_name)";

constexpr auto kReferrals = R"(
    SELECT w.id, p.id, w.nhs_number, w.family_name, w.given_name, r.created_on, r.code, r.team,
           0, r.id, p.status = 'loss'
      FROM mine
     CROSS JOIN referral r
     CROSS JOIN pregnancy p
     CROSS JOIN woman w
     WHERE r.pregnancy_id = mine.pregnancy_id AND p.id = r.pregnancy_id AND w.id = p.woman_id
       AND r.status = 'suggested' AND r.restricted = 0 AND p.in_error = 0 AND w.in_error = 0
     ORDER BY r.created_on, r.id)";

// Through pregnancy_by_status_and_edd when the planner finds it shorter than her caseload: the
// women of the trust at 40+0 or more and not yet delivered are few.
constexpr auto kDueBy = R"(
    SELECT w.id, p.id, w.nhs_number, w.family_name, w.given_name, p.edd, '', '', 0, 0, 0
      FROM mine
      JOIN pregnancy p ON p.id = mine.pregnancy_id
      JOIN woman w ON w.id = p.woman_id
     WHERE p.status = 'booked' AND p.edd IS NOT NULL AND p.edd <= ?
       AND p.in_error = 0 AND w.in_error = 0
     ORDER BY p.edd, w.family_name)";

// Her choice as her latest plan records it, else as the booking first noted it. From her
// caseload, not from pregnancy_by_status_and_edd: three weeks of the trust's EDDs are more women
// than her caseload.
constexpr auto kHomeBirthsDueBy = R"(
    SELECT w.id, p.id, w.nhs_number, w.family_name, w.given_name, p.edd, 'home', '', 0, 0, 0
      FROM mine
     CROSS JOIN pregnancy p
      JOIN woman w ON w.id = p.woman_id
      LEFT JOIN booking b ON b.pregnancy_id = p.id
     WHERE p.id = mine.pregnancy_id
       AND p.status = 'booked' AND p.edd IS NOT NULL AND p.edd <= ?
       AND p.in_error = 0 AND w.in_error = 0
       AND coalesce((SELECT v.chosen_place_of_birth FROM care_plan_version v
                      WHERE v.pregnancy_id = p.id ORDER BY v.version DESC LIMIT 1),
                    b.place_of_birth) = 'home'
     ORDER BY p.edd, w.family_name)";

constexpr auto kBloodSpots = R"(
    SELECT w.id, p.id, w.nhs_number, w.family_name, w.given_name, bi.birth_date,
           'baby:' || ba.birth_order,
           CASE WHEN p.edd IS NULL THEN ''
                ELSE CAST(%1 + 280 AS TEXT) END,
           0, 0, 0
      FROM mine
     CROSS JOIN birth bi
     CROSS JOIN pregnancy p
     CROSS JOIN woman w
     CROSS JOIN baby ba
     WHERE bi.pregnancy_id = mine.pregnancy_id AND p.id = bi.pregnancy_id AND w.id = p.woman_id
       AND ba.birth_id = bi.id AND ba.outcome = 'live_birth' AND bi.birth_date BETWEEN ? AND ?
       AND p.status <> 'loss' AND p.in_error = 0 AND w.in_error = 0
       AND NOT EXISTS (
           SELECT 1 FROM postnatal_baby_check c
             JOIN postnatal_contact pc ON pc.id = c.postnatal_contact_id
            WHERE c.baby_id = ba.id AND c.blood_spot_taken = 1
              AND %2 >= ?)
     ORDER BY bi.birth_date, w.family_name, ba.birth_order)";

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

WorklistRepository::WorklistRepository(const Database &database) : m_database(database) {}

QSqlDatabase WorklistRepository::db() const
{
    return m_database.connection();
}

QList<WorklistItem> WorklistRepository::read(const char *query, const QVariantList &values,
                                             QString *error) const
{
    QList<WorklistItem> items;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(db(), QString::fromUtf8(query), values, error, &q))
        return items;
    while (q.next()) {
        WorklistItem item;
        item.womanId = q.value(0).toLongLong();
        item.pregnancyId = q.value(1).toLongLong();
        item.nhsNumber = q.value(2).toString();
        item.womanName =
            QStringLiteral("%1, %2").arg(q.value(3).toString().toUpper(), q.value(4).toString());
        item.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        item.code = q.value(6).toString();
        item.detail = q.value(7).toString();
        item.appointmentId = q.value(8).toLongLong();
        item.referralId = q.value(9).toLongLong();
        item.afterLoss = q.value(10).toBool();
        items << item;
    }
    return items;
}

// Each query's values in the order its placeholders appear, her caseload's first.
QList<WorklistItem> WorklistRepository::contactsOn(qint64 clinicianId, const QDate &day,
                                                   QString *error) const
{
    return read(kContacts, {clinicianId, iso(day), iso(day)}, error);
}

QList<WorklistItem> WorklistRepository::contactsNotRecorded(qint64 clinicianId, const QDate &since,
                                                            const QDate &day, QString *error) const
{
    return read(kContacts, {clinicianId, iso(since), iso(day.addDays(-1))}, error);
}

QList<WorklistItem> WorklistRepository::resultsNeedingAction(qint64 clinicianId,
                                                             QString *error) const
{
    return read((QByteArray(kHerCaseload) + kResults).constData(), {clinicianId}, error);
}

QList<WorklistItem> WorklistRepository::referralsToSend(qint64 clinicianId, QString *error) const
{
    return read((QByteArray(kHerCaseload) + kReferrals).constData(), {clinicianId}, error);
}

QList<WorklistItem> WorklistRepository::dueBy(qint64 clinicianId, const QDate &latestEdd,
                                              QString *error) const
{
    return read((QByteArray(kHerCaseload) + kDueBy).constData(), {clinicianId, iso(latestEdd)},
                error);
}

QList<WorklistItem> WorklistRepository::homeBirthsDueBy(qint64 clinicianId, const QDate &latestEdd,
                                                        QString *error) const
{
    return read((QByteArray(kHerCaseload) + kHomeBirthsDueBy).constData(),
                {clinicianId, iso(latestEdd)}, error);
}

QList<WorklistItem> WorklistRepository::bloodSpotsNotTaken(qint64 clinicianId,
                                                           const QDate &bornFrom,
                                                           const QDate &bornTo, int takenFrom,
                                                           QString *error) const
{
    const Dialect dialect = dialectOf(db());
    const QString query = QString::fromUtf8(QByteArray(kHerCaseload) + kBloodSpots)
                              .arg(dialect::daysBetween(dialect, QStringLiteral("bi.birth_date"),
                                                        QStringLiteral("p.edd")),
                                   dialect::daysBetween(dialect, QStringLiteral("pc.contact_date"),
                                                        QStringLiteral("bi.birth_date")));
    return read(query.toUtf8().constData(), {clinicianId, iso(bornFrom), iso(bornTo), takenFrom},
                error);
}

} // namespace bb::storage
