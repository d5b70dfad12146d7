// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Pregnancy.h"

#include <QStringList>

namespace bb::clinical {

/// Why her answers call for a mental health assessment (NICE CG192): a yes to a Whooley
/// question, a GAD-2 score of 3 or more; empty when they do not. The booking, antenatal and
/// postnatal rules all ask it this way.
QStringList mentalHealthConcerns(const MentalHealthAnswers &answers);

} // namespace bb::clinical
