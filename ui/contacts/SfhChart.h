// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Gestation.h"
#include "domain/RuleSettings.h"

#include <QChartView>
#include <QList>

#include <optional>

namespace bb::ui {

/// One fundal height on her chart.
struct SfhPoint
{
    Gestation at;
    double cm = 0;
};

/// Her symphysis–fundal height chart (SBL v3 element 2): the chart's lower and upper lines from
/// 24+0 (the rules' own lines, clinical::sfhLowerLine()), her earlier measurements joined up, and
/// the one being typed marked on its own, so a midwife sees a crossing before she saves.
class SfhChart : public QChartView
{
    Q_OBJECT
public:
    explicit SfhChart(QWidget *parent = nullptr);

    void show(const QList<SfhPoint> &earlier, const std::optional<SfhPoint> &now,
              const RuleSettings &settings = {});
    /// How many measurements are plotted (earlier and now): what a test can check.
    int plotted() const { return m_plotted; }

private:
    int m_plotted = 0;
};

} // namespace bb::ui
