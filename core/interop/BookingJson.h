// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/FieldError.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
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

/// Reads a booking, applying the format's defaults, and checks it against every rule of
/// clinical::validateBooking() with `today` as the date the rules treat as today. What every
/// door that accepts a booking calls. Never throws; bad input gives errors.
BookingParseResult parseBooking(const QByteArray &json, const QDate &today);

/// Reads a booking with the format's own checks only (JSON, types, sections, known values),
/// not the rules: for a document that was checked when it was written, such as the booking a
/// stored care plan was made from.
BookingParseResult parseBooking(const QByteArray &json);

/// Writes a booking with every field present, defaults included. The NHS number is written as
/// ten digits. parseBooking(toJson(b)) gives back b.
QJsonObject bookingToJson(const Booking &booking);

/// Her earlier pregnancies as the format writes them (`pregnancy.previous_pregnancies`), for
/// whatever keeps them outside a whole booking (a form's draft).
QJsonArray previousPregnanciesToJson(const QList<PreviousPregnancy> &rows);
/// Reads back what previousPregnanciesToJson() wrote, with the format's checks; problems are
/// added to `errors` with paths `[i].field`.
QList<PreviousPregnancy> previousPregnanciesFromJson(const QJsonArray &rows, FieldErrors &errors);

} // namespace bb::interop
