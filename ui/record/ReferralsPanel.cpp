// SPDX-License-Identifier: MIT
#include "record/ReferralsPanel.h"

#include "ClinicContext.h"
#include "access/Permissions.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString dayText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MMM-yyyy")) : QString();
}

/// The choices, each as the move reads: back to suggested, sent, accepted...
QString choiceLabel(ReferralStatus status)
{
    return status == ReferralStatus::Suggested ? QObject::tr("Back to suggested (not sent)")
                                               : codes::label(status);
}

} // namespace

ReferralsPanel::ReferralsPanel(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_table(makeReadOnlyTable("referralsTable",
                                {tr("Referral to"), tr("From"), tr("Status"), tr("Made"),
                                 tr("Sent"), tr("Last change"), tr("Note")},
                                RowSelection::Single)),
      m_move(new QWidget), m_status(new QComboBox), m_date(new DateField), m_note(new QLineEdit),
      m_record(new QPushButton(tr("Reco&rd the change"))), m_history(new QLabel),
      m_message(makeMessageLabel()), m_outcome(new QLabel)
{
    setObjectName(QStringLiteral("referralsPanel"));
    auto *heading = new QLabel(tr("Her re&ferrals"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setBuddy(m_table);
    // Said the same for every woman, so it never hints whether she has one.
    auto *about = new QLabel(
        access::may(context.actor.role, access::Permission::SeeSafeguarding)
            ? tr("Safeguarding referrals are listed too: they are for staff only and never on "
                 "her copy.")
            : tr("Safeguarding referrals are seen only by the midwives and health visitors who "
                 "work with them, and are not listed here."));
    about->setWordWrap(true);
    m_table->setAccessibleName(tr("Her referrals"));
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);

    m_status->setObjectName(QStringLiteral("referralStatus"));
    for (const QString &code : codes::referralStatusCodes()) {
        const ReferralStatus status = *codes::referralStatusFromCode(code);
        m_status->addItem(choiceLabel(status), code);
    }
    m_date->setObjectName(QStringLiteral("referralDate"));
    m_date->setMaximumWidth(140);
    m_note->setObjectName(QStringLiteral("referralNote"));
    m_note->setPlaceholderText(tr("why, when declined or not needed"));
    m_record->setObjectName(QStringLiteral("recordReferralChange"));
    m_history->setObjectName(QStringLiteral("referralHistory"));
    m_history->setWordWrap(true);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setObjectName(QStringLiteral("referralMessage"));
    m_outcome->setObjectName(QStringLiteral("referralOutcome"));
    m_outcome->setWordWrap(true);

    m_rows = new FieldRows(m_move);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->add(tr("Mo&ve it to"), m_status, QStringLiteral("status"));
    m_rows->add(tr("&On"), m_date, QStringLiteral("date"));
    m_rows->add(tr("&Note"), m_note, QStringLiteral("note"));
    m_rows->addRow(QString(), m_record);
    auto *below = new QHBoxLayout;
    below->addWidget(m_move, 3);
    below->addWidget(m_history, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(about, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_outcome);
    layout->addLayout(below);

    // A new row chosen, not a new cell of the same row: what is typed below stays.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showChosen(); });
    connect(m_record, &QPushButton::clicked, this, &ReferralsPanel::recordChange);
    connect(m_note, &QLineEdit::returnPressed, this, &ReferralsPanel::recordChange);
    showPregnancy(0);
}

void ReferralsPanel::showPregnancy(qint64 pregnancyId)
{
    if (pregnancyId != m_pregnancyId) {
        setMessage(m_message, {});
        m_outcome->clear();
        m_outcome->hide();
    }
    m_pregnancyId = pregnancyId;
    fill();
}

void ReferralsPanel::fill()
{
    const qint64 keep = chosen() ? chosen()->id : 0;
    m_referrals.clear();
    if (m_pregnancyId != 0) {
        // A staff screen: the restricted (safeguarding) ones too, for those who work with them.
        const auto read = m_context.clinic.referrals.forPregnancy(
            m_pregnancyId, access::may(m_context.actor.role, access::Permission::SeeSafeguarding));
        if (read)
            m_referrals = read.value();
        else
            setMessage(m_message, tr("Her referrals cannot be read: %1").arg(read.message()));
    }
    const QSignalBlocker quiet(m_table->selectionModel());
    m_table->setRowCount(int(m_referrals.size()));
    int row = 0;
    for (const Referral &r : std::as_const(m_referrals)) {
        const QString team = codes::referralTeamLabel(r.team);
        setRowCells(m_table, row,
                    {r.restricted ? tr("%1 (restricted)").arg(team) : team, codes::label(r.source),
                     codes::label(r.status), dayText(r.createdOn), dayText(r.sentOn),
                     r.updatedBy.isEmpty() ? dayText(r.updatedOn)
                                           : tr("%1 by %2").arg(dayText(r.updatedOn), r.updatedBy),
                     r.note},
                    [&r](QTableWidgetItem &item, int column) {
                        item.setData(Qt::UserRole, r.id);
                        // Open work stands out from what is done with.
                        if (column == 2 && r.isOpen()) {
                            QFont font = item.font();
                            font.setBold(true);
                            item.setFont(font);
                        }
                    });
        if (r.id == keep)
            m_table->setCurrentCell(row, 0);
        ++row;
    }
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    m_table->resizeRowsToContents();
    // With none made, a line says so and her timeline above keeps the room.
    const bool any = !m_referrals.isEmpty();
    m_table->setVisible(any);
    m_move->setVisible(any);
    setSizePolicy(QSizePolicy::Preferred, any ? QSizePolicy::Preferred : QSizePolicy::Maximum);
    showChosen();
}

const Referral *ReferralsPanel::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_referrals.size() ? &m_referrals.at(row) : nullptr;
}

void ReferralsPanel::showChosen()
{
    const Referral *r = chosen();
    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_date),
                       static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_record)})
        w->setEnabled(r != nullptr);
    m_rows->clearMessages();
    if (r == nullptr) {
        m_history->setText(m_pregnancyId == 0 ? QString()
                                              : tr("No referral has been made for this "
                                                   "pregnancy."));
        return;
    }
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(codes::toCode(usualNextStatus(r->status)))));
    m_date->setDate(m_context.clock.today());
    m_note->clear();
    QStringList lines{tr("%1, so far:").arg(codes::referralTeamLabel(r->team))};
    const auto history = m_context.clinic.referrals.history(r->id);
    if (!history) {
        lines << tr("its history cannot be read: %1").arg(history.message());
    } else {
        for (const ReferralChange &c : history.value()) {
            QString line = tr("%1 on %2 by %3")
                               .arg(codes::label(c.status), dayText(c.on),
                                    c.by.isEmpty() ? tr("the rules") : c.by);
            if (!c.note.isEmpty())
                line += QStringLiteral(": ") + c.note;
            lines << line;
        }
    }
    m_history->setText(lines.join(QStringLiteral("\n")));
}

