// SPDX-License-Identifier: MIT
#include "care/Births.h"

#include "care/Audited.h"
#include "care/Writes.h"
#include "clinical/BookingFacts.h"
#include "clinical/Dating.h"
#include "domain/Codes.h"
#include "storage/AppointmentRepository.h"
#include "storage/BirthRepository.h"
#include "storage/CarePlanRepository.h"
#include "storage/Database.h"
#include "storage/LossRepository.h"
#include "storage/PregnancyRepository.h"
#include "storage/StaffRepository.h"
#include "util/Clock.h"

#include <QHash>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Births)
};

const QString kCancelledForBirth = QStringLiteral("birth");

/// LMWH was part of her antenatal care when her latest plan advised it and she did not decline
/// it (RCOG GTG 37a: antenatal LMWH means six weeks after the birth).
bool hadAntenatalLmwh(const std::optional<StoredCarePlan> &plan)
{
    if (!plan)
        return false;
    for (const Recommendation &r : plan->plan.recommendations) {
        if (!r.code.startsWith(QLatin1String("lmwh_")))
            continue;
        bool declined = false;
        for (const CarePlanDecision &d : plan->decisions)
            declined = declined || (d.code == r.code && d.declined());
        if (!declined)
            return true;
    }
    return false;
}

/// Everything the rules say after a birth, from what is saved.
BirthRecord reviewed(const storage::StoredBirth &stored, const std::optional<Booking> &booking,
                     const std::optional<StoredCarePlan> &plan)
{
    BirthRecord record;
    record.birth = stored.birth;
    record.recordedBy = stored.recordedBy;
    record.recordedAt = stored.recordedAt;
    if (booking) {
        const auto facts = clinical::bookingFacts(*booking);
        if (const auto *f = std::get_if<clinical::BookingFacts>(&facts)) {
            record.gestation = clinical::gestationOn(f->edd, stored.birth.date);
            // After the birth the babies born say whether it was a multiple pregnancy: twins
            // found only at the birth count, a booked twin pregnancy with one baby does not.
            clinical::BookingFacts after = *f;
            after.booking.pregnancy.fetuses = std::max(1, int(stored.birth.babies.size()));
            record.vte = clinical::postnatalVteRisk(
                after, clinical::birthEventOf(stored.birth, record.gestation),
                hadAntenatalLmwh(plan));
        }
    }
    for (const Baby &baby : stored.birth.babies) {
        if (baby.outcome == BabyOutcome::LiveBirth)
            record.bloodSpot << clinical::bloodSpotDue(stored.birth.date, record.gestation);
    }
    return record;
}

/// Who can see her on `date`, in order: her named midwife, the other midwives of her team, and
/// the midwives who attended her birth.
QList<qint64> postnatalClinicians(const storage::Database &database, qint64 pregnancyId,
                                  const Birth &birth)
{
    const storage::StaffRepository staffRepository(database);
    QHash<qint64, Staff> staff;
    for (const Staff &s : staffRepository.staff())
        staff.insert(s.id, s);
    QList<qint64> order;
    const auto add = [&](qint64 id) {
        if (staff.value(id).isMidwife() && !order.contains(id))
            order << id;
    };
    if (const auto allocation =
            storage::AppointmentRepository(database).currentAllocation(pregnancyId)) {
        add(allocation->midwifeId);
        for (const Staff &member : staffRepository.members(allocation->teamId))
            add(member.id);
    }
    for (const qint64 id : birth.attendants)
        add(id);
    return order;
}

} // namespace

