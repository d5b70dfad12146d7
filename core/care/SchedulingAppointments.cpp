// SPDX-License-Identifier: MIT
// One appointment at a time: booked, moved, or marked attended, did not attend or cancelled.
#include "care/Scheduling.h"

#include "care/Audited.h"
#include "care/Writes.h"
#include "storage/AppointmentRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(SchedulingAppointments)
};

FieldErrors noAppointment(qint64 id)
{
    return {{QStringLiteral("appointment.id"), Words::tr("no appointment with id %1").arg(id)}};
}

/// Saves `a`, stamped `at`, after the checks no appointment may fail, inside the caller's
/// transaction.
Outcome<Appointment> checkedSave(const storage::AppointmentRepository &appointments, Appointment a,
                                 const QDateTime &at)
{
    if (const FieldErrors problems = appointments.problems(a); !problems.isEmpty())
        return problems;
    QString error;
    if (!appointments.save(a, at, &error))
        return Failure{error};
    return a;
}

} // namespace

Outcome<Appointment> Scheduling::addAppointment(const Appointment &appointment,
                                                const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const AuditEntry audit{
        AuditEventKind::Create, womanOfPregnancy(m_database, appointment.pregnancyId),
        QStringLiteral("appointment on %1").arg(appointment.date.toString(Qt::ISODate))};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    Appointment a = appointment;
    a.id = 0;
    a.updatedBy = recordedName(actor);
    const storage::AppointmentRepository appointments(m_database);
    // Checked inside the write: two bookings at once cannot both find the time free.
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<Appointment> {
        const auto saved = checkedSave(appointments, a, at);
        if (saved) {
            if (auto failure = appendAudit(m_database, m_clock, actor, audit))
                return *failure;
        }
        return saved;
    });
}

Outcome<Appointment> Scheduling::moveAppointment(const AppointmentMove &move,
                                                 const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const storage::AppointmentRepository appointments(m_database);
    const auto moving = appointments.byId(move.appointmentId);
    const AuditEntry audit{
        AuditEventKind::Change, moving ? womanOfPregnancy(m_database, moving->pregnancyId) : 0,
        QStringLiteral("appointment %1 moved to %2")
            .arg(move.appointmentId)
            .arg(move.replacement.date.toString(Qt::ISODate)),
        moving
            ? QJsonObject{{QStringLiteral("date"),
                           QJsonObject{{QStringLiteral("old"), moving->date.toString(Qt::ISODate)},
                                       {QStringLiteral("new"),
                                        move.replacement.date.toString(Qt::ISODate)}}}}
            : QJsonObject()};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<Appointment> {
        auto old = appointments.byId(move.appointmentId);
        if (!old)
            return noAppointment(move.appointmentId);
        if (old->status != AppointmentStatus::Booked) {
            return FieldErrors{{QStringLiteral("appointment.status"),
                                Words::tr("only a booked appointment can be moved; this "
                                          "one is %1")
                                    .arg(codes::label(old->status).toLower())}};
        }
        // The old one first: its time is free once it is rescheduled, so the same clinician can
        // move her to a slot that overlaps the old one.
        old->status = AppointmentStatus::Rescheduled;
        old->reason = move.reason;
        old->updatedBy = recordedName(actor);
        const Outcome<Appointment> rescheduled = checkedSave(appointments, *old, at);
        if (!rescheduled)
            return rescheduled;
        Appointment replacement = move.replacement;
        replacement.id = 0;
        replacement.pregnancyId = old->pregnancyId;
        replacement.status = AppointmentStatus::Booked;
        replacement.reason.clear();
        replacement.updatedBy = recordedName(actor);
        const auto saved = checkedSave(appointments, replacement, at);
        if (saved) {
            if (auto failure = appendAudit(m_database, m_clock, actor, audit))
                return *failure;
        }
        return saved;
    });
}

Outcome<Appointment> Scheduling::setAppointmentStatus(const AppointmentStatusChange &change,
                                                      const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const storage::AppointmentRepository appointments(m_database);
    const auto before = appointments.byId(change.appointmentId);
    AuditEntry audit{AuditEventKind::Change,
                     before ? womanOfPregnancy(m_database, before->pregnancyId) : 0,
                     QStringLiteral("appointment %1").arg(change.appointmentId)};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<Appointment> {
        auto a = appointments.byId(change.appointmentId);
        if (!a)
            return noAppointment(change.appointmentId);
        const QJsonObject was{{QStringLiteral("status"), codes::toCode(a->status)},
                              {QStringLiteral("reason"), a->reason}};
        a->status = change.status;
        a->reason = change.reason;
        a->updatedBy = recordedName(actor);
        const auto saved = checkedSave(appointments, *a, at);
        if (saved) {
            audit.changes =
                changedFields(was, {{QStringLiteral("status"), codes::toCode(a->status)},
                                    {QStringLiteral("reason"), a->reason}});
            if (auto failure = appendAudit(m_database, m_clock, actor, audit))
                return *failure;
        }
        return saved;
    });
}

std::optional<Appointment> Scheduling::appointment(qint64 appointmentId) const
{
    return storage::AppointmentRepository(m_database).byId(appointmentId);
}

QList<AppointmentListing> Scheduling::appointmentsBetween(const QDate &from, const QDate &to) const
{
    return storage::AppointmentRepository(m_database).between(from, to);
}

QList<AppointmentListing> Scheduling::appointmentsOf(qint64 pregnancyId) const
{
    return storage::AppointmentRepository(m_database).listingsOf(pregnancyId);
}

Outcome<QList<CaseloadCount>> Scheduling::caseloadCounts() const
{
    QString error;
    QList<CaseloadCount> counts = storage::AppointmentRepository(m_database).caseloadCounts(&error);
    if (!error.isEmpty())
        return Failure{error};
    return counts;
}

Outcome<QList<CaseloadWoman>> Scheduling::caseload(qint64 teamId, qint64 midwifeId, int offset,
                                                   int limit) const
{
    QString error;
    QList<CaseloadWoman> page = storage::AppointmentRepository(m_database)
                                    .caseload(teamId, midwifeId, offset, limit, &error);
    if (!error.isEmpty())
        return Failure{error};
    return page;
}

} // namespace bb::care
