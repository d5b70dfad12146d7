// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace bb::ui {

/// What the About box says: the app and its version, its licence, the Qt it runs on, and the
/// guidelines (with their editions) that its clinical rules follow. Rich text.
QString aboutText();

/// Shows the About box over `parent`.
void showAboutBox(QWidget *parent);

} // namespace bb::ui
