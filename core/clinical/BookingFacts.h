// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/ConditionCodes.h"
#include "clinical/Dating.h"
#include "domain/Booking.h"
#include "domain/FieldError.h"

#include <QList>

#include <optional>
#include <variant>

namespace bb::clinical {

/// The figures every care-plan rule reads, worked out once from a booking: dating, age, the
/// rounded BMI, parity and the looked-up condition rows. The rule functions take this so each
/// can be tested on its own.
struct BookingFacts
{
    Booking booking;
    QDate edd;
    EddMethod eddMethod = EddMethod::Lmp;
    Gestation gestationAtBooking;
    int ageAtBooking = 0;
    std::optional<double> bmi;   ///< rounded to one decimal; thresholds compare this value
    bool nulliparous = false;    ///< no previous birth (previous births 0)
    bool firstPregnancy = false; ///< no previous pregnancy of any outcome (births 0 and losses 0)
    QList<const ConditionInfo *> conditions; ///< rows for the booking's codes, never null
    QStringList warnings;

    bool hasCondition(const char *code) const;
    bool hasPreExistingDiabetes() const;
    bool smokesNow() const { return booking.assessment.smoking == Smoking::Current; }
};

/// Works out the facts, or says why the booking cannot be planned (planningProblems(): no usable
/// dating, no booking date or date of birth, an unknown condition or social code, a booking
/// outside the pregnancy). Paths follow the booking format.
std::variant<BookingFacts, FieldErrors> bookingFacts(const Booking &booking);

/// `BMI 36.5`: how a BMI appears in reasons.
QString bmiText(double bmi);

} // namespace bb::clinical
