// SPDX-License-Identifier: MIT
#include "clinical/ContactRules.h"

#include "clinical/InputRules.h"

#include "clinical/ConditionCodes.h"
#include "clinical/Dating.h"
#include "clinical/MentalHealth.h"
#include "clinical/ObstetricHistory.h"

#include <QHash>

#include <algorithm>

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ContactRules)
};

const Gestation k20Weeks = Gestation::fromWeeks(20);
const Gestation k24Weeks = Gestation::fromWeeks(24);
const Gestation k26Weeks = Gestation::fromWeeks(26);
const Gestation k36Weeks = Gestation::fromWeeks(36);
const Gestation k37Weeks = Gestation::fromWeeks(37);
const Gestation k36Plus6 = Gestation::fromWeeks(36, 6);
const Gestation k41Weeks = Gestation::fromWeeks(41);

QString bpText(const BloodPressure &bp)
{
    return QStringLiteral("%1/%2").arg(bp.systolic).arg(bp.diastolic);
}

bool atLeast(const BloodPressure &bp, int systolic, int diastolic)
{
    return bp.systolic >= systolic || bp.diastolic >= diastolic;
}

QString cmText(double cm)
{
    return QStringLiteral("%1 cm").arg(QString::number(cm, 'f', cm == int(cm) ? 0 : 1));
}

QString ppmText(double ppm)
{
    return QStringLiteral("%1 ppm").arg(QString::number(ppm, 'g', 4));
}

/// Collects actions, one of each code; reasons given to a code twice are added to it.
class Actions
{
public:
    void add(const char *code, const char *source, const QStringList &reasons)
    {
        const QString name = QString::fromLatin1(code);
        for (ContactAction &a : m_list) {
            if (a.code == name) {
                for (const QString &r : reasons) {
                    if (!a.reasons.contains(r))
                        a.reasons << r;
                }
                return;
            }
        }
        m_list.append({name, QString::fromLatin1(source), reasons});
    }
    bool has(const char *code) const
    {
        return std::any_of(m_list.cbegin(), m_list.cend(), [code](const ContactAction &a) {
            return a.code == QLatin1String(code);
        });
    }
    QList<ContactAction> list() const { return m_list; }

private:
    QList<ContactAction> m_list;
};

/// NICE NG133: the blood-pressure thresholds, with and without chronic hypertension.
void bloodPressure(Actions &actions, const BloodPressure &bp, Gestation at,
                   const ContactHistory &history)
{
    const QString reading = Words::tr("blood pressure %1").arg(bpText(bp));
    if (atLeast(bp, 160, 110)) {
        if (history.chronicHypertension || at >= k20Weeks) {
            actions.add("bp_urgent_admission", "NICE NG133",
                        {reading + Words::tr(" (160/110 or more)")});
            return;
        }
    }
    if (history.chronicHypertension) {
        // Her treatment aims below 135/85.
        if (atLeast(bp, 135, 85)) {
            actions.add("bp_review", "NICE NG133",
                        {reading + Words::tr(" with chronic hypertension (target below "
                                             "135/85): review her treatment")});
        }
        return;
    }
    if (!atLeast(bp, 140, 90))
        return;
    if (at >= k20Weeks) {
        actions.add("bp_same_day_assessment", "NICE NG133",
                    {reading + Words::tr(" at %1 (140/90 or more from 20+0)").arg(at.toString())});
    } else {
        actions.add("bp_review", "NICE NG133",
                    {reading + Words::tr(" at %1, before 20+0: chronic hypertension is "
                                         "suspected (GP or obstetric review)")
                                   .arg(at.toString())});
    }
}

/// NICE NG133: proteinuria with a raised reading from 20+0 is suspected pre-eclampsia.
void proteinuria(Actions &actions, QStringList &advice, const AntenatalContact &contact,
                 Gestation at)
{
    if (!contact.bloodPressure || contact.urineProtein < Dipstick::Plus1 || at < k20Weeks ||
        !atLeast(*contact.bloodPressure, 140, 90))
        return;
    const QString reason =
        Words::tr("suspected pre-eclampsia: urine protein %1 with blood "
                  "pressure %2 from 20+0")
            .arg(codes::label(contact.urineProtein), bpText(*contact.bloodPressure));
    // Severe hypertension is already an admission, which assesses this too.
    if (actions.has("bp_urgent_admission"))
        actions.add("bp_urgent_admission", "NICE NG133", {reason});
    else
        actions.add("bp_same_day_assessment", "NICE NG133", {reason});
    advice << Words::tr("Confirm significant proteinuria: protein:creatinine ratio 30 "
                        "mg/mmol or more, or albumin:creatinine 8 mg/mmol or more (NICE "
                        "NG133).");
    if (at <= k36Plus6) {
        advice << Words::tr("Offer a PlGF-based test once in this episode, between 20+0 "
                            "and 36+6 (NICE DG49).");
    }
}

