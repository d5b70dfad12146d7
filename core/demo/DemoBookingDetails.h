// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

namespace bb::demo {

/// The rest of a demo booking, made to agree with what the booking already says: earlier
/// pregnancies one by one that give its counts, baseline observations, bloods and screening,
/// medicines and allergies, the routine enquiries, her next of kin and occupation. Drawn from
/// its own stream, seeded by her NHS number, so the women themselves stay as they were.
Booking withDemoDetails(Booking booking);

} // namespace bb::demo
