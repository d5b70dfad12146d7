// SPDX-License-Identifier: MIT
// StaffRepository's venues, weekly clinic sessions and absences (the staff and teams are in
// StaffRepository.cpp).
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"
#include "storage/TeamRows.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

using namespace rows;

constexpr auto kSelectVenue = "SELECT id, name, kind, address FROM venue";
constexpr auto kInsertVenue = "INSERT INTO venue (name, kind, address) VALUES (?, ?, ?)";
constexpr auto kUpdateVenue = "UPDATE venue SET name = ?, kind = ?, address = ? WHERE id = ?";

constexpr auto kSelectSession = R"(
    SELECT id, venue_id, staff_id, day_of_week, start_time, end_time, slot_minutes FROM clinic_session)";
constexpr auto kInsertSession = R"(
    INSERT INTO clinic_session (venue_id, staff_id, day_of_week, start_time, end_time, slot_minutes)
    VALUES (?, ?, ?, ?, ?, ?))";
constexpr auto kUpdateSession = R"(
    UPDATE clinic_session SET venue_id = ?, staff_id = ?, day_of_week = ?, start_time = ?,
                              end_time = ?, slot_minutes = ?
     WHERE id = ?)";
constexpr auto kDeleteSession = "DELETE FROM clinic_session WHERE id = ?";
// Two sessions overlap when each starts before the other ends (HH:MM text compares as time).
constexpr auto kOverlappingSession = R"(
    SELECT start_time, end_time FROM clinic_session
     WHERE staff_id = ? AND day_of_week = ? AND id <> ? AND start_time < ? AND end_time > ?)";
constexpr auto kStaffExists = "SELECT 1 FROM staff WHERE id = ?";
constexpr auto kVenueExists = "SELECT 1 FROM venue WHERE id = ?";

constexpr auto kSelectAbsence = "SELECT id, staff_id, date_from, date_to, reason FROM absence";
constexpr auto kInsertAbsence = R"(
    INSERT INTO absence (staff_id, date_from, date_to, reason, recorded_at) VALUES (?, ?, ?, ?, ?))";
constexpr auto kDeleteAbsence = "DELETE FROM absence WHERE id = ?";

} // namespace

// ---- venues ----

QList<Venue> StaffRepository::venues() const
{
    QList<Venue> list;
    QSqlQuery q(db());
    if (execute(db(), sql(kSelectVenue) + QStringLiteral(" ORDER BY id"), {}, nullptr, &q)) {
        while (q.next()) {
            list.append({q.value(0).toLongLong(), q.value(1).toString(),
                         codes::venueKindFromCode(q.value(2).toString())
                             .value_or(VenueKind::ChildrensCentre),
                         q.value(3).toString()});
        }
    }
    return list;
}

std::optional<Venue> StaffRepository::venueById(qint64 id) const
{
    for (const Venue &venue : venues()) {
        if (venue.id == id)
            return venue;
    }
    return std::nullopt;
}

bool StaffRepository::saveVenue(Venue &venue, QString *error) const
{
    const FieldErrors errors = validate(venue);
    if (!errors.isEmpty())
        return refuse(errors, error);
    Venue written = venue;
    if (!write(error, [&] {
            return upsert(db(), written.id, kInsertVenue, kUpdateVenue,
                          {written.name, codes::toCode(written.kind), text(written.address)},
                          QStringLiteral("venue"), error);
        }))
        return false;
    venue = written;
    return true;
}

// ---- clinic sessions ----

QList<ClinicSession> StaffRepository::sessionsWhere(const QString &condition,
                                                    const QVariantList &values) const
{
    QList<ClinicSession> list;
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectSession) + condition, values, nullptr, &q))
        return list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toInt(), timeFrom(q.value(4)), timeFrom(q.value(5)),
                     q.value(6).toInt()});
    }
    return list;
}

QList<ClinicSession> StaffRepository::sessions() const
{
    return sessionsWhere(QStringLiteral(" ORDER BY day_of_week, start_time, staff_id, id"), {});
}

QList<ClinicSession> StaffRepository::sessionsOf(qint64 staffId) const
{
    return sessionsWhere(QStringLiteral(" WHERE staff_id = ? ORDER BY day_of_week, start_time, id"),
                         {staffId});
}

