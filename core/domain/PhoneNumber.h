// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb {

/// What is wrong with a phone number printed for a woman to ring, or empty when it looks like a
/// UK number: 10 or 11 digits starting 0 (or +44 for the 0), with spaces, dashes or brackets
/// between them. Text such as "ring the ward" is refused: she cannot dial it.
QString ukPhoneNumberProblem(const QString &text);

} // namespace bb
