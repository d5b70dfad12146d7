// SPDX-License-Identifier: MIT
#include "widgets/ScreenFit.h"

#include <QLayout>
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

void growToFitContents(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        resizeWithinScreen(window, QSize(window->width(), needed));
}

} // namespace bb::ui