bool StaffRepository::checkSession(const ClinicSession &s, QString *error) const
{
    FieldErrors errors = validate(s);
    if (errors.isEmpty()) {
        if (!exists(db(), kVenueExists, {s.venueId}))
            errors.append({QStringLiteral("session.venue_id"),
                           QStringLiteral("no venue with id %1").arg(s.venueId)});
        if (!exists(db(), kStaffExists, {s.staffId}))
            errors.append({QStringLiteral("session.staff_id"),
                           QStringLiteral("no staff member with id %1").arg(s.staffId)});
        QSqlQuery q(db());
        if (execute(db(), sql(kOverlappingSession),
                    {s.staffId, s.dayOfWeek, s.id, hhmm(s.end), hhmm(s.start)}, nullptr, &q) &&
            q.next()) {
            errors.append({QStringLiteral("session.start"),
                           QStringLiteral("overlaps her session from %1 to %2 on the same day")
                               .arg(q.value(0).toString(), q.value(1).toString())});
        }
    }
    return errors.isEmpty() || refuse(errors, error);
}

bool StaffRepository::saveSession(ClinicSession &session, QString *error) const
{
    ClinicSession written = session;
    // Checked inside the write, so two saves at once cannot both pass the overlap check.
    if (!write(error, [&] {
            return checkSession(written, error) &&
                   upsert(db(), written.id, kInsertSession, kUpdateSession,
                          {written.venueId, written.staffId, written.dayOfWeek, hhmm(written.start),
                           hhmm(written.end), written.slotMinutes},
                          QStringLiteral("clinic session"), error);
        }))
        return false;
    session = written;
    return true;
}

bool StaffRepository::removeSession(qint64 id, QString *error) const
{
    return write(error, [&] { return execute(db(), sql(kDeleteSession), {id}, error); });
}

// ---- absences ----

QList<Absence> StaffRepository::absencesWhere(const QString &condition,
                                              const QVariantList &values) const
{
    QList<Absence> list;
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectAbsence) + condition, values, nullptr, &q))
        return list;
    while (q.next()) {
        list.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), dateFrom(q.value(2)),
             dateFrom(q.value(3)),
             codes::absenceReasonFromCode(q.value(4).toString()).value_or(AbsenceReason::Leave)});
    }
    return list;
}

bool StaffRepository::saveAbsence(Absence &absence, const QDateTime &at, QString *error) const
{
    FieldErrors errors = validate(absence);
    if (absence.id != 0)
        errors.append(
            {QStringLiteral("absence.id"),
             QStringLiteral("an absence is recorded once; remove it and record it again")});
    if (!errors.isEmpty())
        return refuse(errors, error);
    Absence written = absence;
    if (!write(error, [&] {
            if (!exists(db(), kStaffExists, {written.staffId}))
                return fail(error, QStringLiteral("absence.staff_id: no staff member with id %1")
                                       .arg(written.staffId));
            if (!insertRow(db(), sql(kInsertAbsence),
                           {written.staffId, isoDate(written.from), isoDate(written.to),
                            codes::toCode(written.reason), at.toString(Qt::ISODate)},
                           &written.id, error))
                return false;
            return true;
        }))
        return false;
    absence = written;
    return true;
}

bool StaffRepository::removeAbsence(qint64 id, QString *error) const
{
    return write(error, [&] { return execute(db(), sql(kDeleteAbsence), {id}, error); });
}

QList<Absence> StaffRepository::absences(qint64 staffId) const
{
    return absencesWhere(QStringLiteral(" WHERE staff_id = ? ORDER BY date_from, id"), {staffId});
}

QList<Absence> StaffRepository::absencesBetween(const QDate &from, const QDate &to) const
{
    return absencesWhere(
        QStringLiteral(" WHERE date_from <= ? AND date_to >= ? ORDER BY date_from, staff_id, id"),
        {isoDate(to), isoDate(from)});
}

std::optional<Absence> StaffRepository::absenceOn(qint64 staffId, const QDate &date) const
{
    const auto found = absencesWhere(
        QStringLiteral(
            " WHERE staff_id = ? AND date_from <= ? AND date_to >= ? ORDER BY date_from, id"),
        {staffId, isoDate(date), isoDate(date)});
    return found.isEmpty() ? std::nullopt : std::optional<Absence>(found.front());
}

} // namespace bb::storage
