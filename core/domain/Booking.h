// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Pregnancy.h"
#include "domain/Woman.h"

namespace bb {

/// The booking document: who she is, this pregnancy, and what was assessed at booking.
/// It is what `bbclinic-booking/1` carries and what the care-plan rules read.
struct Booking
{
    Woman woman;
    Pregnancy pregnancy;
    BookingAssessment assessment;
    bool operator==(const Booking &) const = default;
};

} // namespace bb