/// NICE NG3: glucose 2+ once, or 1+ on two contacts, is a reason to test for gestational
/// diabetes (not for a woman who has diabetes already).
void glycosuria(Actions &actions, const AntenatalContact &contact, const ContactHistory &history)
{
    if (history.diabetes || contact.urineGlucose < Dipstick::Plus1)
        return;
    if (contact.urineGlucose >= Dipstick::Plus2) {
        actions.add(
            "glucose_test_offer", "NICE NG3",
            {Words::tr("urine glucose %1 (2+ or more)").arg(codes::label(contact.urineGlucose))});
        return;
    }
    for (const AntenatalContact &e : history.earlier) {
        if (e.attended && e.urineGlucose >= Dipstick::Plus1) {
            actions.add("glucose_test_offer", "NICE NG3",
                        {Words::tr("urine glucose 1+ or more on two contacts (%1 on %2, "
                                   "%3 now)")
                             .arg(codes::label(e.urineGlucose),
                                  e.date.toString(QStringLiteral("dd-MMM-yyyy")),
                                  codes::label(contact.urineGlucose))});
            return;
        }
    }
}

/// Which part of the chart a measurement is in: 0 below the lower line, 1 between the lines,
/// 2 above the upper line. A line itself belongs to the band inside.
int sfhBand(double cm, Gestation at, const RuleSettings &settings)
{
    if (cm < sfhLowerLine(at, settings))
        return 0;
    return cm > sfhUpperLine(at, settings) ? 2 : 1;
}

/// SBL v3 element 2 and NICE NG201: symphysis–fundal height from 24+0.
void fundalHeight(Actions &actions, QStringList &advice, const AntenatalContact &contact,
                  Gestation at, const ContactHistory &history, const RuleSettings &settings)
{
    if (at < k24Weeks)
        return;
    if (!history.sfhUnreliable.isEmpty()) {
        actions.add("serial_growth_scans", "SBL v3; RCOG GTG 31",
                    {Words::tr("fundal height is unreliable with ") +
                     history.sfhUnreliable.join(QStringLiteral(" and ")) +
                     Words::tr(": growth is followed by scans instead")});
        return;
    }
    if (!contact.sfhCm) {
        advice << Words::tr("Measure and plot the fundal height (SBL v3 element 2).");
        return;
    }
    const double cm = *contact.sfhCm;
    struct Measured
    {
        QDate date;
        Gestation at;
        double cm;
    };
    QList<Measured> before;
    for (const AntenatalContact &e : history.earlier) {
        const Gestation then = gestationOn(history.edd, e.date);
        if (e.attended && e.sfhCm && then >= k24Weeks && e.date < contact.date)
            before.append({e.date, then, *e.sfhCm});
    }
    const auto when = [](const Measured &m) {
        return QStringLiteral("%1 at %2").arg(cmText(m.cm), m.at.toString());
    };
    const QString now = QStringLiteral("%1 at %2").arg(cmText(cm), at.toString());
    const int band = sfhBand(cm, at, settings);
    if (before.isEmpty()) {
        if (band == 0) {
            actions.add("growth_scan_referral", "SBL v3; NICE NG201",
                        {Words::tr("first fundal height %1 is below the chart's lower line "
                                   "(%2)")
                             .arg(now, cmText(sfhLowerLine(at, settings)))});
        }
        return;
    }
    const Measured &last = before.constLast();
    const int lastBand = sfhBand(last.cm, last.at, settings);
    if (band < lastBand) {
        actions.add("growth_scan_referral", "SBL v3; NICE NG201",
                    {Words::tr("growth slowing: fundal height crossed the chart's %1 line "
                               "downwards (%2, then %3)")
                         .arg(band == 0 ? QStringLiteral("lower") : QStringLiteral("upper"),
                              when(last), now)});
    }
    for (const Measured &m : before) {
        if (m.date.daysTo(contact.date) >= 14 && cm <= m.cm) {
            actions.add("growth_scan_referral", "SBL v3; NICE NG201",
                        {Words::tr("static growth: no increase in fundal height over %1 "
                                   "days (%2, then %3)")
                             .arg(m.date.daysTo(contact.date))
                             .arg(when(m), now)});
            break;
        }
    }
}

