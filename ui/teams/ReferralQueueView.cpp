// SPDX-License-Identifier: MIT
#include "teams/ReferralQueueView.h"

#include "ClinicContext.h"
#include "domain/RecordFlags.h"
#include "teams/ReferralDialogs.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bb::ui {
namespace {

enum Column
{
    Woman,
    Flags,
    ReferralColumn,
    TeamColumn,
    Status,
    MadeOn,
    SendBy,
    Late,
    SentOn,
    UpdatedBy,
    ColumnCount
};

const QString kSafeguarding = QStringLiteral("safeguarding");
// A queue longer than this shows its most pressing rows (not sent, oldest first): a table of
// tens of thousands of rows is slow to make and read by no one.
constexpr int kMostRows = 500;

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MMM-yyyy")) : QString();
}

QString statusText(const Referral &r)
{
    const QString status = codes::label(r.status);
    return r.note.isEmpty() ? status : QStringLiteral("%1: %2").arg(status, r.note);
}

QString flagsText(const ReferralListing &l, const QHash<qint64, RecordFlags> &flags)
{
    const QString text = flagText(flags.value(l.womanId), FlagStyle::List);
    // After a loss her referrals stay listed: said even when her flags could not be read.
    if (text.isEmpty() && l.afterLoss)
        return ReferralQueueView::tr("After a loss");
    return text;
}

} // namespace

ReferralQueueView::ReferralQueueView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_team(new QComboBox), m_summary(new QLabel),
      m_table(makeReadOnlyTable("referralQueue",
                                {tr("Woman"), tr("Her flags"), tr("Referral"), tr("Team"),
                                 tr("Status"), tr("Made on"), tr("Send by"), tr("Late"),
                                 tr("Sent on"), tr("Updated by")},
                                RowSelection::Single)),
      m_message(makeMessageLabel()), m_done(new QLabel),
      m_moveOn(new QPushButton(tr("&Move on..."))), m_history(new QPushButton(tr("&History..."))),
      m_open(new QPushButton(tr("&Open her record")))
{
    m_team->setObjectName(QStringLiteral("referralTeam"));
    m_team->setAccessibleName(tr("Queue"));
    m_team->addItem(tr("All teams (safeguarding apart)"), QString());
    for (const QString &code : codes::referralTeamCodes()) {
        if (code != kSafeguarding)
            m_team->addItem(codes::referralTeamLabel(code), code);
    }
    m_team->addItem(tr("Safeguarding team (restricted)"), kSafeguarding);
    m_summary->setObjectName(QStringLiteral("referralSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("referralMessage"));
    m_done->setObjectName(QStringLiteral("referralDone"));
    m_done->setTextFormat(Qt::PlainText);
    m_done->hide();
    m_table->setAccessibleName(tr("Referrals in the queue"));
    m_table->setWordWrap(true);
    m_table->viewport()->installEventFilter(this);
    m_moveOn->setObjectName(QStringLiteral("referralMoveOn"));
    m_history->setObjectName(QStringLiteral("referralHistory"));
    m_open->setObjectName(QStringLiteral("referralOpenHer"));

    auto *teamLabel = new QLabel(tr("&Queue:"));
    teamLabel->setBuddy(m_team);
    connect(m_team, &QComboBox::activated, this, &ReferralQueueView::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addStretch();

    const auto openHer = [this] {
        if (const auto l = current())
            emit openWoman(l->womanId);
        else
            setMessage(m_message, tr("Choose a referral first."));
    };
    connect(m_table, &QTableWidget::cellActivated, this, openHer);
    connect(m_open, &QPushButton::clicked, this, openHer);
    connect(m_moveOn, &QPushButton::clicked, this, &ReferralQueueView::moveOn);
    connect(m_history, &QPushButton::clicked, this, &ReferralQueueView::showHistory);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_moveOn);
    actions->addWidget(m_history);
    actions->addWidget(m_open);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    layout->addLayout(actions);
}

std::optional<ReferralListing> ReferralQueueView::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown[row];
}

void ReferralQueueView::showTeam(const QString &team)
{
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    refresh();
}

void ReferralQueueView::refresh()
{
    const auto before = current();
    m_done->hide();
    const QString team = m_team->currentData().toString();
    const auto read = m_context.clinic.referrals.queue(team, m_context.actor);
    m_shown = read ? read.value() : QList<ReferralListing>{};
    if (!read) {
        m_summary->setText(tr("The queue could not be read: %1").arg(read.message()));
        fillTable();
        return;
    }
    const QString queue = team.isEmpty() ? tr("Every team") : codes::referralTeamLabel(team);
    const qsizetype late = std::count_if(m_shown.cbegin(), m_shown.cend(),
                                         [](const ReferralListing &l) { return l.lateToSend; });
    QString text;
    if (m_shown.isEmpty()) {
        text = tr("%1: no referrals open, or closed in the last 14 days.").arg(queue);
    } else {
        text = (m_shown.size() == 1 ? tr("%1: 1 referral").arg(queue)
                                    : tr("%1: %2 referrals").arg(queue).arg(m_shown.size())) +
               (late == 0
                    ? tr(", none late.")
                    : tr(", %1 late: not sent within two working days of being made.").arg(late)) +
               QLatin1Char(' ') +
               tr("Open ones first, then those closed in the last 14 days. Enter opens her "
                  "record.");
    }
    if (team == kSafeguarding)
        text += QLatin1Char(' ') + tr("Safeguarding referrals are restricted: listed here only, "
                                      "never on another list or on her copy.");
    if (m_shown.size() > kMostRows) {
        text += QLatin1Char(' ') +
                tr("The first %1 are listed, those not sent and oldest first.").arg(kMostRows);
        m_shown.resize(kMostRows);
    }
    m_summary->setText(text);
    fillTable();
    if (before) {
        for (int row = 0; row < m_shown.size(); ++row) {
            if (m_shown[row].referral.id == before->referral.id)
                m_table->selectRow(row);
        }
    }
}

void ReferralQueueView::fillTable()
{
    const bool everyTeam = m_team->currentData().toString().isEmpty();
    QList<qint64> women;
    for (const ReferralListing &l : std::as_const(m_shown))
        women << l.womanId;
    const auto flags = m_context.clinic.women.flagsOf(women, m_context.actor);
    setMessage(m_message,
               flags ? QString() : tr("Their flags could not be read: %1").arg(flags.message()));
    const QHash<qint64, RecordFlags> noFlags;
    m_table->clearContents();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const ReferralListing &l = m_shown[row];
        const Referral &r = l.referral;
        const QStringList cells{referralWoman(l), flagsText(l, flags ? flags.value() : noFlags),
                                referralText(r), codes::referralTeamLabel(r.team), statusText(r),
                                shortDate(r.createdOn), shortDate(l.sendBy),
                                // In words, not in colour alone.
                                l.lateToSend ? QStringLiteral("\u26A0 ") + tr("LATE") : QString(),
                                shortDate(r.sentOn), r.updatedBy};
        setRowCells(m_table, row, cells, [&](QTableWidgetItem &item, int column) {
            if (column == Late && l.lateToSend) {
                QFont bold = item.font();
                bold.setBold(true);
                item.setFont(bold);
                item.setToolTip(tr("Not sent within two working days: it was to be sent by %1.")
                                    .arg(shortDate(l.sendBy)));
            }
            if (column == ReferralColumn)
                item.setToolTip(tr("Made from %1").arg(codes::label(r.source).toLower()));
            if (column == Status && !r.note.isEmpty())
                item.setToolTip(r.note);
            if (column == UpdatedBy)
                item.setToolTip(tr("On %1").arg(shortDate(r.updatedOn)));
        });
    }
    // The team is said once, in the queue's name, when only one team's queue is shown.
    m_table->setColumnHidden(TeamColumn, !everyTeam);
    m_natural.clear();
    for (int column = 0; column < ColumnCount; ++column) {
        m_table->resizeColumnToContents(column);
        m_natural << m_table->columnWidth(column);
    }
    fitColumns();
    const bool any = !m_shown.isEmpty();
    m_moveOn->setEnabled(any);
    m_history->setEnabled(any);
    m_open->setEnabled(any);
}

