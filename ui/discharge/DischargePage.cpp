// SPDX-License-Identifier: MIT
#include "discharge/DischargePage.h"

#include "ClinicContext.h"
#include "clinical/NhsNumber.h"
#include "discharge/BabyCarePanel.h"
#include "discharge/DischargedPanel.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/FormSnapshot.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

template <typename W> W *named(W *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("ddd d MMM yyyy"));
}

/// A box for a few lines that Tab leaves, as every other field.
QPlainTextEdit *linesBox(const QString &name, const QString &placeholder)
{
    auto *box = named(new QPlainTextEdit, name);
    box->setTabChangesFocus(true);
    box->setPlaceholderText(placeholder);
    box->setMaximumHeight(box->fontMetrics().lineSpacing() * 4 + 12);
    return box;
}

} // namespace

DischargePage::DischargePage(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("discharge"), parent), m_inputs(new QWidget),
      m_noBirth(new QLabel), m_message(makeMessageLabel()), m_outcome(new QLabel),
      m_care(new BabyCarePanel(context)), m_dischargedPanel(new DischargedPanel(context))
{
    m_dischargedPanel->hide();
    connect(m_dischargedPanel, &DischargedPanel::problem, this,
            [this](const QString &message) { setMessage(m_message, message); });
    connect(m_dischargedPanel, &DischargedPanel::done, this, &DischargePage::showDone);
    setObjectName(QStringLiteral("dischargePage"));
    m_noBirth->setObjectName(QStringLiteral("dischargeNoBirth"));
    m_noBirth->setWordWrap(true);
    QFont bold = m_noBirth->font();
    bold.setBold(true);
    m_noBirth->setFont(bold);
    m_message->setObjectName(QStringLiteral("dischargeMessage"));
    // What was just done, in plain words (problems go in the message above).
    m_outcome->setObjectName(QStringLiteral("dischargeOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    auto *column = new QVBoxLayout(m_inputs);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_care);
    column->addWidget(buildDischarge());

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    // Its lists and messages grow after it is laid out: never shown shorter than they need,
    // which would draw its fields over each other, the page scrolls instead.
    contentLayout->setSizeConstraint(QLayout::SetMinimumSize);
    contentLayout->addWidget(m_inputs);
    contentLayout->addWidget(m_dischargedPanel);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noBirth);
    layout->addWidget(m_message);
    layout->addWidget(m_outcome);
    layout->addWidget(scroll, 1);
    watchInputs();
    readRecord();
    reload();
}

DischargePage::~DischargePage()
{
    flushDraft();
}

QWidget *DischargePage::buildDischarge()
{
    m_dischargeBox = new QGroupBox(tr("Discharge from maternity care"));
    auto *form = new QWidget;
    m_rows = new FieldRows(form);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_date = named(new DateField, QStringLiteral("dischargeDate"));
    m_rows->add(tr("&Discharge date"), m_date, QStringLiteral("date"));
    m_healthVisitor = named(new QLineEdit, QStringLiteral("dischargeHealthVisitor"));
    m_healthVisitor->setPlaceholderText(tr("The health visitor or health visiting team"));
    m_rows->add(tr("Health &visitor"), m_healthVisitor, QStringLiteral("health_visitor"),
                tr("Who takes over her care and her babies' from the midwives"));
    for (int i = 0; i < kBabyRows; ++i) {
        auto *box = named(new QLineEdit, QStringLiteral("dischargeBaby%1NhsNumber").arg(i + 1));
        box->setPlaceholderText(tr("10 digits"));
        box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("000 000 00000")) +
                             24);
        m_rows->add(tr("NHS number"), box, QStringLiteral("babies.%1.nhs_number").arg(i + 1));
        m_nhsNumbers << box;
    }
    m_notes = linesBox(QStringLiteral("dischargeNotes"),
                       tr("What the health visitor should know or follow up"));
    m_rows->add(tr("Note&s for the health visitor"), m_notes, QStringLiteral("handover_notes"));
    m_rows->addRow(QString(), new QLabel(tr("Printed on the handover only, never on her copy.")));

    auto *button = named(new QPushButton(tr("Disc&harge her")), QStringLiteral("dischargeButton"));
    connect(button, &QPushButton::clicked, this, [this] {
        // A move typed and not yet recorded is recorded first, as Ctrl+S does: discharging
        // her puts the page back as loaded, and what was typed is never lost.
        if ((!m_care->hasTyping() || m_care->recordMove()) && confirmDischarge())
            discharge();
    });

    auto *layout = new QVBoxLayout(m_dischargeBox);
    layout->addWidget(form);
    layout->addWidget(buildFeedback());
    layout->addWidget(button, 0, Qt::AlignLeft);
    return m_dischargeBox;
}

