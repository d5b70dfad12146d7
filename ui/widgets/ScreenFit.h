// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>

class QWidget;

namespace bb::ui {

/// Resizes a top-level `window` to `wanted`, but never beyond most of the screen it is on, so
/// that on a 1366 by 768 laptop its title bar, buttons and status bar stay in sight.
void resizeWithinScreen(QWidget *window, const QSize &wanted);

/// Makes a dialog taller, as far as the screen allows, when what it now shows (a message
/// under a field) needs more height than it has; never narrower or shorter.
void growToFitContents(QWidget *window);

} // namespace bb::ui