/// SBL v3 element 3: reduced movements are assessed the same day.
void movements(Actions &actions, QStringList &advice, const AntenatalContact &contact, Gestation at)
{
    if (at < k24Weeks)
        return;
    if (contact.movements == Movements::NotDiscussed) {
        advice << Words::tr("Talk about the baby's movements (SBL v3 element 3).");
        return;
    }
    if (contact.movements != Movements::Reduced)
        return;
    QStringList reasons{Words::tr("reduced movements reported at %1").arg(at.toString())};
    if (at >= k26Weeks)
        reasons << Words::tr("with a CTG (from 26+0)");
    actions.add("same_day_fetal_assessment", "SBL v3", reasons);
}

/// NICE NG201: presentation from 36+0; a breech baby is offered external cephalic version.
void presentation(Actions &actions, QStringList &advice, const AntenatalContact &contact,
                  Gestation at, const ContactHistory &history)
{
    if (at < k36Weeks)
        return;
    switch (contact.presentation) {
    case Presentation::NotRecorded:
        advice << Words::tr("Record the baby's presentation (from 36+0, NICE NG201).");
        return;
    case Presentation::Unsure:
        advice << Words::tr("Presentation unsure: offer a scan to confirm it (NICE NG201).");
        return;
    case Presentation::Breech: {
        const Gestation from = history.nulliparous ? k36Weeks : k37Weeks;
        actions.add("ecv_offer", "NICE NG201",
                    {Words::tr("breech at %1").arg(at.toString()),
                     history.nulliparous
                         ? Words::tr("ECV from 36+0 in a first pregnancy")
                         : Words::tr("ECV from 37+0 (she has given birth before)%1")
                               .arg(at < from ? Words::tr(": not yet") : QString())});
        return;
    }
    case Presentation::Cephalic:
    case Presentation::Transverse:
        return;
    }
}

/// SBL v3 and NICE NG209: the booking's carbon monoxide thresholds, at 36 weeks for every woman
/// and at every contact for a smoker.
void carbonMonoxide(Actions &actions, QStringList &advice, const AntenatalContact &contact,
                    Gestation at, const ContactHistory &history, const RuleSettings &settings)
{
    if (!contact.coPpm) {
        if (history.smokesNow)
            advice << Words::tr("Carbon monoxide reading due: at every contact while she "
                                "smokes (SBL v3).");
        else if (at >= k36Weeks && at < k37Weeks)
            advice << Words::tr("Carbon monoxide reading due at 36 weeks (SBL v3).");
        return;
    }
    const double co = *contact.coPpm;
    const bool raised = co >= settings.coRaisedPpm;
    QStringList smoking;
    if (history.smokesNow)
        smoking << Words::tr("smokes now");
    if (raised) {
        smoking << Words::tr("CO reading %1 (%2 or more)")
                       .arg(ppmText(co), ppmText(settings.coRaisedPpm));
    }
    if (!smoking.isEmpty())
        actions.add("referral_stop_smoking", "SBL v3; NICE NG209", smoking);
    if (history.smokesNow)
        return;
    if (raised) {
        actions.add("co_source_advice", "NICE NG209",
                    {Words::tr("CO reading %1 (%2 or more) and does not smoke")
                         .arg(ppmText(co), ppmText(settings.coRaisedPpm))});
    }
    if (co > settings.coPoisoningPpm) {
        actions.add("co_poisoning_advice", "NICE NG209",
                    {Words::tr("CO reading %1 (above %2) and does not smoke: possible "
                               "carbon monoxide poisoning")
                         .arg(ppmText(co), ppmText(settings.coPoisoningPpm))});
    }
}

/// NICE CG192: a "yes" to a Whooley question or GAD-2 of 3 or more is assessed further.
void mentalHealth(Actions &actions, QStringList &advice, const AntenatalContact &contact)
{
    if (!contact.mentalHealth) {
        advice << Words::tr("Ask about her emotional wellbeing; Whooley and GAD-2 questions "
                            "when due (NICE CG192).");
        return;
    }
    const QStringList reasons = mentalHealthConcerns(*contact.mentalHealth);
    if (!reasons.isEmpty())
        actions.add("mental_health_assessment", "NICE CG192", reasons);
}

/// NICE NG207: induction of labour is offered from 41+0, and her decision recorded.
void induction(Actions &actions, const AntenatalContact &contact, Gestation at)
{
    if (at < k41Weeks)
        return;
    QStringList reasons{Words::tr("%1 (41+0 or later)").arg(at.toString())};
    switch (contact.induction) {
    case InductionDecision::Accepted:
        reasons << Words::tr("she accepted induction");
        break;
    case InductionDecision::Declined:
        reasons << Words::tr("she declined induction: offer increased monitoring");
        break;
    case InductionDecision::Undecided:
        reasons << Words::tr("she has not decided yet");
        break;
    case InductionDecision::NotOffered:
        break;
    }
    actions.add("induction_offer", "NICE NG207", reasons);
}

} // namespace

