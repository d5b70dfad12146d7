// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

class QWidget;

namespace bb::ui {

/// Everything typed into a form's named input widgets (line edits, text edits, check boxes,
/// combo boxes, spin boxes), keyed by object name. It is what a draft stores and what tells
/// whether a form has changed since it was loaded or saved.
QJsonObject captureForm(const QWidget *root);
void restoreForm(QWidget *root, const QJsonObject &snapshot);

} // namespace bb::ui
