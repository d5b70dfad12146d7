// SPDX-License-Identifier: MIT
#include "record/WomanRecordView.h"

#include "ClinicContext.h"
#include "access/Permissions.h"
#include "careplan/CarePlanPage.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "contacts/ContactPage.h"
#include "domain/Codes.h"
#include "domain/RecordFlags.h"
#include "forms/BookingForm.h"
#include "forms/RegistrationForm.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bb::ui {
namespace {
constexpr qint64 kNewPregnancy = -1;
}

WomanRecordView::WomanRecordView(ClinicContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_name(new QLabel), m_details(new QLabel),
      m_flags(new QLabel), m_damage(new QLabel), m_lossBanner(new QLabel), m_due(new QLabel),
      m_pregnancy(new QComboBox), m_pages(new QTabWidget)
{
    m_name->setObjectName(QStringLiteral("recordName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_details->setObjectName(QStringLiteral("recordDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true); // her identifiers wrap, never cut, beside the pregnancy chooser
    m_flags->setObjectName(QStringLiteral("recordFlags"));
    m_flags->setTextFormat(Qt::RichText);
    m_flags->setWordWrap(true);
    QFont bold = m_flags->font();
    bold.setBold(true);
    m_flags->setFont(bold);
    // Parts of her record that are not what was saved (care::Integrity): first in her header,
    // on every page, so nothing damaged is read as if it were right.
    m_damage->setObjectName(QStringLiteral("recordDamaged"));
    m_damage->setWordWrap(true);
    m_damage->setStyleSheet(
        QStringLiteral("QLabel#recordDamaged { font-weight: bold; border: 2px solid "
                       "palette(highlight); padding: 4px 8px; }"));
    m_damage->hide();
    // The loss of the pregnancy shown, on every page: in sight, and calm, not an alarm.
    m_lossBanner->setObjectName(QStringLiteral("lossBanner"));
    m_lossBanner->setTextFormat(Qt::RichText);
    m_lossBanner->setWordWrap(true);
    m_lossBanner->setStyleSheet(
        QStringLiteral("QLabel#lossBanner { background-color: palette(alternate-base); "
                       "border-left: 4px solid palette(highlight); padding: 4px 8px; }"));
    m_lossBanner->hide();
    // What her results call for and nobody has done yet, in sight on every page.
    m_due->setObjectName(QStringLiteral("recordDue"));
    m_due->setWordWrap(true);
    m_pregnancy->setObjectName(QStringLiteral("pregnancyChooser"));
    m_pregnancy->setAccessibleName(tr("Pregnancy"));
    // Wide enough for most lines of what became of a pregnancy; a longer one is shown whole
    // in the list that opens, and under the chooser.
    m_pregnancy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pregnancy->setMinimumContentsLength(34);

    auto *pregnancyLabel = new QLabel(tr("Pregnanc&y:"));
    pregnancyLabel->setBuddy(m_pregnancy);
    auto *header = new QHBoxLayout;
    auto *who = new QVBoxLayout;
    who->addWidget(m_name);
    who->addWidget(m_details);
    who->addWidget(m_damage);
    who->addWidget(m_flags);
    who->addWidget(m_lossBanner);
    who->addWidget(m_due);
    // Said before she types, not only when a save is refused.
    if (const QString refusal = access::refusal(context.actor.role, access::Permission::RecordCare);
        !refusal.isEmpty()) {
        auto *readOnly = new QLabel(
            tr("You can read her record and record the postnatal care you give. %1").arg(refusal));
        readOnly->setObjectName(QStringLiteral("recordReadOnly"));
        readOnly->setWordWrap(true);
        who->addWidget(readOnly);
    }
    header->addLayout(who, 1);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(pregnancyLabel);
    chooser->addWidget(m_pregnancy);
    auto *right = new QVBoxLayout;
    right->addLayout(chooser);
    // What became of each of her pregnancies, in sight whichever one is open.
    m_history = new QLabel;
    m_history->setObjectName(QStringLiteral("recordHistory"));
    m_history->setTextFormat(Qt::RichText);
    m_history->setWordWrap(true);
    m_history->setMaximumWidth(m_history->fontMetrics().averageCharWidth() * 48);
    m_history->setAccessibleName(tr("Her pregnancies"));
    m_history->hide();
    right->addWidget(m_history);

    m_pages->setObjectName(QStringLiteral("recordPages"));
    // Always in sight above the pages, for those who reach for the mouse; Ctrl+S does the same.
    // Not in the tab row: every stage's tab fits there on a 1366-wide laptop only without it.
    auto *save = new QPushButton(tr("Save (Ctrl+S)"));
    save->setObjectName(QStringLiteral("saveButton"));
    save->setAccessibleName(tr("Save this page"));
    save->setFocusPolicy(Qt::NoFocus); // not a stop on Tab between her fields
    connect(save, &QPushButton::clicked, this, [this] { saveCurrentPage(); });
    right->addWidget(save, 0, Qt::AlignRight);
    right->addStretch(1);
    header->addLayout(right);
    addStages();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);

    connect(m_pregnancy, &QComboBox::activated, this, &WomanRecordView::choosePregnancy);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        auto *form = qobject_cast<StageForm *>(m_pages->widget(index));
        m_undo.setActiveStack(form ? form->undoStack() : nullptr);
    });
}

