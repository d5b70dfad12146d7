// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/FieldError.h"

namespace bb::clinical {

// The limits the booking format and the forms share (docs/formats.md).
inline constexpr double kMinHeightCm = 100.0;
inline constexpr double kMaxHeightCm = 250.0;
inline constexpr double kMinWeightKg = 25.0;
inline constexpr double kMaxWeightKg = 300.0;
inline constexpr int kMaxFetuses = 6;
inline constexpr int kMaxGad2 = 6;
inline constexpr int kLatestBookingDays = 42 * 7; ///< booking no later than 42+0 after the LMP

/// Problems with a woman's demographics, paths under `woman.`.
FieldErrors validateWoman(const Woman &woman);

/// Problems with a whole booking: the woman, the pregnancy's dates and counts, the
/// measurements and codes. Paths follow the booking format (`pregnancy.booking_date`).
FieldErrors validateBooking(const Booking &booking);

/// Advice that does not block saving: a late booking, a CRL outside the dating range.
QStringList bookingWarnings(const Booking &booking);

} // namespace bb::clinical
