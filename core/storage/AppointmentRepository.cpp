// SPDX-License-Identifier: MIT
#include "storage/AppointmentRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TeamRows.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

using namespace rows;

constexpr auto kSelectAppointment = R"(
    SELECT a.id, a.pregnancy_id, a.clinician_id, a.venue_id, a.appointment_date, a.start_time,
           a.end_time, a.kind, a.contact_week, a.status, a.reason, a.updated_by
      FROM appointment a)";
// Ordered so an untimed contact (times recorded without) follows the timed ones of its day.
constexpr auto kAppointmentOrder =
    " ORDER BY a.appointment_date, a.start_time IS NULL, a.start_time, a.clinician_id, a.id";
constexpr auto kSelectListing = R"(
    SELECT a.id, a.pregnancy_id, a.clinician_id, a.venue_id, a.appointment_date, a.start_time,
           a.end_time, a.kind, a.contact_week, a.status, a.reason, a.updated_by, s.name,
           w.nhs_number, v.name, w.family_name, w.given_name, w.id
      FROM appointment a
      JOIN staff s ON s.id = a.clinician_id
      JOIN pregnancy p ON p.id = a.pregnancy_id
      JOIN woman w ON w.id = p.woman_id
      LEFT JOIN venue v ON v.id = a.venue_id)";
constexpr auto kBetween = " WHERE a.appointment_date >= ? AND a.appointment_date <= ?";
// The lists staff see leave out women and pregnancies entered in error.
constexpr auto kListedBetween = " WHERE a.appointment_date >= ? AND a.appointment_date <= ?"
                                " AND w.in_error = 0 AND p.in_error = 0";
constexpr auto kOfPregnancy = " WHERE a.pregnancy_id = ?";
constexpr auto kInsertAppointment = R"(
    INSERT INTO appointment (pregnancy_id, clinician_id, venue_id, appointment_date, start_time,
                             end_time, kind, contact_week, status, reason, updated_at,
                             updated_by)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kUpdateAppointment = R"(
    UPDATE appointment SET pregnancy_id = ?, clinician_id = ?, venue_id = ?, appointment_date = ?,
                           start_time = ?, end_time = ?, kind = ?, contact_week = ?, status = ?,
                           reason = ?, updated_at = ?, updated_by = ?
     WHERE id = ?)";
// Two appointments overlap when each starts before the other ends (HH:MM text compares as
// time). Only the statuses that hold the clinician's time are bound in.
constexpr auto kOverlapping = R"(
    SELECT start_time, end_time FROM appointment
     WHERE clinician_id = ? AND appointment_date = ? AND id <> ? AND status IN (?, ?)
       AND start_time IS NOT NULL AND start_time < ? AND end_time > ?
     ORDER BY start_time)";
constexpr auto kAbsenceOn = R"(
    SELECT reason, date_from, date_to FROM absence
     WHERE staff_id = ? AND date_from <= ? AND date_to >= ? ORDER BY date_from)";
constexpr auto kPregnancyExists = "SELECT 1 FROM pregnancy WHERE id = ?";
constexpr auto kVenueExists = "SELECT 1 FROM venue WHERE id = ?";
constexpr auto kStaffName = "SELECT name, role FROM staff WHERE id = ?";
constexpr auto kTeamName = "SELECT name FROM team WHERE id = ?";
constexpr auto kMember = "SELECT 1 FROM team_member WHERE team_id = ? AND staff_id = ?";

constexpr auto kSelectAllocation = R"(
    SELECT id, pregnancy_id, midwife_id, team_id, recorded_on, recorded_by FROM allocation al)";
// Latest recorded_on wins; of two on one day, the one recorded last. LIMIT is portable.
constexpr auto kInForce = R"(
     WHERE al.id = (SELECT a2.id FROM allocation a2 WHERE a2.pregnancy_id = al.pregnancy_id
                     ORDER BY a2.recorded_on DESC, a2.id DESC LIMIT 1))";
constexpr auto kInsertAllocation = R"(
    INSERT INTO allocation (pregnancy_id, midwife_id, team_id, recorded_on, recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?))";

