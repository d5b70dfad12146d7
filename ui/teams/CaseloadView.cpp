// SPDX-License-Identifier: MIT
#include "teams/CaseloadView.h"

#include "ClinicContext.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "domain/RecordFlags.h"

#include <QComboBox>
#include <QFontMetrics>
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
    Flags,
    ColumnCount
};
constexpr int kWomanIdRole = Qt::UserRole + 1;

// Each list under a midwife (and the list of women waiting for one) shows a page at a time: a
// named midwife's caseload fits on one, while a trust-wide waiting list is read only as far as
// someone scrolls. The row after a page loads the next when activated. A midwife's list is read
// when it is first opened, so the window shows every team's counts at once whatever the size of
// the trust.
constexpr int kPageSize = 200;
constexpr int kMoreTeamRole = Qt::UserRole + 2;
constexpr int kMoreMidwifeRole = Qt::UserRole + 3;
constexpr int kMoreTotalRole = Qt::UserRole + 4;
constexpr int kMoreRowRole = Qt::UserRole + 5;
constexpr int kListedRole = Qt::UserRole + 6;

QTreeWidgetItem *womanItem(const CaseloadWoman &w, const QDate &today, const RecordFlags &flags)
{
    auto *item = new QTreeWidgetItem;
    const QDate &edd = w.woman.edd;
    item->setText(Who, w.woman.name);
    item->setText(NhsNumber, clinical::nhs::listed(w.woman.nhsNumber));
    item->setText(Edd, edd.isValid() ? edd.toString(QStringLiteral("dd-MMM-yyyy")) : QString());
    item->setText(GestationToday,
                  edd.isValid() ? clinical::gestationOn(edd, today).toString() : QString());
    item->setText(NamedSince, w.namedOn.isValid()
                                  ? w.namedOn.toString(QStringLiteral("dd-MMM-yyyy"))
                                  : QString());
    const QString flagged = flagText(flags, FlagStyle::List);
    item->setText(Flags, flagged);
    item->setToolTip(Flags, flagged);
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
                             tr("Gestation today"), tr("Named since"), tr("Flags")});
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
        if (item->data(Who, kMoreRowRole).toBool()) {
            // After the activation is handled: the row activated is the one replaced.
            QMetaObject::invokeMethod(
                this,
                [this, item, shownBefore = m_generation] {
                    if (shownBefore != m_generation)
                        return; // the tree was listed afresh meanwhile
                    QTreeWidgetItem *list = item->parent();
                    delete item;
                    addPage(list);
                },
                Qt::QueuedConnection);
            return;
        }
        const qint64 id = item->data(Who, kWomanIdRole).toLongLong();
        if (id > 0)
            emit openWoman(id);
        else if (item->data(Who, kMoreTotalRole).toInt() > 0)
            item->setExpanded(!item->isExpanded()); // Enter on a midwife opens or closes her list
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (item->data(Who, kMoreTotalRole).toInt() > 0 && !item->data(Who, kListedRole).toBool())
            addPage(item);
    });
    // Widths from the font, not from the rows: measuring thousands of rows would cost more than
    // reading them.
    const QFontMetrics metrics(m_tree->font());
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const auto widthOf = [&](const QString &sample, Column column) {
        const QString header = m_tree->headerItem()->text(column);
        return std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) +
               padding;
    };
    m_tree->setColumnWidth(NhsNumber, widthOf(QStringLiteral("TMP0000000 (temp)"), NhsNumber));
    m_tree->setColumnWidth(Edd, widthOf(QStringLiteral("30-Sep-2027"), Edd));
    m_tree->setColumnWidth(GestationToday, widthOf(QStringLiteral("42+6"), GestationToday));
    m_tree->setColumnWidth(NamedSince, widthOf(QStringLiteral("30-Sep-2027"), NamedSince));
    m_tree->setColumnWidth(
        Flags, widthOf(QStringLiteral("Loss: stillbirth \u00B7 Interpreter (Polish)"), Flags));
}

