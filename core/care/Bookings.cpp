// SPDX-License-Identifier: MIT
#include "care/Bookings.h"

#include "care/Audited.h"

#include "care/CarePlans.h"
#include "care/ReferralWrites.h"
#include "care/Writes.h"
#include "clinical/BookingValidation.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "clinical/ObstetricHistory.h"
#include "interop/BookingJson.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/Transaction.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Bookings)
};

// The EDD is derived from the dates on every save and kept beside them only so that search
// results can show gestation without dating every row.
storage::DueDateColumns dueDateOf(const Pregnancy &pregnancy)
{
    const auto dating = clinical::estimateDueDate(pregnancy);
    if (!dating)
        return {};
    return {dating->edd, clinical::toCode(dating->method)};
}

} // namespace

Bookings::Bookings(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<Booking> Bookings::save(const Booking &typed, const Actor &actor,
                                std::optional<int> readAtVersion) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare,
                          {typed.pregnancy.id ? AuditEventKind::Change : AuditEventKind::Create,
                           typed.woman.id, QStringLiteral("booking")}))
        return *refused;
    const Booking booking = clinical::withDerivedHistory(typed);
    if (const FieldErrors errors = clinical::validateBooking(booking, m_clock.today());
        !errors.isEmpty())
        return errors;
    // A temporary identifier is given by this clinic when she is registered, never taken from
    // a booking for someone it does not hold.
    if (booking.woman.id == 0 && clinical::nhs::isTemporary(booking.woman.nhsNumber))
        return FieldErrors{{QStringLiteral("woman.nhs_number"),
                            Words::tr("%1 is a temporary identifier this clinic has not "
                                      "given: register her without an NHS number first")
                                .arg(booking.woman.nhsNumber)}};
    storage::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome<Booking>::failure(transaction.error());
    // Asked inside the write's transaction, which holds the one write lock: nobody can save
    // between this question and the write.
    if (readAtVersion && booking.pregnancy.id != 0) {
        QString error;
        const auto stored =
            storage::PregnancyRepository(m_database).bookingVersion(booking.pregnancy.id, &error);
        if (!stored)
            return Outcome<Booking>::failure(
                error.isEmpty() ? Words::tr("her pregnancy is no longer stored") : error);
        if (*stored != *readAtVersion)
            return Outcome<Booking>(
                Failure{Words::tr("a colleague saved her booking after you opened it (their save "
                                  "is number %1; you started from number %2)")
                            .arg(*stored)
                            .arg(*readAtVersion),
                        true});
    }
    Outcome<Booking> saved = write(booking, actor, m_clock.now());
    if (saved && !transaction.commit())
        return Outcome<Booking>::failure(transaction.error());
    return saved;
}

Outcome<int> Bookings::bookingVersion(qint64 pregnancyId) const
{
    QString error;
    const auto version =
        storage::PregnancyRepository(m_database).bookingVersion(pregnancyId, &error);
    if (!version)
        return Outcome<int>::failure(
            error.isEmpty() ? Words::tr("no pregnancy with id %1").arg(pregnancyId) : error);
    return *version;
}

Outcome<Booking> Bookings::receive(Booking booking, const Actor &actor) const
{
    // Refused before the transaction, so that the refusal's audit row is kept.
    if (!access::refusal(actor.role, access::Permission::RecordCare).isEmpty())
        return save(booking, actor);
    // Whether she is held already is asked inside the write's own transaction: two imports of
    // the same new woman at once then store her once, the second updating what the first made.
    return inOneTransaction(m_database, [&] { return receiveHeld(std::move(booking), actor); });
}

Outcome<Booking> Bookings::receiveHeld(Booking booking, const Actor &actor) const
{
    const storage::WomanRepository women(m_database);
    const storage::PregnancyRepository pregnancies(m_database);
    booking.woman.id = 0;
    booking.pregnancy.id = 0;
    if (const auto existing = women.byNhsNumber(booking.woman.nhsNumber)) {
        booking.woman.id = existing->id;
        // A document that says nothing of her next of kin, occupation or the booking's details
        // (one written before they existed, or by a system without them) keeps what is stored.
        if (booking.woman.occupation.isEmpty() && booking.woman.nextOfKin.isEmpty()) {
            booking.woman.occupation = existing->occupation;
            booking.woman.nextOfKin = existing->nextOfKin;
        }
        const auto latest = pregnancies.forWoman(existing->id);
        if (!latest.isEmpty() && latest.front().status == PregnancyStatus::Booked) {
            booking.pregnancy.id = latest.front().id;
            QString error;
            const auto stored = pregnancies.booking(booking.pregnancy.id, &error);
            if (!error.isEmpty())
                return Outcome<Booking>::failure(error);
            if (stored && booking.details == BookingDetails{})
                booking.details = stored->details;
        }
    }
    return save(booking, actor);
}