Appointment appointmentFrom(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.pregnancyId = q.value(1).toLongLong();
    a.clinicianId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        a.venueId = q.value(3).toLongLong();
    a.date = dateFrom(q.value(4));
    a.start = timeFrom(q.value(5));
    a.end = timeFrom(q.value(6));
    a.kind = codes::appointmentKindFromCode(q.value(7).toString())
                 .value_or(AppointmentKind::AntenatalContact);
    if (!q.value(8).isNull())
        a.contactWeek = q.value(8).toInt();
    a.status =
        codes::appointmentStatusFromCode(q.value(9).toString()).value_or(AppointmentStatus::Booked);
    a.reason = q.value(10).toString();
    a.updatedBy = q.value(11).toString();
    return a;
}

/// "an obstetrician", "a health visitor": the role as a sentence names it.
QString roleInWords(StaffRole role)
{
    const QString word = codes::label(role).toLower();
    const bool vowel = QStringLiteral("aeiou").contains(word.left(1));
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + word;
}

} // namespace

AppointmentRepository::AppointmentRepository(const Database &database) : m_database(database) {}

QSqlDatabase AppointmentRepository::db() const
{
    return m_database.connection();
}

bool AppointmentRepository::write(QString *error, const std::function<bool()> &work) const
{
    return runWrite(db(), error, work);
}

// ---- appointments ----

QList<Appointment> AppointmentRepository::appointmentsWhere(const QString &condition,
                                                            const QVariantList &values) const
{
    QList<Appointment> list;
    QSqlQuery q(db());
    if (execute(db(), sql(kSelectAppointment) + condition + sql(kAppointmentOrder), values, nullptr,
                &q)) {
        while (q.next())
            list << appointmentFrom(q);
    }
    return list;
}

