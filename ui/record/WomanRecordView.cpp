// SPDX-License-Identifier: MIT
#include "record/WomanRecordView.h"

#include "ClinicContext.h"
#include "careplan/CarePlanPage.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "domain/Codes.h"
#include "forms/BookingForm.h"
#include "forms/RegistrationForm.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {
constexpr qint64 kNewPregnancy = -1;
}

WomanRecordView::WomanRecordView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_name(new QLabel), m_details(new QLabel),
      m_flags(new QLabel), m_pregnancy(new QComboBox), m_pages(new QTabWidget),
      m_registration(new RegistrationForm(context)), m_booking(new BookingForm(context)),
      m_carePlan(new CarePlanPage(context))
{
    m_name->setObjectName(QStringLiteral("recordName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_details->setObjectName(QStringLiteral("recordDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flags->setObjectName(QStringLiteral("recordFlags"));
    QFont bold = m_flags->font();
    bold.setBold(true);
    m_flags->setFont(bold);
    m_pregnancy->setObjectName(QStringLiteral("pregnancyChooser"));
    m_pregnancy->setAccessibleName(tr("Pregnancy"));
    m_pregnancy->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *pregnancyLabel = new QLabel(tr("Pre&gnancy:"));
    pregnancyLabel->setBuddy(m_pregnancy);
    auto *header = new QHBoxLayout;
    auto *who = new QVBoxLayout;
    who->addWidget(m_name);
    who->addWidget(m_details);
    who->addWidget(m_flags);
    header->addLayout(who, 1);
    header->addWidget(pregnancyLabel, 0, Qt::AlignTop);
    header->addWidget(m_pregnancy, 0, Qt::AlignTop);

    m_pages->setObjectName(QStringLiteral("recordPages"));
    m_pages->addTab(m_registration, tr("&1 Registration"));
    m_pages->addTab(m_booking, tr("&2 Booking appointment"));
    m_pages->addTab(m_carePlan, tr("&3 Care plan"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);

    connect(m_registration, &StageForm::saved, this, [this] {
        const Woman &woman = m_registration->woman();
        m_booking->womanSaved(woman);
        if (m_pages->indexOf(m_booking) >= 0 && !m_pages->isTabEnabled(1)) {
            m_pages->setTabEnabled(1, true);
            fillPregnancies(kNewPregnancy);
        }
        showHeader(woman);
        emit saved();
    });
    connect(m_booking, &StageForm::saved, this, [this] {
        const Booking &booking = m_booking->booking();
        m_registration->womanSaved(booking.woman);
        showHeader(booking.woman);
        fillPregnancies(booking.pregnancy.id);
        emit saved();
    });
    connect(m_carePlan, &StageForm::saved, this, &WomanRecordView::saved);
    connect(m_pregnancy, &QComboBox::activated, this, &WomanRecordView::choosePregnancy);
}

qint64 WomanRecordView::womanId() const
{
    return m_registration->woman().id;
}

void WomanRecordView::openWoman(qint64 womanId)
{
    const auto woman = m_context.women.byId(womanId);
    if (!woman)
        return;
    m_registration->setWoman(*woman);
    m_pages->setTabEnabled(1, true);
    showHeader(*woman);
    const auto latest = m_context.pregnancies.forWoman(womanId);
    fillPregnancies(latest.isEmpty() ? kNewPregnancy : latest.front().id);
    m_pages->setCurrentWidget(latest.isEmpty() ? static_cast<QWidget *>(m_registration)
                                               : m_booking);
}

void WomanRecordView::startNewWoman()
{
    m_registration->setWoman(Woman{});
    showHeader(Woman{});
    m_pregnancy->clear();
    m_pregnancy->setEnabled(false);
    // A booking needs her registered first.
    m_pages->setTabEnabled(1, false);
    m_pages->setTabEnabled(2, false);
    m_pages->setCurrentWidget(m_registration);
}

void WomanRecordView::showHeader(const Woman &woman)
{
    if (woman.id == 0) {
        m_name->setText(tr("New registration"));
        m_details->setText(tr("Type her details and press Ctrl+S to register her."));
        m_flags->clear();
        return;
    }
    m_name->setText(QStringLiteral("%1, %2").arg(woman.familyName.toUpper(), woman.givenName));
    m_details->setText(tr("NHS number %1   Born %2 (age %3)   %4")
                           .arg(clinical::nhs::format(woman.nhsNumber),
                                woman.dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy")))
                           .arg(clinical::ageInYears(woman.dateOfBirth, m_context.clock.today()))
                           .arg(woman.postcode));
    // Vulnerabilities show on every page of her record.
    QStringList flags;
    if (woman.interpreterNeeded)
        flags << tr("Interpreter needed (%1)").arg(woman.preferredLanguage);
    for (const QString &code : woman.social)
        flags << codes::socialLabel(code);
    m_flags->setText(flags.isEmpty()
                         ? QString()
                         : QStringLiteral("\u26A0 ") + flags.join(QStringLiteral("  \u26A0 ")));
}

void WomanRecordView::fillPregnancies(qint64 selectPregnancyId)
{
    m_pregnancy->clear();
    m_pregnancy->setEnabled(true);
    for (const Pregnancy &p : m_context.pregnancies.forWoman(womanId())) {
        const auto dating = clinical::estimateDueDate(p);
        m_pregnancy->addItem(
            tr("EDD %1 (%2)")
                .arg(dating ? dating->edd.toString(QStringLiteral("dd-MMM-yyyy")) : tr("unknown"),
                     codes::toCode(p.status)),
            p.id);
    }
    m_pregnancy->addItem(tr("New pregnancy..."), kNewPregnancy);
    const int index = std::max(0, m_pregnancy->findData(selectPregnancyId));
    m_pregnancy->setCurrentIndex(index);
    m_pregnancyIndex = index;
    const qint64 id = m_pregnancy->itemData(index).toLongLong();
    Booking booking;
    if (id != kNewPregnancy) {
        if (const auto saved = m_context.pregnancies.booking(id))
            booking = *saved;
    }
    if (id == kNewPregnancy || booking.pregnancy.id == 0) {
        // A new pregnancy starts with her demographics only.
        booking = Booking{};
        booking.woman = m_registration->woman();
    }
    if (booking != m_booking->booking() || id == kNewPregnancy)
        m_booking->setBooking(booking);
    // The plan page follows the pregnancy; for the same one it reloads (showing what a changed
    // booking would change) unless the midwife is part-way through editing it.
    if (m_carePlan->shownVersion().pregnancyId != booking.pregnancy.id ||
        !m_carePlan->hasUnsavedChanges())
        m_carePlan->setPregnancy(booking.pregnancy.id);
    m_pages->setTabEnabled(m_pages->indexOf(m_carePlan), booking.pregnancy.id != 0);
}

void WomanRecordView::choosePregnancy(int index)
{
    if (index == m_pregnancyIndex)
        return;
    if (!confirmLeave(m_booking) || !confirmLeave(m_carePlan)) {
        m_pregnancy->setCurrentIndex(m_pregnancyIndex);
        return;
    }
    fillPregnancies(m_pregnancy->itemData(index).toLongLong());
    m_pages->setCurrentWidget(m_booking);
}

void WomanRecordView::focusFirstField()
{
    QWidget *page = m_pages->currentWidget();
    page->setFocus();
    // The first named input in tab order after the page itself (scroll areas and other
    // containers take focus too, but typing into them does nothing).
    auto isInput = [page](QWidget *w) {
        return page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() &&
               w->isVisibleTo(page) && !w->objectName().isEmpty() &&
               !w->objectName().startsWith(QLatin1String("qt_"));
    };
    QWidget *next = page->nextInFocusChain();
    while (next && next != page && !isInput(next))
        next = next->nextInFocusChain();
    if (next && next != page)
        next->setFocus(Qt::TabFocusReason);
}

bool WomanRecordView::saveCurrentPage()
{
    auto *form = qobject_cast<StageForm *>(m_pages->currentWidget());
    return form && form->save();
}

bool WomanRecordView::confirmLeave(StageForm *form)
{
    if (!form->hasUnsavedChanges() || !m_context.askLeave)
        return true;
    m_pages->setCurrentWidget(form);
    switch (m_context.askLeave(this, form->formName())) {
    case ClinicContext::LeaveChoice::Save:
        return form->save();
    case ClinicContext::LeaveChoice::Discard:
        form->discardChanges();
        return true;
    case ClinicContext::LeaveChoice::Stay:
        return false;
    }
    return false;
}

bool WomanRecordView::confirmLeave()
{
    return confirmLeave(m_registration) && confirmLeave(m_booking) && confirmLeave(m_carePlan);
}

} // namespace bb::ui