Outcome<QList<Booking>> Bookings::saveAll(const QList<Booking> &bookings, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare,
                          {AuditEventKind::Create, 0,
                           QStringLiteral("%1 bookings imported together").arg(bookings.size())}))
        return *refused;
    FieldErrors errors;
    for (qsizetype i = 0; i < bookings.size(); ++i) {
        const Booking derived = clinical::withDerivedHistory(bookings.at(i));
        for (const FieldError &e : clinical::validateBooking(derived, m_clock.today()))
            errors.append({QStringLiteral("bookings[%1].%2").arg(i).arg(e.path), e.message});
    }
    if (!errors.isEmpty())
        return errors;
    storage::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome<QList<Booking>>::failure(transaction.error());
    QList<Booking> saved;
    saved.reserve(bookings.size());
    const QDateTime at = m_clock.now();
    for (const Booking &booking : bookings) {
        const Outcome<Booking> one = write(clinical::withDerivedHistory(booking), actor, at);
        if (!one)
            return one.as<QList<Booking>>(); // the transaction rolls back
        saved << one.value();
    }
    if (!transaction.commit())
        return Outcome<QList<Booking>>::failure(transaction.error());
    return saved;
}

Outcome<Booking> Bookings::write(Booking booking, const Actor &actor, const QDateTime &at) const
{
    const storage::PregnancyRepository pregnancies(m_database);
    QString error;
    // One pregnancy is open at a time: a second booking would split her record between two
    // plans and two sets of appointments. The earlier one is closed first (a birth or a loss).
    if (booking.pregnancy.id == 0 && booking.woman.id != 0) {
        const QList<Pregnancy> hers = pregnancies.forWoman(booking.woman.id, &error);
        if (!error.isEmpty())
            return Outcome<Booking>::failure(error);
        for (const Pregnancy &open : hers) {
            if (open.status != PregnancyStatus::Booked)
                continue;
            return FieldErrors{
                {QStringLiteral("pregnancy.booking_date"),
                 Words::tr("she has a pregnancy booked on %1 (EDD %2) that is still open: "
                           "record its birth or loss before booking another")
                     .arg(open.bookingDate.toString(QStringLiteral("dd-MMM-yyyy")),
                          dueDateOf(open).edd.toString(QStringLiteral("dd-MMM-yyyy")))}};
        }
    }
    // What was there before, so that the audit keeps every value this save replaces.
    QJsonObject before;
    if (booking.pregnancy.id != 0) {
        if (const auto stored = pregnancies.booking(booking.pregnancy.id, &error))
            before = interop::bookingToJson(*stored);
    } else if (booking.woman.id != 0) {
        if (const auto woman = storage::WomanRepository(m_database).byId(booking.woman.id)) {
            Booking hers;
            hers.woman = *woman;
            before = {{QStringLiteral("woman"),
                       interop::bookingToJson(hers).value(QStringLiteral("woman"))}};
        }
    }
    const bool newPregnancy = booking.pregnancy.id == 0;
    if (!pregnancies.saveBooking(booking, dueDateOf(booking.pregnancy), at, &error))
        return Outcome<Booking>::failure(error);
    QJsonObject after = interop::bookingToJson(booking);
    if (newPregnancy) // a new booking's own values are in it; only her details can have changed
        after = {{QStringLiteral("woman"), after.value(QStringLiteral("woman"))}};
    if (auto failure = appendAudit(
            m_database, m_clock, actor,
            {newPregnancy ? AuditEventKind::Create : AuditEventKind::Change, booking.woman.id,
             newPregnancy ? QStringLiteral("booking of pregnancy %1").arg(booking.pregnancy.id)
                          : QStringLiteral("booking"),
             changedFields(before, after)}))
        return *failure;

    const auto first = CarePlans(m_database, m_clock).firstVersion(booking, actor);
    if (!first)
        return first.as<Booking>();
    suggestReferrals(m_database, booking.pregnancy.id, circumstanceReferrals(booking.woman.social),
                     ReferralSource::Circumstances, recordedName(actor), at, &error);
    if (!error.isEmpty())
        return Outcome<Booking>::failure(error);
    return booking;
}

} // namespace bb::care
