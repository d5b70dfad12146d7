// SPDX-License-Identifier: MIT
#include "forms/BookingForm.h"

#include "forms/BookingConflict.h"

#include <QEvent>

#include "ClinicContext.h"
#include "access/Permissions.h"
#include "clinical/BookingValidation.h"
#include "clinical/ConditionCodes.h"
#include "clinical/ObstetricHistory.h"
#include "domain/Codes.h"
#include "forms/BookingSummary.h"
#include "forms/EarlierOutcomesOffer.h"
#include "forms/PreviousPregnancies.h"
#include "interop/BookingMerge.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"
#include "widgets/NumberFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QGroupBox *section(const QString &title)
{
    return new QGroupBox(title);
}

template <typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

QSpinBox *countBox(const char *name, int minimum, int maximum)
{
    auto *box = named(new QSpinBox, name);
    box->setRange(minimum, maximum);
    box->setMaximumWidth(90);
    return box;
}

} // namespace

BookingForm::BookingForm(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("booking"), parent)
{
    auto *sections = new QWidget;
    auto *column = new QVBoxLayout(sections);
    m_formMessage = makeMessageLabel();
    m_formMessage->setObjectName(QStringLiteral("bookingMessage"));
    column->addWidget(m_formMessage);
    column->addWidget(buildDating());
    column->addWidget(buildHistory());
    column->addWidget(buildMeasurements());
    column->addWidget(buildBloods());
    column->addWidget(buildMedicines());
    column->addWidget(buildChecklists());
    column->addWidget(buildMentalHealth());
    column->addWidget(buildSocialAndPlace());
    column->addWidget(buildEnquiries());
    column->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(sections);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, not to the scroll area
    m_summary = new BookingSummary;
    m_summary->setFixedWidth(m_summary->fontMetrics().averageCharWidth() * 42); // in characters

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary, 0, Qt::AlignTop);

    watchInputs();
    connect(this, &StageForm::edited, this, &BookingForm::updateSummary);
    // A restored draft changes the rows without the editor's own signal.
    connect(this, &StageForm::edited, this, &BookingForm::followEarlierPregnancies);
    connect(this, &StageForm::edited, this,
            [this] { m_earlierOffer->compareWith(m_previousPregnancies->rows()); });
}

