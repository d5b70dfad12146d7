// SPDX-License-Identifier: MIT
#include "teams/RotaView.h"

#include "ClinicContext.h"
#include "clinical/NhsNumber.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {

RotaView::RotaView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_team(new QComboBox), m_from(new DateField),
      m_weeks(new QSpinBox),
      m_shifts(
          makeReadOnlyTable("rotaShifts", {tr("Date"), tr("Shift"), tr("On call"), tr("Cover")})),
      m_women(makeReadOnlyTable("homeBirthWomen", {tr("Woman"), tr("NHS number"), tr("EDD"),
                                                   tr("From 37 weeks"), tr("To 42 weeks")})),
      m_summary(new QLabel)
{
    m_team->setObjectName(QStringLiteral("rotaTeam"));
    m_team->setAccessibleName(tr("Team"));
    m_from->setObjectName(QStringLiteral("rotaFrom"));
    m_from->setAccessibleName(tr("From"));
    m_weeks->setObjectName(QStringLiteral("rotaWeeks"));
    m_weeks->setAccessibleName(tr("Weeks"));
    m_weeks->setRange(1, 26);
    m_weeks->setValue(4);
    m_summary->setWordWrap(true);
    for (const Team &team : m_context.clinic.staffing.teams()) {
        if (team.kind == TeamKind::HomeBirth)
            m_team->addItem(team.name);
    }
    m_from->setDate(m_context.clock.today());
    auto *show = new QPushButton(tr("&Show rota"));
    connect(show, &QPushButton::clicked, this, &RotaView::refresh);
    auto *bar = new QHBoxLayout;
    auto add = [bar](const QString &text, QWidget *w) {
        auto *label = new QLabel(text);
        label->setBuddy(w);
        bar->addWidget(label);
        bar->addWidget(w);
    };
    add(tr("&Team:"), m_team);
    add(tr("&From:"), m_from);
    add(tr("&Weeks:"), m_weeks);
    bar->addWidget(show);
    bar->addStretch();
    auto *splitter = new QSplitter;
    splitter->addWidget(m_shifts);
    auto *womenBox = new QWidget;
    auto *womenLayout = new QVBoxLayout(womenBox);
    womenLayout->setContentsMargins(0, 0, 0, 0);
    womenLayout->addWidget(new QLabel(tr("Women planning a home birth")));
    womenLayout->addWidget(m_women);
    splitter->addWidget(womenBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void RotaView::refresh()
{
    const auto result = m_context.clinic.scheduling.homeBirthRota(
        {m_team->currentText(), m_from->date(), m_weeks->value()});
    m_shifts->setRowCount(0);
    m_women->setRowCount(0);
    if (!result) {
        QStringList lines;
        for (const FieldError &p : result.fieldErrors())
            lines << p.message;
        if (result.failed())
            lines << result.message();
        m_summary->setText(tr("No rota: %1").arg(lines.join(QStringLiteral("; "))));
        return;
    }
    QHash<qint64, QString> names;
    for (const scheduling::Clinician &c : result->midwives)
        names.insert(c.id, c.name);
    m_shifts->setRowCount(int(result->rota.shifts.size()));
    for (int row = 0; row < result->rota.shifts.size(); ++row) {
        const auto &shift = result->rota.shifts[row];
        QStringList who;
        for (qint64 id : shift.midwifeIds)
            who << names.value(id);
        const bool day = shift.kind == scheduling::ShiftKind::Day;
        // A gap in cover stands out: someone must find a second midwife for it.
        setRowCells(m_shifts, row,
                    {shift.date.toString(QStringLiteral("ddd dd-MMM")),
                     day ? tr("Day 08:00-20:00") : tr("Night 20:00-08:00"),
                     who.join(QStringLiteral(" and ")),
                     shift.hasGap() ? tr("\u26A0 gap: %1 on call").arg(shift.midwifeIds.size())
                                    : tr("two on call")},
                    [gap = shift.hasGap()](QTableWidgetItem &item, int) {
                        if (!gap)
                            return;
                        QFont bold = item.font();
                        bold.setBold(true);
                        item.setFont(bold);
                    });
    }
    m_women->setRowCount(int(result->women.size()));
    for (int row = 0; row < result->women.size(); ++row) {
        const auto &w = result->women[row];
        setRowCells(m_women, row,
                    {w.name, clinical::nhs::listed(w.nhsNumber),
                     w.edd.toString(QStringLiteral("dd-MMM-yyyy")),
                     w.from.toString(QStringLiteral("dd-MMM-yyyy")),
                     w.to.toString(QStringLiteral("dd-MMM-yyyy"))});
    }
    m_shifts->resizeColumnsToContents();
    m_women->resizeColumnsToContents();
    QStringList shares;
    for (auto it = result->rota.shiftsPerMidwife.cbegin();
         it != result->rota.shiftsPerMidwife.cend(); ++it)
        shares << QStringLiteral("%1 %2").arg(names.value(it.key())).arg(it.value());
    m_summary->setText(tr("%1 shifts, %2 with a gap in cover. Shifts each: %3.")
                           .arg(result->rota.shifts.size())
                           .arg(result->rota.gaps.size())
                           .arg(shares.join(QStringLiteral(", "))));
}

} // namespace bb::ui
