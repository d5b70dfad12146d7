// SPDX-License-Identifier: MIT
#include "widgets/ScreenFit.h"

#include <QScreen>
#include <QWidget>

namespace bb::ui {

void resizeWithinScreen(QWidget *window, const QSize &wanted)
{
    // A share of the available area leaves room for the title bar and frame, which
    // availableSize() does not count.
    if (const QScreen *screen = window->screen())
        window->resize(wanted.boundedTo(screen->availableSize() * 0.95));
    else
        window->resize(wanted);
}

} // namespace bb::ui