QWidget *BookingForm::buildDating()
{
    auto *box = section(tr("1. Dating this pregnancy"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_bookingDate = named(new DateField, "bookingDate");
    rows->add(tr("&Booking date"), m_bookingDate, QStringLiteral("pregnancy.booking_date"));
    m_lmp = named(new DateField, "lmp");
    rows->add(tr("&LMP (first day)"), m_lmp, QStringLiteral("pregnancy.lmp"),
              tr("First day of her last menstrual period"));
    m_scanDate = named(new DateField, "scanDate");
    rows->add(tr("Dating &scan date"), m_scanDate, QStringLiteral("pregnancy.dating_scan.date"));
    m_crl = makeNumberBox("crl", tr("mm"));
    rows->add(tr("&CRL (mm)"), m_crl, QStringLiteral("pregnancy.dating_scan.crl_mm"),
              tr("Crown-rump length; 45.0 to 84.0 mm dates the pregnancy"));
    m_fetuses = countBox("fetuses", 1, clinical::kMaxFetuses);
    rows->add(tr("Babies e&xpected"), m_fetuses, QStringLiteral("pregnancy.fetuses"));
    m_conception = named(new QComboBox, "conception");
    m_conception->addItem(tr("Not asked"), codes::toCode(Conception::NotAsked));
    m_conception->addItem(tr("Spontaneous"), codes::toCode(Conception::Spontaneous));
    m_conception->addItem(tr("Assisted (IVF, ICSI...)"), codes::toCode(Conception::Assisted));
    rows->add(tr("Conception"), m_conception, QStringLiteral("pregnancy.conception"));
    return box;
}

QWidget *BookingForm::buildHistory()
{
    auto *box = section(tr("2. Previous pregnancies"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    // Above the rows it would add: read before she is asked about them.
    m_earlierOffer = new EarlierOutcomesOffer;
    rows->addRow(m_earlierOffer);
    m_previousPregnancies = named(new PreviousPregnanciesEditor, "previousPregnancies");
    connect(m_earlierOffer, &EarlierOutcomesOffer::added, m_previousPregnancies,
            &PreviousPregnanciesEditor::addRows);
    m_previousPregnancies->setCheck([this](const PreviousPregnancy &row) {
        FieldErrors ignored;
        Booking b = typedBooking(ignored);
        b.details.previousPregnancies = {row};
        FieldErrors own;
        const QString prefix = QStringLiteral("pregnancy.previous_pregnancies[0].");
        for (FieldError e : clinical::previousPregnancyProblems(b)) {
            e.path.remove(0, prefix.size());
            own << e;
        }
        return own;
    });
    // The whole width: the table's columns need it more than a label does.
    m_previousPregnancies->setToolTip(
        tr("Each earlier pregnancy as she tells it; the counts below follow from them"));
    rows->addRow(m_previousPregnancies);
    connect(m_previousPregnancies, &DraftableWidget::draftValueChanged, this,
            &BookingForm::followEarlierPregnancies);
    connect(m_previousPregnancies, &DraftableWidget::draftValueChanged, this,
            [this] { m_earlierOffer->compareWith(m_previousPregnancies->rows()); });
    m_previousBirths = countBox("previousBirths", 0, 20);
    rows->add(tr("Bi&rths (born alive, or stillborn from 24 weeks)"), m_previousBirths,
              QStringLiteral("pregnancy.previous_births"));
    m_previousLosses = countBox("previousLosses", 0, 30);
    rows->add(tr("L&osses before 24 weeks"), m_previousLosses,
              QStringLiteral("pregnancy.previous_losses"));
    m_previousCaesareans = countBox("previousCaesareans", 0, 20);
    rows->add(tr("Caes&arean births"), m_previousCaesareans,
              QStringLiteral("pregnancy.previous_caesareans"));
    m_yearsSinceLast = makeNumberBox("yearsSinceLastPregnancy", tr("years"));
    rows->add(tr("Years since last pregna&ncy"), m_yearsSinceLast,
              QStringLiteral("pregnancy.years_since_last_pregnancy"),
              tr("Leave empty for a first pregnancy"));
    return box;
}

QWidget *BookingForm::buildMeasurements()
{
    auto *box = section(tr("3. Measurements, urine and lifestyle"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_height = makeNumberBox("heightCm", tr("cm"));
    rows->add(tr("&Height (cm)"), m_height, QStringLiteral("measurements.height_cm"));
    m_weight = makeNumberBox("weightKg", tr("kg"));
    rows->add(tr("We&ight (kg)"), m_weight, QStringLiteral("measurements.weight_kg"));
    m_bloodPressure = makeNumberBox("bookingBp", tr("120/80"));
    rows->add(tr("Blood press&ure"), m_bloodPressure, QStringLiteral("measurements.blood_pressure"),
              tr("Systolic/diastolic, mmHg: her baseline for every later contact"));
    const auto dipstick = [](const char *name) {
        auto *reading = named(new QComboBox, name);
        for (const QString &code : codes::dipstickCodes())
            reading->addItem(codes::label(*codes::dipstickFromCode(code)), code);
        return reading;
    };
    m_urineProtein = dipstick("bookingUrineProtein");
    rows->add(tr("Urine protein"), m_urineProtein, QStringLiteral("measurements.urine_protein"));
    m_urineGlucose = dipstick("bookingUrineGlucose");
    rows->add(tr("Urine glucose"), m_urineGlucose, QStringLiteral("measurements.urine_glucose"));
    m_co = makeNumberBox("coPpm", tr("ppm"));
    rows->add(tr("Carbon &monoxide (ppm)"), m_co, QStringLiteral("measurements.co_ppm"),
              tr("CO reading at booking (Saving Babies' Lives)"));
    m_smoking = named(new QComboBox, "smoking");
    for (Smoking answer : {Smoking::NotAsked, Smoking::Never, Smoking::Ex, Smoking::Current})
        m_smoking->addItem(codes::label(answer), codes::toCode(answer));
    rows->add(tr("Smo&king"), m_smoking, QStringLiteral("smoking"));
    m_alcohol = makeNumberBox("alcoholUnits", tr("units"));
    rows->add(tr("Alcohol (units a week)"), m_alcohol, QStringLiteral("alcohol_units_per_week"),
              tr("The advice is none in pregnancy (UK Chief Medical Officers)"));
    return box;
}

QWidget *BookingForm::buildBloods()
{
    auto *box = section(tr("4. Blood group and screening bloods"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_bloodGroup = named(new QComboBox, "bloodGroup");
    for (const QString &code : codes::bloodGroupCodes())
        m_bloodGroup->addItem(codes::label(*codes::bloodGroupFromCode(code)), code);
    rows->add(tr("Blood group"), m_bloodGroup, QStringLiteral("blood.group"));
    m_rhesus = named(new QComboBox, "rhesus");
    for (const QString &code : codes::rhesusCodes())
        m_rhesus->addItem(codes::label(*codes::rhesusFromCode(code)), code);
    rows->add(tr("Rhesus D"), m_rhesus, QStringLiteral("blood.rhesus"),
              tr("RhD negative: anti-D is offered at 28 weeks"));
    for (ScreeningTest test : codes::screeningTests()) {
        auto *choice = new QComboBox;
        choice->setObjectName(QStringLiteral("screening:") + codes::toCode(test));
        for (const QString &code : codes::screeningChoiceCodes())
            choice->addItem(codes::label(*codes::screeningChoiceFromCode(code)), code);
        rows->add(codes::label(test), choice, QStringLiteral("screening.") + codes::toCode(test));
        m_screening.insert(test, choice);
    }
    return box;
}

QWidget *BookingForm::buildMedicines()
{
    auto *box = section(tr("5. Medicines and allergies"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_allergies = named(new QLineEdit, "allergies");
    m_allergies->setPlaceholderText(tr("e.g. penicillin (rash); or none known"));
    rows->add(tr("Allergies"), m_allergies, QStringLiteral("allergies"),
              tr("Leave empty only when not asked yet"));
    m_medicines = named(new QLineEdit, "medicines");
    m_medicines->setPlaceholderText(tr("name, dose and how often; or none"));
    rows->add(tr("Medicines she takes"), m_medicines, QStringLiteral("medicines"));
    return box;
}

bool BookingForm::seesSafeguarding() const
{
    return access::may(context().actor.role, access::Permission::SeeSafeguarding);
}

QWidget *BookingForm::buildEnquiries()
{
    auto *box = section(tr("12. Routine enquiries: for staff only, never printed"));
    box->setObjectName(QStringLiteral("staffOnlyEnquiries"));
    if (!seesSafeguarding())
        box->hide(); // kept in the form, so a save loses nothing
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_fgm = named(new QComboBox, "fgmEnquiry");
    for (const QString &code : codes::fgmEnquiryCodes())
        m_fgm->addItem(codes::label(*codes::fgmEnquiryFromCode(code)), code);
    rows->add(tr("&FGM enquiry"), m_fgm, QStringLiteral("enquiries.fgm"),
              tr("Female genital mutilation, asked of every woman (FGM Enhanced Dataset)"));
    m_abuseEnquiry = named(new QComboBox, "abuseEnquiry");
    for (const QString &code : codes::abuseEnquiryCodes())
        m_abuseEnquiry->addItem(codes::label(*codes::abuseEnquiryFromCode(code)), code);
    rows->add(tr("Domestic abuse en&quiry"), m_abuseEnquiry,
              QStringLiteral("enquiries.domestic_abuse"),
              tr("Ask when she is alone (NICE PH50); a disclosure is a safeguarding referral"));
    m_abuseNote = named(new QLineEdit, "abuseNote");
    rows->add(tr("What she said"), m_abuseNote, QStringLiteral("enquiries.domestic_abuse_note"),
              tr("Kept for staff; never on her copy"));
    connect(m_abuseEnquiry, &QComboBox::currentIndexChanged, this, [this] {
        // A disclosure is the domestic abuse circumstance: it is ticked, and stays ticked if
        // the answer is changed, because taking it away is the midwife's decision.
        if (m_abuseEnquiry->currentData().toString() == codes::toCode(AbuseEnquiry::Disclosed))
            m_social.value(QStringLiteral("domestic_abuse"))->setChecked(true);
    });
    return box;
}

void BookingForm::offerEarlierOutcomes()
{
    // Offered, never copied: the rows join her history only when the midwife presses for them.
    if (m_booking.pregnancy.id != 0 || m_booking.woman.id == 0) {
        m_earlierOffer->setRecorded({});
        return;
    }
    const auto recorded = context().clinic.women.earlierOutcomes(m_booking.woman.id);
    m_earlierOffer->setRecorded(recorded ? recorded.value() : QList<PreviousPregnancy>{},
                                recorded ? QString() : recorded.message());
}

void BookingForm::followEarlierPregnancies()
{
    const QList<PreviousPregnancy> rows = m_previousPregnancies->rows();
    const bool fromRows = !rows.isEmpty();
    for (QSpinBox *count : {m_previousBirths, m_previousLosses, m_previousCaesareans})
        count->setEnabled(!fromRows);
    if (fromRows) {
        const clinical::HistoryCounts counts = clinical::countsOf(rows);
        m_previousBirths->setValue(counts.births);
        m_previousLosses->setValue(counts.losses);
        m_previousCaesareans->setValue(counts.caesareans);
    }
    // What the rows imply is ticked and cannot be unticked here; when a row no longer implies
    // it (removed, or its weight corrected), it is unticked again.
    Booking probe;
    probe.details.previousPregnancies = rows;
    const QStringList implied = clinical::withDerivedHistory(probe).assessment.conditions;
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
        QCheckBox *box = it.value();
        if (implied.contains(it.key())) {
            box->setChecked(true);
            box->setEnabled(false);
            box->setToolTip(tr("From her earlier pregnancies: change it there"));
        } else if (!box->isEnabled()) {
            box->setEnabled(true);
            box->setChecked(false);
            box->setToolTip(it.key());
        }
    }
}

QWidget *BookingForm::buildChecklists()
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    int number = 6;
    for (auto group :
         {clinical::ConditionGroup::Medical, clinical::ConditionGroup::ObstetricHistory,
          clinical::ConditionGroup::FamilyHistory,
          clinical::ConditionGroup::MentalHealthAndSubstances}) {
        auto *box = section(
            QStringLiteral("%1. %2").arg(number++).arg(clinical::conditionGroupTitle(group)));
        box->setObjectName(QStringLiteral("checklist:%1").arg(static_cast<int>(group)));
        // One column, read top to bottom: the descriptions are the rules page's own words and
        // too long to sit side by side without clipping.
        auto *list = new QVBoxLayout(box);
        list->setSpacing(2);
        for (const QString &code : clinical::conditionCodes(group)) {
            QString text = clinical::findCondition(code)->label();
            text[0] = text[0].toUpper();
            auto *check = new QCheckBox(wrappedForCheckBox(text));
            check->setObjectName(QStringLiteral("condition:") + code);
            check->setAccessibleName(text);
            check->setToolTip(code);
            list->addWidget(check);
            m_conditions.insert(code, check);
        }
        layout->addWidget(box);
    }
    return container;
}

QWidget *BookingForm::buildMentalHealth()
{
    auto *box = section(tr("10. How she has been feeling (NICE CG192)"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    m_lowMood = named(new QCheckBox(tr("Yes")), "lowMood");
    rows->add(tr("During the past month, often bothered by\nfeeling down, depressed or hopeless?"),
              m_lowMood, QStringLiteral("mental_health.low_mood"));
    m_littleInterest = named(new QCheckBox(tr("Yes")), "littleInterest");
    rows->add(tr("During the past month, often bothered by\nlittle interest or pleasure in doing "
                 "things?"),
              m_littleInterest, QStringLiteral("mental_health.little_interest"));
    m_gad2 = countBox("gad2Score", 0, clinical::kMaxGad2);
    rows->add(
        tr("&GAD-2 score (0-6)"), m_gad2, QStringLiteral("mental_health.gad2_score"),
        tr("Feeling nervous, anxious or on edge + not being able to stop or control worrying"));
    return box;
}

QWidget *BookingForm::buildSocialAndPlace()
{
    auto *box = section(tr("11. Her circumstances and where she would like to give birth"));
    auto *rows = new FieldRows(box);
    m_rowSets << rows;
    auto *social = new QWidget;
    auto *socialLayout = new QGridLayout(social);
    socialLayout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString &code : codes::socialCodes()) {
        auto *check = new QCheckBox(codes::socialLabel(code));
        check->setObjectName(QStringLiteral("social:") + code);
        check->setAccessibleName(codes::socialLabel(code));
        socialLayout->addWidget(check, i / 2, i % 2);
        m_social.insert(code, check);
        // Kept in the form, so nothing is lost, but not shown to those who may not see it.
        if (codes::isSafeguardingSocialCode(code) && !seesSafeguarding())
            check->hide();
        ++i;
    }
    rows->add(tr("Social circumstances"), social, QStringLiteral("woman.social"));
    m_placeOfBirth = named(new QComboBox, "placeOfBirth");
    for (const QString &code : codes::placeOfBirthCodes())
        m_placeOfBirth->addItem(codes::label(*codes::placeOfBirthFromCode(code)), code);
    rows->add(tr("&Place of birth she would like"), m_placeOfBirth,
              QStringLiteral("preferences.place_of_birth"),
              tr("Her own choice; the care plan explains each setting"));
    return box;
}

QString BookingForm::recordKey() const
{
    const QString pregnancy = m_booking.pregnancy.id == 0 ? QStringLiteral("new")
                                                          : QString::number(m_booking.pregnancy.id);
    return QStringLiteral("woman:%1/pregnancy:%2").arg(m_booking.woman.id).arg(pregnancy);
}

void BookingForm::openPregnancy(const Booking &booking)
{
    // The same booking again (her record refreshed after a save) keeps what is typed.
    if (booking != m_booking || booking.pregnancy.id == 0)
        setBooking(booking);
}

void BookingForm::setBooking(const Booking &booking)
{
    m_booking = booking;
    m_readAtVersion = storedVersion();
    if (!m_booking.pregnancy.bookingDate.isValid())
        m_booking.pregnancy.bookingDate = context().clock.today();
    if (m_booking.pregnancy.id == 0) {
        // A new booking has no answers yet: nothing starts as "never smoked".
        m_booking.assessment.smoking = Smoking::NotAsked;
        m_booking.pregnancy.conception = Conception::NotAsked;
    }
    offerEarlierOutcomes();
    reload();
    updateSummary();
}

void BookingForm::showSavedValue()
{
    for (FieldRows *rows : std::as_const(m_rowSets))
        rows->clearMessages();
    setMessage(m_formMessage, QString());
    m_problemsShown = false;
    const Pregnancy &p = m_booking.pregnancy;
    const BookingAssessment &a = m_booking.assessment;
    m_bookingDate->setDate(p.bookingDate);
    m_lmp->setDate(p.lmp);
    m_scanDate->setDate(p.datingScan ? p.datingScan->date : QDate());
    m_crl->setText(p.datingScan ? QString::number(p.datingScan->crlMm, 'f', 1) : QString());
    m_fetuses->setValue(p.fetuses);
    m_conception->setCurrentIndex(m_conception->findData(codes::toCode(p.conception)));
    m_previousBirths->setValue(p.previousBirths);
    m_previousLosses->setValue(p.previousLosses);
    m_previousCaesareans->setValue(p.previousCaesareans);
    m_yearsSinceLast->setText(
        p.yearsSinceLastPregnancy ? QString::number(*p.yearsSinceLastPregnancy) : QString());
    const BookingDetails &d = m_booking.details;
    m_previousPregnancies->setRows(d.previousPregnancies);
    followEarlierPregnancies();
    if (p.id != 0)
        m_earlierOffer->setRecorded({}); // only a new pregnancy is offered them
    m_earlierOffer->compareWith(d.previousPregnancies);
    m_bloodPressure->setText(bloodPressureText(d.bloodPressure));
    const auto select = [](QComboBox *box, const QString &code) {
        box->setCurrentIndex(std::max(0, box->findData(code)));
    };
    select(m_urineProtein, codes::toCode(d.urineProtein));
    select(m_urineGlucose, codes::toCode(d.urineGlucose));
    m_alcohol->setText(d.alcoholUnitsPerWeek ? QString::number(*d.alcoholUnitsPerWeek) : QString());
    select(m_bloodGroup, codes::toCode(d.bloodGroup));
    select(m_rhesus, codes::toCode(d.rhesus));
    for (auto it = m_screening.cbegin(); it != m_screening.cend(); ++it)
        select(it.value(), codes::toCode(d.screeningChoice(it.key())));
    m_allergies->setText(d.allergies);
    m_medicines->setText(d.medicines);
    select(m_fgm, codes::toCode(d.fgm));
    select(m_abuseEnquiry, codes::toCode(d.abuseEnquiry));
    m_abuseNote->setText(d.abuseEnquiryNote);
    m_height->setText(numberText(a.measurements.heightCm));
    m_weight->setText(numberText(a.measurements.weightKg));
    m_co->setText(numberText(a.measurements.coPpm));
    m_smoking->setCurrentIndex(m_smoking->findData(codes::toCode(a.smoking)));
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it)
        it.value()->setChecked(a.conditions.contains(it.key()));
    m_lowMood->setChecked(a.mentalHealth.lowMood);
    m_littleInterest->setChecked(a.mentalHealth.littleInterest);
    m_gad2->setValue(a.mentalHealth.gad2Score);
    for (auto it = m_social.cbegin(); it != m_social.cend(); ++it)
        it.value()->setChecked(m_booking.woman.social.contains(it.key()));
    m_placeOfBirth->setCurrentIndex(
        m_placeOfBirth->findData(codes::toCode(a.preferredPlaceOfBirth)));
}

Booking BookingForm::typedBooking(FieldErrors &problems) const
{
    Booking b = m_booking;
    Pregnancy &p = b.pregnancy;
    auto readDate = [&](const DateField *field, const char *path) {
        if (field->hasProblem())
            problems.append({QLatin1String(path),
                             tr("'%1' is not a real date (dd/mm/yyyy)").arg(field->text())});
        return field->date();
    };
    p.bookingDate = readDate(m_bookingDate, "pregnancy.booking_date");
    p.lmp = readDate(m_lmp, "pregnancy.lmp");
    const QDate scanDate = readDate(m_scanDate, "pregnancy.dating_scan.date");
    const auto crl = readNumber(m_crl, QStringLiteral("pregnancy.dating_scan.crl_mm"), problems);
    p.datingScan.reset();
    if (!m_scanDate->isEmpty() || crl)
        p.datingScan = DatingScan{scanDate, crl.value_or(0.0)}; // the rules say what is missing
    p.fetuses = m_fetuses->value();
    p.conception = *codes::conceptionFromCode(m_conception->currentData().toString());
    p.previousBirths = m_previousBirths->value();
    p.previousLosses = m_previousLosses->value();
    p.previousCaesareans = m_previousCaesareans->value();
    p.yearsSinceLastPregnancy = readWholeNumber(
        m_yearsSinceLast, QStringLiteral("pregnancy.years_since_last_pregnancy"), problems);

    BookingAssessment &a = b.assessment;
    a.measurements.heightCm =
        readNumber(m_height, QStringLiteral("measurements.height_cm"), problems);
    a.measurements.weightKg =
        readNumber(m_weight, QStringLiteral("measurements.weight_kg"), problems);
    a.measurements.coPpm = readNumber(m_co, QStringLiteral("measurements.co_ppm"), problems);
    a.smoking = *codes::smokingFromCode(m_smoking->currentData().toString());
    a.conditions.clear();
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
        if (it.value()->isChecked())
            a.conditions << it.key();
    }
    a.mentalHealth = {m_lowMood->isChecked(), m_littleInterest->isChecked(), m_gad2->value()};
    b.woman.social.clear();
    for (auto it = m_social.cbegin(); it != m_social.cend(); ++it) {
        if (it.value()->isChecked())
            b.woman.social << it.key();
    }
    a.preferredPlaceOfBirth =
        *codes::placeOfBirthFromCode(m_placeOfBirth->currentData().toString());

    BookingDetails &d = b.details;
    d.previousPregnancies = m_previousPregnancies->rows();
    d.bloodPressure =
        readBloodPressure(m_bloodPressure, QStringLiteral("measurements.blood_pressure"), problems);
    d.urineProtein = *codes::dipstickFromCode(m_urineProtein->currentData().toString());
    d.urineGlucose = *codes::dipstickFromCode(m_urineGlucose->currentData().toString());
    d.alcoholUnitsPerWeek =
        readWholeNumber(m_alcohol, QStringLiteral("alcohol_units_per_week"), problems);
    d.bloodGroup = *codes::bloodGroupFromCode(m_bloodGroup->currentData().toString());
    d.rhesus = *codes::rhesusFromCode(m_rhesus->currentData().toString());
    for (auto it = m_screening.cbegin(); it != m_screening.cend(); ++it)
        d.setScreeningChoice(it.key(),
                             *codes::screeningChoiceFromCode(it.value()->currentData().toString()));
    d.allergies = m_allergies->text().trimmed();
    d.medicines = m_medicines->text().trimmed();
    d.fgm = *codes::fgmEnquiryFromCode(m_fgm->currentData().toString());
    d.abuseEnquiry = *codes::abuseEnquiryFromCode(m_abuseEnquiry->currentData().toString());
    d.abuseEnquiryNote = m_abuseNote->text().trimmed();
    return clinical::withDerivedHistory(b);
}

void BookingForm::updateSummary()
{
    FieldErrors problems;
    const Booking booking = typedBooking(problems);
    m_summary->showBooking(booking, context().clock.today());
    if (isLoading())
        return;
    if (m_problemsShown)
        addUnreported(problems, clinical::validateBooking(booking, context().clock.today()));
    else
        problems.clear();
    addUnreported(problems, clinical::bookingQueries(booking));
    for (FieldRows *rows : std::as_const(m_rowSets))
        rows->show(problems);
}

bool BookingForm::save()
{
    FieldErrors problems;
    Booking booking = typedBooking(problems);
    addUnreported(problems, clinical::validateBooking(booking, context().clock.today()));

    FieldErrors unplaced = problems;
    for (FieldRows *rows : std::as_const(m_rowSets)) {
        FieldErrors stillUnplaced;
        const FieldErrors left = rows->show(problems);
        for (const FieldError &error : unplaced) {
            if (left.contains(error))
                stillUnplaced << error;
        }
        unplaced = stillUnplaced;
    }
    m_problemsShown = !problems.isEmpty();
    if (!problems.isEmpty()) {
        QStringList lines{
            tr("Not saved: %n problem(s) to put right.", nullptr, int(problems.size()))};
        for (const FieldError &error : unplaced)
            lines << error.toString();
        setMessage(m_formMessage, lines.join(QLatin1Char('\n')));
        for (FieldRows *rows : std::as_const(m_rowSets)) {
            if (QWidget *first = rows->fieldFor(problems.front().path)) {
                first->setFocus();
                break;
            }
        }
        return false;
    }
    return commit(booking, booking.pregnancy.id != 0 ? m_readAtVersion : std::nullopt);
}

bool BookingForm::commit(Booking booking, std::optional<int> readAt, const QString &conflictOutcome)
{
    const QString keyBefore = recordKey();
    const auto saved = context().clinic.bookings.save(booking, context().actor, readAt);
    if (saved.conflicted())
        return resolveConflict(booking);
    if (!saved) {
        setMessage(m_formMessage,
                   tr("Not saved: %1. What you typed is kept.").arg(saved.message()));
        return false;
    }
    booking = saved.value();
    if (keyBefore !=
        QStringLiteral("woman:%1/pregnancy:%2").arg(booking.woman.id).arg(booking.pregnancy.id))
        context().clinic.drafts.remove(formName(), keyBefore);
    m_booking = booking;
    m_readAtVersion = storedVersion();
    showSavedValue();
    markSaved();
    updateSummary();
    setMessage(m_formMessage, conflictOutcome);
    emit bookingSaved(m_booking);
    return true;
}

std::optional<int> BookingForm::storedVersion() const
{
    if (m_booking.pregnancy.id == 0)
        return std::nullopt;
    const auto version = context().clinic.bookings.bookingVersion(m_booking.pregnancy.id);
    return version ? std::optional<int>(version.value()) : std::nullopt;
}

bool BookingForm::resolveConflict(const Booking &mine)
{
    // The version first: a save made after it is read is caught by the next save's check.
    const std::optional<int> theirVersion = storedVersion();
    const auto stored = context().clinic.women.booking(mine.pregnancy.id);
    if (!stored || !stored.value() || !theirVersion) {
        setMessage(m_formMessage,
                   tr("Not saved: a colleague saved her booking after you opened it, and it "
                      "cannot be read now (%1). What you typed is kept.")
                       .arg(stored ? tr("it is no longer stored") : stored.message()));
        return false;
    }
    const Booking theirs = *stored.value();
    const interop::BookingMerge merge = interop::mergeBookings(m_booking, theirs, mine);
    const bool valid = clinical::validateBooking(merge.merged, context().clock.today()).isEmpty();
    if (merge.bothChanged.isEmpty() && valid) {
        // Each changed different answers: both are kept, and she is told whose.
        return commit(merge.merged, theirVersion,
                      tr("Saved. A colleague had saved her booking while you had it open; "
                         "their answers were kept with yours: %1.")
                          .arg(BookingConflict::inWords(merge.theirsKept)));
    }
    // Answers both changed are shown; with a mixture the rules refuse, every answer that
    // differs is.
    BookingConflict conflict(theirs, merge.merged, valid ? merge.bothChanged : QStringList(), this);
    conflict.exec();
    switch (conflict.choice()) {
    case BookingConflict::Choice::KeepEditing:
        setMessage(m_formMessage,
                   tr("Not saved: a colleague saved her booking after you opened it. What you "
                      "typed is kept; saving again shows both versions."));
        return false;
    case BookingConflict::Choice::TakeTheirs:
        context().clinic.drafts.remove(formName(), recordKey()); // dropped, as she chose
        setBooking(theirs);
        setMessage(m_formMessage, tr("Showing her booking as your colleague saved it. What you "
                                     "had typed was not saved."));
        emit bookingSaved(m_booking); // her record's other pages show the colleague's save too
        return false;
    case BookingConflict::Choice::SaveMine:
        // Both seen: hers where both changed an answer, theirs kept where only they did.
        if (!valid) {
            m_readAtVersion = theirVersion;
            return save(); // what is typed, checked by the rules as any save is
        }
        return commit(merge.merged, theirVersion);
    }
    return false;
}

void BookingForm::changeEvent(QEvent *event)
{
    StageForm::changeEvent(event);
    if (event->type() != QEvent::ActivationChange || !isActiveWindow() || !isVisible() ||
        m_booking.pregnancy.id == 0 || !m_readAtVersion)
        return;
    const std::optional<int> now = storedVersion();
    if (!now || *now == *m_readAtVersion)
        return;
    if (!hasUnsavedChanges()) {
        if (const auto stored = context().clinic.women.booking(m_booking.pregnancy.id);
            stored && stored.value()) {
            setBooking(*stored.value());
            setMessage(m_formMessage, tr("A colleague saved her booking while you were away; "
                                         "this is their version."));
        }
        return;
    }
    setMessage(m_formMessage, tr("A colleague has saved her booking since you opened it. When "
                                 "you save, you will see both versions before anything is "
                                 "written."));
}

} // namespace bb::ui
