// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"
#include "domain/Observations.h"

#include <QString>

#include <optional>

class QLineEdit;

namespace bb::ui {

/// A short box for a number with its unit as the placeholder (`cm`, `ppm`), named `name`.
QLineEdit *makeNumberBox(const char *name, const QString &unit);

/// An optional number as a box shows it; empty for none.
QString numberText(const std::optional<double> &value);

/// Reads an optional number from a box; text that is not one is a problem added under `path`.
std::optional<double> readNumber(const QLineEdit *box, const QString &path, FieldErrors &problems);

/// Reads an optional whole number from a box; text that is not one (a fraction included) is a
/// problem under `path`, never rounded.
std::optional<int> readWholeNumber(const QLineEdit *box, const QString &path,
                                   FieldErrors &problems);

/// A blood pressure as a box shows it (`120/80`); empty for none.
QString bloodPressureText(const std::optional<BloodPressure> &value);

/// Reads an optional blood pressure typed as systolic/diastolic; other text is a problem under
/// `path`. Whether the reading is possible is the rules' to say.
std::optional<BloodPressure> readBloodPressure(const QLineEdit *box, const QString &path,
                                               FieldErrors &problems);

} // namespace bb::ui
