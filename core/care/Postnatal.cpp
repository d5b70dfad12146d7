// SPDX-License-Identifier: MIT
#include "care/Postnatal.h"

#include "care/Audited.h"
#include "care/Writes.h"
#include "clinical/Dating.h"
#include "clinical/PostnatalRules.h"
#include "storage/AppointmentRepository.h"
#include "storage/BirthRepository.h"
#include "storage/Database.h"
#include "storage/PostnatalRepository.h"
#include "storage/PregnancyRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Postnatal)
};

std::optional<Gestation> gestationAtBirth(const std::optional<Booking> &booking, const Birth &birth)
{
    if (!booking)
        return std::nullopt;
    const auto dating = clinical::estimateDueDate(booking->pregnancy);
    return dating ? std::optional<Gestation>(clinical::gestationOn(dating->edd, birth.date))
                  : std::nullopt;
}

} // namespace

Postnatal::Postnatal(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<PostnatalReview> Postnatal::record(PostnatalContact contact, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const AuditEntry audit{
        AuditEventKind::Create, womanOfPregnancy(m_database, contact.pregnancyId),
        QStringLiteral("postnatal contact on %1").arg(contact.date.toString(Qt::ISODate))};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordPostnatal, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<PostnatalReview> {
        QString error;
        const auto birth =
            storage::BirthRepository(m_database).forPregnancy(contact.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};
        if (!birth)
            return FieldErrors{{QStringLiteral("pregnancy"),
                                Words::tr("her birth is not recorded yet: record it first")}};
        if (const FieldErrors problems =
                clinical::postnatalProblems(contact, birth->birth, m_clock.today());
            !problems.isEmpty())
            return problems;
        const storage::PostnatalRepository contacts(m_database);
        QHash<qint64, QDate> taken;
        for (const storage::StoredPostnatalContact &earlier :
             contacts.forPregnancy(contact.pregnancyId, &error)) {
            for (const BabyCheck &check : earlier.contact.babies) {
                if (check.bloodSpotTaken)
                    taken.insert(check.babyId,
                                 std::max(taken.value(check.babyId), earlier.contact.date));
            }
        }
        const auto booking =
            storage::PregnancyRepository(m_database).booking(contact.pregnancyId, &error);
        if (!error.isEmpty())
            return Failure{error};

        // Her booked postnatal appointment that day says she was seen; otherwise the contact
        // is recorded as one, as it happened.
        const storage::AppointmentRepository appointments(m_database);
        Appointment a;
        for (const Appointment &booked : appointments.forPregnancy(contact.pregnancyId)) {
            if (booked.kind == AppointmentKind::PostnatalContact && booked.date == contact.date &&
                booked.status == AppointmentStatus::Booked) {
                a = booked;
                break;
            }
        }
        if (a.id == 0) {
            a.pregnancyId = contact.pregnancyId;
            a.date = contact.date;
            a.kind = AppointmentKind::PostnatalContact;
        }
        a.clinicianId = contact.clinicianId;
        a.status = contact.attended ? AppointmentStatus::Attended : AppointmentStatus::DidNotAttend;
        a.updatedBy = recordedName(actor);
        if (const FieldErrors problems = appointments.problems(a); !problems.isEmpty())
            return problems;
        if (!appointments.save(a, at, &error))
            return Failure{error};
        contact.appointmentId = a.id;

        storage::StoredPostnatalContact stored{
            contact,
            clinical::assessPostnatal(contact, birth->birth, taken,
                                      gestationAtBirth(booking, birth->birth)),
            recordedName(actor), at};
        if (!contacts.insert(stored, &error))
            return Failure{error};
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return PostnatalReview{stored.contact, stored.actions, stored.recordedBy, at};
    });
}

Outcome<QList<PostnatalReview>> Postnatal::contactsOf(qint64 pregnancyId) const
{
    QString error;
    QList<PostnatalReview> list;
    for (const storage::StoredPostnatalContact &s :
         storage::PostnatalRepository(m_database).forPregnancy(pregnancyId, &error))
        list << PostnatalReview{s.contact, s.actions, s.recordedBy, s.recordedAt};
    if (!error.isEmpty())
        return Failure{error};
    return list;
}

} // namespace bb::care
