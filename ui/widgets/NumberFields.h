// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"

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

} // namespace bb::ui
