// SPDX-License-Identifier: MIT
#include "contacts/SfhChart.h"

#include "widgets/ChartPalette.h"

#include "clinical/ContactRules.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace bb::ui {
namespace {

constexpr int kFirstWeek = 24;
constexpr int kLastWeek = 42;

double weeksOf(Gestation g)
{
    return g.days / 7.0;
}

/// A chart line, every day from 24+0 to 42+0 so the step at 36+0 is drawn where it is.
QLineSeries *chartLine(const QString &name, double (*line)(Gestation, const RuleSettings &),
                       const RuleSettings &settings, const QColor &ink)
{
    auto *series = new QLineSeries;
    series->setName(name);
    for (int day = kFirstWeek * 7; day <= kLastWeek * 7; ++day)
        series->append(day / 7.0, line(Gestation{day}, settings));
    // Dashed, so it reads as a reference line in black and white too; in the text's colour, so
    // it reads on a dark desktop as on a light one.
    QPen pen(ink);
    pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    return series;
}

} // namespace

SfhChart::SfhChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("sfhChart"));
    setAccessibleName(tr("Fundal height chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    show({}, std::nullopt);
}

void SfhChart::show(const QList<SfhPoint> &earlier, const std::optional<SfhPoint> &now,
                    const RuleSettings &settings)
{
    auto *chart = new QChart;
    chart->setTheme(chartThemeFor(palette())); // before the lines' own pens
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Fundal height (cm) by weeks of pregnancy"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    QList<QAbstractSeries *> all;
    const QColor ink = palette().color(QPalette::Text);
    all << chartLine(tr("Lower"), clinical::sfhLowerLine, settings, ink)
        << chartLine(tr("Upper"), clinical::sfhUpperLine, settings, ink);
    auto *hers = new QLineSeries;
    hers->setName(tr("Earlier"));
    hers->setPointsVisible(true);
    for (const SfhPoint &p : earlier) {
        if (p.at >= Gestation::fromWeeks(kFirstWeek))
            hers->append(weeksOf(p.at), p.cm);
    }
    all << hers;
    m_plotted = int(hers->count());
    if (now && now->at >= Gestation::fromWeeks(kFirstWeek)) {
        auto *today = new QScatterSeries;
        today->setName(tr("Today"));
        today->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        today->setMarkerSize(12);
        today->append(weeksOf(now->at), now->cm);
        all << today;
        ++m_plotted;
    }

    auto *weeks = new QValueAxis;
    weeks->setRange(kFirstWeek, kLastWeek);
    weeks->setTickCount((kLastWeek - kFirstWeek) / 2 + 1);
    weeks->setLabelFormat(QStringLiteral("%d"));
    weeks->setTitleText(tr("Weeks"));
    auto *cm = new QValueAxis;
    // Whole centimetres on the ticks, every 4 cm.
    cm->setRange(kFirstWeek - 4, kLastWeek + 4);
    cm->setTickType(QValueAxis::TicksDynamic);
    cm->setTickAnchor(kFirstWeek - 4);
    cm->setTickInterval(4);
    cm->setLabelFormat(QStringLiteral("%d"));
    cm->setTitleText(tr("cm"));
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(cm, Qt::AlignLeft);
    for (QAbstractSeries *series : all) {
        chart->addSeries(series);
        series->attachAxis(weeks);
        series->attachAxis(cm);
    }
    followPalette(chart, palette()); // after the axes, which it paints too
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace bb::ui
