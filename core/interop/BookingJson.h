// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/FieldError.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace bb::interop {

/// The `bbclinic-booking/1` format, documented in docs/formats.md.
inline constexpr char kBookingFormat[] = "bbclinic-booking/1";

struct BookingParseResult
{
    std::optional<Booking> booking; ///< set only when there are no errors
    FieldErrors errors;             ///< every problem found, each with its field path
};

/// Reads a booking, applying the format's defaults and every validation rule
/// (including those of validateBooking()). Never throws; bad input gives errors.
BookingParseResult parseBooking(const QByteArray &json);

/// Writes a booking with every field present, defaults included. The NHS number is written as
/// ten digits. parseBooking(toJson(b)) gives back b.
QJsonObject bookingToJson(const Booking &booking);

} // namespace bb::interop