void WomanRecordView::addStages()
{
    for (const RecordStage &definition : recordStages()) {
        StageForm *form = definition.make(m_context);
        m_stages.append({definition, form});
        m_pages->addTab(form, tr("&%1 %2").arg(m_stages.size()).arg(tr(definition.title)));
        if (QUndoStack *stack = form->undoStack())
            m_undo.addStack(stack);
        connect(form, &StageForm::saved, this, &WomanRecordView::saved);
        connect(form, &StageForm::saved, this, &WomanRecordView::showDue);
        const auto tellUnsaved = [this] { emit unsavedChangesChanged(hasUnsavedChanges()); };
        connect(form, &StageForm::saved, this, tellUnsaved);
        connect(form, &StageForm::edited, this, tellUnsaved);
        connect(form, &StageForm::womanSaved, this, [this, form](const Woman &woman) {
            herDetailsSaved(form, woman);
            // Just registered: her first pregnancy can now be booked.
            if (!m_pregnancy->isEnabled())
                fillPregnancies(kNewPregnancy);
        });
        connect(form, &StageForm::pregnancyChanged, this, [this] {
            fillPregnancies(m_pregnancyId);
            showHeader(m_woman); // a loss recorded, or a pregnancy entered in error, flags her
        });
        connect(form, &StageForm::bookingSaved, this, [this, form](const Booking &booking) {
            herDetailsSaved(form, booking.woman);
            fillPregnancies(booking.pregnancy.id);
        });
    }
}

RegistrationForm *WomanRecordView::registrationForm() const
{
    return page<RegistrationForm>();
}

BookingForm *WomanRecordView::bookingForm() const
{
    return page<BookingForm>();
}

CarePlanPage *WomanRecordView::carePlanPage() const
{
    return page<CarePlanPage>();
}

void WomanRecordView::showContactFor(const Appointment &appointment)
{
    if (m_pregnancyId != appointment.pregnancyId)
        fillPregnancies(appointment.pregnancyId);
    auto *contacts = page<ContactPage>();
    if (contacts == nullptr || !contacts->isEnabled())
        return;
    m_pages->setCurrentWidget(contacts);
    contacts->openAppointment(appointment.id);
}

void WomanRecordView::openWoman(qint64 womanId)
{
    const auto woman = m_context.clinic.women.byId(womanId);
    if (!woman)
        return;
    m_woman = *woman;
    for (const Stage &stage : m_stages)
        stage.form->openWoman(m_woman);
    showHeader(m_woman);
    // Her latest pregnancy is listed first; with none, the registration is what to look at.
    const auto pregnancies = m_context.clinic.women.pregnancies(womanId);
    const bool hasPregnancy = pregnancies.ok() && !pregnancies.value().isEmpty();
    fillPregnancies(hasPregnancy ? pregnancies.value().front().id : kNewPregnancy);
    showFirstPage(hasPregnancy ? StageScope::Pregnancy : StageScope::Woman);
    emit unsavedChangesChanged(hasUnsavedChanges()); // a draft offered back counts
}

