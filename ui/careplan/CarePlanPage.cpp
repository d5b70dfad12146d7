// SPDX-License-Identifier: MIT
#include "careplan/CarePlanPage.h"

#include "ClinicContext.h"
#include "access/Permissions.h"
#include "care/PrintedPlans.h"
#include "careplan/AllocationDialog.h"
#include "careplan/CarePlanSections.h"
#include "careplan/PreferencesDialog.h"
#include "clinical/CarePlanChanges.h"
#include "clinical/CarePlanDecisions.h"
#include "clinical/CarePlanner.h"
#include "clinical/Recommendations.h"
#include "documents/CarePlanDocument.h"
#include "documents/HerCopy.h"
#include "domain/Codes.h"
#include "files/FileDialogs.h"
#include "widgets/FieldRows.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

const QString kWhatMatters = QStringLiteral("whatMatters");
const QString kBirthPreferences = QStringLiteral("birthPreferences");

QString categoryTitle(RecommendationCategory category)
{
    switch (category) {
    case RecommendationCategory::Medicine:
        return QObject::tr("Medicines");
    case RecommendationCategory::Test:
        return QObject::tr("Tests");
    case RecommendationCategory::Referral:
        return QObject::tr("Referrals");
    case RecommendationCategory::Support:
        return QObject::tr("Support");
    }
    return {};
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CarePlanPage::CarePlanPage(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("care plan"), parent)
{
    m_versionChooser = new QComboBox;
    m_versionChooser->setAccessibleName(tr("Care plan version"));
    m_versionNote = new QLabel;
    auto *versionLabel = new QLabel(tr("Ve&rsion:"));
    versionLabel->setBuddy(m_versionChooser);
    auto *preview = new QPushButton(tr("Print pre&view..."));
    preview->setObjectName(QStringLiteral("printPreviewButton"));
    m_preview = preview;
    auto *undo = new QPushButton(tr("Undo"));
    auto *redo = new QPushButton(tr("Redo"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(&m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(&m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    connect(undo, &QPushButton::clicked, &m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, &m_undo, &QUndoStack::redo);
    connect(preview, &QPushButton::clicked, this, &CarePlanPage::printPreview);
    auto *pdf = new QPushButton(tr("Save as &PDF..."));
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_pdf = pdf;
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            chooseFileToSave(this, tr("Save her care plan as PDF"), tr("care-plan.pdf"),
                             tr("PDF (*.pdf)"), this->context().clinic.databaseFile());
        QString error;
        if (!path.isEmpty() && !saveAsPdf(path, &error))
            setMessage(m_message, tr("The PDF was not saved: %1").arg(error));
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(versionLabel);
    bar->addWidget(m_versionChooser);
    bar->addWidget(m_versionNote, 1);
    bar->addWidget(undo);
    bar->addWidget(redo);
    bar->addWidget(preview);
    bar->addWidget(pdf);

    m_rulesChanged = new QLabel;
    m_rulesChanged->setObjectName(QStringLiteral("rulesChanged"));
    m_rulesChanged->setWordWrap(true);
    m_takeChanges = new QPushButton(tr("Ta&ke into a new version"));
    m_takeChanges->setObjectName(QStringLiteral("takeRuleChanges"));
    connect(m_takeChanges, &QPushButton::clicked, this, &CarePlanPage::takeRuleChanges);
    auto *banner = new QHBoxLayout;
    banner->addWidget(m_rulesChanged, 1);
    banner->addWidget(m_takeChanges, 0, Qt::AlignTop);
    m_preferencesArrived = new QLabel;
    m_preferencesArrived->setObjectName(QStringLiteral("preferencesArrived"));
    m_preferencesArrived->setWordWrap(true);
    m_goThroughPreferences = new QPushButton(tr("&Go through them with her..."));
    m_goThroughPreferences->setObjectName(QStringLiteral("goThroughPreferences"));
    connect(m_goThroughPreferences, &QPushButton::clicked, this,
            &CarePlanPage::goThroughPreferences);
    auto *preferencesBanner = new QHBoxLayout;
    preferencesBanner->addWidget(m_preferencesArrived, 1);
    preferencesBanner->addWidget(m_goThroughPreferences, 0, Qt::AlignTop);
    m_message = makeMessageLabel();
    m_message->setObjectName(QStringLiteral("carePlanMessage"));
    // After a loss: why her plan is not changed or printed, in place of what is not offered.
    m_afterLoss = new QLabel;
    m_afterLoss->setObjectName(QStringLiteral("carePlanAfterLoss"));
    m_afterLoss->setWordWrap(true);
    m_afterLoss->hide();
    m_namedCarers = new QLabel;
    m_namedCarers->setObjectName(QStringLiteral("namedCarers"));
    m_nameMidwife = new QPushButton(tr("&Name her midwife..."));
    m_nameMidwife->setObjectName(QStringLiteral("nameMidwife"));
    connect(m_nameMidwife, &QPushButton::clicked, this, &CarePlanPage::nameMidwife);
    auto *carers = new QHBoxLayout;
    carers->addWidget(m_namedCarers, 1);
    carers->addWidget(m_nameMidwife);

    m_content = new QWidget;
    m_body = new QVBoxLayout(m_content);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(carers);
    layout->addLayout(banner);
    layout->addLayout(preferencesBanner);
    layout->addWidget(m_afterLoss);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_versionChooser, &QComboBox::activated, this, &CarePlanPage::showVersion);
    setPregnancy(0);
}

CarePlanPage::~CarePlanPage()
{
    flushDraft();
}

QString CarePlanPage::recordKey() const
{
    return QStringLiteral("pregnancy:%1/careplan").arg(m_pregnancyId);
}

void CarePlanPage::setPregnancy(qint64 pregnancyId)
{
    m_pregnancyId = pregnancyId;
    const auto read = pregnancyId ? context().clinic.carePlans.versions(pregnancyId)
                                  : care::Outcome<QList<StoredCarePlan>>(QList<StoredCarePlan>{});
    m_unreadable = read ? QString() : read.message();
    m_loss.reset();
    if (pregnancyId != 0) {
        const auto loss = context().clinic.losses.lossOf(pregnancyId);
        // Unread, the page offers what it would without a loss: saving refuses it anyway.
        if (loss)
            m_loss = loss.value();
    }
    m_versions = read ? read.value() : QList<StoredCarePlan>{};
    if (!seesSafeguarding()) {
        for (StoredCarePlan &version : m_versions)
            version = documents::withoutSafeguarding(version); // she cannot save a plan
    }
    m_newVersion.reset();
    m_takingPreferences = 0;
    m_shown = m_versions.isEmpty() ? StoredCarePlan{} : m_versions.back();
    m_undo.clear();
    reload();
}

bool CarePlanPage::viewingLatest() const
{
    return m_versions.isEmpty() || m_shown.version == m_versions.back().version;
}

void CarePlanPage::showVersion(int index)
{
    if (index < 0 || index >= m_versions.size() || m_versions[index].version == m_shown.version)
        return;
    m_shown = m_versions[index];
    m_newVersion.reset();
    m_takingPreferences = 0;
    m_undo.clear();
    reload();
}

void CarePlanPage::showSavedValue()
{
    m_versionChooser->clear();
    for (const StoredCarePlan &v : std::as_const(m_versions)) {
        m_versionChooser->addItem(
            tr("%1 - %2 by %3")
                .arg(v.version)
                .arg(v.savedAt.toString(QStringLiteral("dd-MMM-yyyy HH:mm")), v.savedBy));
    }
    m_versionChooser->setCurrentIndex(int(m_versions.indexOf(m_shown)));
    m_versionNote->setText(m_versions.isEmpty() ? QString()
                           : viewingLatest()
                               ? tr("the latest of %n", nullptr, int(m_versions.size()))
                               : tr("an earlier version: choose the latest to edit"));
    const StoredCarePlan &source = m_newVersion ? *m_newVersion : m_shown;
    m_decisions.clear();
    for (const CarePlanDecision &d : source.decisions)
        m_decisions.insert(d.code, d);
    m_chosen = source.chosenPlaceOfBirth;
    m_words = {{kWhatMatters, source.whatMatters}, {kBirthPreferences, source.birthPreferences}};
    setMessage(m_message, QString());
    const QString closed = closedReason();
    QString said = closed;
    if (!said.isEmpty())
        said[0] = said[0].toUpper();
    m_afterLoss->setText(closed.isEmpty()
                             ? QString()
                             : said + QLatin1Char(' ') +
                                   (m_versions.isEmpty() ? QString()
                                                         : tr("Her plan as it stood is kept below, "
                                                              "for the record.")));
    m_afterLoss->setVisible(!closed.isEmpty());
    m_preview->setEnabled(closed.isEmpty());
    m_pdf->setEnabled(closed.isEmpty());
    rebuild();
    refreshRuleChanges();
    refreshPreferences();
    showNamedCarers();
}

QString CarePlanPage::closedReason() const
{
    if (!m_loss)
        return {};
    return tr("after the loss of this pregnancy (%1, %2) no new version of her routine plan is "
              "made, and it is not printed for her (National Bereavement Care Pathway).")
        .arg(codes::label(m_loss->loss.kind).toLower(),
             m_loss->loss.date.toString(QStringLiteral("dd-MMM-yyyy")));
}

void CarePlanPage::showNamedCarers()
{
    const auto carers =
        m_pregnancyId ? context().clinic.scheduling.namedCarers(m_pregnancyId) : std::nullopt;
    QFont bold = m_namedCarers->font();
    bold.setBold(true);
    m_namedCarers->setFont(bold);
    m_namedCarers->setText(carers ? tr("Named midwife: %1, %2 (since %3)")
                                        .arg(carers->midwife, carers->team,
                                             carers->since.toString(QStringLiteral("dd-MMM-yyyy")))
                                  : tr("Named midwife: not yet assigned"));
    m_nameMidwife->setText(carers ? tr("Change her &named midwife...")
                                  : tr("&Name her midwife..."));
    m_nameMidwife->setEnabled(m_pregnancyId != 0);
}

void CarePlanPage::nameMidwife()
{
    const auto allocation = AllocationDialog::ask(context(), m_pregnancyId, this);
    if (!allocation)
        return;
    const auto recorded = context().clinic.scheduling.allocate(*allocation, context().actor);
    if (!recorded) {
        setMessage(m_message, tr("Her named midwife was not recorded: %1").arg(recorded.message()));
        return;
    }
    showNamedCarers();
    emit saved();
}

care::Outcome<documents::CarePlanPrintInput> CarePlanPage::printInput() const
{
    return care::printInput(context().clinic, editedPlan(), context().clock.today());
}

void CarePlanPage::rebuild()
{
    while (QLayoutItem *item = m_body->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_decisionBoxes.clear();
    m_reasonBoxes.clear();
    m_reasonMessages.clear();
    m_wordBoxes.clear();
    const StoredCarePlan &source = m_newVersion ? *m_newVersion : m_shown;
    if (source.version == 0 && !m_newVersion) {
        // Say what stops the plan, in the booking's own field names, so it can be put right there.
        QString why =
            tr("No care plan yet: save her booking, with an LMP or a dating scan, and the "
               "plan is made from it.");
        const auto booking = context().clinic.women.booking(m_pregnancyId);
        if (m_loss) {
            why = tr("No care plan was made for this pregnancy before its loss, and none is "
                     "made after it.");
        } else if (!m_unreadable.isEmpty()) {
            why = tr("Her saved care plan cannot be read, so it is not shown and cannot be "
                     "changed here. Nothing has been changed in it.\n%1")
                      .arg(m_unreadable);
        } else if (!booking) {
            why = booking.message();
        } else if (m_pregnancyId && booking.value()) {
            const auto planned = clinical::planCare(*booking.value());
            if (const auto *errors = std::get_if<FieldErrors>(&planned)) {
                QStringList lines;
                for (const FieldError &error : *errors)
                    lines << error.toString();
                why = tr("Her plan cannot be made until the booking is put right (page 2):\n%1")
                          .arg(lines.join(QLatin1Char('\n')));
            }
        }
        auto *none = new QLabel(why);
        none->setObjectName(QStringLiteral("noPlanReason"));
        none->setWordWrap(true);
        m_body->addWidget(none);
        m_body->addStretch();
        return;
    }
    const CarePlan &plan = source.plan;
    m_body->addWidget(makePlanFacts(plan));
    m_body->addWidget(makeRecommendations());

    auto *appointments = new QGroupBox(tr("Her appointments (NICE NG201)"));
    auto *appointmentsLayout = new QVBoxLayout(appointments);
    appointmentsLayout->addWidget(makeAppointmentsTable(plan));
    appointmentsLayout->addWidget(heading(tr("Scans")));
    appointmentsLayout->addWidget(makeScansList(plan));
    m_body->addWidget(appointments);

    auto *places =
        new QGroupBox(tr("Where to have her baby (NICE NG235): all four explained to her"));
    auto *placesLayout = new QVBoxLayout(places);
    placesLayout->addWidget(makeBirthPlacesRow(plan));
    auto *choiceRow = new QHBoxLayout;
    m_choiceBox = new QComboBox;
    m_choiceBox->setObjectName(QStringLiteral("chosenPlace"));
    m_choiceBox->setAccessibleName(tr("Her choice of place of birth"));
    for (const QString &code : codes::placeOfBirthCodes())
        m_choiceBox->addItem(codes::label(*codes::placeOfBirthFromCode(code)), code);
    m_choiceBox->setCurrentIndex(m_choiceBox->findData(codes::toCode(m_chosen)));
    auto *choiceLabel = new QLabel(tr("Her &choice:"));
    choiceLabel->setBuddy(m_choiceBox);
    m_choiceNote = new QLabel;
    m_choiceNote->setWordWrap(true);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_choiceBox);
    choiceRow->addWidget(m_choiceNote, 1);
    placesLayout->addLayout(choiceRow);
    m_body->addWidget(places);
    connect(m_choiceBox, &QComboBox::currentIndexChanged, this, [this] {
        const PlaceOfBirth now =
            *codes::placeOfBirthFromCode(m_choiceBox->currentData().toString());
        if (m_applying || isLoading()) {
            m_chosen = now;
            return;
        }
        if (now != m_chosen)
            m_undo.push(new ChoiceEdit(*this, m_chosen, now));
    });

    auto *words = new QGroupBox(tr("In her own words"));
    auto *wordsLayout = new FieldRows(words);
    for (const auto &[field, title] : {std::pair{kWhatMatters, tr("What matters to her")},
                                       std::pair{kBirthPreferences, tr("Her birth preferences")}}) {
        auto *box = new QPlainTextEdit(m_words.value(field));
        box->setObjectName(field);
        box->setTabChangesFocus(true);
        box->setFixedHeight(box->fontMetrics().lineSpacing() * 4);
        wordsLayout->add(title, box);
        m_wordBoxes.insert(field, box);
        connect(box, &QPlainTextEdit::textChanged, this, [this, field, box] {
            const QString text = box->toPlainText();
            if (m_applying || isLoading()) {
                m_words[field] = text;
                return;
            }
            if (text != m_words.value(field))
                m_undo.push(new WordsEdit(*this, field, m_words.value(field), text));
        });
    }
    m_body->addWidget(words);
    m_body->addStretch();
    applyChoice(m_chosen);

    const bool editable = viewingLatest() && !m_loss;
    for (QWidget *w : m_content->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QPlainTextEdit *>(w))
            w->setEnabled(editable && (!qobject_cast<QLineEdit *>(w) || w->isEnabled()));
    }
    watchInputs(m_content);
}

QWidget *CarePlanPage::makeRecommendations()
{
    const StoredCarePlan &source = m_newVersion ? *m_newVersion : m_shown;
    auto *box = new QGroupBox(tr("What we recommend, and why"));
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    int row = 0;
    std::optional<RecommendationCategory> category;
    for (const Recommendation &r : source.plan.recommendations) {
        if (category != r.category) {
            category = r.category;
            grid->addWidget(heading(categoryTitle(r.category)), row++, 0, 1, 3);
        }
        QStringList when;
        if (!r.dose.isEmpty())
            when << r.dose;
        if (r.hasWindow()) {
            when << tr("from %1 to %2")
                        .arg(r.from.toString(QStringLiteral("dd-MMM-yyyy")),
                             r.to.toString(QStringLiteral("dd-MMM-yyyy")));
        }
        auto *what = new QLabel(
            QStringLiteral("<b>%1</b> <i>(%2)</i><br>%3%4")
                .arg(clinical::recommendationTitle(r.code).toHtmlEscaped(),
                     r.source.toHtmlEscaped(),
                     when.isEmpty()
                         ? QString()
                         : when.join(QStringLiteral(", ")).toHtmlEscaped() + QStringLiteral("<br>"),
                     tr("because: %1").arg(r.reasons.join(QStringLiteral("; "))).toHtmlEscaped()));
        what->setWordWrap(true);
        auto *decision = new QComboBox;
        decision->setObjectName(QStringLiteral("decision:") + r.code);
        decision->setAccessibleName(
            tr("Decision on %1").arg(clinical::recommendationTitle(r.code)));
        for (DecisionStatus status : {DecisionStatus::ToDiscuss, DecisionStatus::Accepted,
                                      DecisionStatus::Declined, DecisionStatus::InHand})
            decision->addItem(label(status), toCode(status));
        auto *reason = new QLineEdit;
        reason->setObjectName(QStringLiteral("reason:") + r.code);
        reason->setAccessibleName(
            tr("Why %1 was declined").arg(clinical::recommendationTitle(r.code)));
        reason->setPlaceholderText(tr("why she declined, in her words"));
        auto *message = makeMessageLabel();
        message->setObjectName(QStringLiteral("message:reason:") + r.code);
        grid->addWidget(what, row, 0, 2, 1);
        grid->addWidget(decision, row, 1);
        grid->addWidget(reason, row, 2);
        grid->addWidget(message, row + 1, 1, 1, 2);
        row += 2;
        m_decisionBoxes.insert(r.code, decision);
        m_reasonBoxes.insert(r.code, reason);
        m_reasonMessages.insert(r.code, message);
        applyDecision(
            m_decisions.value(r.code, CarePlanDecision{r.code, DecisionStatus::ToDiscuss, {}}));

        auto edited = [this, code = r.code, decision, reason] {
            const CarePlanDecision now{code,
                                       decisionStatusFromCode(decision->currentData().toString())
                                           .value_or(DecisionStatus::ToDiscuss),
                                       reason->text()};
            if (m_applying || isLoading()) {
                m_decisions[code] = now;
                reason->setEnabled(now.declined() && viewingLatest());
                return;
            }
            const CarePlanDecision before =
                m_decisions.value(code, CarePlanDecision{code, DecisionStatus::ToDiscuss, {}});
            if (!(before == now))
                m_undo.push(new DecisionEdit(*this, before, now));
        };
        connect(decision, &QComboBox::currentIndexChanged, this, edited);
        connect(reason, &QLineEdit::textEdited, this, edited);
    }
    return box;
}

void CarePlanPage::applyDecision(const CarePlanDecision &decision)
{
    m_decisions[decision.code] = decision;
    QComboBox *box = m_decisionBoxes.value(decision.code);
    QLineEdit *reason = m_reasonBoxes.value(decision.code);
    if (!box || !reason)
        return;
    m_applying = true;
    box->setCurrentIndex(box->findData(toCode(decision.status)));
    if (reason->text() != decision.reason)
        reason->setText(decision.reason);
    reason->setEnabled(decision.declined() && viewingLatest());
    if (!decision.declined() || !decision.reason.trimmed().isEmpty())
        setMessage(m_reasonMessages.value(decision.code), QString());
    m_applying = false;
}

void CarePlanPage::applyChoice(PlaceOfBirth place)
{
    m_chosen = place;
    if (!m_choiceBox)
        return;
    m_applying = true;
    m_choiceBox->setCurrentIndex(m_choiceBox->findData(codes::toCode(place)));
    m_applying = false;
    // Her choice stands even against advice; the advice stays in view beside it.
    const StoredCarePlan &source = m_newVersion ? *m_newVersion : m_shown;
    QString note;
    for (const BirthPlaceAdvice &advice : source.plan.birthPlaces) {
        if (advice.setting == place && advice.advice != BirthPlaceAdviceKind::Suitable)
            note = tr("\u26A0 Her choice, recorded against advice: %1.")
                       .arg(clinicalLabel(advice.advice).toLower());
    }
    m_choiceNote->setText(note);
}

void CarePlanPage::applyWords(const QString &field, const QString &text)
{
    m_words[field] = text;
    QPlainTextEdit *box = m_wordBoxes.value(field);
    if (!box || box->toPlainText() == text)
        return;
    m_applying = true;
    box->setPlainText(text);
    box->moveCursor(QTextCursor::End);
    m_applying = false;
}

std::optional<StoredCarePlan> CarePlanPage::planFromBooking() const
{
    // Her booking with what was diagnosed at her contacts since: the rules read both.
    const auto booking = context().clinic.contacts.planningBooking(m_pregnancyId);
    if (!booking || !booking.value())
        return std::nullopt;
    const auto planned = clinical::planCare(*booking.value());
    const auto *plan = std::get_if<CarePlan>(&planned);
    if (!plan)
        return std::nullopt;
    const StoredCarePlan made = initialCarePlan(m_pregnancyId, *booking.value(), *plan);
    return seesSafeguarding() ? made : documents::withoutSafeguarding(made);
}

bool CarePlanPage::seesSafeguarding() const
{
    return access::may(context().actor.role, access::Permission::SeeSafeguarding);
}

void CarePlanPage::refreshRuleChanges()
{
    m_rulesChanged->hide();
    m_takeChanges->hide();
    if (m_versions.isEmpty() || !viewingLatest() || m_newVersion || m_loss)
        return;
    const auto now = planFromBooking();
    if (!now)
        return;
    const QStringList changes = clinical::carePlanChanges(m_shown.plan, now->plan);
    if (changes.isEmpty())
        return;
    m_rulesChanged->setText(
        tr("Her booking has changed since this plan. The rules would now change:\n\u2022 %1")
            .arg(changes.join(QStringLiteral("\n\u2022 "))));
    m_rulesChanged->show();
    m_takeChanges->show();
}

void CarePlanPage::takeRuleChanges()
{
    const auto now = planFromBooking();
    if (!now)
        return;
    // Her decisions carry over for what is still advised; what is new starts to discuss.
    StoredCarePlan next = *now;
    for (CarePlanDecision &d : next.decisions) {
        if (m_decisions.contains(d.code))
            d = m_decisions.value(d.code);
    }
    next.chosenPlaceOfBirth = m_chosen;
    next.whatMatters = m_words.value(kWhatMatters);
    next.birthPreferences = m_words.value(kBirthPreferences);
    m_newVersion = next;
    m_undo.clear();
    showSavedValue();
    emit edited();
}

void CarePlanPage::refreshPreferences()
{
    m_herPreferences.clear();
    if (m_pregnancyId != 0) {
        const auto read = context().clinic.herPreferences.proposed(m_pregnancyId);
        if (read)
            m_herPreferences = read.value();
        else
            setMessage(m_message,
                       tr("Her birth preferences cannot be read: %1").arg(read.message()));
    }
    const bool show = !m_herPreferences.isEmpty() && !m_versions.isEmpty() && viewingLatest() &&
                      !m_loss && m_takingPreferences == 0 && !m_newVersion;
    m_preferencesArrived->setVisible(show);
    m_goThroughPreferences->setVisible(show);
    if (!show)
        return;
    const ReceivedPreferences &first = m_herPreferences.first();
    m_preferencesArrived->setText(
        tr("She has sent her birth preferences (written %1, received %2). Nothing in her plan "
           "changes until you go through them with her.")
            .arg(first.preferences.writtenOn.toString(QStringLiteral("dd-MMM-yyyy")),
                 first.receivedAt.toString(QStringLiteral("dd-MMM-yyyy"))) +
        (m_herPreferences.size() > 1 ? QLatin1Char(' ') + tr("%n more set(s) after these.", nullptr,
                                                             int(m_herPreferences.size() - 1))
                                     : QString()));
}

void CarePlanPage::goThroughPreferences()
{
    if (m_herPreferences.isEmpty())
        return;
    const ReceivedPreferences received = m_herPreferences.first();
    PreferencesDialog dialog(received, editedPlan(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.decision() == PreferencesDialog::Decision::SetAside) {
        const auto set =
            context().clinic.herPreferences.setAside(received.id, dialog.reason(), context().actor);
        setMessage(m_message,
                   set ? tr("Her preferences were set aside: %1").arg(dialog.reason())
                       : tr("Her preferences were not set aside: %1").arg(set.message()));
        refreshPreferences();
        return;
    }
    // Into the plan on screen, to go through and change with her; kept when it is saved.
    m_newVersion = proposedPlan(editedPlan(), received.preferences);
    m_takingPreferences = received.id;
    m_undo.clear();
    showSavedValue();
    setMessage(m_message, tr("Her preferences are in the plan below: change anything with her, "
                             "then save to make them a new version."));
    emit edited();
}

StoredCarePlan CarePlanPage::editedPlan() const
{
    StoredCarePlan plan = m_newVersion ? *m_newVersion : m_shown;
    for (CarePlanDecision &d : plan.decisions)
        d = m_decisions.value(d.code, d);
    plan.chosenPlaceOfBirth = m_chosen;
    plan.whatMatters = m_words.value(kWhatMatters).trimmed();
    plan.birthPreferences = m_words.value(kBirthPreferences).trimmed();
    return plan;
}

bool CarePlanPage::save()
{
    if (const QString closed = closedReason(); !closed.isEmpty()) {
        setMessage(m_message, tr("Nothing saved: %1").arg(closed));
        return false;
    }
    if (m_versions.isEmpty() || !viewingLatest()) {
        setMessage(m_message,
                   !m_unreadable.isEmpty() ? tr("Nothing saved: her saved plan cannot be read.")
                   : m_versions.isEmpty()
                       ? tr("Nothing to save: there is no plan yet.")
                       : tr("This is an earlier version; choose the latest to change her plan."));
        return false;
    }
    const auto saved = m_takingPreferences != 0
                           ? context().clinic.herPreferences.take(m_takingPreferences, editedPlan(),
                                                                  context().actor)
                           : context().clinic.carePlans.saveVersion(editedPlan(), context().actor);
    if (saved.invalid() && m_takingPreferences != 0 &&
        saved.fieldErrors().constFirst().path == QLatin1String("preferences")) {
        // Gone through by a colleague meanwhile: what is typed stays, saved as a plain version.
        m_takingPreferences = 0;
        setMessage(m_message, tr("Not saved: %1. Save again to keep what you changed as a new "
                                 "version.")
                                  .arg(saved.fieldErrors().constFirst().message));
        return false;
    }
    if (saved.invalid() && showDecisionProblems(saved.fieldErrors())) {
        setMessage(m_message, tr("Not saved: say why each declined recommendation was declined."));
        return false;
    }
    if (!saved) {
        setMessage(m_message, tr("Not saved: %1. What you changed is kept.").arg(saved.message()));
        return false;
    }
    m_versions << saved.value();
    m_shown = m_versions.back();
    m_newVersion.reset();
    m_takingPreferences = 0;
    m_undo.clear();
    showSavedValue();
    markSaved();
    return true;
}

bool CarePlanPage::showDecisionProblems(const FieldErrors &errors)
{
    bool shown = false;
    for (const FieldError &error : errors) {
        for (auto box = m_reasonBoxes.cbegin(); box != m_reasonBoxes.cend(); ++box) {
            if (error.path != clinical::decisionReasonPath(box.key()))
                continue;
            setMessage(m_reasonMessages.value(box.key()), error.message);
            if (!shown)
                box.value()->setFocus();
            shown = true;
        }
    }
    return shown;
}

void CarePlanPage::openPregnancy(const Booking &booking)
{
    if (shownVersion().pregnancyId != booking.pregnancy.id || !hasUnsavedChanges())
        setPregnancy(booking.pregnancy.id);
}

void configureCarePlanPrinter(QPrinter &printer)
{
    // The PDF's page and resolution, so the preview and the paper break where the PDF does.
    printer.setResolution(documents::kCarePlanResolution);
    printer.setPageLayout(documents::carePlanPageLayout());
}

bool CarePlanPage::printPreview()
{
    if (const QString closed = closedReason(); !closed.isEmpty()) {
        setMessage(m_message, tr("Not printed: %1").arg(closed));
        return false;
    }
    const auto input = printInput();
    if (!input) {
        setMessage(m_message, tr("Not printed: %1").arg(input.message()));
        return false;
    }
    QPrinter printer;
    configureCarePlanPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Her care plan - print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&input](QPrinter *target) { documents::renderCarePlan(target, input.value()); });
    dialog.exec();
    return true;
}

bool CarePlanPage::saveAsPdf(const QString &path, QString *error)
{
    if (const QString closed = closedReason(); !closed.isEmpty()) {
        if (error)
            *error = closed;
        return false;
    }
    const auto input = printInput();
    if (!input) {
        if (error)
            *error = input.message();
        return false;
    }
    return documents::writeCarePlanPdf(path, input.value(), error);
}

} // namespace bb::ui