QWidget *DischargePage::buildFeedback()
{
    auto *box = new QGroupBox(tr("Her feedback: the NHS Friends and Family Test"));
    m_feedbackRows = new FieldRows(box);
    auto *question =
        new QLabel(tr("Ask her: \u201COverall, how was your experience of our service?\u201D"));
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    m_feedbackRows->addRow(question);
    m_answer = named(new QComboBox, QStringLiteral("feedbackAnswer"));
    m_answer->addItem(tr("Not asked"), QString());
    for (const QString &code : codes::feedbackAnswerCodes())
        m_answer->addItem(codes::label(*codes::feedbackAnswerFromCode(code)), code);
    m_feedbackRows->add(tr("Her &answer"), m_answer, QStringLiteral("feedback.answer"));
    m_words = linesBox(QStringLiteral("feedbackWords"),
                       tr("Optional: what she would like the team to know, as she says it"));
    m_feedbackRows->add(tr("Her own w&ords"), m_words, QStringLiteral("feedback.comment"));
    m_feedbackRows->addRow(QString(),
                           new QLabel(tr("Her answer and words are kept apart from her record, "
                                         "with her team and the month only:\nher name, date of "
                                         "birth, postcode and any numbers are taken out of her "
                                         "words.")));
    return box;
}

QString DischargePage::recordKey() const
{
    return QStringLiteral("pregnancy:%1/discharge").arg(m_booking.pregnancy.id);
}

void DischargePage::openPregnancy(const Booking &booking)
{
    const bool same = booking.pregnancy.id == m_booking.pregnancy.id;
    m_booking = booking;
    if (!same) {
        m_outcome->hide();
        setMessage(m_message, {}); // about the woman open before, not her
    }
    const bool keepTyping = same && hasUnsavedChanges();
    readRecord();
    if (!keepTyping)
        reload();
}

void DischargePage::showEvent(QShowEvent *event)
{
    StageForm::showEvent(event);
    // Her record may have stayed open for days, and another door may have recorded a move or
    // her discharge: what the page shows, and the day its dates start at, are read again
    // unless something is typed.
    if (m_booking.pregnancy.id == 0)
        return;
    // Asked first: what her record now holds (a baby to choose) is no typing of the midwife's.
    const bool typed = hasUnsavedChanges();
    readRecord();
    if (!typed)
        reload();
}

