// SPDX-License-Identifier: MIT
#include "postnatal/PostnatalPage.h"

#include "ClinicContext.h"
#include "clinical/BirthRules.h"
#include "clinical/LossRules.h"
#include "clinical/PostnatalRules.h"
#include "domain/Codes.h"
#include "postnatal/BabyCheckGroup.h"
#include "postnatal/PostnatalActions.h"
#include "postnatal/PostnatalHistory.h"
#include "util/HtmlText.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/MoodQuestions.h"
#include "widgets/NumberFields.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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

void select(QComboBox *box, const QString &code)
{
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

/// The role a member of staff usually sees her in; the midwife changes it when it differs.
PostnatalRole usualRole(StaffRole role)
{
    switch (role) {
    case StaffRole::MaternitySupportWorker:
        return PostnatalRole::SupportWorker;
    case StaffRole::HealthVisitor:
        return PostnatalRole::HealthVisitor;
    case StaffRole::Midwife:
    case StaffRole::Obstetrician:
    case StaffRole::SpecialistMidwife:
        break;
    }
    return PostnatalRole::Midwife;
}

/// The core's paths for a baby count the babies in the contact; the page's count its groups.
FieldErrors onGroups(FieldErrors errors, const QList<int> &groups)
{
    static const QRegularExpression baby(QStringLiteral("^babies\\[(\\d+)\\]\\.(.*)$"));
    for (FieldError &e : errors) {
        if (const QRegularExpressionMatch m = baby.match(e.path); m.hasMatch()) {
            const int k = m.captured(1).toInt();
            e.path = QStringLiteral("babies[%1].%2").arg(groups.value(k, k)).arg(m.captured(2));
        } else if (e.path == QLatin1String("appointment.clinician_id")) {
            e.path = QStringLiteral("clinician");
        } else if (e.path == QLatin1String("appointment.date")) {
            e.path = QStringLiteral("date");
        }
    }
    return errors;
}

} // namespace

