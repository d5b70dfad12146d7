// SPDX-License-Identifier: MIT
#include "careplan/AllocationDialog.h"

#include "ClinicContext.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {

AllocationDialog::AllocationDialog(ClinicContext &context, qint64 pregnancyId, QWidget *parent)
    : QDialog(parent), m_context(context), m_pregnancyId(pregnancyId), m_team(new QComboBox),
      m_midwives(new QTableWidget(0, 4)), m_date(new DateField), m_reason(new QLabel)
{
    setWindowTitle(tr("Name her midwife"));
    m_team->setObjectName(QStringLiteral("allocationTeam"));
    m_midwives->setObjectName(QStringLiteral("allocationMidwives"));
    m_midwives->setAccessibleName(tr("Midwives of the team, best placed first"));
    m_midwives->setHorizontalHeaderLabels(
        {tr("Midwife"), tr("Women now"), tr("Room for"), tr("Due the same month")});
    m_midwives->verticalHeader()->hide();
    m_midwives->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_midwives->setSelectionMode(QAbstractItemView::SingleSelection);
    m_midwives->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The figures take the room their headings need; her name takes the rest.
    m_midwives->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_midwives->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_date->setObjectName(QStringLiteral("allocationDate"));
    m_date->setDate(m_context.clock.today());
    m_reason->setWordWrap(true);

    const auto suggestion = m_context.clinic.scheduling.suggestAllocation(pregnancyId);
    if (suggestion && suggestion->team)
        m_suggestedTeam = suggestion->team->id;
    m_reason->setText(suggestion ? suggestion->reason : tr("No suggestion: choose her team."));
    for (const Team &team : m_context.clinic.staffing.teams())
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(m_suggestedTeam)));

    auto *rows = new FieldRows;
    rows->add(tr("&Team"), m_team);
    rows->add(tr("&Midwife"), m_midwives);
    rows->add(tr("&Named on"), m_date, QString(),
              tr("The date her named midwife and team are recorded"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_team, &QComboBox::currentIndexChanged, this, &AllocationDialog::showTeam);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(rows);
    layout->addWidget(buttons);
    resize(640, 420);
    showTeam();
}

void AllocationDialog::showTeam()
{
    const qint64 teamId = m_team->currentData().toLongLong();
    m_midwives->setRowCount(0);
    // The suggested team's midwives come ranked by the allocation rules; another team's in name
    // order, for a midwife who knows better.
    QList<scheduling::MidwifeCandidate> ranked;
    if (teamId == m_suggestedTeam) {
        if (const auto s = m_context.clinic.scheduling.suggestAllocation(m_pregnancyId))
            ranked = s->candidates;
    }
    if (ranked.isEmpty()) {
        for (const Staff &s : m_context.clinic.staffing.members(teamId)) {
            if (s.isMidwife())
                ranked.append({s.id, s.name, 0, 0, 0, 0});
        }
    }
    m_midwives->setRowCount(int(ranked.size()));
    for (int row = 0; row < ranked.size(); ++row) {
        const auto &c = ranked[row];
        const bool rankedRow = c.capacity > 0;
        const QStringList cells{c.name, rankedRow ? QString::number(c.caseload) : QString(),
                                rankedRow ? QString::number(c.capacityLeft) : QString(),
                                rankedRow ? QString::number(c.dueSameMonth) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, c.clinicianId);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_midwives->setItem(row, column, item);
        }
    }
    if (m_midwives->rowCount() > 0)
        m_midwives->selectRow(0);
}

std::optional<Allocation> AllocationDialog::chosen() const
{
    const int row = m_midwives->currentRow();
    if (row < 0 || !m_date->date().isValid())
        return std::nullopt;
    Allocation a;
    a.pregnancyId = m_pregnancyId;
    a.midwifeId = m_midwives->item(row, 0)->data(Qt::UserRole).toLongLong();
    a.teamId = m_team->currentData().toLongLong();
    a.recordedOn = m_date->date();
    return a;
}

std::optional<Allocation> AllocationDialog::ask(ClinicContext &context, qint64 pregnancyId,
                                                QWidget *parent)
{
    AllocationDialog dialog(context, pregnancyId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

} // namespace bb::ui
