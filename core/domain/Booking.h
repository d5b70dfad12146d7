// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BookingDetails.h"
#include "domain/Pregnancy.h"
#include "domain/Woman.h"

namespace bb {

/// The booking document: who she is, this pregnancy, and what was assessed at booking.
/// It is what `bbclinic-booking/1` carries. The care-plan rules read the woman, the pregnancy
/// and the assessment; the details are the rest of her booking record.
struct Booking
{
    Woman woman;
    Pregnancy pregnancy;
    BookingAssessment assessment;
    BookingDetails details;
    bool operator==(const Booking &) const = default;
};

} // namespace bb
