// SPDX-License-Identifier: MIT
#include "contacts/ContactPage.h"

#include "ClinicContext.h"
#include "clinical/ConditionCodes.h"
#include "clinical/ContactRules.h"
#include "clinical/Dating.h"
#include "contacts/SfhChart.h"
#include "domain/Codes.h"
#include "util/HtmlText.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/MoodQuestions.h"
#include "widgets/NumberFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

template <typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

/// A combo box of one code table's choices, its first choice meaning "not recorded".
QComboBox *codeBox(const char *name, const QStringList &codes,
                   const std::function<QString(const QString &)> &label)
{
    auto *box = named(new QComboBox, name);
    for (const QString &code : codes)
        box->addItem(label(code), code);
    return box;
}

void select(QComboBox *box, const QString &code)
{
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

ContactPage::ContactPage(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("contact"), parent)
{
    // Her contacts so far, newest first, and a new one.
    m_list = named(new QComboBox, "contactList");
    m_new = named(new QPushButton(tr("New cont&act")), "newContact");
    connect(m_new, &QPushButton::clicked, this, [this] { newContact(); });
    connect(m_list, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_list->itemData(index).toLongLong();
        if (id > 0)
            showContact(id);
        else
            newContact();
    });
    auto *chooser = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("He&r contacts:"));
    chooserLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("Her contacts"));
    chooser->addWidget(chooserLabel);
    chooser->addWidget(m_list, 1);
    chooser->addWidget(m_new);

    m_inputs = new QWidget;
    auto *column = new QVBoxLayout(m_inputs);
    m_message = makeMessageLabel();
    m_message->setObjectName(QStringLiteral("contactMessage"));
    column->addWidget(m_message);
    // What was just done, in plain words (problems go in the message above).
    m_outcome = named(new QLabel, "contactOutcome");
    m_outcome->setWordWrap(true);
    column->addWidget(m_outcome);
    column->addWidget(buildVisit());
    column->addWidget(buildMeasurements());
    column->addWidget(buildWellbeing());
    column->addWidget(buildDiagnoses());
    column->addWidget(buildPlan());
    column->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 1);
    columns->addWidget(buildRules(), 0);
    // After a loss there are no antenatal contacts: said above her contacts, which stay.
    m_afterLoss = named(new QLabel, "contactsAfterLoss");
    m_afterLoss->setWordWrap(true);
    QFont bold = m_afterLoss->font();
    bold.setBold(true);
    m_afterLoss->setFont(bold);
    m_afterLoss->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_afterLoss);
    layout->addLayout(chooser);
    layout->addLayout(columns, 1);

    watchInputs();
    connect(this, &StageForm::edited, this, &ContactPage::review);
    connect(m_date, &QLineEdit::textChanged, this, &ContactPage::setGestationText);
}

ContactPage::~ContactPage()
{
    flushDraft();
}