void ReferralQueueView::fitColumns()
{
    // Every column as wide as it needs when the table has room; when it has not, the columns of
    // words (her flags, the referral, the team, the status and why) give up width and wrap, down
    // to a floor, so that no column is pushed off a laptop's screen.
    if (m_natural.size() != ColumnCount)
        return;
    const int floor = m_table->fontMetrics().averageCharWidth() * 14;
    const QList<int> wrapping{Flags, ReferralColumn, TeamColumn, Status};
    int wanted = 0;
    for (int column = 0; column < ColumnCount; ++column)
        wanted += m_table->isColumnHidden(column) ? 0 : m_natural[column];
    const int over = wanted - m_table->viewport()->width();
    // The widest of them give first: one width `cap` that none of them passes, as wide as fits.
    int cap = 0;
    for (int column : wrapping)
        cap = std::max(cap, m_natural[column]);
    const auto given = [&](int at) {
        int sum = 0;
        for (int column : wrapping)
            sum += m_table->isColumnHidden(column) ? 0 : std::max(0, m_natural[column] - at);
        return sum;
    };
    while (over > 0 && cap > floor && given(cap) < over)
        --cap;
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, wrapping.contains(column) ? std::min(m_natural[column], cap)
                                                                  : m_natural[column]);
    m_table->resizeRowsToContents();
}

bool ReferralQueueView::eventFilter(QObject *watched, QEvent *event)
{
    // The table's own width, once it is known (a tab not shown yet has none).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize &&
        m_natural.size() == ColumnCount)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ReferralQueueView::moveOn()
{
    const auto l = current();
    if (!l)
        return setMessage(m_message, tr("Choose a referral first."));
    const auto saved = ReferralStatusDialog::ask(m_context, *l, this);
    if (!saved)
        return;
    emit referralChanged(saved->id);
    refresh();
    m_done->setText(tr("Saved: %1 for %2, %3 on %4.")
                        .arg(referralText(*saved), l->womanName,
                             codes::label(saved->status).toLower(), shortDate(saved->updatedOn)));
    m_done->show();
    m_table->setFocus();
}

void ReferralQueueView::showHistory()
{
    const auto l = current();
    if (!l)
        return setMessage(m_message, tr("Choose a referral first."));
    showReferralHistory(m_context, *l, this);
}

} // namespace bb::ui