PostnatalPage::PostnatalPage(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("postnatal"), parent), m_inputs(new QWidget),
      m_noBirth(new QLabel), m_afterLoss(new QLabel), m_message(makeMessageLabel()),
      m_outcome(new QLabel), m_history(new PostnatalHistory), m_actions(new PostnatalActions)
{
    m_noBirth->setObjectName(QStringLiteral("postnatalNoBirth"));
    m_noBirth->setWordWrap(true);
    QFont bold = m_noBirth->font();
    bold.setBold(true);
    m_noBirth->setFont(bold);
    m_afterLoss->setObjectName(QStringLiteral("postnatalAfterLoss"));
    m_afterLoss->setWordWrap(true);
    m_afterLoss->setTextFormat(Qt::RichText);
    m_afterLoss->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_afterLoss->hide();
    m_message->setObjectName(QStringLiteral("postnatalMessage"));
    // What was just done, in plain words (problems go in the message above).
    m_outcome->setObjectName(QStringLiteral("postnatalOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    auto *column = new QVBoxLayout(m_inputs);
    column->addWidget(buildContact());
    column->addWidget(buildMother());
    column->addWidget(buildMood());
    for (int i = 0; i < clinical::kMaxBabies; ++i) {
        auto *group = new BabyCheckGroup(i);
        group->hide();
        m_babies << group;
        column->addWidget(group);
    }
    column->addWidget(buildNotes());
    column->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 1);
    columns->addWidget(m_actions, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noBirth);
    layout->addWidget(m_afterLoss);
    layout->addWidget(m_message);
    layout->addWidget(m_outcome);
    layout->addWidget(m_history);
    layout->addLayout(columns, 1);

    watchInputs();
    connect(m_date, &QLineEdit::textChanged, this, &PostnatalPage::showDay);
    connect(m_clinician, &QComboBox::currentIndexChanged, this, &PostnatalPage::followClinician);
    connect(m_attended, &QComboBox::currentIndexChanged, this, &PostnatalPage::followAttendance);
    connect(m_history, &PostnatalHistory::chosen, this, &PostnatalPage::showActionsOf);
    // A field reached by its Alt+letter, or by a problem found in it, comes into sight as one
    // reached by Tab does.
    connect(qApp, &QApplication::focusChanged, this, [this, scroll](QWidget *, QWidget *now) {
        if (now != nullptr && m_inputs->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });
}

PostnatalPage::~PostnatalPage()
{
    flushDraft();
}

QWidget *PostnatalPage::buildContact()
{
    auto *box = new QGroupBox(tr("The contact (Ctrl+S records it)"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_date = named(new DateField, "postnatalDate");
    m_date->setMaximumWidth(140);
    m_day = named(new QLabel, "postnatalDay");
    auto *when = new QWidget;
    auto *whenRow = new QHBoxLayout(when);
    whenRow->setContentsMargins(0, 0, 0, 0);
    whenRow->addWidget(m_date);
    whenRow->addWidget(m_day, 1);
    rows->add(tr("&Date"), when, QStringLiteral("date"));
    // The label's buddy is the date itself, not the row holding it and the day.
    if (auto *label = qobject_cast<QLabel *>(rows->labelForField(when)))
        label->setBuddy(m_date);
    m_date->setAccessibleName(tr("Date"));
    m_clinician = named(new QComboBox, "postnatalClinician");
    rows->add(tr("Seen &by"), m_clinician, QStringLiteral("clinician"));
    m_role = named(new QComboBox, "postnatalRole");
    for (const QString &code : codes::postnatalRoleCodes())
        m_role->addItem(codes::label(*codes::postnatalRoleFromCode(code)), code);
    rows->add(tr("&Role"), m_role, {}, tr("Follows who saw her; change it if she came in another"));
    m_attended = named(new QComboBox, "postnatalAttended");
    m_attended->addItem(tr("Was seen"), QStringLiteral("yes"));
    m_attended->addItem(tr("Was not seen (did not attend, or not at home)"), QStringLiteral("no"));
    rows->add(tr("&She"), m_attended, QStringLiteral("attended"));
    return box;
}

QWidget *PostnatalPage::buildMother()
{
    auto *box = new QGroupBox(tr("How she is"));
    m_mother = box;
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_bp = makeNumberBox("postnatalBp", tr("120/80"));
    rows->add(tr("Blood &pressure"), m_bp, QStringLiteral("bp"), tr("Systolic/diastolic, mmHg"));
    m_temperature = makeNumberBox("postnatalTemperature", tr("°C"));
    rows->add(tr("Temperat&ure (°C)"), m_temperature, QStringLiteral("temperature"));
    m_bleeding = named(new QLineEdit, "postnatalBleeding");
    m_bleeding->setPlaceholderText(tr("e.g. lochia normal, settling"));
    rows->add(tr("B&leeding"), m_bleeding);
    m_wound = named(new QLineEdit, "postnatalWound");
    m_wound->setPlaceholderText(tr("e.g. perineum healing well"));
    rows->add(tr("Wound or perineu&m"), m_wound);
    m_feeding = named(new QComboBox, "postnatalFeeding");
    for (const QString &code : codes::feedingCodes())
        m_feeding->addItem(codes::label(*codes::feedingFromCode(code)), code);
    rows->add(tr("&Feeding"), m_feeding, {}, tr("How she is feeding her baby or babies"));
    m_contraception =
        named(new QCheckBox(tr("&Contraception discussed")), "postnatalContraception");
    rows->add(QString(), m_contraception);
    return box;
}

QWidget *PostnatalPage::buildMood()
{
    auto *box = new QGroupBox(tr("Her mood"));
    m_mood = box;
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_moodQuestions = new MoodQuestions(rows, QStringLiteral("postnatal"), tr("&GAD-2 score"));
    return box;
}

QWidget *PostnatalPage::buildNotes()
{
    auto *box = new QGroupBox(tr("Notes"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_notes = named(new QPlainTextEdit, "postnatalNotes");
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    rows->add(tr("&Notes"), m_notes);
    return box;
}

QString PostnatalPage::recordKey() const
{
    return QStringLiteral("pregnancy:%1/postnatal:new").arg(m_booking.pregnancy.id);
}

void PostnatalPage::fillStaff()
{
    m_staffNames.clear();
    m_staffRoles.clear();
    const QVariant chosen = m_clinician->currentData();
    const QSignalBlocker quiet(m_clinician);
    m_clinician->clear();
    m_clinician->addItem(tr("Choose who saw her"), 0);
    for (const Staff &s : context().clinic.staffing.staff()) {
        m_staffNames.insert(s.id, s.name);
        m_staffRoles.insert(s.id, s.role);
        m_clinician->addItem(QStringLiteral("%1 (%2)").arg(s.name, codes::label(s.role)), s.id);
    }
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(chosen)));
}

void PostnatalPage::openPregnancy(const Booking &booking)
{
    const bool same = booking.pregnancy.id == m_booking.pregnancy.id;
    m_booking = booking;
    if (!same) {
        setMessage(m_message, {});
        m_outcome->hide();
    }
    fillStaff();
    readRecord();
    if (!same || !hasUnsavedChanges())
        reload();
}

void PostnatalPage::showEvent(QShowEvent *event)
{
    StageForm::showEvent(event);
    // Her record may have stayed open overnight: unless something is typed, the page is read
    // again, so the next contact starts on today and not on the day it was opened.
    if (m_booking.pregnancy.id != 0 && !hasUnsavedChanges()) {
        readRecord();
        reload();
    }
}

void PostnatalPage::readRecord()
{
    m_birth.reset();
    m_contacts.clear();
    if (m_booking.pregnancy.id != 0) {
        const auto birth = context().clinic.births.birthOf(m_booking.pregnancy.id);
        if (birth)
            m_birth = birth.value();
        else
            setMessage(m_message, tr("Her birth cannot be read: %1").arg(birth.message()));
        const auto contacts = context().clinic.postnatal.contactsOf(m_booking.pregnancy.id);
        if (contacts) {
            for (const care::PostnatalReview &r : contacts.value())
                m_contacts.prepend(r);
        } else {
            setMessage(m_message,
                       tr("Her postnatal contacts cannot be read: %1").arg(contacts.message()));
        }
    }

    // When each baby's blood spot was last taken, to show beside the window it was due in.
    QHash<qint64, QDate> taken;
    for (const care::PostnatalReview &r : m_contacts) {
        for (const BabyCheck &check : r.contact.babies) {
            if (check.bloodSpotTaken)
                taken.insert(check.babyId, std::max(taken.value(check.babyId), r.contact.date));
        }
    }
    // A group for each baby born alive; a stillborn baby has no checks after the birth.
    int group = 0;
    if (m_birth) {
        for (const Baby &baby : m_birth->birth.babies) {
            if (baby.outcome != BabyOutcome::LiveBirth || group >= m_babies.size())
                continue;
            const auto due = group < m_birth->bloodSpot.size()
                                 ? std::optional(m_birth->bloodSpot.at(group))
                                 : std::nullopt;
            m_babies[group]->setBaby(baby, due, taken.value(baby.id));
            m_babies[group++]->show();
        }
    }
    for (; group < m_babies.size(); ++group)
        m_babies[group]->hide();

    if (m_birth) {
        m_noBirth->hide();
    } else {
        m_noBirth->setText(
            m_booking.pregnancy.status == PregnancyStatus::Booked
                ? tr("Her birth is not recorded yet. Record it on the Birth page first: her "
                     "postnatal contacts are recorded here after it.")
                : tr("No birth is recorded for this pregnancy, so there are no postnatal "
                     "contacts to record here."));
        m_noBirth->show();
    }
    m_inputs->setEnabled(m_birth.has_value());
    showAfterLoss();
    m_history->setContacts(m_contacts, m_birth ? m_birth->birth : Birth{}, m_staffNames);
    showDay();
}

void PostnatalPage::showAfterLoss()
{
    QString html;
    if (m_booking.pregnancy.status == PregnancyStatus::Loss) {
        const auto loss = context().clinic.losses.lossOf(m_booking.pregnancy.id);
        const auto actions = context().clinic.losses.postnatalAfterLoss(m_booking.pregnancy.id);
        if (!loss || !actions) {
            html = html::esc(tr("What her postnatal care adds after her loss cannot be read: %1")
                                 .arg(!loss ? loss.message() : actions.message()));
        } else if (loss.value() && !actions->isEmpty()) {
            html = tr("<p><b>After the %1 on %2 her postnatal care continues, with:</b></p>")
                       .arg(html::esc(codes::label(loss.value()->loss.kind).toLower()),
                            loss.value()->loss.date.toString(QStringLiteral("dd-MMM-yyyy")));
            html += QStringLiteral("<ul>");
            for (const ContactAction &a : actions.value())
                html += QStringLiteral("<li><b>%1</b> <i>(%2)</i>: %3</li>")
                            .arg(html::esc(clinical::lossActionTitle(a.code)), html::esc(a.source),
                                 html::esc(a.reasons.join(QStringLiteral("; "))));
            html += QStringLiteral("</ul>");
        }
    }
    m_afterLoss->setText(html);
    m_afterLoss->setVisible(!html.isEmpty());
}

void PostnatalPage::showActionsOf(int row)
{
    if (row < 0 || row >= m_contacts.size())
        return m_actions->showContact(nullptr, 0, {});
    const care::PostnatalReview &r = m_contacts.at(row);
    const qint64 id = r.contact.clinicianId;
    m_actions->showContact(&r, m_birth ? m_birth->birth.date.daysTo(r.contact.date) : 0,
                           m_staffNames.value(id, tr("staff %1").arg(id)));
}

QStringList PostnatalPage::shownActions() const
{
    return m_actions->shownCodes();
}

void PostnatalPage::showSavedValue()
{
    for (FieldRows *rows : m_rowSets)
        rows->clearMessages();
    m_date->setDate(context().clock.today());
    showDay();
    m_clinician->setCurrentIndex(0);
    select(m_role, codes::toCode(PostnatalRole::Midwife));
    select(m_attended, QStringLiteral("yes"));
    for (QLineEdit *box : {m_bp, m_temperature, m_bleeding, m_wound})
        box->clear();
    select(m_feeding, codes::toCode(Feeding::NotDiscussed));
    m_contraception->setChecked(false);
    m_moodQuestions->clear();
    m_notes->clear();
    for (BabyCheckGroup *group : std::as_const(m_babies))
        group->clear();
    followAttendance();
}

void PostnatalPage::showDay()
{
    const QDate date = m_date->date();
    if (!m_birth || !date.isValid()) {
        m_day->clear();
        return;
    }
    const qint64 days = m_birth->birth.date.daysTo(date);
    m_day->setText(days < 0 ? tr("before the birth on %1")
                                  .arg(m_birth->birth.date.toString(QStringLiteral("d MMM yyyy")))
                            : tr("day %1 after the birth").arg(days));
}

void PostnatalPage::followClinician()
{
    if (isLoading())
        return;
    const qint64 id = m_clinician->currentData().toLongLong();
    if (m_staffRoles.contains(id))
        select(m_role, codes::toCode(usualRole(m_staffRoles.value(id))));
}

void PostnatalPage::followAttendance()
{
    // What is typed for a contact that did not happen is kept, but not recorded.
    const bool seen = m_attended->currentData().toString() == QLatin1String("yes");
    m_mother->setEnabled(seen);
    m_mood->setEnabled(seen);
    for (BabyCheckGroup *group : std::as_const(m_babies))
        group->setEnabled(seen);
}

PostnatalContact PostnatalPage::typed(FieldErrors &problems) const
{
    PostnatalContact c;
    c.pregnancyId = m_booking.pregnancy.id;
    c.date = m_date->date();
    if (m_date->hasProblem())
        problems.append({QStringLiteral("date"),
                         tr("'%1' is not a real date (dd/mm/yyyy)").arg(m_date->text())});
    c.clinicianId = m_clinician->currentData().toLongLong();
    // A draft from an older version may leave a list with nothing chosen.
    c.role = codes::postnatalRoleFromCode(m_role->currentData().toString())
                 .value_or(PostnatalRole::Midwife);
    c.attended = m_attended->currentData().toString() == QLatin1String("yes");
    c.notes = m_notes->toPlainText().trimmed();
    m_checkGroups.clear();
    if (!c.attended)
        return c;
    c.bloodPressure = readBloodPressure(m_bp, QStringLiteral("bp"), problems);
    c.temperatureC = readNumber(m_temperature, QStringLiteral("temperature"), problems);
    c.bleeding = m_bleeding->text().trimmed();
    c.woundPerineum = m_wound->text().trimmed();
    c.mentalHealth = m_moodQuestions->answers();
    c.feeding =
        codes::feedingFromCode(m_feeding->currentData().toString()).value_or(Feeding::NotDiscussed);
    c.contraceptionDiscussed = m_contraception->isChecked();
    for (int g = 0; g < m_babies.size(); ++g) {
        const BabyCheckGroup *group = m_babies.at(g);
        if (group->isHidden() || !group->hasEntries())
            continue;
        c.babies << group->typed(QStringLiteral("babies[%1].").arg(g), problems);
        m_checkGroups << g;
    }
    return c;
}

QList<FieldRows *> PostnatalPage::allRows() const
{
    QList<FieldRows *> all = m_rowSets;
    for (const BabyCheckGroup *group : m_babies)
        all << group->rows();
    return all;
}

void PostnatalPage::showProblems(const FieldErrors &problems)
{
    FieldErrors unplaced = problems;
    for (FieldRows *rows : allRows())
        unplaced = rows->show(unplaced);
    QStringList lines{tr("Not recorded: put right what is marked. What you typed is kept.")};
    for (const FieldError &e : unplaced)
        lines << e.toString();
    setMessage(m_message, lines.join(QLatin1Char('\n')));
    // The focus goes to the problem highest on the form, where her eye starts.
    QWidget *first = nullptr;
    for (const FieldError &e : problems) {
        for (FieldRows *rows : allRows()) {
            QWidget *field = rows->fieldFor(e.path);
            if (field != nullptr && (first == nullptr || field->mapTo(m_inputs, QPoint()).y() <
                                                             first->mapTo(m_inputs, QPoint()).y()))
                first = field;
        }
    }
    if (first == nullptr)
        return;
    // A row holding a box and what is shown beside it (the weight and its change): the box.
    if (auto *box = first->findChild<QLineEdit *>(); box && !qobject_cast<QLineEdit *>(first))
        first = box;
    first->setFocus();
}

bool PostnatalPage::save()
{
    if (m_booking.pregnancy.id == 0 || !m_birth)
        return true; // nothing to record before her birth
    FieldErrors problems;
    const PostnatalContact contact = typed(problems);
    for (FieldRows *rows : allRows())
        rows->clearMessages();
    // Text that cannot be read, and with it what the rules find in the rest: all put right in
    // one go.
    if (!problems.isEmpty())
        addUnreported(problems, onGroups(clinical::postnatalProblems(contact, m_birth->birth,
                                                                     context().clock.today()),
                                         m_checkGroups));
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    const auto recorded = context().clinic.postnatal.record(contact, context().actor);
    if (recorded.invalid()) {
        showProblems(onGroups(recorded.fieldErrors(), m_checkGroups));
        return false;
    }
    if (!recorded) {
        setMessage(m_message,
                   tr("Not recorded: %1. What you typed is kept.").arg(recorded.message()));
        return false;
    }
    const PostnatalContact saved = recorded->contact;
    setMessage(m_message, {});
    markSaved();
    readRecord();
    reload(); // an empty form for her next contact, from its top
    m_date->setFocus();
    m_history->choose(saved.id);
    m_outcome->setText(
        tr("Recorded: the contact on %1 (day %2); her appointment that day is marked "
           "%3.")
            .arg(saved.date.toString(QStringLiteral("ddd d MMM yyyy")))
            .arg(m_birth ? m_birth->birth.date.daysTo(saved.date) : 0)
            .arg(saved.attended ? tr("attended") : tr("did not attend")));
    m_outcome->show();
    return true;
}

} // namespace bb::ui