QWidget *ContactPage::buildVisit()
{
    auto *box = new QGroupBox(tr("The contact"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_date = named(new DateField, "contactDate");
    m_gestation = named(new QLabel, "contactGestation");
    auto *when = new QWidget;
    auto *whenRow = new QHBoxLayout(when);
    whenRow->setContentsMargins(0, 0, 0, 0);
    whenRow->addWidget(m_date);
    whenRow->addWidget(m_gestation, 1);
    m_date->setMaximumWidth(140);
    rows->add(tr("&Date"), when, QStringLiteral("date"));
    // The label's buddy is the date itself, not the row holding it and the gestation.
    if (auto *label = qobject_cast<QLabel *>(rows->labelForField(when)))
        label->setBuddy(m_date);
    m_clinician = named(new QComboBox, "contactClinician");
    rows->add(tr("Seen &by"), m_clinician, QStringLiteral("clinician"));
    m_venue = named(new QLineEdit, "contactVenue");
    m_venue->setPlaceholderText(tr("e.g. Highfields Children's Centre, or her home"));
    rows->add(tr("&Venue"), m_venue);
    m_attended = named(new QComboBox, "contactAttended");
    m_attended->addItem(tr("Attended"), QStringLiteral("yes"));
    m_attended->addItem(tr("Did not attend"), QStringLiteral("no"));
    rows->add(tr("&She"), m_attended, QStringLiteral("attended"));
    return box;
}

QWidget *ContactPage::buildMeasurements()
{
    auto *box = new QGroupBox(tr("Checks"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_bp = makeNumberBox("contactBp", tr("120/80"));
    rows->add(tr("Blood &pressure"), m_bp, QStringLiteral("bp"), tr("Systolic/diastolic, mmHg"));
    const auto dipstick = [](const QString &code) {
        return codes::label(*codes::dipstickFromCode(code));
    };
    m_protein = codeBox("contactProtein", codes::dipstickCodes(), dipstick);
    rows->add(tr("Urine prote&in"), m_protein);
    m_glucose = codeBox("contactGlucose", codes::dipstickCodes(), dipstick);
    rows->add(tr("Urine &glucose"), m_glucose);
    m_sfh = makeNumberBox("contactSfh", tr("cm"));
    rows->add(tr("&Fundal height (cm)"), m_sfh, QStringLiteral("sfh_cm"),
              tr("Symphysis-fundal height, from 24 weeks; plotted on the chart"));
    m_heart = named(new QComboBox, "contactHeart");
    m_heart->addItem(tr("Not listened to"), QString());
    m_heart->addItem(tr("Heard"), QStringLiteral("yes"));
    m_heart->addItem(tr("Not heard"), QStringLiteral("no"));
    rows->add(tr("Fetal &heart"), m_heart);
    m_movements = codeBox("contactMovements", codes::movementsCodes(), [](const QString &code) {
        return codes::label(*codes::movementsFromCode(code));
    });
    rows->add(tr("&Movements"), m_movements);
    m_presentation =
        codeBox("contactPresentation", codes::presentationCodes(), [](const QString &code) {
            return codes::label(*codes::presentationFromCode(code));
        });
    rows->add(tr("Presentati&on"), m_presentation, {}, tr("Recorded from 36 weeks"));
    m_co = makeNumberBox("contactCo", tr("ppm"));
    rows->add(tr("&Carbon monoxide (ppm)"), m_co, QStringLiteral("co_ppm"));
    m_induction = codeBox("contactInduction", codes::inductionCodes(), [](const QString &code) {
        return codes::label(*codes::inductionFromCode(code));
    });
    rows->add(tr("Ind&uction (41+0)"), m_induction);
    return box;
}

QWidget *ContactPage::buildWellbeing()
{
    auto *box = new QGroupBox(tr("How she is feeling"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_mood = new MoodQuestions(rows, QStringLiteral("contact"), tr("GAD-2 score"));
    return box;
}

QWidget *ContactPage::buildDiagnoses()
{
    auto *box = new QGroupBox(tr("Diagnosed at this contact"));
    auto *grid = new QGridLayout(box);
    const QStringList codes = clinical::conditionCodes(clinical::ConditionGroup::ThisPregnancy);
    for (int i = 0; i < codes.size(); ++i) {
        const clinical::ConditionInfo *info = clinical::findCondition(codes[i]);
        QString meaning = info->label();
        meaning[0] = meaning[0].toUpper();
        auto *check = new QCheckBox(meaning);
        check->setObjectName(QStringLiteral("diagnosis_") + codes[i]);
        check->setProperty("code", codes[i]);
        m_diagnoses << check;
        grid->addWidget(check, i, 0);
    }
    return box;
}

QWidget *ContactPage::buildPlan()
{
    auto *box = new QGroupBox(tr("Notes and the plan until the next contact"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_notes = named(new QPlainTextEdit, "contactNotes");
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    rows->add(tr("&Notes"), m_notes);
    m_plan = named(new QPlainTextEdit, "contactPlan");
    m_plan->setTabChangesFocus(true);
    m_plan->setMaximumHeight(70);
    rows->add(tr("P&lan until next"), m_plan);
    return box;
}

QWidget *ContactPage::buildRules()
{
    auto *panel = new QWidget;
    // In characters, not pixels: it grows with the desktop's font size.
    panel->setFixedWidth(panel->fontMetrics().averageCharWidth() * 60);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    auto *rules = new QGroupBox(tr("What the rules ask for"));
    auto *rulesColumn = new QVBoxLayout(rules);
    m_actions = named(new QLabel, "contactActions");
    m_actions->setWordWrap(true);
    m_actions->setTextFormat(Qt::RichText);
    m_actions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rulesColumn->addWidget(m_actions);
    m_planChange = named(new QLabel, "contactPlanChange");
    m_planChange->setWordWrap(true);
    m_planChange->setTextFormat(Qt::RichText);
    rulesColumn->addWidget(m_planChange);
    m_takeChange = named(new QPushButton(tr("Ta&ke into a new plan version")), "takePlanChange");
    connect(m_takeChange, &QPushButton::clicked, this, &ContactPage::takePlanChange);
    rulesColumn->addWidget(m_takeChange);
    column->addWidget(rules);
    m_chart = new SfhChart;
    column->addWidget(m_chart, 1);
    return panel;
}

QString ContactPage::recordKey() const
{
    return QStringLiteral("pregnancy:%1/contact:%2")
        .arg(m_booking.pregnancy.id)
        .arg(m_saved ? QString::number(m_saved->contact.id) : QStringLiteral("new"));
}

void ContactPage::openPregnancy(const Booking &booking)
{
    const bool same = booking.pregnancy.id == m_booking.pregnancy.id;
    m_booking = booking;
    QString afterLoss;
    if (booking.pregnancy.status == PregnancyStatus::Loss) {
        const auto loss = context().clinic.losses.lossOf(booking.pregnancy.id);
        if (loss && loss.value())
            afterLoss = tr("%1 on %2: there are no antenatal contacts after a loss. One from "
                           "before that day can still be recorded here.")
                            .arg(codes::label(loss.value()->loss.kind),
                                 loss.value()->loss.date.toString(QStringLiteral("dd-MMM-yyyy")));
    }
    m_afterLoss->setText(afterLoss);
    m_afterLoss->setVisible(!afterLoss.isEmpty());
    fillClinicians();
    fillContactList();
    if (!same || !hasUnsavedChanges())
        newContact();
}

void ContactPage::fillClinicians()
{
    const qint64 chosen = m_clinician->currentData().toLongLong();
    const QSignalBlocker quiet(m_clinician);
    m_clinician->clear();
    for (const Staff &s : context().clinic.staffing.staff())
        m_clinician->addItem(QStringLiteral("%1 (%2)").arg(s.name, codes::label(s.role)), s.id);
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(chosen)));
}

void ContactPage::fillContactList()
{
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_contacts.clear();
    m_savedChange = {};
    m_list->addItem(tr("A new contact"), 0);
    if (m_booking.pregnancy.id == 0)
        return;
    // What her saved diagnoses change in her plan: read when her contacts are, not per keystroke.
    if (const auto proposed = context().clinic.contacts.proposedPlanChange(m_booking.pregnancy.id))
        m_savedChange = proposed.value();
    const auto contacts = context().clinic.contacts.contactsOf(m_booking.pregnancy.id);
    if (!contacts) {
        setMessage(m_message, tr("Her contacts cannot be read: %1").arg(contacts.message()));
        return;
    }
    m_contacts = contacts.value();
    for (auto it = m_contacts.crbegin(); it != m_contacts.crend(); ++it) {
        const AntenatalContact &c = it->contact;
        QStringList line{
            QStringLiteral("%1 (%2)").arg(day(c.date), it->assessment.gestation.toString())};
        if (!c.attended)
            line << tr("did not attend");
        if (c.bloodPressure)
            line << tr("BP %1/%2").arg(c.bloodPressure->systolic).arg(c.bloodPressure->diastolic);
        if (c.sfhCm)
            line << tr("SFH %1 cm").arg(*c.sfhCm);
        if (!it->assessment.actions.isEmpty())
            line << tr("%n action(s)", nullptr, int(it->assessment.actions.size()));
        m_list->addItem(line.join(QStringLiteral(" \u00b7 ")), c.id);
    }
    showChosenInList();
}

void ContactPage::showChosenInList()
{
    const QSignalBlocker quiet(m_list);
    m_list->setCurrentIndex(std::max(0, m_list->findData(m_saved ? m_saved->contact.id : 0)));
}

void ContactPage::newContact(qint64 appointmentId)
{
    m_saved.reset();
    m_appointmentId = appointmentId;
    showChosenInList();
    reload();
    if (appointmentId > 0) {
        if (const auto a = context().clinic.scheduling.appointment(appointmentId)) {
            m_date->setDate(a->date);
            m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(a->clinicianId)));
        }
    }
    setMessage(m_message, {});
    m_outcome->clear();
    review();
}

void ContactPage::showContact(qint64 contactId)
{
    for (const care::ContactReview &r : m_contacts) {
        if (r.contact.id == contactId) {
            m_saved = r;
            m_appointmentId = r.contact.appointmentId;
            showChosenInList();
            reload();
            setMessage(m_message, {});
            m_outcome->clear();
            review();
            return;
        }
    }
}

void ContactPage::openAppointment(qint64 appointmentId)
{
    for (const care::ContactReview &r : m_contacts) {
        if (r.contact.appointmentId == appointmentId)
            return showContact(r.contact.id);
    }
    newContact(appointmentId);
}

void ContactPage::showSavedValue()
{
    const AntenatalContact c = m_saved ? m_saved->contact : AntenatalContact{};
    m_date->setDate(m_saved ? c.date : context().clock.today());
    if (m_saved)
        m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(c.clinicianId)));
    m_venue->setText(c.venue);
    select(m_attended, c.attended ? QStringLiteral("yes") : QStringLiteral("no"));
    m_bp->setText(bloodPressureText(c.bloodPressure));
    select(m_protein, codes::toCode(c.urineProtein));
    select(m_glucose, codes::toCode(c.urineGlucose));
    m_sfh->setText(numberText(c.sfhCm));
    select(m_heart, c.fetalHeartHeard
                        ? (*c.fetalHeartHeard ? QStringLiteral("yes") : QStringLiteral("no"))
                        : QString());
    select(m_movements, codes::toCode(c.movements));
    select(m_presentation, codes::toCode(c.presentation));
    m_co->setText(numberText(c.coPpm));
    select(m_induction, codes::toCode(c.induction));
    m_mood->showAnswers(c.mentalHealth);
    for (QCheckBox *check : m_diagnoses)
        check->setChecked(c.conditions.contains(check->property("code").toString()));
    m_notes->setPlainText(c.notes);
    m_plan->setPlainText(c.planUntilNext);
    for (FieldRows *rows : m_rowSets)
        rows->clearMessages();
    setGestationText();
}

AntenatalContact ContactPage::typed(FieldErrors *problems) const
{
    AntenatalContact c = m_saved ? m_saved->contact : AntenatalContact{};
    c.pregnancyId = m_booking.pregnancy.id;
    c.appointmentId = m_appointmentId;
    c.date = m_date->date();
    if (m_date->hasProblem())
        problems->append({QStringLiteral("date"), tr("'%1' is not a date").arg(m_date->text())});
    c.clinicianId = m_clinician->currentData().toLongLong();
    c.venue = m_venue->text().trimmed();
    c.attended = m_attended->currentData().toString() == QLatin1String("yes");
    c.bloodPressure = readBloodPressure(m_bp, QStringLiteral("bp"), *problems);
    c.urineProtein = *codes::dipstickFromCode(m_protein->currentData().toString());
    c.urineGlucose = *codes::dipstickFromCode(m_glucose->currentData().toString());
    c.sfhCm = readNumber(m_sfh, QStringLiteral("sfh_cm"), *problems);
    const QString heart = m_heart->currentData().toString();
    c.fetalHeartHeard = heart.isEmpty() ? std::nullopt : std::optional<bool>(heart == "yes");
    c.movements = *codes::movementsFromCode(m_movements->currentData().toString());
    c.presentation = *codes::presentationFromCode(m_presentation->currentData().toString());
    c.coPpm = readNumber(m_co, QStringLiteral("co_ppm"), *problems);
    c.induction = *codes::inductionFromCode(m_induction->currentData().toString());
    c.mentalHealth.reset();
    c.mentalHealth = m_mood->answers();
    c.conditions.clear();
    for (QCheckBox *check : m_diagnoses) {
        if (check->isChecked())
            c.conditions << check->property("code").toString();
    }
    c.notes = m_notes->toPlainText().trimmed();
    c.planUntilNext = m_plan->toPlainText().trimmed();
    return c;
}

void ContactPage::setGestationText()
{
    const QDate date = m_date->date();
    const auto dating = clinical::estimateDueDate(m_booking.pregnancy);
    m_gestation->setText(
        date.isValid() && dating
            ? tr("%1 weeks pregnant").arg(clinical::gestationOn(dating->edd, date).toString())
            : QString());
}

void ContactPage::review()
{
    if (m_booking.pregnancy.id == 0 || isLoading())
        return;
    FieldErrors problems;
    const AntenatalContact contact = typed(&problems);
    const auto judged = context().clinic.contacts.review(contact);
    for (FieldRows *rows : m_rowSets)
        rows->clearMessages();
    // Field messages as she types; they clear once the value is right.
    FieldErrors shown = problems;
    if (judged.invalid())
        addUnreported(shown, judged.fieldErrors());
    for (FieldRows *rows : m_rowSets)
        rows->show(shown);
    if (judged)
        showReview(judged.value());
}

void ContactPage::showReview(const care::ContactReview &review)
{
    m_shownActions.clear();
    QString html;
    for (const ContactAction &a : review.assessment.actions) {
        m_shownActions << a.code;
        html += QStringLiteral("<p><b>%1</b> <i>(%2)</i><br>%3</p>")
                    .arg(html::esc(clinical::contactActionTitle(a.code)), html::esc(a.source),
                         html::esc(a.reasons.join(QStringLiteral("; "))));
    }
    if (html.isEmpty() && review.contact.attended)
        html = tr("<p>Nothing to act on from what is typed so far.</p>");
    if (!review.assessment.advice.isEmpty()) {
        html += tr("<p><b>Due at this contact</b></p><ul>");
        for (const QString &advice : review.assessment.advice)
            html += QStringLiteral("<li>%1</li>").arg(html::esc(advice));
        html += QStringLiteral("</ul>");
    }
    m_actions->setText(html);

    // A change to her plan is taken once what brings it is saved.
    const clinical::PathwayChange &change = review.planChange;
    const bool saved = !m_savedChange.isEmpty();
    const clinical::PathwayChange &shown = change.isEmpty() && saved ? m_savedChange : change;
    if (shown.isEmpty()) {
        m_planChange->clear();
        m_planChange->hide();
        m_takeChange->hide();
    } else {
        QStringList lines;
        if (shown.changesPathway())
            lines << tr("Care: %1 → %2")
                         .arg(label(shown.pathwayFrom).toLower(), label(shown.pathwayTo).toLower());
        for (const clinical::BirthPlaceChange &p : shown.birthPlaces)
            lines << tr("%1: %2 → %3")
                         .arg(codes::label(p.setting), label(p.from).toLower(),
                              label(p.to).toLower());
        m_planChange->setText(
            tr("<p><b>Her plan would change</b> with what was diagnosed:</p><ul><li>%1</li></ul>%2")
                .arg(lines.join(QStringLiteral("</li><li>")),
                     saved ? tr("<p>Go through it with her, then take it into a new version. Her "
                                "choice of place of birth is kept.</p>")
                           : tr("<p>Save the contact first.</p>")));
        m_planChange->show();
        m_takeChange->setVisible(true);
        m_takeChange->setEnabled(saved);
    }

    // Her fundal heights: the saved ones, and what is typed now.
    QList<SfhPoint> earlier;
    for (const care::ContactReview &r : m_contacts) {
        if (r.contact.attended && r.contact.sfhCm &&
            (!m_saved || r.contact.id != m_saved->contact.id))
            earlier.append({r.assessment.gestation, *r.contact.sfhCm});
    }
    std::optional<SfhPoint> now;
    if (review.contact.sfhCm)
        now = SfhPoint{review.assessment.gestation, *review.contact.sfhCm};
    m_chart->show(earlier, now);
}

bool ContactPage::save()
{
    if (m_booking.pregnancy.id == 0) {
        setMessage(m_message, tr("Nothing saved: save her booking first."));
        return false;
    }
    FieldErrors problems;
    const AntenatalContact contact = typed(&problems);
    for (FieldRows *rows : m_rowSets)
        rows->clearMessages();
    if (!problems.isEmpty()) {
        for (FieldRows *rows : m_rowSets)
            rows->show(problems);
        setMessage(m_message, tr("Not saved: correct what is marked. What you typed is kept."));
        return false;
    }
    const auto recorded = context().clinic.contacts.record(contact, context().actor);
    if (recorded.invalid()) {
        FieldErrors left = recorded.fieldErrors();
        for (FieldRows *rows : m_rowSets)
            left = rows->show(left);
        QStringList lines;
        for (const FieldError &e : left)
            lines << e.toString();
        setMessage(m_message, tr("Not saved: correct what is marked. %1").arg(lines.join(' ')));
        return false;
    }
    if (!recorded) {
        setMessage(m_message, tr("Not saved: %1. What you typed is kept.").arg(recorded.message()));
        return false;
    }
    m_saved = recorded.value();
    m_appointmentId = m_saved->contact.appointmentId;
    markSaved();
    fillContactList();
    setMessage(m_message, {});
    m_outcome->setText(tr("Saved: the contact on %1, and her appointment marked %2.")
                           .arg(day(m_saved->contact.date),
                                m_saved->contact.attended ? tr("attended") : tr("did not attend")));
    review();
    emit saved();
    return true;
}

bool ContactPage::takePlanChange()
{
    const auto taken =
        context().clinic.contacts.takePlanChange(m_booking.pregnancy.id, context().actor);
    if (!taken) {
        setMessage(m_message, tr("Her plan was not changed: %1").arg(taken.message()));
        return false;
    }
    setMessage(m_message, {});
    m_outcome->setText(tr("Her care plan is now version %1: %2. Go through it with her on the "
                          "care plan page.")
                           .arg(taken->version)
                           .arg(label(taken->plan.pathway).toLower()));
    m_savedChange = {}; // taken: the plan now follows her diagnoses
    review();
    emit pregnancyChanged();
    return true;
}

QStringList ContactPage::shownActions() const
{
    return m_shownActions;
}

bool ContactPage::offersPlanChange() const
{
    return m_takeChange->isVisible() && m_takeChange->isEnabled();
}

} // namespace bb::ui