void DischargePage::readRecord()
{
    m_birth.reset();
    m_discharged.reset();
    QString problem;
    const qint64 pregnancyId = m_booking.pregnancy.id;
    if (pregnancyId != 0) {
        const auto birth = context().clinic.births.birthOf(pregnancyId);
        if (birth)
            m_birth = birth.value();
        else
            problem = tr("Her birth cannot be read: %1").arg(birth.message());
    }
    if (m_birth) {
        const auto discharged = context().clinic.discharges.dischargeOf(pregnancyId);
        if (discharged)
            m_discharged = discharged.value();
        else
            problem = tr("Her discharge cannot be read: %1").arg(discharged.message());
    }
    // A problem of the last save stays in sight; one of the last reading goes once read.
    if (!problem.isEmpty())
        setMessage(m_message, problem);
    else if (!m_readProblem.isEmpty() && m_message->text().contains(m_readProblem))
        setMessage(m_message, {});
    m_readProblem = problem;
    const bool born = m_birth.has_value();
    m_noBirth->setText(
        m_booking.pregnancy.status == PregnancyStatus::Loss
            ? tr("No birth is recorded for this pregnancy: there is no baby to follow and no "
                 "discharge to record here.")
            : tr("Her birth is not recorded yet. Record it on the Birth page (Alt+7) first: "
                 "then where her babies are cared for and her discharge are recorded here."));
    m_noBirth->setVisible(!born && problem.isEmpty());
    m_inputs->setEnabled(born && problem.isEmpty());

    const QList<Baby> babies = born ? m_birth->birth.babies : QList<Baby>{};
    m_care->showBirth(pregnancyId, babies);
    for (int i = 0; i < kBabyRows; ++i) {
        QLineEdit *box = m_nhsNumbers[i];
        // Before the birth one row shows what will be asked.
        m_rows->setRowVisible(box, i < babies.size() || (babies.isEmpty() && i == 0));
        QString label = babies.size() > 1 ? tr("Baby %1's &NHS number").arg(i + 1)
                                          : tr("Her baby's &NHS number");
        if (i < babies.size() && babies[i].outcome != BabyOutcome::LiveBirth)
            label += tr(" (stillborn)");
        // One Alt+letter, to the first: Tab goes on to the next.
        if (i > 0)
            label.remove(QLatin1Char('&'));
        if (auto *caption = qobject_cast<QLabel *>(m_rows->labelForField(box)))
            caption->setText(label);
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        // A number recorded is a fact shown, not something to type again.
        const QString recorded = i < babies.size() && !babies[i].nhsNumber.isEmpty()
                                     ? clinical::nhs::format(babies[i].nhsNumber)
                                     : QString();
        box->setReadOnly(!recorded.isEmpty());
        box->setToolTip(recorded.isEmpty() ? QString() : tr("Recorded already"));
        if (!recorded.isEmpty() && box->text() != recorded)
            box->setText(recorded);
    }
    m_dischargeBox->setVisible(!m_discharged);
    m_dischargedPanel->setVisible(m_discharged.has_value());
    if (m_discharged)
        m_dischargedPanel->showDischarge(pregnancyId, *m_discharged, babies);
}

void DischargePage::showSavedValue()
{
    m_rows->clearMessages();
    m_feedbackRows->clearMessages();
    m_care->clearForm();
    m_date->setDate(context().clock.today());
    m_healthVisitor->clear();
    const QList<Baby> babies = m_birth ? m_birth->birth.babies : QList<Baby>{};
    for (int i = 0; i < kBabyRows; ++i) {
        const QString number = i < babies.size() ? babies[i].nhsNumber : QString();
        m_nhsNumbers[i]->setText(number.isEmpty() ? QString() : clinical::nhs::format(number));
    }
    m_notes->clear();
    m_answer->setCurrentIndex(0);
    m_words->clear();
    m_blank = captureForm(m_dischargeBox);
}

bool DischargePage::dischargeTyped() const
{
    return captureForm(m_dischargeBox) != m_blank;
}

bool DischargePage::save()
{
    if (m_booking.pregnancy.id == 0 || !m_birth)
        return true; // nothing to record before the birth
    if (m_care->hasTyping() && !m_care->recordMove())
        return false;
    // A discharge cancels what is still booked for her: it is never the result of Ctrl+S, or
    // of Save when leaving, pressed out of habit. What is typed for it stays as a draft.
    if (!m_discharged && dischargeTyped())
        setMessage(m_message, tr("What you typed for her discharge is kept. She is discharged "
                                 "only with Discharge her (Alt+H)."));
    return true;
}

bool DischargePage::confirmDischarge()
{
    if (!context().confirm)
        return true;
    const QDate day = m_date->date();
    QStringList cancelled;
    for (const AppointmentListing &a :
         context().clinic.scheduling.appointmentsOf(m_booking.pregnancy.id)) {
        if (a.appointment.status == AppointmentStatus::Booked &&
            a.appointment.kind == AppointmentKind::PostnatalContact && day.isValid() &&
            a.appointment.date > day)
            cancelled << dayText(a.appointment.date);
    }
    const QString what =
        tr("Discharge %1 from maternity care on %2?")
            .arg(m_booking.woman.fullName(), day.isValid() ? dayText(day) : m_date->text()) +
        QStringLiteral("\n\n") +
        (cancelled.isEmpty()
             ? tr("No postnatal appointment of hers is booked after that day.")
             : tr("Her postnatal appointments booked after that day are cancelled: %1.")
                   .arg(cancelled.join(QStringLiteral(", "))));
    return context().confirm(this, tr("Discharge her"), what);
}