QString contactActionTitle(const QString &code)
{
    // The words, marked for lupdate, are looked up when shown: a hash of translations made once
    // would keep the language of its first call.
    static const QHash<QString, const char *> titles{
        {QStringLiteral("bp_review"),
         QT_TRANSLATE_NOOP("ContactRules", "Blood pressure review (GP or obstetric)")},
        {QStringLiteral("bp_same_day_assessment"),
         QT_TRANSLATE_NOOP("ContactRules", "Same-day assessment in secondary care")},
        {QStringLiteral("bp_urgent_admission"),
         QT_TRANSLATE_NOOP("ContactRules", "Urgent admission to hospital")},
        {QStringLiteral("glucose_test_offer"),
         QT_TRANSLATE_NOOP("ContactRules", "Offer a test for gestational diabetes")},
        {QStringLiteral("growth_scan_referral"),
         QT_TRANSLATE_NOOP("ContactRules", "Refer for a growth scan")},
        {QStringLiteral("serial_growth_scans"),
         QT_TRANSLATE_NOOP("ContactRules", "Serial growth scans instead of fundal height")},
        {QStringLiteral("same_day_fetal_assessment"),
         QT_TRANSLATE_NOOP("ContactRules", "Same-day fetal assessment")},
        {QStringLiteral("ecv_offer"),
         QT_TRANSLATE_NOOP("ContactRules", "Offer external cephalic version (ECV)")},
        {QStringLiteral("referral_stop_smoking"),
         QT_TRANSLATE_NOOP("ContactRules", "Refer to the stop-smoking service")},
        {QStringLiteral("co_source_advice"),
         QT_TRANSLATE_NOOP("ContactRules", "Ask about other sources of carbon monoxide")},
        {QStringLiteral("co_poisoning_advice"),
         QT_TRANSLATE_NOOP("ContactRules",
                           "Possible carbon monoxide poisoning: safety advice today")},
        {QStringLiteral("mental_health_assessment"),
         QT_TRANSLATE_NOOP("ContactRules", "Assess her mental health further")},
        {QStringLiteral("induction_offer"),
         QT_TRANSLATE_NOOP("ContactRules", "Offer induction of labour")},
        // After the birth (PostnatalRules)
        {QStringLiteral("feeding_assessment"),
         QT_TRANSLATE_NOOP("ContactRules", "Assess the baby's feeding and refer")},
        {QStringLiteral("jaundice_urgent_assessment"),
         QT_TRANSLATE_NOOP("ContactRules", "Urgent medical assessment of the baby's jaundice")},
        {QStringLiteral("blood_spot_due"),
         QT_TRANSLATE_NOOP("ContactRules", "Take the newborn blood spot test")},
        {QStringLiteral("blood_spot_overdue"),
         QT_TRANSLATE_NOOP("ContactRules", "The newborn blood spot test is overdue")},
        {QStringLiteral("blood_spot_repeat_due"),
         QT_TRANSLATE_NOOP("ContactRules", "Repeat the newborn blood spot test")},
    };
    const char *title = titles.value(code, nullptr);
    return title != nullptr ? Words::tr(title) : code;
}

ContactHistory contactHistory(const BookingFacts &facts, const QList<AntenatalContact> &contacts,
                              const QDate &before)
{
    ContactHistory history;
    history.bookingDate = facts.booking.pregnancy.bookingDate;
    history.edd = facts.edd;
    history.chronicHypertension = facts.hasCondition("chronic_hypertension");
    history.nulliparous = facts.nulliparous;
    history.smokesNow = facts.smokesNow();
    history.diabetes = facts.hasPreExistingDiabetes();
    if (facts.bmi && *facts.bmi >= 35.0)
        history.sfhUnreliable << bmiText(*facts.bmi) + Words::tr(" (35 or more)");
    if (facts.hasCondition("fibroids"))
        history.sfhUnreliable << QStringLiteral("fibroids");
    for (const AntenatalContact &c : contacts) {
        if (c.date < before)
            history.earlier << c;
    }
    std::stable_sort(
        history.earlier.begin(), history.earlier.end(),
        [](const AntenatalContact &a, const AntenatalContact &b) { return a.date < b.date; });
    for (const AntenatalContact &c : history.earlier) {
        if (c.conditions.contains(QStringLiteral("gestational_diabetes")))
            history.diabetes = true;
        if (c.conditions.contains(QStringLiteral("fibroids")) &&
            !history.sfhUnreliable.contains(QStringLiteral("fibroids")))
            history.sfhUnreliable << QStringLiteral("fibroids");
    }
    return history;
}

