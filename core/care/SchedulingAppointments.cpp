// SPDX-License-Identifier: MIT
// One appointment at a time: booked, moved, or marked attended, did not attend or cancelled.
#include "care/Scheduling.h"

#include "care/Writes.h"
#include "storage/AppointmentRepository.h"

namespace bb::care {
namespace {

FieldErrors noAppointment(qint64 id)
{
    return {
        {QStringLiteral("appointment.id"), QStringLiteral("no appointment with id %1").arg(id)}};
}

/// Saves `a` after the checks no appointment may fail, inside the caller's transaction.
Outcome<Appointment> checkedSave(const storage::AppointmentRepository &appointments, Appointment a)
{
    if (const FieldErrors problems = appointments.problems(a); !problems.isEmpty())
        return problems;
    QString error;
    if (!appointments.save(a, &error))
        return Failure{error};
    return a;
}

} // namespace

Outcome<Appointment> Scheduling::addAppointment(const Appointment &appointment,
                                                const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    Appointment a = appointment;
    a.id = 0;
    a.updatedBy = recordedName(actor);
    const storage::AppointmentRepository appointments(m_database, m_clock);
    // Checked inside the write: two bookings at once cannot both find the time free.
    return inOneTransaction(m_database, [&] { return checkedSave(appointments, a); });
}

Outcome<Appointment> Scheduling::moveAppointment(const AppointmentMove &move,
                                                 const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const storage::AppointmentRepository appointments(m_database, m_clock);
    return inOneTransaction(m_database, [&]() -> Outcome<Appointment> {
        auto old = appointments.byId(move.appointmentId);
        if (!old)
            return noAppointment(move.appointmentId);
        if (old->status != AppointmentStatus::Booked) {
            return FieldErrors{{QStringLiteral("appointment.status"),
                                QStringLiteral("only a booked appointment can be moved; this "
                                               "one is %1")
                                    .arg(codes::label(old->status).toLower())}};
        }
        // The old one first: its time is free once it is rescheduled, so the same clinician can
        // move her to a slot that overlaps the old one.
        old->status = AppointmentStatus::Rescheduled;
        old->reason = move.reason;
        old->updatedBy = recordedName(actor);
        const Outcome<Appointment> rescheduled = checkedSave(appointments, *old);
        if (!rescheduled)
            return rescheduled;
        Appointment replacement = move.replacement;
        replacement.id = 0;
        replacement.pregnancyId = old->pregnancyId;
        replacement.status = AppointmentStatus::Booked;
        replacement.reason.clear();
        replacement.updatedBy = recordedName(actor);
        return checkedSave(appointments, replacement);
    });
}

Outcome<Appointment> Scheduling::setAppointmentStatus(const AppointmentStatusChange &change,
                                                      const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const storage::AppointmentRepository appointments(m_database, m_clock);
    return inOneTransaction(m_database, [&]() -> Outcome<Appointment> {
        auto a = appointments.byId(change.appointmentId);
        if (!a)
            return noAppointment(change.appointmentId);
        a->status = change.status;
        a->reason = change.reason;
        a->updatedBy = recordedName(actor);
        return checkedSave(appointments, *a);
    });
}

std::optional<Appointment> Scheduling::appointment(qint64 appointmentId) const
{
    return storage::AppointmentRepository(m_database, m_clock).byId(appointmentId);
}

QList<AppointmentListing> Scheduling::appointmentsBetween(const QDate &from, const QDate &to) const
{
    return storage::AppointmentRepository(m_database, m_clock).between(from, to);
}

QList<CaseloadCount> Scheduling::caseloadCounts() const
{
    return storage::AppointmentRepository(m_database, m_clock).caseloadCounts();
}

QList<CaseloadWoman> Scheduling::caseload(qint64 teamId, qint64 midwifeId, int offset,
                                          int limit) const
{
    return storage::AppointmentRepository(m_database, m_clock)
        .caseload(teamId, midwifeId, offset, limit);
}

} // namespace bb::care