bool ReferralsPanel::recordChange()
{
    const Referral *r = chosen();
    if (r == nullptr)
        return false;
    m_rows->clearMessages();
    setMessage(m_message, {});
    if (m_date->hasProblem() || m_date->isEmpty()) {
        m_rows->showMessage(QStringLiteral("date"),
                            m_date->isEmpty() ? tr("a date is needed")
                                              : tr("'%1' is not a date").arg(m_date->text()));
        m_date->setFocus();
        return false;
    }
    const ReferralStatus status =
        *codes::referralStatusFromCode(m_status->currentData().toString());
    const QString team = codes::referralTeamLabel(r->team);
    const auto changed = m_context.clinic.referrals.setStatus(r->id, status, m_note->text(),
                                                              m_date->date(), m_context.actor);
    if (changed.invalid()) {
        const FieldErrors left = m_rows->show(changed.fieldErrors());
        QStringList lines;
        for (const FieldError &e : left)
            lines << e.toString();
        if (!lines.isEmpty())
            setMessage(m_message, tr("Not changed: %1").arg(lines.join(QStringLiteral("; "))));
        if (QWidget *field = m_rows->fieldFor(changed.fieldErrors().front().path))
            field->setFocus();
        return false;
    }
    if (!changed) {
        setMessage(m_message, tr("Not changed: %1").arg(changed.message()));
        return false;
    }
    m_outcome->setText(
        tr("%1: %2 on %3.")
            .arg(team, codes::label(changed->status).toLower(), dayText(changed->updatedOn)));
    m_outcome->show();
    fill();
    m_table->setFocus();
    return true;
}

} // namespace bb::ui
