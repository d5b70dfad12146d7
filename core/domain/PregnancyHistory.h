// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BookingDetails.h"
#include "domain/Pregnancy.h"

#include <QString>

#include <optional>

namespace bb {

/// One pregnancy of hers as her record lists it: what became of it, in one line, and what it
/// offers the booking of a later pregnancy as an earlier pregnancy of hers.
struct PregnancyHistory
{
    Pregnancy pregnancy;
    bool enteredInError = false;
    /// "Born 12-Feb-2026, 39+2, live birth", "Miscarriage 03-Mar-2026 at 9+1",
    /// "In care, EDD 17-May-2027", "Entered in error (booked 12-Oct-2026)".
    QString outcome;
    /// The earlier-pregnancy row it offers a later booking, for the midwife to confirm; none
    /// while she is in care, when its end is not recorded, or when it was entered in error.
    std::optional<PreviousPregnancy> asEarlier;
    bool operator==(const PregnancyHistory &) const = default;
};

} // namespace bb
