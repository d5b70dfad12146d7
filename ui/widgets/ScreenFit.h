// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>

class QWidget;

namespace bb::ui {

/// Resizes a top-level `window` to `wanted`, but never beyond most of the screen it is on, so
/// that on a 1366 by 768 laptop its title bar, buttons and status bar stay in sight.
void resizeWithinScreen(QWidget *window, const QSize &wanted);

} // namespace bb::ui
