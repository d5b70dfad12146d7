// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QDate>
#include <QList>

namespace bb::demo {

/// Believable bookings for Leicester, Leicestershire and Rutland: diverse names, LE postcodes,
/// a spread of gestations and risks, and NHS numbers that pass modulus 11 but start with 999
/// (a range never issued to patients). The same seed and date give the same women.
class BookingGenerator
{
public:
    BookingGenerator(quint32 seed, QDate today);

    /// One more booked pregnancy, booked on or before today.
    Booking next();

    /// A valid NHS number in the 999 range, different for each call.
    QString nextNhsNumber();

private:
    quint32 random(quint32 bound);
    bool chance(int percent) { return random(100) < static_cast<quint32>(percent); }

    quint64 m_state;
    QDate m_today;
    quint32 m_serial = 0;
};

/// The demo database's women: about 60, from a fixed seed.
QList<Booking> demoBookings(QDate today);

} // namespace bb::demo
