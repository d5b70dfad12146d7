// SPDX-License-Identifier: MIT
#include "birth/BirthPage.h"

#include "ClinicContext.h"
#include "clinical/Dating.h"
#include "domain/Codes.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/NumberFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

template <typename W> W *named(W *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

/// A combo box of every code of a choice, labelled as the domain labels them.
template <typename Enum, typename FromCode>
QComboBox *choices(const QString &name, const QStringList &codesList, FromCode fromCode)
{
    auto *box = named(new QComboBox, name);
    for (const QString &code : codesList)
        box->addItem(codes::label(static_cast<Enum>(*fromCode(code))), code);
    return box;
}

void select(QComboBox *box, const QString &code)
{
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

QLineEdit *shortBox(const QString &name, const QString &placeholder)
{
    auto *box = named(new QLineEdit, name);
    box->setPlaceholderText(placeholder);
    box->setMaximumWidth(90);
    return box;
}

QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

BirthPage::BirthPage(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("birth"), parent), m_inputs(new QWidget),
      m_recorded(new QLabel), m_message(makeMessageLabel())
{
    m_recorded->setObjectName(QStringLiteral("birthRecorded"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_recorded->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setObjectName(QStringLiteral("birthMessage"));

    auto *column = new QVBoxLayout(m_inputs);
    column->addWidget(buildBirth());
    for (int i = 0; i < kBabyGroups; ++i)
        column->addWidget(buildBaby(i));
    column->addStretch();

    auto *scroll = new QScrollArea;
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_recorded);
    contentLayout->addWidget(m_inputs);
    contentLayout->addStretch();
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    watchInputs();
}

BirthPage::~BirthPage()
{
    flushDraft();
}

QWidget *BirthPage::buildBirth()
{
    auto *box = new QGroupBox(tr("The birth (Ctrl+S records it)"));
    m_rows = new FieldRows(box);
    m_date = named(new DateField, QStringLiteral("birthDate"));
    m_date->setMaximumWidth(140);
    m_rows->add(tr("&Date"), m_date, QStringLiteral("date"));
    m_gestation = named(new QLabel, QStringLiteral("birthGestation"));
    m_rows->addRow(QString(), m_gestation);
    m_time = shortBox(QStringLiteral("birthTime"), tr("HH:MM"));
    m_rows->add(tr("T&ime"), m_time, QStringLiteral("time"), tr("24-hour clock"));
    m_planned = choices<BirthSetting>(QStringLiteral("birthPlannedSetting"),
                                      codes::birthSettingCodes(), codes::birthSettingFromCode);
    m_rows->add(tr("Planned place"), m_planned, QStringLiteral("planned_setting"),
                tr("Where her care plan chose"));
    m_setting = choices<BirthSetting>(QStringLiteral("birthSetting"), codes::birthSettingCodes(),
                                      codes::birthSettingFromCode);
    m_rows->add(tr("Where she &gave birth"), m_setting, QStringLiteral("setting"));
    m_reason = named(new QLineEdit, QStringLiteral("birthSettingReason"));
    m_rows->add(tr("Why it was different"), m_reason, QStringLiteral("setting_change_reason"),
                tr("Needed when she gave birth somewhere other than planned"));
    m_onset = choices<LabourOnset>(QStringLiteral("birthOnset"), codes::labourOnsetCodes(),
                                   codes::labourOnsetFromCode);
    m_rows->add(tr("&Onset of labour"), m_onset, QStringLiteral("onset"));
    m_mode = choices<BirthMode>(QStringLiteral("birthMode"), codes::birthModeCodes(),
                                codes::birthModeFromCode);
    m_rows->add(tr("&Mode of birth"), m_mode, QStringLiteral("mode"));
    m_midCavity =
        named(new QCheckBox(tr("Mid-cavity or rotational")), QStringLiteral("birthMidCavity"));
    m_rows->add(QString(), m_midCavity, QStringLiteral("mid_cavity_or_rotational"));
    m_longLabour =
        named(new QCheckBox(tr("Labour longer than 24 hours")), QStringLiteral("birthLongLabour"));
    m_rows->add(QString(), m_longLabour);
    m_bloodLoss = shortBox(QStringLiteral("birthBloodLoss"), tr("ml"));
    m_rows->add(tr("B&lood loss (ml)"), m_bloodLoss, QStringLiteral("blood_loss_ml"));
    m_transfused = named(new QCheckBox(tr("Blood transfusion")), QStringLiteral("birthTransfused"));
    m_rows->add(QString(), m_transfused);
    m_perineum = choices<Perineum>(QStringLiteral("birthPerineum"), codes::perineumCodes(),
                                   codes::perineumFromCode);
    m_rows->add(tr("Pe&rineum"), m_perineum, QStringLiteral("perineum"));
    m_midwife = named(new QComboBox, QStringLiteral("birthMidwife"));
    m_rows->add(tr("Attended &by"), m_midwife, QStringLiteral("clinicians"),
                tr("Her named midwife or her team's midwife keeps her continuity of carer"));
    m_alsoAttended = named(new QComboBox, QStringLiteral("birthAlsoAttended"));
    m_rows->add(tr("Also attended"), m_alsoAttended);
    m_babyCount = named(new QSpinBox, QStringLiteral("birthBabyCount"));
    m_babyCount->setRange(1, kBabyGroups);
    m_babyCount->setMaximumWidth(90);
    m_rows->add(tr("Babies bor&n"), m_babyCount, QStringLiteral("babies"),
                tr("Twins are two babies on one birth"));
    connect(m_babyCount, &QSpinBox::valueChanged, this, &BirthPage::showBabyCount);
    connect(m_date, &QLineEdit::textChanged, this, &BirthPage::showGestation);
    return box;
}

QWidget *BirthPage::buildBaby(int index)
{
    BabyFields &f = m_babies[std::size_t(index)];
    const QString n = QString::number(index + 1);
    const QString path = QStringLiteral("babies[%1].").arg(index);
    f.box = new QGroupBox(tr("Baby %1").arg(index + 1));
    f.rows = new FieldRows(f.box);
    f.outcome = choices<BabyOutcome>(QStringLiteral("baby%1Outcome").arg(n),
                                     codes::babyOutcomeCodes(), codes::babyOutcomeFromCode);
    f.rows->add(tr("Outcome"), f.outcome, path + QStringLiteral("outcome"));
    f.sex = choices<BabySex>(QStringLiteral("baby%1Sex").arg(n), codes::babySexCodes(),
                             codes::babySexFromCode);
    f.rows->add(tr("Sex"), f.sex, path + QStringLiteral("sex"));
    f.weight = shortBox(QStringLiteral("baby%1Weight").arg(n), tr("grams"));
    f.rows->add(tr("Weight (g)"), f.weight, path + QStringLiteral("weight_g"));
    f.apgar1 = shortBox(QStringLiteral("baby%1Apgar1").arg(n), tr("0-10"));
    f.rows->add(tr("Apgar at 1 minute"), f.apgar1, path + QStringLiteral("apgar_1"));
    f.apgar5 = shortBox(QStringLiteral("baby%1Apgar5").arg(n), tr("0-10"));
    f.rows->add(tr("Apgar at 5 minutes"), f.apgar5, path + QStringLiteral("apgar_5"));
    f.apgar10 = shortBox(QStringLiteral("baby%1Apgar10").arg(n), tr("0-10"));
    f.rows->add(tr("Apgar at 10 minutes"), f.apgar10, path + QStringLiteral("apgar_10"),
                tr("When the 5-minute score is below 7 (NICE NG194)"));
    f.resuscitation = named(new QCheckBox(tr("Needed resuscitation")),
                            QStringLiteral("baby%1Resuscitation").arg(n));
    f.rows->add(QString(), f.resuscitation);
    f.firstFeed = choices<FirstFeed>(QStringLiteral("baby%1FirstFeed").arg(n),
                                     codes::firstFeedCodes(), codes::firstFeedFromCode);
    f.rows->add(tr("First feed"), f.firstFeed, path + QStringLiteral("first_feed"));
    f.skinToSkin = named(new QCheckBox(tr("Skin to skin in the first hour")),
                         QStringLiteral("baby%1SkinToSkin").arg(n));
    f.rows->add(QString(), f.skinToSkin);
    f.vitaminK = choices<VitaminK>(QStringLiteral("baby%1VitaminK").arg(n), codes::vitaminKCodes(),
                                   codes::vitaminKFromCode);
    f.rows->add(tr("Vitamin K"), f.vitaminK, path + QStringLiteral("vitamin_k"));
    return f.box;
}

QString BirthPage::recordKey() const
{
    return QStringLiteral("pregnancy:%1/birth").arg(m_booking.pregnancy.id);
}

void BirthPage::fillStaff()
{
    for (QComboBox *box : {m_midwife, m_alsoAttended}) {
        const QVariant chosen = box->currentData();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(box == m_midwife ? tr("Choose who attended") : tr("Nobody else"), 0);
        for (const Staff &s : context().clinic.staffing.staff())
            box->addItem(QStringLiteral("%1 (%2)").arg(s.name, codes::label(s.role)), s.id);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
}

void BirthPage::openPregnancy(const Booking &booking)
{
    const bool same = booking.pregnancy.id == m_booking.pregnancy.id;
    m_booking = booking;
    m_chosenPlace = PlaceOfBirth::Undecided;
    if (const auto plan = context().clinic.carePlans.latest(booking.pregnancy.id);
        plan && plan.value())
        m_chosenPlace = plan.value()->chosenPlaceOfBirth;
    fillStaff();
    showRecorded();
    if (!same || !hasUnsavedChanges())
        reload();
}

void BirthPage::showSavedValue()
{
    m_rows->clearMessages();
    for (BabyFields &f : m_babies)
        f.rows->clearMessages();
    setMessage(m_message, {});
    m_date->setDate(context().clock.today());
    showGestation(); // her dates, even when the date shown is the same as the last woman's
    m_time->clear();
    const BirthSetting planned =
        birthSettingFor(m_chosenPlace).value_or(BirthSetting::ObstetricUnit);
    select(m_planned, codes::toCode(planned));
    select(m_setting, codes::toCode(planned));
    m_reason->clear();
    select(m_onset, codes::toCode(LabourOnset::Spontaneous));
    select(m_mode, codes::toCode(BirthMode::SpontaneousVaginal));
    m_midCavity->setChecked(false);
    m_longLabour->setChecked(false);
    m_bloodLoss->clear();
    m_transfused->setChecked(false);
    select(m_perineum, codes::toCode(Perineum::NotRecorded));
    m_midwife->setCurrentIndex(0);
    m_alsoAttended->setCurrentIndex(0);
    m_babyCount->setValue(std::max(1, std::min(kBabyGroups, m_booking.pregnancy.fetuses)));
    for (BabyFields &f : m_babies) {
        f.outcome->setCurrentIndex(0);
        select(f.sex, codes::toCode(BabySex::Indeterminate));
        for (QLineEdit *box : {f.weight, f.apgar1, f.apgar5, f.apgar10})
            box->clear();
        f.resuscitation->setChecked(false);
        f.firstFeed->setCurrentIndex(0);
        f.skinToSkin->setChecked(false);
        f.vitaminK->setCurrentIndex(0);
    }
    showBabyCount();
}

void BirthPage::showGestation()
{
    const auto dating = clinical::estimateDueDate(m_booking.pregnancy);
    const QDate date = m_date->date();
    m_gestation->setText(
        dating && date.isValid()
            ? tr("%1 weeks").arg(clinical::gestationOn(dating->edd, date).toString())
            : QString());
}

void BirthPage::showBabyCount()
{
    for (int i = 0; i < kBabyGroups; ++i)
        m_babies[std::size_t(i)].box->setVisible(i < m_babyCount->value());
}

void BirthPage::showRecorded()
{
    const auto recorded = m_booking.pregnancy.id == 0
                              ? care::Outcome<std::optional<care::BirthRecord>>(std::nullopt)
                              : context().clinic.births.birthOf(m_booking.pregnancy.id);
    if (!recorded) {
        setMessage(m_message, tr("Her birth cannot be read: %1").arg(recorded.message()));
        m_inputs->setEnabled(false);
        return;
    }
    m_inputs->setEnabled(true);
    const bool done = recorded.value().has_value();
    bool open = m_booking.pregnancy.status == PregnancyStatus::Booked;
    // A stillbirth recorded as her loss first still has its birth to record, which books her
    // postnatal contacts.
    if (!done && m_booking.pregnancy.status == PregnancyStatus::Loss) {
        const auto loss = context().clinic.losses.lossOf(m_booking.pregnancy.id);
        open = loss && loss.value() && loss.value()->loss.kind == LossKind::Stillbirth;
    }
    m_inputs->setVisible(!done && open);
    m_recorded->setVisible(done || !open);
    if (!done) {
        m_recorded->setText(open ? QString()
                                 : tr("This pregnancy is closed; its birth was not recorded "
                                      "here."));
        return;
    }
    const care::BirthRecord &r = *recorded.value();
    const Birth &b = r.birth;
    QHash<qint64, QString> names;
    for (const Staff &s : context().clinic.staffing.staff())
        names.insert(s.id, s.name);
    QStringList who;
    for (const qint64 id : b.attendants)
        who << names.value(id, tr("staff %1").arg(id));
    QStringList lines;
    lines << tr("Born %1%2%3 at %4 (planned: %5)%6.")
                 .arg(dayText(b.date),
                      b.time.isValid()
                          ? QStringLiteral(" ") + b.time.toString(QStringLiteral("HH:mm"))
                          : QString(),
                      r.gestation ? tr(", %1 weeks").arg(r.gestation->toString()) : QString(),
                      codes::label(b.setting), codes::label(b.plannedSetting),
                      b.settingChangeReason.isEmpty() ? QString()
                                                      : tr(": %1").arg(b.settingChangeReason));
    lines << tr("Onset %1; %2; blood loss %3 ml%4; perineum: %5.")
                 .arg(codes::label(b.onset).toLower(), codes::label(b.mode).toLower())
                 .arg(b.bloodLossMl)
                 .arg(b.transfused ? tr(", transfused") : QString(),
                      codes::label(b.perineum).toLower());
    lines << tr("Attended by %1.").arg(who.join(QStringLiteral(", ")));
    int alive = 0;
    for (const Baby &baby : b.babies) {
        QString apgar;
        if (baby.apgar1 && baby.apgar5)
            apgar = tr(", Apgar %1/%2%3")
                        .arg(*baby.apgar1)
                        .arg(*baby.apgar5)
                        .arg(baby.apgar10 ? QStringLiteral("/%1").arg(*baby.apgar10) : QString());
        QString line = tr("Baby %1: %2, %3 g, %4%5.")
                           .arg(baby.order)
                           .arg(codes::label(baby.sex).toLower())
                           .arg(baby.weightGrams)
                           .arg(codes::label(baby.outcome).toLower(), apgar);
        if (baby.outcome == BabyOutcome::LiveBirth && alive < r.bloodSpot.size()) {
            const clinical::BloodSpotDue &due = r.bloodSpot.at(alive++);
            line +=
                tr(" Blood spot test %1 to %2%3.")
                    .arg(dayText(due.first.from), dayText(due.first.to),
                         due.repeat ? tr(", again on %1").arg(dayText(*due.repeat)) : QString());
        }
        lines << line;
    }
    if (!r.vte) {
        lines << tr("Postnatal VTE (RCOG GTG 37a): cannot be assessed, as her booking cannot be "
                    "dated; assess it by hand.");
    } else {
        const QString vte = clinical::postnatalLmwhAdvice(r.vte->lmwh);
        const QStringList factors = r.vte->score.reasons();
        lines << tr("Postnatal VTE (RCOG GTG 37a): score %1%2: %3%4.")
                     .arg(r.vte->score.total())
                     .arg(factors.isEmpty()
                              ? QString()
                              : QStringLiteral(" (") + factors.join(QStringLiteral("; ")) +
                                    QStringLiteral(")"),
                          vte,
                          r.vte->considerSixWeeks ? tr("; consider extending to 6 weeks")
                                                  : QString());
    }
    lines << tr("Recorded by %1.").arg(r.recordedBy);
    m_recorded->setText(lines.join(QLatin1Char('\n')));
}

Birth BirthPage::typedBirth(FieldErrors &problems) const
{
    Birth b;
    b.pregnancyId = m_booking.pregnancy.id;
    b.date = m_date->date();
    if (m_date->hasProblem())
        problems.append({QStringLiteral("date"),
                         tr("'%1' is not a real date (dd/mm/yyyy)").arg(m_date->text())});
    const QString time = m_time->text().trimmed();
    b.time = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!time.isEmpty() && !b.time.isValid())
        problems.append({QStringLiteral("time"), tr("'%1' is not a time (HH:MM)").arg(time)});
    b.plannedSetting = *codes::birthSettingFromCode(m_planned->currentData().toString());
    b.setting = *codes::birthSettingFromCode(m_setting->currentData().toString());
    b.settingChangeReason = m_reason->text().trimmed();
    b.onset = *codes::labourOnsetFromCode(m_onset->currentData().toString());
    b.mode = *codes::birthModeFromCode(m_mode->currentData().toString());
    b.midCavityOrRotational = m_midCavity->isChecked();
    b.labourOver24Hours = m_longLabour->isChecked();
    b.bloodLossMl =
        readWholeNumber(m_bloodLoss, QStringLiteral("blood_loss_ml"), problems).value_or(0);
    b.transfused = m_transfused->isChecked();
    b.perineum = *codes::perineumFromCode(m_perineum->currentData().toString());
    for (QComboBox *box : {m_midwife, m_alsoAttended}) {
        const qint64 id = box->currentData().toLongLong();
        if (id > 0 && !b.attendants.contains(id))
            b.attendants << id;
    }
    for (int i = 0; i < m_babyCount->value(); ++i) {
        const BabyFields &f = m_babies[std::size_t(i)];
        const QString path = QStringLiteral("babies[%1].").arg(i);
        Baby baby;
        baby.outcome = *codes::babyOutcomeFromCode(f.outcome->currentData().toString());
        baby.sex = *codes::babySexFromCode(f.sex->currentData().toString());
        baby.weightGrams =
            readWholeNumber(f.weight, path + QStringLiteral("weight_g"), problems).value_or(0);
        baby.apgar1 = readWholeNumber(f.apgar1, path + QStringLiteral("apgar_1"), problems);
        baby.apgar5 = readWholeNumber(f.apgar5, path + QStringLiteral("apgar_5"), problems);
        baby.apgar10 = readWholeNumber(f.apgar10, path + QStringLiteral("apgar_10"), problems);
        baby.resuscitation = f.resuscitation->isChecked();
        baby.firstFeed = *codes::firstFeedFromCode(f.firstFeed->currentData().toString());
        baby.skinToSkinFirstHour = f.skinToSkin->isChecked();
        baby.vitaminK = *codes::vitaminKFromCode(f.vitaminK->currentData().toString());
        b.babies << baby;
    }
    return b;
}

void BirthPage::showProblems(const FieldErrors &problems)
{
    FieldErrors unplaced = m_rows->show(problems);
    for (BabyFields &f : m_babies)
        unplaced = f.rows->show(unplaced);
    QStringList lines{
        tr("Not recorded: %n problem(s) to put right.", nullptr, int(problems.size()))};
    for (const FieldError &e : unplaced)
        lines << e.toString();
    setMessage(m_message, lines.join(QLatin1Char('\n')));
    QWidget *first = m_rows->fieldFor(problems.front().path);
    for (BabyFields &f : m_babies) {
        if (first == nullptr)
            first = f.rows->fieldFor(problems.front().path);
    }
    if (first != nullptr)
        first->setFocus();
}

bool BirthPage::save()
{
    if (m_booking.pregnancy.id == 0 || !m_inputs->isVisible())
        return true; // nothing to record: the birth is recorded, or there is no pregnancy
    FieldErrors problems;
    const Birth birth = typedBirth(problems);
    for (FieldRows *rows : {m_rows})
        rows->clearMessages();
    for (BabyFields &f : m_babies)
        f.rows->clearMessages();
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    const auto saved = context().clinic.births.record(birth, context().actor);
    if (saved.invalid()) {
        showProblems(saved.fieldErrors());
        return false;
    }
    if (!saved) {
        setMessage(m_message, tr("Not recorded: %1. What you typed is kept.").arg(saved.message()));
        return false;
    }
    setMessage(m_message, saved->notPlanned.isEmpty()
                              ? QString()
                              : tr("Postnatal contacts not booked: %1")
                                    .arg(saved->notPlanned.join(QStringLiteral("; "))));
    if (m_booking.pregnancy.status == PregnancyStatus::Booked)
        m_booking.pregnancy.status = PregnancyStatus::Delivered; // a loss stays one
    markSaved();
    showRecorded();
    emit pregnancyChanged();
    return true;
}

} // namespace bb::ui
