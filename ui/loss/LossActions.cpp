// SPDX-License-Identifier: MIT
#include "loss/LossActions.h"

#include "ClinicContext.h"
#include "loss/EnteredInErrorDialog.h"
#include "loss/LossDialog.h"
#include "loss/SignpostingPrinting.h"
#include "record/WomanRecordView.h"

#include <QAction>
#include <QMenu>

namespace bb::ui {

LossActions::LossActions(ClinicContext &context, WomanRecordView *record, QWidget *window)
    : QObject(window), m_context(context), m_record(record), m_window(window),
      m_recordLoss(new QAction(tr("Record a pregnancy &loss..."), this)),
      m_printSignposting(new QAction(tr("Print her &bereavement support sheet..."), this)),
      m_enteredInError(new QAction(tr("Mark as entered in &error..."), this))
{
    m_recordLoss->setObjectName(QStringLiteral("actionRecordLoss"));
    m_printSignposting->setObjectName(QStringLiteral("actionPrintSignposting"));
    m_enteredInError->setObjectName(QStringLiteral("actionEnteredInError"));
    connect(m_recordLoss, &QAction::triggered, this, &LossActions::recordLoss);
    connect(m_printSignposting, &QAction::triggered, this, &LossActions::printSignposting);
    connect(m_enteredInError, &QAction::triggered, this, &LossActions::markEnteredInError);
    update(false);
}

void LossActions::addTo(QMenu *menu)
{
    menu->addAction(m_recordLoss);
    menu->addAction(m_printSignposting);
    menu->addAction(m_enteredInError);
}

void LossActions::update(bool recordOpen)
{
    m_recordOpen = recordOpen;
    const bool woman = recordOpen && m_record->womanId() != 0;
    const bool pregnancy = woman && m_record->pregnancyId() != 0;
    const bool inError = m_record->pregnancyEnteredInError();
    const bool lost = m_record->shownLoss().has_value();
    // A loss is recorded once, for a saved pregnancy that stands.
    m_recordLoss->setEnabled(pregnancy && !lost && !inError);
    m_printSignposting->setEnabled(pregnancy && lost && !inError);
    m_enteredInError->setEnabled(woman);
}

void LossActions::recordLoss()
{
    update(m_recordOpen);
    if (!m_recordLoss->isEnabled())
        return;
    // What is typed on her pages is saved (or put aside) first: the loss changes what they show.
    if (!m_record->confirmLeave())
        return;
    const auto booking = m_context.clinic.women.booking(m_record->pregnancyId());
    if (!booking || !booking.value()) {
        emit problem(tr("Her pregnancy cannot be read: %1").arg(booking.message()));
        return;
    }
    const auto recorded = LossDialog::ask(m_context, *booking.value(), m_window);
    if (!recorded)
        return;
    m_record->refresh();
    update(m_recordOpen);
    emit recordChanged(
        tr("The %1 is recorded.").arg(codes::label(recorded->loss.loss.kind).toLower()));
}

void LossActions::printSignposting()
{
    update(m_recordOpen);
    if (!m_printSignposting->isEnabled())
        return;
    QString error;
    if (!previewSignposting(m_context, m_record->pregnancyId(), m_window, &error))
        emit problem(tr("The bereavement support sheet cannot be printed: %1").arg(error));
}

void LossActions::markEnteredInError()
{
    update(m_recordOpen);
    if (!m_enteredInError->isEnabled() || !m_record->confirmLeave())
        return;
    const auto woman = m_context.clinic.women.byId(m_record->womanId());
    if (!woman) {
        emit problem(tr("Her record cannot be read."));
        return;
    }
    // The pregnancy shown, unless it is entered in error already: then only her whole record.
    Booking booking = care::Women::newPregnancy(*woman);
    if (m_record->pregnancyId() != 0 && !m_record->pregnancyEnteredInError()) {
        const auto saved = m_context.clinic.women.booking(m_record->pregnancyId());
        if (saved && saved.value())
            booking = *saved.value();
    }
    switch (EnteredInErrorDialog::ask(m_context, booking, m_window)) {
    case EnteredInErrorDialog::Marked::Nothing:
        return;
    case EnteredInErrorDialog::Marked::Pregnancy:
        m_record->refresh();
        update(m_recordOpen);
        emit recordChanged(tr("The pregnancy is marked as entered in error."));
        return;
    case EnteredInErrorDialog::Marked::Woman:
        emit womanEnteredInError(tr("Her record is marked as entered in error: it is kept, "
                                    "and listed nowhere."));
        return;
    }
}

} // namespace bb::ui