Births::Births(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<BirthSaved> Births::record(Birth birth, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const AuditEntry audit{AuditEventKind::Create, womanOfPregnancy(m_database, birth.pregnancyId),
                           QStringLiteral("birth on %1").arg(birth.date.toString(Qt::ISODate))};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<BirthSaved> {
        QString error;
        const storage::PregnancyRepository pregnancies(m_database);
        const auto booking = pregnancies.booking(birth.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (!booking)
            return FieldErrors{{QStringLiteral("pregnancy"),
                                Words::tr("no pregnancy with id %1").arg(birth.pregnancyId)}};
        // A stillbirth may be recorded as a loss before its birth is: the birth is then
        // recorded on the same day, and the pregnancy stays a loss.
        const auto loss =
            storage::LossRepository(m_database).forPregnancy(birth.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        const bool birthOfStillbirth =
            loss && loss->loss.kind == LossKind::Stillbirth &&
            !storage::BirthRepository(m_database).forPregnancy(birth.pregnancyId, &error);
        if (booking->pregnancy.status != PregnancyStatus::Booked && !birthOfStillbirth)
            return FieldErrors{{QStringLiteral("pregnancy"),
                                Words::tr("this pregnancy is already %1: its birth or loss "
                                          "is recorded")
                                    .arg(codes::toCode(booking->pregnancy.status))}};
        FieldErrors problems =
            clinical::birthProblems(birth, booking->pregnancy.bookingDate, m_clock.today());
        if (birthOfStillbirth && birth.date != loss->loss.date)
            problems.append({QStringLiteral("date"),
                             Words::tr("her stillbirth is recorded on %1: the birth is that day")
                                 .arg(loss->loss.date.toString(Qt::ISODate))});
        QHash<qint64, Staff> staff;
        for (const Staff &s : storage::StaffRepository(m_database).staff())
            staff.insert(s.id, s);
        for (const qint64 id : birth.attendants) {
            if (!staff.contains(id))
                problems.append({QStringLiteral("clinicians"),
                                 Words::tr("no staff member with id %1").arg(id)});
        }
        if (!problems.isEmpty())
            return problems;
        for (qsizetype i = 0; i < birth.babies.size(); ++i)
            birth.babies[i].order = int(i) + 1;

        storage::StoredBirth stored{birth, recordedName(actor), at};
        if (!storage::BirthRepository(m_database).insert(stored, &error) ||
            (!birthOfStillbirth &&
             !pregnancies.setStatus(birth.pregnancyId, PregnancyStatus::Delivered, at, &error)))
            return Failure{error};

        BirthSaved saved;
        const storage::AppointmentRepository appointments(m_database);
        for (Appointment a : appointments.forPregnancy(birth.pregnancyId)) {
            if (a.status != AppointmentStatus::Booked || a.date < birth.date ||
                a.kind == AppointmentKind::PostnatalContact)
                continue;
            a.status = AppointmentStatus::Cancelled;
            a.reason = kCancelledForBirth;
            a.updatedBy = recordedName(actor);
            if (!appointments.save(a, at, &error))
                return Failure{error};
            saved.cancelled << a;
        }

        const QList<qint64> clinicians =
            postnatalClinicians(m_database, birth.pregnancyId, stored.birth);
        for (const clinical::PlannedPostnatalContact &contact :
             clinical::postnatalContactPlan(birth.date)) {
            Appointment a;
            a.pregnancyId = birth.pregnancyId;
            a.kind = AppointmentKind::PostnatalContact;
            a.status = AppointmentStatus::Booked;
            a.updatedBy = recordedName(actor);
            // On its day with the first of them at work and not away; else the next day, up
            // to the latest its purpose allows (the blood spot by day 8). Never in the past.
            bool booked = false;
            for (QDate day = std::max(contact.date, m_clock.today());
                 day <= contact.latest && !booked; day = day.addDays(1)) {
                a.date = day;
                for (const qint64 clinician : clinicians) {
                    a.clinicianId = clinician;
                    if (!staff.value(clinician).worksOn(day.dayOfWeek()) ||
                        !appointments.problems(a).isEmpty())
                        continue;
                    if (!appointments.save(a, at, &error))
                        return Failure{error};
                    saved.planned << a;
                    booked = true;
                    break;
                }
            }
            // A birth recorded afterwards may find a contact's window already gone: that is
            // not the team's absence, and the midwife is told which it was.
            const QString why = contact.latest < m_clock.today()
                                    ? Words::tr("its window has passed: record it if it "
                                                "happened")
                                    : Words::tr("no midwife of her team is at work");
            if (!booked)
                saved.notPlanned << Words::tr("day %1 (%2 to %3): %4")
                                        .arg(contact.day)
                                        .arg(contact.date.toString(QStringLiteral("dd-MMM-yyyy")),
                                             contact.latest.toString(QStringLiteral("dd-MMM-yyyy")),
                                             why);
        }
        const auto plan = storage::CarePlanRepository(m_database).latest(birth.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        saved.record = reviewed(stored, booking, plan);
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return saved;
    });
}

Outcome<std::optional<BirthRecord>> Births::birthOf(qint64 pregnancyId) const
{
    QString error;
    const auto stored = storage::BirthRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!stored)
        return std::optional<BirthRecord>();
    const auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    const auto plan = storage::CarePlanRepository(m_database).latest(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    return std::optional<BirthRecord>(reviewed(*stored, booking, plan));
}

} // namespace bb::care
