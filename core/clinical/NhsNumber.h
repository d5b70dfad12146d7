// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb::clinical {

/// NHS number: ten digits whose last is a modulus 11 check digit (NHS Data Dictionary).
///
/// A woman not yet registered with the NHS (newly arrived, an asylum seeker) is given a
/// temporary local identifier instead until her NHS number is known: `TMP` and seven digits,
/// which no NHS number can be (it has letters), the same length so it fits where her number
/// goes. The functions below say which of the two an identifier is and show it marked.
namespace nhs {

/// The digits of what was typed or pasted, with spaces and dashes removed. Any other
/// character is left in place so that validation can say what is wrong. A temporary
/// identifier typed in lower case (`tmp0000001`) comes back in capitals.
QString normalise(const QString &input);

/// Empty when `input` is a valid NHS number; otherwise why it is not, in words for a midwife.
QString problem(const QString &input);

bool isValid(const QString &input);

/// The check digit for nine digits, or -1 when no check digit exists (the sum gives 10).
int checkDigit(QStringView nineDigits);

/// `943 476 5919`: the 3-3-4 form used on screen and on paper. A temporary identifier is
/// left whole (`TMP0000001`).
QString format(const QString &input);

/// Whether `identifier` is a temporary local identifier: `TMP` and seven digits.
bool isTemporary(const QString &identifier);

/// `TMP`: how every temporary identifier starts.
QString temporaryPrefix();

/// The temporary identifier numbered `sequence` (1 to 9999999): `TMP0000001`. Empty outside
/// that range.
QString temporaryIdentifier(int sequence);

/// The number of a temporary identifier (`TMP0000042` gives 42); 0 for anything else.
int temporarySequence(const QString &identifier);

/// Empty when `input` is a valid NHS number or a temporary identifier: what finds a woman
/// (a search, the command line's `--nhs-number`). Otherwise why it is neither.
QString identifierProblem(const QString &input);

/// Her identifier where a page or her record's header names it: `NHS number 943 476 5919`,
/// or `TMP0000001 (temporary: no NHS number yet)`.
QString labelled(const QString &identifier);

/// Her identifier in a list's NHS number column: `943 476 5919`, or `TMP0000001 (temp)`.
QString listed(const QString &identifier);

} // namespace nhs
} // namespace bb::clinical
