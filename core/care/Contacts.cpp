// SPDX-License-Identifier: MIT
#include "care/Contacts.h"

#include "care/Audited.h"
#include "care/CarePlans.h"
#include "care/ReferralWrites.h"
#include "care/Writes.h"
#include "clinical/BookingFacts.h"
#include "clinical/CarePlanner.h"
#include "storage/AppointmentRepository.h"
#include "storage/ContactRepository.h"
#include "storage/LossRepository.h"
#include "storage/PregnancyRepository.h"
#include "util/Clock.h"

#include <QSet>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Contacts)
};

const RuleSettings kRules; // the rules page's defaults, as the booking's plan uses

/// The booked appointment a contact on `date` was: the one it names, else her booked antenatal
/// contact or home visit that day.
std::optional<Appointment> appointmentFor(const storage::AppointmentRepository &appointments,
                                          const AntenatalContact &contact)
{
    if (contact.appointmentId > 0)
        return appointments.byId(contact.appointmentId);
    for (const Appointment &a : appointments.forPregnancy(contact.pregnancyId)) {
        if (a.date == contact.date && a.status == AppointmentStatus::Booked &&
            (a.kind == AppointmentKind::AntenatalContact || a.kind == AppointmentKind::HomeVisit))
            return a;
    }
    return std::nullopt;
}

QList<AntenatalContact> contactsIn(const QList<storage::StoredContact> &stored)
{
    QList<AntenatalContact> list;
    for (const storage::StoredContact &s : stored)
        list << s.contact;
    return list;
}

/// The booking with the conditions diagnosed at her contacts added, as the rules read them.
Booking withDiagnoses(Booking booking, const QList<storage::StoredContact> &contacts)
{
    QStringList &conditions = booking.assessment.conditions;
    for (const storage::StoredContact &s : contacts) {
        for (const QString &code : s.contact.conditions) {
            if (!conditions.contains(code))
                conditions << code;
        }
    }
    conditions.sort();
    return booking;
}

} // namespace

