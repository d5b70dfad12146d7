// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/CarePlan.h"
#include "domain/FieldError.h"
#include "domain/RuleSettings.h"

#include <variant>

namespace bb::clinical {

using CarePlanResult = std::variant<CarePlan, FieldErrors>;

/// The personalised care plan for a booking, by the rules page: dating, pathway, place-of-birth
/// advice (NICE NG235), recommendations with their sources, the NICE NG201 contacts and scan
/// windows. Pure: every date is worked out from the booking date, and nothing before it is
/// planned. `settings` holds the values a trust may set (the rules page's defaults otherwise).
/// Gives field errors instead when the booking cannot be planned (no usable dating, no booking
/// date or date of birth, an unknown code).
CarePlanResult planCare(const Booking &booking, const RuleSettings &settings = {});

} // namespace bb::clinical