std::optional<Appointment> AppointmentRepository::byId(qint64 id) const
{
    const auto found = appointmentsWhere(QStringLiteral(" WHERE a.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Appointment>(found.front());
}

QList<Appointment> AppointmentRepository::forPregnancy(qint64 pregnancyId) const
{
    return appointmentsWhere(QStringLiteral(" WHERE a.pregnancy_id = ?"), {pregnancyId});
}

QList<Appointment> AppointmentRepository::forClinician(qint64 clinicianId, const QDate &from,
                                                       const QDate &to) const
{
    return appointmentsWhere(
        QStringLiteral(
            " WHERE a.clinician_id = ? AND a.appointment_date >= ? AND a.appointment_date <= ?"),
        {clinicianId, isoDate(from), isoDate(to)});
}

QList<AppointmentListing> AppointmentRepository::listingsWhere(const char *condition,
                                                               const QVariantList &values) const
{
    QList<AppointmentListing> list;
    QSqlQuery q(db());
    if (execute(db(), sql(kSelectListing) + sql(condition) + sql(kAppointmentOrder), values,
                nullptr, &q)) {
        while (q.next())
            list.append({appointmentFrom(q), q.value(12).toString(), q.value(13).toString(),
                         q.value(14).toString(),
                         QStringLiteral("%1, %2").arg(q.value(15).toString().toUpper(),
                                                      q.value(16).toString()),
                         q.value(17).toLongLong()});
    }
    return list;
}

QList<AppointmentListing> AppointmentRepository::between(const QDate &from, const QDate &to) const
{
    return listingsWhere(kListedBetween, {isoDate(from), isoDate(to)});
}

QList<AppointmentListing> AppointmentRepository::diaryBetween(const QDate &from,
                                                              const QDate &to) const
{
    return listingsWhere(kBetween, {isoDate(from), isoDate(to)});
}

QList<AppointmentListing> AppointmentRepository::listingsOf(qint64 pregnancyId) const
{
    return listingsWhere(kOfPregnancy, {pregnancyId});
}

FieldErrors AppointmentRepository::problems(const Appointment &a) const
{
    FieldErrors errors = validate(a);
    if (a.updatedBy.trimmed().isEmpty())
        errors.append({QStringLiteral("appointment.updated_by"),
                       QStringLiteral("is required: every change records who made it")});
    if (!errors.isEmpty())
        return errors;
    if (!exists(db(), kPregnancyExists, {a.pregnancyId}))
        errors.append({QStringLiteral("appointment.pregnancy_id"),
                       QStringLiteral("no pregnancy with id %1").arg(a.pregnancyId)});
    if (a.venueId && !exists(db(), kVenueExists, {*a.venueId}))
        errors.append({QStringLiteral("appointment.venue_id"),
                       QStringLiteral("no venue with id %1").arg(*a.venueId)});
    QSqlQuery staff(db());
    if (!execute(db(), sql(kStaffName), {a.clinicianId}, nullptr, &staff) || !staff.next()) {
        errors.append({QStringLiteral("appointment.clinician_id"),
                       QStringLiteral("no staff member with id %1").arg(a.clinicianId)});
        return errors;
    }
    const QString name = staff.value(0).toString();
    const QString day = isoDate(a.date);
    QSqlQuery away(db());
    if (a.needsClinician() &&
        execute(db(), sql(kAbsenceOn), {a.clinicianId, day, day}, nullptr, &away) && away.next()) {
        const QString reason = codes::label(
            codes::absenceReasonFromCode(away.value(0).toString()).value_or(AbsenceReason::Leave));
        errors.append({QStringLiteral("appointment.clinician_id"),
                       QStringLiteral("%1 is away on %2 (%3 from %4 to %5)")
                           .arg(name, day, reason.toLower(), away.value(1).toString(),
                                away.value(2).toString())});
    }
    QSqlQuery overlap(db());
    if (a.holdsTime() && a.isTimed() &&
        execute(db(), sql(kOverlapping),
                {a.clinicianId, day, a.id, codes::toCode(AppointmentStatus::Booked),
                 codes::toCode(AppointmentStatus::Attended), hhmm(a.end), hhmm(a.start)},
                nullptr, &overlap) &&
        overlap.next()) {
        errors.append(
            {QStringLiteral("appointment.start"),
             QStringLiteral("%1 already has an appointment from %2 to %3 on %4")
                 .arg(name, overlap.value(0).toString(), overlap.value(1).toString(), day)});
    }
    return errors;
}

bool AppointmentRepository::insertOrUpdate(Appointment &a, const QDateTime &at,
                                           QString *error) const
{
    const FieldErrors errors = problems(a);
    if (!errors.isEmpty())
        return refuse(errors, error);
    QVariantList values{a.pregnancyId,
                        a.clinicianId,
                        a.venueId ? QVariant(*a.venueId) : QVariant(),
                        isoDate(a.date),
                        timeOrNull(a.start),
                        timeOrNull(a.end),
                        codes::toCode(a.kind),
                        a.contactWeek ? QVariant(*a.contactWeek) : QVariant(),
                        codes::toCode(a.status),
                        text(a.reason),
                        at.toString(Qt::ISODate),
                        a.updatedBy.trimmed()};
    if (a.id == 0)
        return insertRow(db(), sql(kInsertAppointment), values, &a.id, error);
    values << a.id;
    QSqlQuery q(db());
    if (!execute(db(), sql(kUpdateAppointment), values, error, &q))
        return false;
    return q.numRowsAffected() == 1 ||
           fail(error, QStringLiteral("appointment.id: no appointment with id %1").arg(a.id));
}

bool AppointmentRepository::save(Appointment &appointment, const QDateTime &at,
                                 QString *error) const
{
    Appointment written = appointment;
    if (!write(error, [&] { return insertOrUpdate(written, at, error); }))
        return false;
    appointment = written;
    return true;
}

bool AppointmentRepository::reschedule(qint64 oldId, Appointment &replacement,
                                       const QString &reason, const QDateTime &at,
                                       QString *error) const
{
    Appointment written = replacement;
    written.id = 0;
    if (!write(error, [&] {
            auto old = byId(oldId);
            if (!old)
                return fail(error,
                            QStringLiteral("appointment.id: no appointment with id %1").arg(oldId));
            if (old->status != AppointmentStatus::Booked) {
                return fail(error,
                            QStringLiteral("appointment.status: only a booked appointment can be "
                                           "rescheduled; this one is %1")
                                .arg(codes::label(old->status).toLower()));
            }
            // The old one first: its time is free once it is rescheduled, so the same clinician
            // can move her to a slot that overlaps the old one. Whoever moves it changes both.
            old->status = AppointmentStatus::Rescheduled;
            old->reason = reason;
            old->updatedBy = written.updatedBy;
            return insertOrUpdate(*old, at, error) && insertOrUpdate(written, at, error);
        }))
        return false;
    replacement = written;
    return true;
}

// ---- allocation ----

QList<Allocation> AppointmentRepository::allocationsWhere(const QString &condition,
                                                          const QVariantList &values) const
{
    QList<Allocation> list;
    QSqlQuery q(db());
    if (execute(db(), sql(kSelectAllocation) + condition, values, nullptr, &q)) {
        while (q.next()) {
            list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toLongLong(), dateFrom(q.value(4)), q.value(5).toString()});
        }
    }
    return list;
}

