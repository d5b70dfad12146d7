// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {

class Database;
class WomanRepository;

/// All SQL for a pregnancy and its booking assessment (one aggregate). A booking is saved
/// together with her demographics in one transaction, so a failed save changes nothing.
class PregnancyRepository
{
public:
    PregnancyRepository(const Database &database, const Clock &clock);

    /// Her pregnancies, newest first.
    QList<Pregnancy> forWoman(qint64 womanId) const;

    /// The booking document of one pregnancy: her, the pregnancy and its assessment.
    std::optional<Booking> booking(qint64 pregnancyId) const;

    /// The booking of her latest pregnancy, if she has one.
    std::optional<Booking> latestBooking(qint64 womanId) const;

    /// Saves her, the pregnancy (inserted when its id is 0) and the assessment in one
    /// transaction; sets the ids it created. On failure nothing is stored and ids are as before.
    bool saveBooking(Booking &booking, QString *error) const;

    /// Many bookings in one transaction (a bulk import): all are stored, or none.
    bool saveBookings(QList<Booking> &bookings, QString *error) const;

    int count() const;

private:
    QSqlDatabase db() const;
    bool writeBooking(Booking &booking, QString *error) const;
    bool writePregnancy(Pregnancy &pregnancy, QString *error) const;
    bool writeAssessment(qint64 pregnancyId, const BookingAssessment &assessment,
                         QString *error) const;

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::storage
