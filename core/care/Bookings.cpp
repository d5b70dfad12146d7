// SPDX-License-Identifier: MIT
#include "care/Bookings.h"

#include "care/CarePlans.h"
#include "care/ReferralWrites.h"
#include "care/Writes.h"
#include "clinical/BookingValidation.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "clinical/ObstetricHistory.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/Transaction.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

namespace bb::care {
namespace {

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

Outcome<Booking> Bookings::save(const Booking &typed, const Actor &actor) const
{
    if (const auto nobody = unknownActor(actor))
        return *nobody;
    const Booking booking = clinical::withDerivedHistory(typed);
    if (const FieldErrors errors = clinical::validateBooking(booking, m_clock.today());
        !errors.isEmpty())
        return errors;
    // A temporary identifier is given by this clinic when she is registered, never taken from
    // a booking for someone it does not hold.
    if (booking.woman.id == 0 && clinical::nhs::isTemporary(booking.woman.nhsNumber))
        return FieldErrors{{QStringLiteral("woman.nhs_number"),
                            QStringLiteral("%1 is a temporary identifier this clinic has not "
                                           "given: register her without an NHS number first")
                                .arg(booking.woman.nhsNumber)}};
    storage::Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome<Booking>::failure(transaction.error());
    Outcome<Booking> saved = write(booking, actor, m_clock.now());
    if (saved && !transaction.commit())
        return Outcome<Booking>::failure(transaction.error());
    return saved;
}

Outcome<Booking> Bookings::receive(Booking booking, const Actor &actor) const
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
                 QStringLiteral("she has a pregnancy booked on %1 (EDD %2) that is still open: "
                                "record its birth or loss before booking another")
                     .arg(open.bookingDate.toString(QStringLiteral("dd-MMM-yyyy")),
                          dueDateOf(open).edd.toString(QStringLiteral("dd-MMM-yyyy")))}};
        }
    }
    if (!pregnancies.saveBooking(booking, dueDateOf(booking.pregnancy), at, &error))
        return Outcome<Booking>::failure(error);

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
