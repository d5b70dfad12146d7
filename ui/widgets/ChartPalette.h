// SPDX-License-Identifier: MIT
#pragma once

#include <QChart>

class QPalette;

namespace bb::ui {

/// The chart theme for the desktop's palette: light or dark as the desktop is. Set before the
/// series are given colours of their own, which a theme would replace.
QChart::ChartTheme chartThemeFor(const QPalette &palette);

/// Paints `chart`'s background, title, legend and axes (once they are added) in the desktop's
/// palette, so that the chart reads as the rest of the window does.
void followPalette(QChart *chart, const QPalette &palette);

} // namespace bb::ui
