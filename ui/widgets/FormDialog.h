// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"

#include <QString>

#include <functional>

class QDialog;
class QLabel;
class QPushButton;

namespace bb::ui {

class FieldRows;

/// Lays out a small form dialog as every one here is: what it is for, its fields, a message
/// under them, and at its foot the button that does it (the default, so Enter in a field
/// presses it) beside one that closes it. `act` runs on the first and decides whether the
/// dialog closes. Sized `width` wide, within the screen; returns the first button.
QPushButton *layOutFormDialog(QDialog *dialog, const QString &explanation, FieldRows *rows,
                              QLabel *message, const QString &actText, const QString &closeText,
                              std::function<void()> act, int width);

/// Shows what was refused: each problem under its field, one that has no field (or `failure`)
/// in `message`; focuses the first field refused and grows the dialog to show it all.
void showProblems(QDialog *dialog, FieldRows *rows, QLabel *message, const FieldErrors &errors,
                  const QString &failure);

} // namespace bb::ui
