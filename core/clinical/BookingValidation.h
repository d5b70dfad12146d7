// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/FieldError.h"
#include "domain/RuleSettings.h"

#include <QDate>
#include <QStringList>

namespace bb::clinical {

// The limits the booking format and the forms share (docs/formats.md).
inline constexpr double kMinHeightCm = 100.0;
inline constexpr double kMaxHeightCm = 250.0;
inline constexpr double kMinWeightKg = 25.0;
inline constexpr double kMaxWeightKg = 300.0;
inline constexpr int kMaxFetuses = 6;
inline constexpr int kMaxGad2 = 6;
inline constexpr int kLatestBookingDays = 42 * 7; ///< booking no later than 42+0 after the LMP
/// An age outside these years is taken for a mistyped date of birth. Wide on purpose: refusing
/// a real woman's record is worse than letting an unusual age through, which the form shows.
inline constexpr int kMinAgeYears = 10;
inline constexpr int kMaxAgeYears = 70;

// Every rule below is written once, with one message, and each door (the forms, the booking
// format, the command line) reports what these functions return. `today` is the date the
// rules treat as today: the app's clock, or the command line's --today.

/// Problems with a woman's demographics, paths under `woman.`; her age is checked on `today`.
FieldErrors validateWoman(const Woman &woman, const QDate &today);

/// Problems with a whole booking: the woman, the pregnancy's dates and counts, the
/// measurements and codes. Paths follow the booking format (`pregnancy.booking_date`). Her age
/// is checked on the booking date; no booking, LMP, scan or birth date may be after `today`.
FieldErrors validateBooking(const Booking &booking, const QDate &today);

/// What planCare() cannot do without, in the same words as validateBooking(): a booking date,
/// a date of birth, known codes, and dating that puts the booking within 0+0 to 42+0. One rule
/// is planning's own: a dating scan that cannot date the pregnancy (CRL outside 45.0-84.0 mm)
/// with no LMP leaves a booking that may be kept but not planned yet.
FieldErrors planningProblems(const Booking &booking);

/// Advice that does not block saving: a late booking, a CRL outside the dating range.
QStringList bookingWarnings(const Booking &booking);

/// What the form asks the midwife about as she types, beside the field it concerns, without
/// stopping the save: carbon monoxide at or above the raised reading in a woman recorded as not
/// smoking (NICE NG209), more caesareans than births (which validateBooking() refuses too), and
/// an age under 16 at booking (a safeguarding referral, Working Together 2023).
FieldErrors bookingQueries(const Booking &booking, const RuleSettings &settings = {});

} // namespace bb::clinical
