// SPDX-License-Identifier: MIT
#include "teams/BabiesAwayView.h"

#include "ClinicContext.h"
#include "clinical/NhsNumber.h"
#include "domain/RecordFlags.h"
#include "widgets/DateField.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

enum Column
{
    Mother,
    NhsNumber,
    MotherFlags,
    TeamName,
    BabyColumn,
    Born,
    Where,
    Since,
    DaysAway,
    Reason
};
constexpr int kWomanIdRole = Qt::UserRole + 1;

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MMM-yyyy"));
}

QString babyText(const Baby &baby)
{
    switch (baby.sex) {
    case BabySex::Female:
        return BabiesAwayView::tr("Baby %1, girl").arg(baby.order);
    case BabySex::Male:
        return BabiesAwayView::tr("Baby %1, boy").arg(baby.order);
    case BabySex::Indeterminate:
        break;
    }
    return BabiesAwayView::tr("Baby %1, sex not yet determined").arg(baby.order);
}

} // namespace

BabiesAwayView::BabiesAwayView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_team(new QComboBox), m_day(new DateField),
      m_summary(new QLabel),
      m_table(makeReadOnlyTable("babiesAway",
                                {tr("Mother"), tr("NHS number"), tr("Her flags"), tr("Team"),
                                 tr("Baby"), tr("Born"), tr("Where"), tr("Since"), tr("Days away"),
                                 tr("Reason")},
                                RowSelection::Single))
{
    m_team->setObjectName(QStringLiteral("babiesAwayTeam"));
    m_team->setAccessibleName(tr("Team"));
    m_day->setObjectName(QStringLiteral("babiesAwayDay"));
    m_day->setAccessibleName(tr("On the day"));
    m_day->setDate(m_context.clock.today());
    m_summary->setObjectName(QStringLiteral("babiesAwaySummary"));
    m_summary->setWordWrap(true);
    m_table->setAccessibleName(tr("Babies cared for away from home"));
    m_table->setWordWrap(true);

    auto *teamLabel = new QLabel(tr("&Team:"));
    teamLabel->setBuddy(m_team);
    auto *dayLabel = new QLabel(tr("On &day:"));
    dayLabel->setBuddy(m_day);
    auto *show = new QPushButton(tr("&Show"));
    show->setObjectName(QStringLiteral("babiesAwayShow"));
    connect(show, &QPushButton::clicked, this, &BabiesAwayView::refresh);
    // Enter in the day field shows that day, as the button does.
    connect(m_day, &QLineEdit::returnPressed, this, &BabiesAwayView::refresh);
    connect(m_team, &QComboBox::activated, this, &BabiesAwayView::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addWidget(dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(show);
    bar->addStretch();

    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const qint64 id = m_table->item(item->row(), Mother)->data(kWomanIdRole).toLongLong();
        if (id > 0)
            emit openWoman(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void BabiesAwayView::refresh()
{
    const qint64 chosenTeam = m_team->currentData().toLongLong();
    const QList<Team> teams = m_context.clinic.staffing.teams();
    m_team->clear();
    m_team->addItem(tr("All teams"), 0);
    QHash<qint64, QString> teamNames;
    for (const Team &team : teams) {
        m_team->addItem(team.name, team.id);
        teamNames.insert(team.id, team.name);
    }
    m_team->setCurrentIndex(std::max(0, m_team->findData(chosenTeam)));
    const qint64 teamId = m_team->currentData().toLongLong();

    m_table->setRowCount(0);
    if (m_day->hasProblem() || m_day->isEmpty()) {
        m_summary->setText(
            tr("Type the day as dd/mm/yyyy, for example %1.")
                .arg(m_context.clock.today().toString(QStringLiteral("dd/MM/yyyy"))));
        m_table->hide();
        return;
    }
    const QDate day = m_day->date();
    const auto read = m_context.clinic.discharges.babiesAwayFromHome(day, teamId);
    if (!read) {
        m_summary->setText(tr("The list could not be read: %1").arg(read.message()));
        m_table->hide();
        return;
    }
    const QList<BabyAway> &babies = read.value();
    // "of City Continuity Team" only when one team is chosen: every team's list also holds
    // the babies of women not yet given a team.
    const QString of = teamId == 0 ? QString() : tr(" of %1").arg(m_team->currentText());
    if (babies.isEmpty()) {
        m_summary->setText(
            tr("No babies%1 are cared for away from home on %2.").arg(of, shortDate(day)));
        m_table->hide();
        return;
    }
    const QString count =
        babies.size() == 1
            ? tr("1 baby%1 is cared for away from home on %2.").arg(of, shortDate(day))
            : tr("%1 babies%2 are cared for away from home on %3.")
                  .arg(babies.size())
                  .arg(of, shortDate(day));
    QList<qint64> mothers;
    for (const BabyAway &b : babies)
        mothers << b.womanId;
    const auto flags = m_context.clinic.women.flagsOf(mothers, m_context.actor);
    m_summary->setText(
        count + QLatin1Char(' ') +
        tr("Enter or a double click on a row opens her mother's record.") +
        (flags ? QString()
               : QLatin1Char(' ') +
                     tr("Her mother's flags could not be read: %1").arg(flags.message())));
    m_table->setRowCount(int(babies.size()));
    for (int row = 0; row < babies.size(); ++row) {
        const BabyAway &b = babies[row];
        const qint64 days = b.move.from.daysTo(day);
        const QStringList cells{
            b.motherName,
            clinical::nhs::listed(b.motherNhsNumber),
            flags ? flagText(flags.value().value(b.womanId), FlagStyle::List) : QString(),
            b.teamId == 0 ? tr("none yet") : teamNames.value(b.teamId),
            babyText(b.baby),
            shortDate(b.born),
            QStringLiteral("%1: %2").arg(codes::label(b.move.location), b.move.unit),
            shortDate(b.move.from),
            QString::number(days),
            b.move.reason};
        setRowCells(m_table, row, cells, [&b](QTableWidgetItem &item, int column) {
            if (column == Mother)
                item.setData(kWomanIdRole, b.womanId);
            if (column == DaysAway)
                item.setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        });
    }
    // Every column as wide as it needs, but a long unit name or baby's words wrap rather than
    // push the reason off the screen: the reason takes what is left, wrapped too.
    const int widest = m_table->fontMetrics().averageCharWidth() * 34;
    for (int column = Mother; column < Reason; ++column) {
        m_table->resizeColumnToContents(column);
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    }
    m_table->show();
    m_table->resizeRowsToContents();
}

} // namespace bb::ui
