// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QStringList>

namespace bb::interop {

/// A booking typed from `base` while a colleague saved `theirs` from the same `base`, put
/// together answer by answer, as the booking format (BookingJson.h) names them: an answer
/// changed on one side only takes that side's value; one changed on both sides to different
/// values is a conflict, and takes `mine`. An object (her next of kin) is merged field by
/// field; a list (her conditions, earlier pregnancies) is one answer.
struct BookingMerge
{
    Booking merged;
    /// Answers changed on both sides to different values, by their path in the booking format
    /// (`woman.phone`, `pregnancy.previous_pregnancies`); `merged` has mine.
    QStringList bothChanged;
    /// Answers only the colleague changed, which `merged` keeps.
    QStringList theirsKept;
};

BookingMerge mergeBookings(const Booking &base, const Booking &theirs, const Booking &mine);

/// The same for her details alone (her registration), field by field under the booking
/// format's names (`woman.phone`, `woman.next_of_kin.name`); ids are theirs.
struct WomanMerge
{
    Woman merged;
    QStringList bothChanged;
    QStringList theirsKept;
};

WomanMerge mergeWomen(const Woman &base, const Woman &theirs, const Woman &mine);

} // namespace bb::interop
