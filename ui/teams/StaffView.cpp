// SPDX-License-Identifier: MIT
#include "teams/StaffView.h"

#include "ClinicContext.h"
#include "access/Permissions.h"
#include "teams/StaffDialogs.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

// Every cell carries the row's id, so whichever cell is current names the record to edit.
void fillRow(QTableWidget *t, int row, qint64 id, const QStringList &cells)
{
    setRowCells(t, row, cells,
                [id](QTableWidgetItem &item, int) { item.setData(Qt::UserRole, id); });
}

qint64 currentId(const QTableWidget *t)
{
    const auto *item = t->currentRow() >= 0 ? t->item(t->currentRow(), 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace

StaffView::StaffView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_staff(makeReadOnlyTable(
          "staffTable", {tr("Name"), tr("Role"), tr("FTE"), tr("Team"), tr("Skills"), tr("Days")},
          RowSelection::Single)),
      m_teams(makeReadOnlyTable(
          "teamTable",
          {tr("Team"), tr("Kind"), tr("Base"), tr("Postcode areas"), tr("Caseload target")},
          RowSelection::Single)),
      m_message(makeMessageLabel())
{
    // Greyed, with the reason, for those who may not change staff or teams.
    const QString refusal = mayNotAdminister();
    auto button = [this, &refusal](const QString &text, auto slot) {
        auto *b = new QPushButton(text);
        b->setEnabled(refusal.isEmpty());
        b->setToolTip(refusal);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *staffButtons = new QHBoxLayout;
    staffButtons->addWidget(button(tr("&Add staff member..."), [this] { editStaff(0); }));
    staffButtons->addWidget(
        button(tr("&Edit staff member..."), [this] { editStaff(currentId(m_staff)); }));
    staffButtons->addStretch();
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(button(tr("Add &team..."), [this] { editTeam(0); }));
    teamButtons->addWidget(button(tr("Ed&it team..."), [this] { editTeam(currentId(m_teams)); }));
    teamButtons->addStretch();
    connect(m_staff, &QTableWidget::cellActivated, this, [this] { editStaff(currentId(m_staff)); });
    connect(m_teams, &QTableWidget::cellActivated, this, [this] { editTeam(currentId(m_teams)); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_staff, 3);
    layout->addLayout(staffButtons);
    layout->addWidget(m_teams, 2);
    layout->addLayout(teamButtons);
    layout->addWidget(m_message);
    refresh();
}

void StaffView::refresh()
{
    const QList<Staff> staff = m_context.clinic.staffing.staff();
    m_staff->setRowCount(int(staff.size()));
    for (int row = 0; row < staff.size(); ++row) {
        const Staff &s = staff[row];
        QStringList teams;
        for (const Team &t : m_context.clinic.staffing.teamsOf(s.id))
            teams << t.name;
        QStringList skills;
        for (const QString &code : s.skills)
            skills << codes::skillLabel(code);
        QStringList days;
        for (int day : s.workingDays)
            days << QLocale().dayName(day, QLocale::ShortFormat);
        fillRow(m_staff, row, s.id,
                {s.name, codes::label(s.role), QString::number(s.fte, 'f', 1),
                 teams.join(QStringLiteral(", ")), skills.join(QStringLiteral(", ")),
                 days.join(QLatin1Char(' '))});
    }
    const QList<Team> teams = m_context.clinic.staffing.teams();
    m_teams->setRowCount(int(teams.size()));
    for (int row = 0; row < teams.size(); ++row) {
        const Team &t = teams[row];
        fillRow(m_teams, row, t.id,
                {t.name, codes::label(t.kind), t.base, t.postcodeAreas.join(QStringLiteral(", ")),
                 QString::number(t.caseloadPerFullTimeMidwife)});
    }
    m_staff->resizeColumnsToContents();
    m_teams->resizeColumnsToContents();
}

QString StaffView::mayNotAdminister() const
{
    return access::refusal(m_context.actor.role, access::Permission::AdministerTeams);
}

void StaffView::editStaff(qint64 id)
{
    if (const QString refusal = mayNotAdminister(); !refusal.isEmpty())
        return setMessage(m_message, refusal);
    StaffEdit start;
    if (id) {
        start.staff = m_context.clinic.staffing.staffById(id).value_or(Staff{});
        const auto teams = m_context.clinic.staffing.teamsOf(id);
        start.teamId = teams.isEmpty() ? 0 : teams.front().id;
    } else {
        start.staff.workingDays = {1, 2, 3, 4, 5};
    }
    const auto edit = askStaff(m_context, start, this);
    if (!edit)
        return;
    const auto saved =
        m_context.clinic.staffing.saveStaff({edit->staff, edit->teamId}, m_context.actor);
    setMessage(m_message, saved ? QString() : tr("Not saved: %1").arg(saved.message()));
    refresh();
}

void StaffView::editTeam(qint64 id)
{
    if (const QString refusal = mayNotAdminister(); !refusal.isEmpty())
        return setMessage(m_message, refusal);
    Team start = id ? m_context.clinic.staffing.teamById(id).value_or(Team{}) : Team{};
    const auto edited = askTeam(start, this);
    if (!edited)
        return;
    const auto saved = m_context.clinic.staffing.saveTeam(*edited, m_context.actor);
    setMessage(m_message, saved ? QString() : tr("Not saved: %1").arg(saved.message()));
    refresh();
}

} // namespace bb::ui