void WomanRecordView::startNewWoman()
{
    m_woman = Woman{};
    m_pregnancyId = 0;
    m_pregnancyInError = false;
    showLoss();
    for (const Stage &stage : m_stages) {
        if (stage.definition.scope == StageScope::Woman)
            stage.form->openWoman(m_woman);
    }
    showHeader(m_woman);
    m_pregnancy->clear();
    m_pregnancy->setEnabled(false);
    enablePages(); // a booking needs her registered first
    showFirstPage(StageScope::Woman);
    emit unsavedChangesChanged(hasUnsavedChanges());
}

void WomanRecordView::herDetailsSaved(StageForm *from, const Woman &woman)
{
    m_woman = woman;
    for (const Stage &stage : m_stages) {
        if (stage.form != from)
            stage.form->herDetailsSaved(woman);
    }
    showHeader(woman);
    enablePages();
}

void WomanRecordView::showHeader(const Woman &woman)
{
    if (woman.id == 0) {
        m_name->setText(tr("New registration"));
        m_details->setText(tr("Type her details and press Ctrl+S to register her."));
        m_flags->clear();
        m_flags->hide();
        m_damage->hide();
        return;
    }
    const auto damage = m_context.clinic.integrity.ofWoman(woman.id);
    const QString damaged =
        !damage ? tr("Whether her record is intact cannot be read: %1").arg(damage.message())
        : damage.value() ? QStringLiteral("\u26A0 ") + damage.value()->warning()
                         : QString();
    m_damage->setText(damaged);
    m_damage->setAccessibleName(damaged.isEmpty() ? QString() : tr("Her record is damaged"));
    m_damage->setVisible(!damaged.isEmpty());
    m_name->setText(QStringLiteral("%1, %2").arg(woman.familyName.toUpper(), woman.givenName));
    // Her identifier as a temporary one when it is: "TMP0000001 (temporary: no NHS number yet)".
    m_details->setText(tr("%1   Born %2 (age %3)   %4")
                           .arg(clinical::nhs::labelled(woman.nhsNumber),
                                woman.dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy")))
                           .arg(clinical::ageInYears(woman.dateOfBirth, m_context.clock.today()))
                           .arg(woman.postcode));
    // Vulnerabilities, a loss and a record entered in error show on every page of her record,
    // as they do in every list where she appears (care::Women::flagsOf()).
    const auto read = m_context.clinic.women.flagsOf({woman.id}, m_context.actor);
    RecordFlags flags = read ? read.value().value(woman.id) : RecordFlags{};
    // The loss of the pregnancy shown is said once, in the banner under her flags.
    if (m_shownLoss && flags.loss == m_shownLoss->loss.kind &&
        flags.lossDate == m_shownLoss->loss.date) {
        flags.loss.reset();
        flags.lossDate = QDate();
    }
    QStringList shown;
    // A loss, or a record entered in error, stands out from the rest: marked in the
    // palette's selection colours, which read in any theme.
    const QPalette palette = m_flags->palette();
    const QString marked =
        QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;\u26A0 %3&nbsp;</span>")
            .arg(palette.color(QPalette::Highlight).name(),
                 palette.color(QPalette::HighlightedText).name());
    const int prominent = (flags.enteredInError ? 1 : 0) + (flags.loss ? 1 : 0);
    const QStringList labels = flagLabels(flags, FlagStyle::Header);
    for (int i = 0; i < labels.size(); ++i) {
        const QString text = labels[i].toHtmlEscaped();
        shown << (i < prominent ? marked.arg(text) : QStringLiteral("\u26A0 ") + text);
    }
    if (!read)
        shown << tr("\u26A0 Her flags could not be read: %1").arg(read.message()).toHtmlEscaped();
    m_flags->setText(shown.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_flags->setAccessibleDescription(flagText(flags, FlagStyle::Header));
    // No empty line in her header when there is nothing to flag.
    m_flags->setVisible(!shown.isEmpty());
}

void WomanRecordView::fillPregnancies(qint64 selectPregnancyId)
{
    m_pregnancy->clear();
    m_pregnancy->setEnabled(true);
    const auto history = m_context.clinic.women.history(m_woman.id);
    if (!history)
        m_details->setText(history.message());
    for (const PregnancyHistory &h : history.ok() ? history.value() : QList<PregnancyHistory>{})
        m_pregnancy->addItem(h.outcome, h.pregnancy.id);
    m_pregnancy->addItem(tr("New pregnancy..."), kNewPregnancy);
    m_pregnancy->view()->setMinimumWidth(m_pregnancy->view()->sizeHintForColumn(0) +
                                         m_pregnancy->view()->frameWidth() * 2);
    const int index = std::max(0, m_pregnancy->findData(selectPregnancyId));
    m_pregnancy->setCurrentIndex(index);
    m_pregnancyIndex = index;
    const qint64 id = m_pregnancy->itemData(index).toLongLong();
    Booking booking;
    if (id != kNewPregnancy) {
        const auto saved = m_context.clinic.women.booking(id);
        if (!saved)
            m_details->setText(saved.message());
        else if (saved.value())
            booking = *saved.value();
    }
    if (id == kNewPregnancy || booking.pregnancy.id == 0)
        booking = care::Women::newPregnancy(m_woman);
    m_pregnancyId = booking.pregnancy.id;
    m_pregnancyInError = false;
    for (const PregnancyHistory &h : history.ok() ? history.value() : QList<PregnancyHistory>{})
        m_pregnancyInError =
            m_pregnancyInError || (h.pregnancy.id == m_pregnancyId && h.enteredInError);
    showLoss();
    showHistory(history ? history.value() : QList<PregnancyHistory>{});
    showDue();
    for (const Stage &stage : m_stages) {
        if (stage.definition.scope == StageScope::Pregnancy)
            stage.form->openPregnancy(booking);
    }
    enablePages();
}

void WomanRecordView::showLoss()
{
    m_shownLoss.reset();
    QString text;
    if (m_pregnancyId != 0) {
        const auto loss = m_context.clinic.losses.lossOf(m_pregnancyId);
        if (!loss) {
            text = tr("Whether this pregnancy ended in a loss cannot be read: %1")
                       .arg(loss.message())
                       .toHtmlEscaped();
        } else if (loss.value()) {
            m_shownLoss = loss.value();
            const PregnancyLoss &l = m_shownLoss->loss;
            text = (postnatalCareContinues(l.kind)
                        ? tr("<b>%1 on %2</b> \u00B7 bereavement care. Nothing routine is booked, "
                             "planned or sent for this pregnancy; her postnatal care continues.")
                        : tr("<b>%1 on %2</b> \u00B7 bereavement care. Nothing routine is booked, "
                             "planned or sent for this pregnancy again."))
                       .arg(codes::label(l.kind).toHtmlEscaped(),
                            l.date.toString(QStringLiteral("dd-MMM-yyyy")));
        }
    }
    if (m_pregnancyInError)
        text = tr("<b>This pregnancy was entered in error</b>: kept for the record, listed "
                  "nowhere.");
    m_lossBanner->setText(text);
    m_lossBanner->setAccessibleName(text.isEmpty() ? QString() : tr("This pregnancy"));
    m_lossBanner->setVisible(!text.isEmpty());
    // Her header's flags leave out what the banner now says.
    if (m_woman.id != 0)
        showHeader(m_woman);
}

void WomanRecordView::refresh()
{
    if (m_woman.id == 0)
        return;
    // Her details as saved now (by a colleague, perhaps); what is typed on a page stays.
    if (const auto woman = m_context.clinic.women.byId(m_woman.id))
        herDetailsSaved(nullptr, *woman);
    fillPregnancies(m_pregnancyId);
    emit unsavedChangesChanged(hasUnsavedChanges());
}

void WomanRecordView::showHistory(const QList<PregnancyHistory> &history)
{
    // With one pregnancy the chooser says it all; from two, each is listed, the open one in bold.
    // Four lines at most, beside her name and details: a laptop's screen keeps its height for
    // the page; the chooser lists the rest.
    constexpr qsizetype kMostLines = 4;
    m_history->setVisible(history.size() > 1);
    QStringList lines;
    QStringList all;
    for (const PregnancyHistory &h : history) {
        const QString line = h.outcome.toHtmlEscaped();
        all << line;
        if (history.size() > kMostLines && lines.size() == kMostLines - 1)
            continue;
        lines << (h.pregnancy.id == m_pregnancyId ? QStringLiteral("<b>%1</b>").arg(line) : line);
    }
    if (history.size() > kMostLines)
        lines << tr("and %1 earlier: see Pregnancy").arg(history.size() - (kMostLines - 1));
    m_history->setText(lines.join(QStringLiteral("<br>")));
    m_history->setToolTip(all.join(QStringLiteral("<br>")));
}

void WomanRecordView::showDue()
{
    m_due->clear();
    m_due->hide();
    if (m_pregnancyId == 0)
        return;
    const auto due = m_context.clinic.results.dueFor(m_pregnancyId);
    QStringList lines;
    if (!due)
        lines << tr("Her results cannot be read: %1").arg(due.message());
    else
        for (const clinical::ResultDue &d : due.value())
            lines << d.title;
    if (lines.isEmpty())
        return;
    m_due->setText(QStringLiteral("\u26A0 ") +
                   tr("Needs action: %1").arg(lines.join(QStringLiteral("; "))));
    m_due->show();
}

void WomanRecordView::enablePages()
{
    for (const Stage &stage : m_stages) {
        bool usable = true;
        switch (stage.definition.needs) {
        case StageNeeds::Nothing:
            break;
        case StageNeeds::RegisteredWoman:
            usable = m_woman.id != 0;
            break;
        case StageNeeds::SavedPregnancy:
            usable = m_pregnancyId != 0;
            break;
        }
        m_pages->setTabEnabled(m_pages->indexOf(stage.form), usable);
    }
}

void WomanRecordView::showFirstPage(StageScope scope)
{
    for (const Stage &stage : m_stages) {
        if (stage.definition.scope == scope && m_pages->isTabEnabled(m_pages->indexOf(stage.form)))
            return m_pages->setCurrentWidget(stage.form);
    }
}

void WomanRecordView::choosePregnancy(int index)
{
    if (index == m_pregnancyIndex)
        return;
    if (!confirmLeave(StageScope::Pregnancy)) {
        m_pregnancy->setCurrentIndex(m_pregnancyIndex);
        return;
    }
    fillPregnancies(m_pregnancy->itemData(index).toLongLong());
    showFirstPage(StageScope::Pregnancy);
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
    if (!form)
        return false;
    if (form->save())
        return true;
    // Not taken because the team server is away: made when it answers, while she is still here.
    if (m_context.server && !m_context.server->check())
        m_waitingSave = WaitingSave{form, m_woman.id, m_pregnancyId};
    return false;
}

std::optional<bool> WomanRecordView::saveWhatWaited()
{
    const std::optional<WaitingSave> waiting = std::exchange(m_waitingSave, std::nullopt);
    if (!waiting || !waiting->form || waiting->womanId != m_woman.id ||
        waiting->pregnancyId != m_pregnancyId || !waiting->form->hasUnsavedChanges())
        return std::nullopt;
    return waiting->form->save();
}

bool WomanRecordView::printPreviewOfCurrentPage()
{
    auto *form = qobject_cast<StageForm *>(m_pages->currentWidget());
    return form && form->printPreview();
}

bool WomanRecordView::hasUnsavedChanges() const
{
    return std::any_of(m_stages.cbegin(), m_stages.cend(),
                       [](const Stage &stage) { return stage.form->hasUnsavedChanges(); });
}

bool WomanRecordView::confirmLeave(StageForm *form)
{
    if (!form->hasUnsavedChanges() || !m_context.askLeave)
        return true;
    m_pages->setCurrentWidget(form);
    switch (m_context.askLeave(this, form->formName(), form->changedFields())) {
    case ClinicContext::LeaveChoice::Save:
        return form->save();
    case ClinicContext::LeaveChoice::Discard:
        form->discardChanges();
        emit unsavedChangesChanged(hasUnsavedChanges());
        return true;
    case ClinicContext::LeaveChoice::Stay:
        return false;
    }
    return false;
}

bool WomanRecordView::confirmLeave(StageScope scope)
{
    for (const Stage &stage : m_stages) {
        if (stage.definition.scope == scope && !confirmLeave(stage.form))
            return false;
    }
    return true;
}

bool WomanRecordView::confirmLeave()
{
    for (const Stage &stage : m_stages) {
        if (!confirmLeave(stage.form))
            return false;
    }
    return true;
}

} // namespace bb::ui