Contacts::Contacts(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<ContactReview> Contacts::judge(const AntenatalContact &contact) const
{
    QString error;
    const auto booking =
        storage::PregnancyRepository(m_database).booking(contact.pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!booking) {
        return FieldErrors{{QStringLiteral("pregnancy"),
                            Words::tr("no pregnancy with id %1").arg(contact.pregnancyId)}};
    }
    if (FieldErrors problems =
            clinical::contactProblems(contact, booking->pregnancy.bookingDate, m_clock.today());
        !problems.isEmpty())
        return problems;
    // After a loss there are no antenatal contacts: one from before it may still be recorded.
    if (const auto loss =
            storage::LossRepository(m_database).forPregnancy(contact.pregnancyId, &error);
        loss && contact.date >= loss->loss.date)
        return FieldErrors{{QStringLiteral("date"),
                            Words::tr("is on or after her %1 on %2: there are no antenatal "
                                      "contacts after a loss")
                                .arg(codes::label(loss->loss.kind).toLower(),
                                     loss->loss.date.toString(Qt::ISODate))}};
    if (!error.isEmpty())
        return Failure{error};
    QList<storage::StoredContact> others =
        storage::ContactRepository(m_database).forPregnancy(contact.pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    others.removeIf([&](const storage::StoredContact &s) { return s.contact.id == contact.id; });
    const Booking before = withDiagnoses(*booking, others);
    const auto facts = clinical::bookingFacts(before);
    if (const auto *problems = std::get_if<FieldErrors>(&facts))
        return *problems; // her booking cannot be dated yet: the booking form says why
    ContactReview review;
    review.contact = contact;
    review.assessment =
        clinical::assessContact(contact,
                                clinical::contactHistory(std::get<clinical::BookingFacts>(facts),
                                                         contactsIn(others), contact.date),
                                kRules);

    // What her diagnoses would change in the plan she has, with this contact's added.
    if (!contact.conditions.isEmpty()) {
        const auto latest = CarePlans(m_database, m_clock).latest(contact.pregnancyId);
        if (!latest)
            return latest.as<ContactReview>();
        storage::StoredContact self;
        self.contact = contact;
        const Booking after = withDiagnoses(before, {self});
        const auto planned = clinical::planCare(after, kRules);
        if (latest.value() && std::holds_alternative<CarePlan>(planned))
            review.planChange =
                clinical::pathwayChange(latest.value()->plan, std::get<CarePlan>(planned));
    }
    return review;
}

Outcome<ContactReview> Contacts::review(const AntenatalContact &contact) const
{
    return judge(contact);
}

Outcome<ContactReview> Contacts::record(AntenatalContact contact, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const AuditEntry audit{
        AuditEventKind::Create, womanOfPregnancy(m_database, contact.pregnancyId),
        QStringLiteral("antenatal contact on %1").arg(contact.date.toString(Qt::ISODate))};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<ContactReview> {
        Outcome<ContactReview> judged = judge(contact);
        if (!judged)
            return judged;
        const storage::AppointmentRepository appointments(m_database);
        // Her appointment says whether she came, and counts the contact for continuity; a
        // walk-in or home visit gets one, as it happened.
        Appointment a;
        if (const auto booked = appointmentFor(appointments, contact)) {
            if (booked->pregnancyId != contact.pregnancyId)
                return FieldErrors{{QStringLiteral("appointment"),
                                    Words::tr("appointment %1 is not hers").arg(booked->id)}};
            a = *booked;
        } else if (contact.appointmentId > 0) {
            return FieldErrors{{QStringLiteral("appointment"),
                                Words::tr("no appointment with id %1").arg(contact.appointmentId)}};
        } else {
            a.pregnancyId = contact.pregnancyId;
            a.date = contact.date;
            a.kind = AppointmentKind::AntenatalContact;
        }
        a.clinicianId = contact.clinicianId;
        a.status = contact.attended ? AppointmentStatus::Attended : AppointmentStatus::DidNotAttend;
        a.updatedBy = recordedName(actor);
        if (const FieldErrors problems = appointments.problems(a); !problems.isEmpty())
            return problems;
        QString error;
        if (!appointments.save(a, at, &error))
            return Failure{error};
        contact.appointmentId = a.id;

        storage::StoredContact stored;
        stored.contact = contact;
        stored.actions = judged->assessment.actions;
        stored.recordedBy = recordedName(actor);
        stored.recordedAt = at;
        if (!storage::ContactRepository(m_database).save(stored, &error))
            return Failure{error};
        QStringList asked;
        for (const ContactAction &action : stored.actions)
            asked << action.code;
        suggestReferrals(m_database, contact.pregnancyId, asked, ReferralSource::Contact,
                         stored.recordedBy, at, &error);
        if (!error.isEmpty())
            return Failure{error};
        ContactReview saved = judged.value();
        saved.contact = stored.contact;
        saved.recordedBy = stored.recordedBy;
        saved.recordedAt = at;
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return saved;
    });
}

Outcome<QList<ContactReview>> Contacts::contactsOf(qint64 pregnancyId) const
{
    QString error;
    const QList<storage::StoredContact> stored =
        storage::ContactRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    const auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    QList<ContactReview> list;
    for (const storage::StoredContact &s : stored) {
        ContactReview r;
        r.contact = s.contact;
        r.assessment.actions = s.actions; // as they were said when it was saved
        if (booking) {
            if (const auto dating = clinical::bookingFacts(*booking);
                std::holds_alternative<clinical::BookingFacts>(dating))
                r.assessment.gestation = clinical::gestationOn(
                    std::get<clinical::BookingFacts>(dating).edd, s.contact.date);
        }
        r.recordedBy = s.recordedBy;
        r.recordedAt = s.recordedAt;
        list << r;
    }
    return list;
}

Outcome<std::optional<Booking>> Contacts::planningBooking(qint64 pregnancyId) const
{
    QString error;
    const auto booking = storage::PregnancyRepository(m_database).booking(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    if (!booking)
        return std::optional<Booking>();
    const QList<storage::StoredContact> contacts =
        storage::ContactRepository(m_database).forPregnancy(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    return std::optional<Booking>(withDiagnoses(*booking, contacts));
}

namespace {

/// What a plan change is made from: her booking with her diagnoses, her latest plan, the plan
/// the rules now make, and what differs. Without a plan or a booking, no plan and no change.
struct PlanChangeBasis
{
    std::optional<Booking> booking;
    std::optional<StoredCarePlan> latest;
    std::optional<CarePlan> planned;
    clinical::PathwayChange change;
};

Outcome<PlanChangeBasis> planChangeBasis(const Contacts &contacts, const CarePlans &plans,
                                         qint64 pregnancyId)
{
    const auto booking = contacts.planningBooking(pregnancyId);
    if (!booking)
        return booking.as<PlanChangeBasis>();
    const auto latest = plans.latest(pregnancyId);
    if (!latest)
        return latest.as<PlanChangeBasis>();
    PlanChangeBasis basis{booking.value(), latest.value(), std::nullopt, {}};
    if (!basis.booking || !basis.latest)
        return basis;
    const auto planned = clinical::planCare(*basis.booking, kRules);
    if (const auto *problems = std::get_if<FieldErrors>(&planned))
        return *problems;
    basis.planned = std::get<CarePlan>(planned);
    basis.change = clinical::pathwayChange(basis.latest->plan, *basis.planned);
    return basis;
}

} // namespace

Outcome<clinical::PathwayChange> Contacts::proposedPlanChange(qint64 pregnancyId) const
{
    const auto basis = planChangeBasis(*this, CarePlans(m_database, m_clock), pregnancyId);
    if (!basis)
        return basis.as<clinical::PathwayChange>();
    return basis->change;
}

Outcome<StoredCarePlan> Contacts::takePlanChange(qint64 pregnancyId, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    // The new version's own row is written where every version is stored (CarePlans::store).
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare,
                          {AuditEventKind::Create, womanOfPregnancy(m_database, pregnancyId),
                           QStringLiteral("care plan version from her diagnoses")}))
        return *refused;
    return inOneTransaction(m_database, [&]() -> Outcome<StoredCarePlan> {
        const CarePlans plans(m_database, m_clock);
        const auto basis = planChangeBasis(*this, plans, pregnancyId);
        if (!basis)
            return basis.as<StoredCarePlan>();
        if (basis->change.isEmpty()) {
            return FieldErrors{{QStringLiteral("plan"),
                                Words::tr("nothing to take: her plan's pathway and birth-place "
                                          "advice already follow her diagnoses")}};
        }
        // Her decisions carry over for what is still advised; what is new starts to discuss.
        StoredCarePlan next = initialCarePlan(pregnancyId, *basis->booking, *basis->planned);
        const StoredCarePlan &given = *basis->latest;
        for (CarePlanDecision &d : next.decisions) {
            for (const CarePlanDecision &before : given.decisions) {
                if (before.code == d.code)
                    d = before;
            }
        }
        next.chosenPlaceOfBirth = given.chosenPlaceOfBirth;
        next.plan.chosenPlaceOfBirth = given.chosenPlaceOfBirth;
        next.whatMatters = given.whatMatters;
        next.birthPreferences = given.birthPreferences;
        return plans.saveVersion(next, actor);
    });
}

} // namespace bb::care
