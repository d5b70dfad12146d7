// SPDX-License-Identifier: MIT
#include "teams/ContinuityDashboard.h"

#include "ClinicContext.h"
#include "clinical/NhsNumber.h"
#include "widgets/ChartPalette.h"
#include "widgets/DateField.h"
#include "widgets/ReadOnlyTable.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace bb::ui {
namespace {

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("-")
                      : QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 0);
}

/// Women, placed and receiving side by side for each group: the three bars a team lead compares.
QChart *figuresChart(const QString &title, const QList<scheduling::ContinuityGroup> &groups)
{
    auto *women = new QBarSet(QObject::tr("Women"));
    auto *placed = new QBarSet(QObject::tr("Placed on a continuity pathway"));
    auto *receiving = new QBarSet(QObject::tr("Receiving continuity"));
    QStringList names;
    int most = 1;
    for (const auto &g : groups) {
        *women << g.figures.women;
        *placed << g.figures.placed;
        *receiving << g.figures.receiving;
        // "City Continuity Team" reads as "City Continuity" under a bar: the axis has no room.
        names << (g.name.endsWith(QLatin1String(" Team")) ? g.name.chopped(5) : g.name);
        most = std::max(most, g.figures.women);
    }
    auto *series = new QBarSeries;
    series->append(women);
    series->append(placed);
    series->append(receiving);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *counts = new QValueAxis;
    counts->setRange(0, most);
    counts->applyNiceNumbers();
    counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTheme(chartThemeFor(QGuiApplication::palette()));
    followPalette(chart, QGuiApplication::palette()); // the desktop's, light or dark
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace

ContinuityDashboard::ContinuityDashboard(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_asOf(new DateField), m_headline(new QLabel),
      m_teams(new QChartView), m_midwives(new QTableWidget(0, 5)),
      m_slipping(new QTableWidget(0, 9))
{
    m_asOf->setObjectName(QStringLiteral("continuityAsOf"));
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setDate(m_context.clock.today());
    m_headline->setObjectName(QStringLiteral("continuityHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_teams->setRenderHint(QPainter::Antialiasing);
    m_midwives->setObjectName(QStringLiteral("midwifeFigures"));
    m_midwives->setAccessibleName(tr("Continuity by named midwife"));
    m_midwives->setHorizontalHeaderLabels(
        {tr("Named midwife"), tr("Women"), tr("Placed"), tr("Receiving"), tr("% of placed")});
    m_midwives->verticalHeader()->hide();
    m_midwives->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_midwives->setAlternatingRowColors(true);
    m_midwives->setTabKeyNavigation(false);
    m_slipping->setObjectName(QStringLiteral("womenContinuity"));
    m_slipping->setAccessibleName(tr("Each woman's continuity, slipping first"));
    m_slipping->setHorizontalHeaderLabels(
        {tr("Woman"), tr("NHS number"), tr("Named midwife"), tr("Team"), tr("Placed"),
         tr("Receiving"), tr("With her midwife"), tr("With her team"), tr("Clinicians seen")});
    m_slipping->verticalHeader()->hide();
    m_slipping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slipping->horizontalHeader()->setStretchLastSection(true);
    m_slipping->setTabKeyNavigation(false);

    auto *label = new QLabel(tr("&As of:"));
    label->setBuddy(m_asOf);
    auto *update = new QPushButton(tr("&Update"));
    connect(update, &QPushButton::clicked, this, &ContinuityDashboard::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_asOf);
    bar->addWidget(update);
    bar->addWidget(m_headline, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(m_teams, 0, 0);
    grid->addWidget(m_midwives, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *slippingLabel =
        new QLabel(tr("Each woman, those whose continuity is slipping first (\u26A0: her last two "
                      "contacts were with midwives outside her team)"));
    QFont bold = slippingLabel->font();
    bold.setBold(true);
    slippingLabel->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(grid, 3);
    layout->addWidget(slippingLabel);
    layout->addWidget(m_slipping, 1);
}

void ContinuityDashboard::refresh()
{
    const QDate asOf = m_asOf->date().isValid() ? m_asOf->date() : m_context.clock.today();
    const auto report = m_context.clinic.scheduling.continuityReport(asOf);
    const auto &all = report.overall;
    m_headline->setText(
        tr("%1 women in care: %2 placed on a continuity pathway (%3), %4 receiving "
           "continuity (%5 of those placed); %6 not measurable yet (no contacts since "
           "their midwife was named)")
            .arg(all.women)
            .arg(all.placed)
            .arg(percent(all.placed, all.women))
            .arg(all.receiving)
            .arg(percent(all.receiving, all.placed))
            .arg(all.notYetMeasurable));
    m_teams->setChart(figuresChart(tr("By team"), report.teams));
    // Named midwives as a table: a dozen names do not fit under bars, and a lead reads down it.
    m_midwives->setRowCount(int(report.midwives.size()));
    for (int row = 0; row < report.midwives.size(); ++row) {
        const auto &m = report.midwives[row];
        const QStringList cells{
            m.name, QString::number(m.figures.women), QString::number(m.figures.placed),
            QString::number(m.figures.receiving), percent(m.figures.receiving, m.figures.placed)};
        setRowCells(m_midwives, row, cells, [](QTableWidgetItem &item, int column) {
            if (column > 0)
                item.setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        });
    }
    m_midwives->resizeColumnsToContents();

    QList<scheduling::WomanContinuity> women = report.women;
    std::stable_sort(women.begin(), women.end(),
                     [](const auto &a, const auto &b) { return a.slipping > b.slipping; });
    m_slipping->setRowCount(int(women.size()));
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    for (int row = 0; row < women.size(); ++row) {
        const auto &w = women[row];
        const auto &o = w.outcome;
        const QStringList cells{(w.slipping ? QStringLiteral("\u26A0 ") : QString()) + w.name,
                                clinical::nhs::listed(w.nhsNumber),
                                w.namedMidwife,
                                w.team,
                                yesNo(o.placed),
                                o.attendedContacts == 0 ? tr("not yet") : yesNo(o.receiving),
                                tr("%1 of %2").arg(o.withNamedMidwife).arg(o.attendedContacts),
                                tr("%1 of %2").arg(o.withTeam).arg(o.attendedContacts),
                                QString::number(o.distinctClinicians)};
        setRowCells(m_slipping, row, cells);
    }
    m_slipping->resizeColumnsToContents();
}

} // namespace bb::ui
