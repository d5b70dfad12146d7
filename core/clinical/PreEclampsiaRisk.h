// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/BookingFacts.h"

#include <QStringList>

namespace bb::clinical {

/// NICE NG133 risk factors for pre-eclampsia found in a booking, each in words.
struct PreEclampsiaAssessment
{
    QStringList high;
    QStringList moderate;

    /// Aspirin 75-150 mg daily from 12 weeks: one high or two moderate factors.
    bool aspirinAdvised() const { return !high.isEmpty() || moderate.size() >= 2; }
};

/// Moderate factors: first pregnancy, age 40 or over, more than 10 years since the last
/// pregnancy, BMI 35 or more (rounded), family history of pre-eclampsia, more than one baby.
/// High factors: the conditions the table marks PE high.
PreEclampsiaAssessment assessPreEclampsia(const BookingFacts &facts);

} // namespace bb::clinical