Discharge DischargePage::typedDischarge(FieldErrors &problems) const
{
    Discharge d;
    d.pregnancyId = m_booking.pregnancy.id;
    d.date = m_date->date();
    if (m_date->hasProblem())
        problems.append({QStringLiteral("date"),
                         tr("'%1' is not a real date (dd/mm/yyyy)").arg(m_date->text())});
    d.healthVisitor = m_healthVisitor->text();
    d.handoverNotes = m_notes->toPlainText();
    const QList<Baby> &babies = m_birth->birth.babies;
    for (int i = 0; i < std::min<int>(int(babies.size()), kBabyRows); ++i) {
        const QLineEdit *box = m_nhsNumbers[i];
        if (!box->isReadOnly() && !box->text().trimmed().isEmpty())
            d.babyNhsNumbers.insert(babies[i].id, box->text().trimmed());
    }
    return d;
}

std::optional<Feedback> DischargePage::typedFeedback(FieldErrors &problems) const
{
    const QString words = m_words->toPlainText().trimmed();
    const auto answer = codes::feedbackAnswerFromCode(m_answer->currentData().toString());
    if (!answer) {
        if (!words.isEmpty())
            problems.append({QStringLiteral("feedback.comment"),
                             tr("her words are kept only with her answer: choose her answer "
                                "above, or Don't know")});
        return std::nullopt;
    }
    return Feedback{*answer, words};
}

void DischargePage::showProblems(const FieldErrors &problems)
{
    const FieldErrors unplaced = m_feedbackRows->show(m_rows->show(problems));
    QStringList lines{
        tr("Not discharged: %n problem(s) to put right.", nullptr, int(problems.size()))};
    for (const FieldError &e : unplaced)
        lines << e.toString();
    setMessage(m_message, lines.join(QLatin1Char('\n')));
    QWidget *first = m_rows->fieldFor(problems.front().path);
    if (first == nullptr)
        first = m_feedbackRows->fieldFor(problems.front().path);
    if (first != nullptr)
        first->setFocus();
}

bool DischargePage::discharge()
{
    if (m_booking.pregnancy.id == 0 || !m_birth || m_discharged)
        return true;
    m_rows->clearMessages();
    m_feedbackRows->clearMessages();
    setMessage(m_message, {});
    m_outcome->hide();
    FieldErrors problems;
    const Discharge typed = typedDischarge(problems);
    const std::optional<Feedback> feedback = typedFeedback(problems);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    const auto done = context().clinic.discharges.discharge(typed, feedback, context().actor);
    if (done.invalid()) {
        showProblems(done.fieldErrors());
        return false;
    }
    if (!done) {
        setMessage(m_message,
                   tr("Not discharged: %1. What you typed is kept.").arg(done.message()));
        return false;
    }
    QStringList lines{tr("Discharged from maternity care on %1.").arg(dayText(typed.date))};
    if (done->cancelled.size() == 1)
        lines << tr("Her postnatal appointment still booked after that day is cancelled.");
    else if (done->cancelled.size() > 1)
        lines << tr("Her %1 postnatal appointments still booked after that day are cancelled.")
                     .arg(done->cancelled.size());
    lines << (feedback ? tr("Her feedback is kept with her team and the month only.")
                       : tr("She gave no feedback."));
    showDone(lines.join(QLatin1Char(' ')));
    readRecord(); // the babies' NHS numbers are now recorded: shown as such, then saved
    markSaved();
    emit pregnancyChanged();
    if (auto *print = m_dischargedPanel->findChild<QPushButton *>(QStringLiteral("printSummary")))
        print->setFocus();
    return true;
}

bool DischargePage::printPreview()
{
    if (!m_discharged) {
        setMessage(m_message, tr("Nothing to print yet: the handover and her discharge summary "
                                 "print once she is discharged."));
        return false;
    }
    return m_dischargedPanel->previewDocument(DischargeDocument::HerSummary);
}

bool DischargePage::previewDocument(DischargeDocument document)
{
    // The panel keeps the last discharge it showed: never another woman's documents.
    return m_discharged && m_dischargedPanel->previewDocument(document);
}

bool DischargePage::saveDocumentAsPdf(DischargeDocument document, const QString &path,
                                      QString *error)
{
    return m_discharged && m_dischargedPanel->saveDocumentAsPdf(document, path, error);
}

void DischargePage::showDone(const QString &message)
{
    setMessage(m_message, {});
    m_outcome->setText(message);
    m_outcome->show();
}

} // namespace bb::ui
