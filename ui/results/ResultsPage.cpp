// SPDX-License-Identifier: MIT
#include "results/ResultsPage.h"

#include "ClinicContext.h"
#include "clinical/Dating.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {

ResultsPage::ResultsPage(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("result"), parent),
      m_table(makeReadOnlyTable("resultsTable",
                                {tr("Date"), tr("Weeks"), tr("Result"), tr("Value"), tr("Action")},
                                RowSelection::Single)),
      m_due(new QLabel), m_message(makeMessageLabel()), m_inputs(new QWidget)
{
    m_table->setAccessibleName(tr("Her results, newest first"));
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_due->setObjectName(QStringLiteral("resultsDue"));
    m_due->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("resultsMessage"));

    // A new result.
    auto *box = new QGroupBox(tr("A new result (Ctrl+S saves it)"), m_inputs);
    m_rows = new FieldRows(box);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("resultKind"));
    for (const QString &code : codes::resultKindCodes())
        m_kind->addItem(codes::resultKindLabel(code), code);
    m_rows->add(tr("&Kind"), m_kind, QStringLiteral("kind"));
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("resultDate"));
    m_date->setMaximumWidth(140);
    m_rows->add(tr("&Date"), m_date, QStringLiteral("date"), tr("When it was taken or scanned"));
    m_value = new QLineEdit;
    m_value->setObjectName(QStringLiteral("resultValue"));
    m_value->setPlaceholderText(tr("As reported, e.g. Hb 118 g/L, O RhD negative"));
    m_rows->add(tr("&Value"), m_value, QStringLiteral("value"));
    m_needsAction = new QCheckBox(tr("&Needs action"));
    m_needsAction->setObjectName(QStringLiteral("resultNeedsAction"));
    m_rows->addRow(QString(), m_needsAction);
    auto *inputs = new QVBoxLayout(m_inputs);
    inputs->setContentsMargins(0, 0, 0, 0);
    inputs->addWidget(box);

    // What was done about the chosen result.
    m_action = new QLineEdit;
    m_action->setObjectName(QStringLiteral("resultAction"));
    m_action->setAccessibleName(tr("Action taken on the chosen result"));
    m_action->setPlaceholderText(tr("What was done, e.g. oral iron prescribed by GP"));
    m_recordAction = new QPushButton(tr("Record the &action"));
    m_recordAction->setObjectName(QStringLiteral("recordResultAction"));
    connect(m_recordAction, &QPushButton::clicked, this, &ResultsPage::recordAction);
    auto *actionLabel = new QLabel(tr("A&ction taken:"));
    actionLabel->setBuddy(m_action);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(actionLabel);
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_recordAction);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ResultsPage::showChosen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_due);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_inputs);
    watchInputs();
    showChosen();
}

ResultsPage::~ResultsPage()
{
    flushDraft();
}

QString ResultsPage::recordKey() const
{
    return QStringLiteral("pregnancy:%1/result:new").arg(m_pregnancyId);
}

void ResultsPage::openPregnancy(const Booking &booking)
{
    const bool same = booking.pregnancy.id == m_pregnancyId;
    m_pregnancyId = booking.pregnancy.id;
    fillTable();
    if (!same || !hasUnsavedChanges())
        reload();
}

void ResultsPage::showSavedValue()
{
    m_kind->setCurrentIndex(0);
    m_date->setDate(context().clock.today());
    m_value->clear();
    m_needsAction->setChecked(false);
    m_rows->clearMessages();
}

void ResultsPage::fillTable()
{
    m_table->setRowCount(0);
    m_results.clear();
    m_due->clear();
    setMessage(m_message, {});
    if (m_pregnancyId == 0)
        return;
    const auto results = context().clinic.results.resultsOf(m_pregnancyId);
    if (!results) {
        setMessage(m_message, tr("Her results cannot be read: %1").arg(results.message()));
        return;
    }
    const auto booking = context().clinic.women.booking(m_pregnancyId);
    const auto dating = booking && booking.value()
                            ? clinical::estimateDueDate(booking.value()->pregnancy)
                            : std::nullopt;
    for (auto it = results->crbegin(); it != results->crend(); ++it)
        m_results << *it;
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const TestResult &r = m_results[row];
        const QString action = r.awaitingAction() ? tr("Needs action")
                               : r.actionTaken.isEmpty()
                                   ? QString()
                                   : tr("%1 (%2, %3)")
                                         .arg(r.actionTaken, r.actedBy,
                                              r.actedOn.toString(QStringLiteral("dd-MMM-yyyy")));
        setRowCells(m_table, row,
                    {r.date.toString(QStringLiteral("dd-MMM-yyyy")),
                     dating ? clinical::gestationOn(dating->edd, r.date).toString() : QString(),
                     codes::resultKindLabel(r.kind), r.value, action});
    }
    m_table->resizeRowsToContents();
    const auto due = context().clinic.results.dueFor(m_pregnancyId);
    QStringList lines;
    if (due) {
        for (const clinical::ResultDue &d : due.value())
            lines << QStringLiteral("<b>%1</b>: %2")
                         .arg(d.title.toHtmlEscaped(), d.reason.toHtmlEscaped());
    }
    m_due->setText(lines.isEmpty()
                       ? tr("Nothing from her results is waiting to be done.")
                       : tr("Still to do:<br>%1").arg(lines.join(QStringLiteral("<br>"))));
    showChosen();
}

void ResultsPage::showChosen()
{
    const int row = m_table->currentRow();
    const bool waiting = row >= 0 && row < m_results.size() && m_results[row].awaitingAction();
    m_action->setEnabled(waiting);
    m_recordAction->setEnabled(waiting);
}

bool ResultsPage::save()
{
    if (m_pregnancyId == 0) {
        setMessage(m_message, tr("Nothing saved: save her booking first."));
        return false;
    }
    m_rows->clearMessages();
    if (m_date->hasProblem()) {
        m_rows->showMessage(QStringLiteral("date"), tr("'%1' is not a date").arg(m_date->text()));
        return false;
    }
    TestResult r;
    r.pregnancyId = m_pregnancyId;
    r.kind = m_kind->currentData().toString();
    r.date = m_date->date();
    r.value = m_value->text();
    r.needsAction = m_needsAction->isChecked();
    const auto recorded = context().clinic.results.record(r, context().actor);
    if (recorded.invalid()) {
        const FieldErrors left = m_rows->show(recorded.fieldErrors());
        setMessage(m_message, left.isEmpty() ? tr("Not saved: correct what is marked.")
                                             : tr("Not saved: %1").arg(recorded.message()));
        return false;
    }
    if (!recorded) {
        setMessage(m_message, tr("Not saved: %1. What you typed is kept.").arg(recorded.message()));
        return false;
    }
    markSaved();
    reload();
    fillTable();
    emit saved();
    return true;
}

bool ResultsPage::recordAction()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_results.size())
        return false;
    const auto acted =
        context().clinic.results.actOn(m_results[row].id, m_action->text(), context().actor);
    if (!acted) {
        setMessage(m_message, tr("Not recorded: %1").arg(acted.message()));
        return false;
    }
    m_action->clear();
    fillTable();
    emit saved();
    return true;
}

} // namespace bb::ui
