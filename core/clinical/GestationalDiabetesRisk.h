// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/BookingFacts.h"

#include <QStringList>

namespace bb::clinical {

/// NICE NG3 risk factors for gestational diabetes found in a booking.
struct GestationalDiabetesAssessment
{
    QStringList riskFactors;
    bool previousGdm = false;
    bool preExistingDiabetes = false;

    /// 75 g OGTT at 24-28 weeks: any risk factor, but never with pre-existing diabetes (she is
    /// already under the diabetes team and a tolerance test tells nothing new).
    bool ogttAdvised() const { return !riskFactors.isEmpty() && !preExistingDiabetes; }
    /// Early self-monitoring or OGTT after booking, as well as at 24-28 weeks: previous GDM.
    bool earlyTestAdvised() const { return previousGdm && !preExistingDiabetes; }
};

/// True for the ethnic categories NG3 names as high-prevalence family origins:
/// H, J, K (South Asian) and M (Black Caribbean).
bool isHighDiabetesPrevalenceEthnicity(const QString &category);

/// BMI above 30 (strictly, rounded value), the ethnic categories above, and the conditions the
/// table marks as GDM risk (previous GDM, previous baby 4.5 kg or more, first-degree relative
/// with diabetes, high-prevalence family origin).
GestationalDiabetesAssessment assessGestationalDiabetes(const BookingFacts &facts);

} // namespace bb::clinical
