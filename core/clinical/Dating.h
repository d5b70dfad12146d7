// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Gestation.h"
#include "domain/Pregnancy.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb::clinical {

// The values these rules return live in domain/, so that what holds them need not depend on
// the rules; their old names here keep code written against them compiling.
using bb::DatingResult;
using bb::EddMethod;
using bb::Gestation;
using bb::label;
using bb::toCode;

/// BMUS/FASP first-trimester dating: a crown–rump length of 45.0–84.0 mm dates the pregnancy.
constexpr double kCrlMinMm = 45.0;
constexpr double kCrlMaxMm = 84.0;
bool crlInDatingRange(double crlMm);

/// Robinson and Fleming, corrected for the speed of sound as BMUS adopted: gestation at scan in
/// days = round(8.052 × √(1.037 × CRL) + 23.73). 45.0 mm gives 11+2 and 84.0 mm 14+1.
int robinsonGestationDays(double crlMm);

/// The EDD from a dating scan when its CRL is in range (used even when the LMP is known),
/// otherwise from the LMP (+280 days). Empty when neither is usable: the booking cannot be
/// planned. Warnings are added for a scan that could not be used.
std::optional<DatingResult> estimateDueDate(const QDate &lmp,
                                            const std::optional<DatingScan> &scan);
std::optional<DatingResult> estimateDueDate(const Pregnancy &pregnancy);

QDate pregnancyStart(const QDate &edd); ///< EDD − 280 days
Gestation gestationOn(const QDate &edd, const QDate &date);
QDate dateAtGestation(const QDate &edd, Gestation gestation);

/// Whole years from birth to `on`.
int ageInYears(const QDate &dateOfBirth, const QDate &on);

/// A young parent, for whom services are organised apart (NICE CG110: young women aged under
/// 20): under 20 on `on`. False when her date of birth is not known.
bool isTeenageParent(const QDate &dateOfBirth, const QDate &on);

/// weight / height², rounded to one decimal, half away from zero. Empty when either is missing
/// or not positive. Every BMI threshold compares this rounded value.
std::optional<double> bodyMassIndex(std::optional<double> heightCm, std::optional<double> weightKg);

} // namespace bb::clinical
