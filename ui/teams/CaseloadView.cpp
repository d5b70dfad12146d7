// SPDX-License-Identifier: MIT
#include "teams/CaseloadView.h"

#include "ClinicContext.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

enum Column
{
    Who,
    NhsNumber,
    Edd,
    GestationToday,
    NamedSince,
    ColumnCount
};
constexpr int kWomanIdRole = Qt::UserRole + 1;

struct CaseloadWoman
{
    storage::WomanInCare woman;
    QDate namedOn;
};

QTreeWidgetItem *womanItem(const CaseloadWoman &w, const QDate &today)
{
    auto *item = new QTreeWidgetItem;
    const QDate &edd = w.woman.edd;
    item->setText(Who, w.woman.name);
    item->setText(NhsNumber, clinical::nhs::format(w.woman.nhsNumber));
    item->setText(Edd, edd.isValid() ? edd.toString(QStringLiteral("dd-MMM-yyyy")) : QString());
    item->setText(GestationToday,
                  edd.isValid() ? clinical::gestationOn(edd, today).toString() : QString());
    item->setText(NamedSince, w.namedOn.isValid()
                                  ? w.namedOn.toString(QStringLiteral("dd-MMM-yyyy"))
                                  : QString());
    item->setData(Who, kWomanIdRole, w.woman.womanId);
    return item;
}

QString women(int count)
{
    return count == 1 ? QObject::tr("1 woman") : QObject::tr("%1 women").arg(count);
}

} // namespace

CaseloadView::CaseloadView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_team(new QComboBox), m_tree(new QTreeWidget),
      m_summary(new QLabel)
{
    m_team->setObjectName(QStringLiteral("caseloadTeam"));
    m_team->setAccessibleName(tr("Team"));
    m_tree->setObjectName(QStringLiteral("caseloadTree"));
    m_tree->setAccessibleName(tr("Caseloads"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Team, named midwife, woman"), tr("NHS number"), tr("EDD"),
                             tr("Gestation today"), tr("Named since")});
    m_tree->header()->setSectionResizeMode(Who, QHeaderView::Stretch);
    m_tree->setAlternatingRowColors(true);
    auto *label = new QLabel(tr("&Team:"));
    label->setBuddy(m_team);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_team);
    bar->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    connect(m_team, &QComboBox::activated, this, &CaseloadView::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(Who, kWomanIdRole).toLongLong();
        if (id > 0)
            emit openWoman(id);
    });
    refresh();
}

void CaseloadView::refresh()
{
    const qint64 chosenTeam = m_team->currentData().toLongLong();
    const QList<Team> teams = m_context.staff.teams();
    m_team->clear();
    m_team->addItem(tr("All teams"), 0);
    for (const Team &team : teams)
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(chosenTeam)));

    // Named midwife and team of every pregnancy in care; the rest are waiting for one.
    QHash<qint64, Allocation> allocationOf;
    for (const Allocation &a : m_context.appointments.currentAllocations())
        allocationOf.insert(a.pregnancyId, a);
    QMap<qint64, QMap<qint64, QList<CaseloadWoman>>> byTeamAndMidwife;
    QList<CaseloadWoman> unallocated;
    for (const storage::WomanInCare &inCare : m_context.women.inCare()) {
        CaseloadWoman woman{inCare, {}};
        if (const auto it = allocationOf.constFind(inCare.pregnancyId); it != allocationOf.cend()) {
            woman.namedOn = it->recordedOn;
            byTeamAndMidwife[it->teamId][it->midwifeId] << woman;
        } else {
            unallocated << woman;
        }
    }

    const QDate today = m_context.clock.today();
    m_tree->clear();
    int shown = 0;
    for (const Team &team : teams) {
        if (chosenTeam != 0 && team.id != chosenTeam)
            continue;
        const auto midwives = byTeamAndMidwife.value(team.id);
        int inTeam = 0;
        for (const auto &list : midwives)
            inTeam += int(list.size());
        if (inTeam == 0 && chosenTeam == 0)
            continue; // specialist teams hold referrals, not caseloads
        auto *teamItem =
            new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(team.name, women(inTeam))});
        QFont bold = teamItem->font(Who);
        bold.setBold(true);
        teamItem->setFont(Who, bold);
        for (auto it = midwives.cbegin(); it != midwives.cend(); ++it) {
            const auto midwife = m_context.staff.staffById(it.key());
            const int capacity = midwife ? int(midwife->fte * team.caseloadPerFullTimeMidwife) : 0;
            auto *midwifeItem = new QTreeWidgetItem(
                teamItem,
                {tr("%1: %2 (%3 FTE, %4 a year)")
                     .arg(midwife ? midwife->name : tr("unknown"), women(int(it.value().size())))
                     .arg(midwife ? midwife->fte : 0.0)
                     .arg(capacity)});
            QList<CaseloadWoman> list = it.value();
            std::sort(list.begin(), list.end(),
                      [](const auto &a, const auto &b) { return a.woman.edd < b.woman.edd; });
            for (const CaseloadWoman &w : std::as_const(list))
                midwifeItem->addChild(womanItem(w, today));
            shown += int(list.size());
        }
        teamItem->setExpanded(true);
    }
    if (chosenTeam == 0 && !unallocated.isEmpty()) {
        auto *waiting = new QTreeWidgetItem(
            m_tree, {tr("Not yet given a named midwife (%1)").arg(unallocated.size())});
        for (const CaseloadWoman &w : std::as_const(unallocated))
            waiting->addChild(womanItem(w, today));
        waiting->setExpanded(true);
    }
    m_tree->expandAll();
    m_summary->setText(tr("%1 with a named midwife shown; double-click or Enter opens her record.")
                           .arg(women(shown)));
    for (int column = NhsNumber; column < ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    m_tree->setColumnWidth(Who, std::max(m_tree->columnWidth(Who), 420));
}

} // namespace bb::ui
