// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb::clinical {

/// NHS number: ten digits whose last is a modulus 11 check digit (NHS Data Dictionary).
namespace nhs {

/// The digits of what was typed or pasted, with spaces and dashes removed. Any other
/// character is left in place so that validation can say what is wrong.
QString normalise(const QString &input);

/// Empty when `input` is a valid NHS number; otherwise why it is not, in words for a midwife.
QString problem(const QString &input);

bool isValid(const QString &input);

/// The check digit for nine digits, or -1 when no check digit exists (the sum gives 10).
int checkDigit(QStringView nineDigits);

/// `943 476 5919`: the 3-3-4 form used on screen and on paper.
QString format(const QString &input);

} // namespace nhs
} // namespace bb::clinical
