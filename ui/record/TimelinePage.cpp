// SPDX-License-Identifier: MIT
#include "record/TimelinePage.h"

#include "ClinicContext.h"
#include "record/ReferralsPanel.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {

TimelinePage::TimelinePage(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("timeline"), parent),
      m_table(makeReadOnlyTable(
          "timelineTable", {tr("Date"), tr("Weeks or day"), tr("What"), tr("Found or decided")})),
      m_message(makeMessageLabel()), m_referrals(new ReferralsPanel(context))
{
    m_table->setAccessibleName(tr("Her pregnancy, newest first"));
    // What was found wraps in the room left, rather than running off the page.
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    // Her pregnancy above, her referrals below, sharing the page.
    layout->addWidget(m_table, 3);
    layout->addWidget(m_referrals, 2);
}

QString TimelinePage::recordKey() const
{
    return QStringLiteral("pregnancy:%1/timeline").arg(m_pregnancyId);
}

QWidget *TimelinePage::inputsRoot()
{
    return m_table;
}

void TimelinePage::openPregnancy(const Booking &booking)
{
    m_pregnancyId = booking.pregnancy.id;
    // Read when it is looked at (showEvent), not for every pregnancy opened behind it.
    if (isVisible())
        showSavedValue();
}

void TimelinePage::showEvent(QShowEvent *event)
{
    // What the other pages saved since is on it whenever it is looked at.
    showSavedValue();
    StageForm::showEvent(event);
}

void TimelinePage::showSavedValue()
{
    m_table->setRowCount(0);
    setMessage(m_message, {});
    m_referrals->showPregnancy(m_pregnancyId);
    if (m_pregnancyId == 0)
        return;
    const auto entries = context().clinic.timeline.of(m_pregnancyId);
    if (!entries) {
        setMessage(m_message, tr("Her timeline cannot be read: %1").arg(entries.message()));
        return;
    }
    m_table->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const care::TimelineEntry &e = entries->at(row);
        setRowCells(
            m_table, row,
            {e.date.toString(QStringLiteral("ddd dd-MMM-yyyy")), e.when(), e.title, e.detail});
    }
    m_table->resizeRowsToContents();
}

} // namespace bb::ui
