// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

// Observations taken the same way at the booking and at every antenatal contact, so that her
// booking values are the baseline later readings are compared with.

/// A urine dipstick reading, in the order of its scale.
enum class Dipstick
{
    NotTested,
    Negative,
    Trace,
    Plus1,
    Plus2,
    Plus3,
    Plus4
};

struct BloodPressure
{
    int systolic = 0; ///< mmHg
    int diastolic = 0;
    bool operator==(const BloodPressure &) const = default;
};

} // namespace bb

namespace bb::codes {

QString toCode(Dipstick value);
std::optional<Dipstick> dipstickFromCode(const QString &code);
QString label(Dipstick value);
QStringList dipstickCodes();

} // namespace bb::codes