void CaseloadView::refresh()
{
    const qint64 chosenTeam = m_team->currentData().toLongLong();
    const QList<Team> teams = m_context.clinic.staffing.teams();
    m_team->clear();
    m_team->addItem(tr("All teams"), 0);
    for (const Team &team : teams)
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(chosenTeam)));

    // How many women each named midwife has, counted in SQL; the rest are waiting for one.
    const auto counts = m_context.clinic.scheduling.caseloadCounts();
    ++m_generation;
    m_tree->clear();
    if (!counts) {
        m_summary->setText(tr("The caseloads could not be read: %1").arg(counts.message()));
        return;
    }
    QMap<qint64, QMap<qint64, int>> byTeamAndMidwife;
    int unallocated = 0;
    for (const CaseloadCount &c : counts.value()) {
        if (c.teamId == 0)
            unallocated += c.women;
        else
            byTeamAndMidwife[c.teamId][c.midwifeId] = c.women;
    }
    QHash<qint64, Staff> staffById;
    for (const Staff &s : m_context.clinic.staffing.staff())
        staffById.insert(s.id, s);

    int shown = 0;
    for (const Team &team : teams) {
        if (chosenTeam != 0 && team.id != chosenTeam)
            continue;
        const auto midwives = byTeamAndMidwife.value(team.id);
        int inTeam = 0;
        for (int count : midwives)
            inTeam += count;
        if (inTeam == 0 && chosenTeam == 0)
            continue; // specialist teams hold referrals, not caseloads
        auto *teamItem =
            new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(team.name, women(inTeam))});
        QFont bold = teamItem->font(Who);
        bold.setBold(true);
        teamItem->setFont(Who, bold);
        for (auto it = midwives.cbegin(); it != midwives.cend(); ++it) {
            const auto midwife = staffById.constFind(it.key());
            const bool known = midwife != staffById.cend();
            const int capacity = known ? int(midwife->fte * team.caseloadPerFullTimeMidwife) : 0;
            auto *midwifeItem = new QTreeWidgetItem(
                teamItem, {tr("%1: %2 (%3 FTE, %4 a year)")
                               .arg(known ? midwife->name : tr("unknown"), women(it.value()))
                               .arg(known ? midwife->fte : 0.0)
                               .arg(capacity)});
            setList(midwifeItem, team.id, it.key(), it.value());
            midwifeItem->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            shown += it.value();
        }
        teamItem->setExpanded(true);
    }
    if (chosenTeam == 0 && unallocated > 0) {
        auto *waiting = new QTreeWidgetItem(
            m_tree, {tr("Not yet given a named midwife (%1)").arg(unallocated)});
        setList(waiting, 0, 0, unallocated);
        addPage(waiting);
        waiting->setExpanded(true);
    }
    m_summary->setText(tr("%1 with a named midwife. Enter or the right arrow on a midwife lists "
                          "her women; Enter on a woman opens her record.")
                           .arg(women(shown)));
}

void CaseloadView::setList(QTreeWidgetItem *list, qint64 teamId, qint64 midwifeId, int total)
{
    list->setData(Who, kMoreTeamRole, teamId);
    list->setData(Who, kMoreMidwifeRole, midwifeId);
    list->setData(Who, kMoreTotalRole, total);
}

void CaseloadView::addPage(QTreeWidgetItem *list)
{
    const qint64 teamId = list->data(Who, kMoreTeamRole).toLongLong();
    const qint64 midwifeId = list->data(Who, kMoreMidwifeRole).toLongLong();
    const int total = list->data(Who, kMoreTotalRole).toInt();
    const QDate today = m_context.clock.today();
    const auto read =
        m_context.clinic.scheduling.caseload(teamId, midwifeId, list->childCount(), kPageSize);
    if (!read) {
        // Left unlisted, so opening the row again tries again.
        m_summary->setText(tr("This list could not be read: %1").arg(read.message()));
        return;
    }
    list->setData(Who, kListedRole, true);
    const QList<CaseloadWoman> &page = read.value();
    // Her flags for the whole page at once.
    QList<qint64> ids;
    for (const CaseloadWoman &w : page)
        ids << w.woman.womanId;
    const auto flags = m_context.clinic.women.flagsOf(ids, m_context.actor);
    if (!flags)
        m_summary->setText(tr("Their flags could not be read: %1").arg(flags.message()));
    QList<QTreeWidgetItem *> items;
    for (const CaseloadWoman &w : page)
        items << womanItem(w, today, flags ? flags.value().value(w.woman.womanId) : RecordFlags{});
    list->addChildren(items);
    const int listed = list->childCount();
    if (listed < total && !page.isEmpty()) {
        auto *more =
            new QTreeWidgetItem(list, {tr("%1 more: double-click or Enter lists the next %2")
                                           .arg(total - listed)
                                           .arg(std::min(kPageSize, total - listed))});
        more->setData(Who, kMoreRowRole, true);
        QFont italic = more->font(Who);
        italic.setItalic(true);
        more->setFont(Who, italic);
    }
}

} // namespace bb::ui
