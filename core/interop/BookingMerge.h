// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QStringList>

namespace bb::interop {

/// A record typed here from `base` and a colleague's save of it from the same `base`, put
/// together answer by answer: an answer changed on one side only takes that side's value; one
/// changed on both sides to different values is a conflict, and takes `mine`.
template <typename Record> struct Merge
{
    Record merged;
    /// Answers changed on both sides to different values, by their path in the booking format
    /// (`woman.phone`, `pregnancy.previous_pregnancies`); `merged` has mine.
    QStringList bothChanged;
    /// Answers only the colleague changed, which `merged` keeps.
    QStringList theirsKept;
};
using BookingMerge = Merge<Booking>;

/// Her booking, answer by answer as the booking format (BookingJson.h) names them. An object
/// (her next of kin) is merged field by field; a list (her conditions, earlier pregnancies) is
/// one answer.
BookingMerge mergeBookings(const Booking &base, const Booking &theirs, const Booking &mine);

/// The same for her details alone (her registration), field by field under the booking
/// format's names (`woman.phone`, `woman.next_of_kin.name`); ids are theirs.
using WomanMerge = Merge<Woman>;

WomanMerge mergeWomen(const Woman &base, const Woman &theirs, const Woman &mine);

} // namespace bb::interop
