// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/CarePlan.h"

#include <QString>

#include <optional>

namespace bb::storage::encoding {

// How a care-plan version's plan and the booking it was made from are kept in the
// care_plan_version row: compact JSON with storage's own field names, written and read only
// here. It is not a format anyone else reads, so it can follow the domain types exactly, and the
// public formats (interop/) can change without touching what a clinic has saved. The row's
// `encoding` column says which encoding wrote it.

/// Rows saved before storage had its own encoding: the public formats (schema 2 to 9).
inline constexpr int kPublicFormats = 0;
/// Encoding 1: the first of storage's own.
inline constexpr int kFirst = 1;
/// Encoding 2 adds each recommendation's dose and window (rules version 2).
inline constexpr int kRecommendationWindows = 2;
/// The encoding written now.
inline constexpr int kCurrent = kRecommendationWindows;

/// The plan as it is to be stored. The caller decides what is stored; everything in the plan
/// is written.
QString encodePlan(const CarePlan &plan);
/// The booking as it is to be stored, without row ids: those are the row's own. A version keeps
/// what the care-plan rules read (her, the pregnancy, the assessment); the booking's details
/// (bloods, medicines, enquiries, earlier pregnancies one by one) are the record's, not the
/// plan's, and are not written: decodeBooking() gives them empty.
QString encodeBooking(const Booking &booking);

/// Reads back what encodePlan() wrote: decodePlan(encodePlan(p)) == p. Strict: text that is not
/// JSON, a field missing, a field this encoding does not have, a value of the wrong type or an
/// unknown code gives none and `error` names the column (`plan_json`), the field and the
/// problem, every problem found. `encoding` is the row's: an older encoding's plan is read
/// without the fields it did not have.
std::optional<CarePlan> decodePlan(const QString &text, QString *error, int encoding = kCurrent);
/// The same for the booking (`booking_json`); the ids are left 0.
std::optional<Booking> decodeBooking(const QString &text, QString *error);

} // namespace bb::storage::encoding
