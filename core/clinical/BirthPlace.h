// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/BookingFacts.h"
#include "domain/CarePlan.h"

#include <QList>
#include <QStringList>

namespace bb::clinical {

/// The NICE NG235 factors found in a booking, each in words.
struct BirthPlaceFactors
{
    QStringList obstetricUnit;        ///< any one: plan birth in an obstetric unit
    QStringList individualAssessment; ///< any one: discuss place of birth individually
};

/// OU: conditions the table marks OU, a previous caesarean, more than one baby.
/// IA: conditions the table marks IA, four or more previous births, age 40 or over, BMI above 35.
BirthPlaceFactors birthPlaceFactors(const BookingFacts &facts);

/// Obstetric-led when any OU factor is present, otherwise midwife-led.
CarePathway carePathway(const BirthPlaceFactors &factors);

/// Advice for home, freestanding and alongside midwifery units and the obstetric unit, in that
/// order. The three settings outside an obstetric unit get `obstetric_unit_recommended` with the
/// OU factors as reasons, else `individual_assessment` with the IA factors, else `suitable`.
/// The obstetric unit is always suitable. For a low-risk nulliparous woman the NG235 notes on
/// midwifery units and home birth are added as reasons; the advice codes do not change.
QList<BirthPlaceAdvice> birthPlaceAdvice(const BirthPlaceFactors &factors, bool nulliparous);

/// The settings every woman is offered and told about (NG235), in plan order.
QList<PlaceOfBirth> birthSettings();

/// What each setting is, in plain words, for the printed plan.
QString birthSettingDescription(PlaceOfBirth setting);

} // namespace bb::clinical