double sfhLowerLine(Gestation gestation, const RuleSettings &settings)
{
    const double weeks = gestation.days / 7.0;
    return weeks -
           (gestation >= k36Weeks ? settings.sfhToleranceFrom36Cm : settings.sfhToleranceCm);
}

double sfhUpperLine(Gestation gestation, const RuleSettings &settings)
{
    const double weeks = gestation.days / 7.0;
    return weeks +
           (gestation >= k36Weeks ? settings.sfhToleranceFrom36Cm : settings.sfhToleranceCm);
}

ContactAssessment assessContact(const AntenatalContact &contact, const ContactHistory &history,
                                const RuleSettings &settings)
{
    ContactAssessment result;
    result.gestation = gestationOn(history.edd, contact.date);
    if (!contact.attended)
        return result;
    const Gestation at = result.gestation;
    Actions actions;
    if (contact.bloodPressure)
        bloodPressure(actions, *contact.bloodPressure, at, history);
    proteinuria(actions, result.advice, contact, at);
    glycosuria(actions, contact, history);
    fundalHeight(actions, result.advice, contact, at, history, settings);
    movements(actions, result.advice, contact, at);
    presentation(actions, result.advice, contact, at, history);
    carbonMonoxide(actions, result.advice, contact, at, history, settings);
    mentalHealth(actions, result.advice, contact);
    induction(actions, contact, at);
    result.actions = actions.list();
    return result;
}

FieldErrors contactProblems(const AntenatalContact &contact, const QDate &bookingDate,
                            const QDate &today)
{
    FieldErrors errors;
    const auto fail = [&errors](const char *path, const QString &message) {
        errors.append({QString::fromLatin1(path), message});
    };
    checkText(errors, contact.venue, TextKind::Line, QStringLiteral("venue"));
    checkText(errors, contact.notes, TextKind::Note, QStringLiteral("notes"));
    if (!contact.date.isValid()) {
        fail("date", Words::tr("is required"));
    } else {
        if (bookingDate.isValid() && contact.date < bookingDate)
            fail("date",
                 Words::tr("%1 is before her booking on %2")
                     .arg(contact.date.toString(Qt::ISODate), bookingDate.toString(Qt::ISODate)));
        if (today.isValid() && contact.date > today)
            fail("date", Words::tr("%1 is after today; record a contact once it has "
                                   "happened")
                             .arg(contact.date.toString(Qt::ISODate)));
    }
    if (contact.clinicianId <= 0)
        fail("clinician", Words::tr("is required"));
    if (contact.bloodPressure) {
        for (const QString &line : bloodPressureProblems(*contact.bloodPressure))
            fail("bp", line);
    }
    if (contact.sfhCm && (*contact.sfhCm < 10.0 || *contact.sfhCm > 60.0))
        fail("sfh_cm", Words::tr("%1 is not a possible fundal height (10 to 60 cm)")
                           .arg(cmText(*contact.sfhCm)));
    if (contact.coPpm && (*contact.coPpm < 0.0 || *contact.coPpm > 100.0))
        fail("co_ppm",
             Words::tr("%1 is not a possible reading (0 to 100 ppm)").arg(ppmText(*contact.coPpm)));
    if (contact.mentalHealth &&
        (contact.mentalHealth->gad2Score < 0 || contact.mentalHealth->gad2Score > 6))
        fail("gad2",
             Words::tr("%1 is not a GAD-2 score (0 to 6)").arg(contact.mentalHealth->gad2Score));
    for (const QString &code : contact.conditions) {
        if (!isKnownCondition(code))
            fail("conditions", Words::tr("'%1' is not a condition code").arg(code));
    }
    const bool measured =
        contact.bloodPressure || contact.sfhCm || contact.coPpm || contact.fetalHeartHeard ||
        contact.mentalHealth || contact.urineProtein != Dipstick::NotTested ||
        contact.urineGlucose != Dipstick::NotTested ||
        contact.movements != Movements::NotDiscussed ||
        contact.presentation != Presentation::NotRecorded || !contact.conditions.isEmpty();
    if (!contact.attended && measured)
        fail("attended", Words::tr("she did not attend, so nothing can have been measured"));
    return errors;
}

} // namespace bb::clinical