FieldErrors AppointmentRepository::problems(const Allocation &a) const
{
    FieldErrors errors;
    if (!a.recordedOn.isValid())
        errors.append({QStringLiteral("allocation.recorded_on"), QStringLiteral("is required")});
    if (a.recordedBy.trimmed().isEmpty())
        errors.append({QStringLiteral("allocation.recorded_by"),
                       QStringLiteral("is required: every record says who made it")});
    if (!exists(db(), kPregnancyExists, {a.pregnancyId}))
        errors.append({QStringLiteral("allocation.pregnancy_id"),
                       QStringLiteral("no pregnancy with id %1").arg(a.pregnancyId)});
    QSqlQuery team(db());
    const bool teamFound = execute(db(), sql(kTeamName), {a.teamId}, nullptr, &team) && team.next();
    if (!teamFound)
        errors.append({QStringLiteral("allocation.team_id"),
                       QStringLiteral("no team with id %1").arg(a.teamId)});
    QSqlQuery staff(db());
    if (!execute(db(), sql(kStaffName), {a.midwifeId}, nullptr, &staff) || !staff.next()) {
        errors.append({QStringLiteral("allocation.midwife_id"),
                       QStringLiteral("no staff member with id %1").arg(a.midwifeId)});
        return errors;
    }
    const QString name = staff.value(0).toString();
    Staff person;
    person.role = codes::staffRoleFromCode(staff.value(1).toString()).value_or(StaffRole::Midwife);
    if (!person.isMidwife()) {
        errors.append(
            {QStringLiteral("allocation.midwife_id"),
             QStringLiteral("%1 is %2, not a midwife").arg(name, roleInWords(person.role))});
    } else if (teamFound && !exists(db(), kMember, {a.teamId, a.midwifeId})) {
        errors.append(
            {QStringLiteral("allocation.midwife_id"),
             QStringLiteral("%1 is not a member of %2").arg(name, team.value(0).toString())});
    }
    return errors;
}

bool AppointmentRepository::recordAllocation(Allocation &allocation, const QDateTime &at,
                                             QString *error) const
{
    Allocation written = allocation;
    written.recordedBy = written.recordedBy.trimmed();
    if (!write(error, [&] {
            const FieldErrors errors = problems(written);
            if (!errors.isEmpty())
                return refuse(errors, error);
            if (!insertRow(db(), sql(kInsertAllocation),
                           {written.pregnancyId, written.midwifeId, written.teamId,
                            isoDate(written.recordedOn), written.recordedBy,
                            at.toString(Qt::ISODate)},
                           &written.id, error))
                return false;
            return true;
        }))
        return false;
    allocation = written;
    return true;
}

std::optional<Allocation> AppointmentRepository::currentAllocation(qint64 pregnancyId) const
{
    const auto found =
        allocationsWhere(sql(kInForce) + QStringLiteral(" AND al.pregnancy_id = ?"), {pregnancyId});
    return found.isEmpty() ? std::nullopt : std::optional<Allocation>(found.front());
}

QList<Allocation> AppointmentRepository::allocationHistory(qint64 pregnancyId) const
{
    return allocationsWhere(
        QStringLiteral(" WHERE al.pregnancy_id = ? ORDER BY al.recorded_on, al.id"), {pregnancyId});
}

QList<Allocation> AppointmentRepository::currentAllocations() const
{
    return allocationsWhere(sql(kInForce) + QStringLiteral(" ORDER BY al.pregnancy_id"), {});
}

} // namespace bb::storage
