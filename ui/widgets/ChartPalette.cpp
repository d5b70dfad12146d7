// SPDX-License-Identifier: MIT
#include "widgets/ChartPalette.h"

#include <QAbstractAxis>
#include <QLegend>
#include <QPalette>

namespace bb::ui {

QChart::ChartTheme chartThemeFor(const QPalette &palette)
{
    // Qt 6.4 has no colour-scheme API: a dark window colour is what says the desktop is dark.
    return palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                             : QChart::ChartThemeLight;
}

void followPalette(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.2f);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.text());
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

} // namespace bb::ui
