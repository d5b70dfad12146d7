// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Listings.h"
#include "domain/Team.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for appointments and for the named-midwife allocation of each pregnancy.
///
/// Every change records who made it (`Appointment::updatedBy`, `Allocation::recordedBy`), as
/// the caller gives it: a change without one is refused, and no name is ever looked up here.
///
/// The rules no appointment may break are checked inside the same write transaction that
/// stores it (so two saves at once cannot both pass): a clinician is never booked for two
/// appointments at once, and never booked while away. Failures name the field
/// (`appointment.clinician_id: ...`), one line per problem, and change nothing.
class AppointmentRepository
{
public:
    explicit AppointmentRepository(const Database &database);

    std::optional<Appointment> byId(qint64 id) const;
    /// Her appointments in this pregnancy, by date and time.
    QList<Appointment> forPregnancy(qint64 pregnancyId) const;
    /// A clinician's appointments from `from` to `to` (both included), by date and time.
    QList<Appointment> forClinician(qint64 clinicianId, const QDate &from, const QDate &to) const;
    /// Everyone's appointments from `from` to `to`, by date, start time (untimed last) and
    /// clinician, leaving out those of women or pregnancies entered in error: the lists staff
    /// see.
    QList<AppointmentListing> between(const QDate &from, const QDate &to) const;
    /// The same with every appointment, entered in error or not: what holds a clinician's time
    /// until it is cancelled.
    QList<AppointmentListing> diaryBetween(const QDate &from, const QDate &to) const;
    /// Every appointment of one pregnancy, whatever its status, in the same order.
    QList<AppointmentListing> listingsOf(qint64 pregnancyId) const;

    /// Why `appointment` cannot be saved as it stands: its own values, then what the database
    /// says (unknown pregnancy, clinician or venue; an overlap; the clinician away that day).
    FieldErrors problems(const Appointment &appointment) const;
    /// Inserts (id 0) or updates it, stamped `at`, after problems() inside the transaction.
    bool save(Appointment &appointment, const QDateTime &at, QString *error) const;
    /// Marks the booked appointment `oldId` rescheduled, with its reason, and books
    /// `replacement`, in one transaction: both happen, or neither. Both record the
    /// replacement's `updatedBy`.
    bool reschedule(qint64 oldId, Appointment &replacement, const QString &reason,
                    const QDateTime &at, QString *error) const;

    /// Why `allocation` cannot be recorded: unknown pregnancy or team; the named person is not
    /// a midwife or not a member of that team; no date; nobody recording it.
    FieldErrors problems(const Allocation &allocation) const;
    /// Adds a record (earlier ones are kept as history), after problems() inside the transaction.
    bool recordAllocation(Allocation &allocation, const QDateTime &at, QString *error) const;
    /// The record in force: the latest `recordedOn`, the last recorded on that day.
    std::optional<Allocation> currentAllocation(qint64 pregnancyId) const;
    /// Every record for the pregnancy, the one in force last.
    QList<Allocation> allocationHistory(qint64 pregnancyId) const;
    /// The record in force for every pregnancy that has one, by pregnancy.
    QList<Allocation> currentAllocations() const;

    /// Booked pregnancies counted by the team and named midwife of the record in force, by
    /// team then midwife; those without a record come first, as team 0 and midwife 0. One
    /// aggregate query, so a caseload list can say how many without reading them all. Empty,
    /// with `error` set, when the query fails.
    QList<CaseloadCount> caseloadCounts(QString *error = nullptr) const;
    /// A page of the booked pregnancies whose record in force names `midwifeId` in `teamId`, by
    /// EDD (undated first), then NHS number and pregnancy; with team and midwife 0, a page of
    /// those with no record, by NHS number and pregnancy. `offset` rows are skipped. Women and
    /// pregnancies entered in error are neither counted nor listed. Empty, with `error` set,
    /// when the query fails.
    QList<CaseloadWoman> caseload(qint64 teamId, qint64 midwifeId, int offset, int limit,
                                  QString *error = nullptr) const;

private:
    QSqlDatabase db() const;
    bool write(QString *error, const std::function<bool()> &work) const;
    bool insertOrUpdate(Appointment &appointment, const QDateTime &at, QString *error) const;
    QList<Appointment> appointmentsWhere(const QString &condition,
                                         const QVariantList &values) const;
    QList<AppointmentListing> listingsWhere(const char *condition,
                                            const QVariantList &values) const;
    QList<Allocation> allocationsWhere(const QString &condition, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace bb::storage
