// SPDX-License-Identifier: MIT
#include "clinical/Recommendations.h"

#include "clinical/BirthPlace.h"
#include "clinical/Dating.h"
#include "clinical/GestationalDiabetesRisk.h"
#include "clinical/MentalHealth.h"
#include "clinical/PreEclampsiaRisk.h"
#include "clinical/VteRisk.h"
#include "domain/Languages.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Recommendations)
};

using Cat = RecommendationCategory;

struct Kind
{
    const char *code;
    const char *source;
    Cat category;
    const char *title;
    const char *advice;
};

// The stable order of the plan, and what each code says to the woman: plain words first, the
// clinical term in brackets where she will hear it. Guideline codes stay in `source`.
// clang-format off
constexpr std::array<Kind, 33> kKinds{{
    {"aspirin", "NICE NG133", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "Aspirin"),
     QT_TRANSLATE_NOOP("Recommendations", "Aspirin once a day from 12 weeks until your baby is born. It lowers the chance of pre-eclampsia (a condition that raises blood pressure). It needs a prescription: pharmacies cannot sell it for this.")},
    {"folic_acid_400", "NICE NG201, NICE NG247", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "Folic acid"),
     QT_TRANSLATE_NOOP("Recommendations", "Folic acid 400 micrograms once a day until you are 12 weeks pregnant. It helps your baby's spine and brain to develop. You can buy it at a pharmacy or supermarket.")},
    {"folic_acid_5mg", "NICE NG247", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "Folic acid, higher dose"),
     QT_TRANSLATE_NOOP("Recommendations", "The higher dose of folic acid, 5 mg once a day. It helps your baby's spine and brain to develop. It needs a prescription from your GP.")},
    {"vitamin_d", "NICE NG201, NICE NG247", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "Vitamin D"),
     QT_TRANSLATE_NOOP("Recommendations", "Vitamin D 10 micrograms once a day while you are pregnant and while you breastfeed, for your bones and your baby's.")},
    {"lmwh_from_booking", "RCOG GTG 37a", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "Injections to prevent blood clots, from now"),
     QT_TRANSLATE_NOOP("Recommendations", "An injection once a day from now until 6 weeks after the birth, to prevent blood clots (low-molecular-weight heparin, LMWH). It needs a prescription: a consultant obstetrician will see you about it.")},
    {"lmwh_from_28_weeks", "RCOG GTG 37a", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "Injections to prevent blood clots, from 28 weeks"),
     QT_TRANSLATE_NOOP("Recommendations", "An injection once a day from 28 weeks until 6 weeks after the birth, to prevent blood clots (low-molecular-weight heparin, LMWH). It needs a prescription: a consultant obstetrician will see you about it.")},
    {"vaccine_pertussis", "UKHSA Green Book ch. 24", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "Whooping cough vaccine"),
     QT_TRANSLATE_NOOP("Recommendations", "The whooping cough (pertussis) vaccine, from 16 weeks and ideally by 32 weeks. It protects your baby in the first weeks of life. Your GP surgery or midwife gives it.")},
    {"vaccine_rsv", "UKHSA Green Book ch. 27a", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "RSV vaccine"),
     QT_TRANSLATE_NOOP("Recommendations", "The RSV vaccine, from 28 weeks, ideally before 36 weeks. It protects your baby from a chest infection (respiratory syncytial virus) that can make babies very ill.")},
    {"vaccine_flu", "UKHSA Green Book ch. 19", Cat::Medicine, QT_TRANSLATE_NOOP("Recommendations", "Flu vaccine"),
     QT_TRANSLATE_NOOP("Recommendations", "The flu vaccine, free at any stage of pregnancy during the flu season (autumn and winter). Flu can be serious in pregnancy.")},
    {"co_monitoring", "SBL v3", Cat::Test, QT_TRANSLATE_NOOP("Recommendations", "Carbon monoxide breath test"),
     QT_TRANSLATE_NOOP("Recommendations", "A quick breath test for carbon monoxide (CO) at booking and again at 36 weeks. It is offered to every pregnant woman.")},
    {"early_glucose_test", "NICE NG3", Cat::Test, QT_TRANSLATE_NOOP("Recommendations", "Early test for diabetes"),
     QT_TRANSLATE_NOOP("Recommendations", "Checking your blood sugar as soon as possible after booking, with a finger-prick kit or a glucose drink test (OGTT), as well as at 24 to 28 weeks.")},
    {"ogtt_24_28_weeks", "NICE NG3", Cat::Test, QT_TRANSLATE_NOOP("Recommendations", "Glucose drink test at 24 to 28 weeks"),
     QT_TRANSLATE_NOOP("Recommendations", "A blood test after a sugary drink (75 g oral glucose tolerance test, OGTT) between 24 and 28 weeks, to check for diabetes that starts in pregnancy.")},
    {"quadruple_test", "FASP", Cat::Test, QT_TRANSLATE_NOOP("Recommendations", "Screening blood test for Down's syndrome"),
     QT_TRANSLATE_NOOP("Recommendations", "A blood test that screens for Down's syndrome (the quadruple test), offered up to 20 weeks because it is too late for the screening done with the 12-week scan. It is your choice whether to have it.")},
    {"consultant_obstetric_review", "NICE NG235", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Appointment with a consultant obstetrician"),
     QT_TRANSLATE_NOOP("Recommendations", "An appointment with a consultant obstetrician (a doctor specialising in pregnancy and birth), who will plan your care with your midwife.")},
    {"anaesthetic_review", "RCOG GTG 72", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Appointment with an anaesthetist"),
     QT_TRANSLATE_NOOP("Recommendations", "An appointment with an anaesthetist before the birth, to plan pain relief and anaesthesia safely.")},
    {"referral_multiple_pregnancy_team", "NICE NG137", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Twins and triplets team"),
     QT_TRANSLATE_NOOP("Recommendations", "Care from the team that looks after women expecting twins or triplets. They set your appointments and scans, which depend on whether your babies share a placenta.")},
    {"referral_diabetes_team", "SBL v3", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Diabetes pregnancy team"),
     QT_TRANSLATE_NOOP("Recommendations", "A referral to the joint diabetes and pregnancy team, who will see you throughout your pregnancy.")},
    {"referral_hypertension_specialist", "NICE NG133", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Blood pressure specialist"),
     QT_TRANSLATE_NOOP("Recommendations", "A referral to a specialist in high blood pressure in pregnancy, to review your medicines and blood pressure.")},
    {"mental_health_assessment", "NICE CG192", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Talking with your midwife about how you feel"),
     QT_TRANSLATE_NOOP("Recommendations", "Your midwife will ask you a few more questions about how you are feeling, and can arrange support with your GP or a specialist team if you would like it.")},
    {"referral_perinatal_mental_health", "NICE CG192", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Perinatal mental health team"),
     QT_TRANSLATE_NOOP("Recommendations", "A referral to the perinatal mental health team, for support with your mental health during and after pregnancy.")},
    {"referral_stop_smoking", "SBL v3, NICE NG209", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Stop smoking service"),
     QT_TRANSLATE_NOOP("Recommendations", "A referral to the stop smoking service: free support to stop, for you if you smoke and for anyone you live with who does. Breathing no smoke is one of the best things you can do for your baby.")},
    {"referral_weight_management", "RCOG GTG 72", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Healthy weight support"),
     QT_TRANSLATE_NOOP("Recommendations", "A referral for advice on healthy eating and being active in pregnancy.")},
    {"referral_teenage_pregnancy_team", "NICE CG110", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Young parents' support"),
     QT_TRANSLATE_NOOP("Recommendations", "A referral to the teenage pregnancy team, who give extra support to young parents.")},
    {"referral_asylum_refugee_team", "NICE CG110", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Asylum and refugee support"),
     QT_TRANSLATE_NOOP("Recommendations", "A referral to the team that supports women who are asylum seekers or refugees, including help with housing, money and getting to appointments.")},
    {"referral_safeguarding", "NICE CG110, Working Together 2023", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Safeguarding referral"),
     QT_TRANSLATE_NOOP("Recommendations", "A safeguarding referral.")},
    {"induction_offer", "NICE NG207", Cat::Referral, QT_TRANSLATE_NOOP("Recommendations", "Induction of labour"),
     QT_TRANSLATE_NOOP("Recommendations", "You are past 41 weeks: your midwife will talk with you now about starting labour off (induction) and when and where it could happen. It is your choice.")},
    {"co_poisoning_advice", "NICE NG209", Cat::Support, QT_TRANSLATE_NOOP("Recommendations", "Carbon monoxide: act today"),
     QT_TRANSLATE_NOOP("Recommendations", "Your breath test showed a high level of carbon monoxide, a gas you cannot see or smell. Today: open windows, turn off gas, coal or wood fires and heaters and do not use them until checked, and call the Gas Emergency line on 0800 111 999. Get medical help if you have a headache, dizziness or sickness.")},
    {"co_source_advice", "NICE NG209", Cat::Support, QT_TRANSLATE_NOOP("Recommendations", "Carbon monoxide at home"),
     QT_TRANSLATE_NOOP("Recommendations", "Your breath test showed carbon monoxide although you do not smoke. It can come from other people's smoke or from faulty gas, coal or wood appliances and car exhausts: have appliances checked and fit a carbon monoxide alarm. Gas Emergency line: 0800 111 999.")},
    {"interpreter", "NICE CG110", Cat::Support, QT_TRANSLATE_NOOP("Recommendations", "Interpreter"),
     QT_TRANSLATE_NOOP("Recommendations", "A professional interpreter at every appointment, free of charge. Family and friends are not asked to interpret.")},
}};
// clang-format on

const Kind *findKind(const QString &code)
{
    for (const Kind &kind : kKinds) {
        if (code == QLatin1String(kind.code))
            return &kind;
    }
    return nullptr;
}

/// When a recommendation applies, before its window is fitted to the booking date.
struct Window
{
    QDate from;
    QDate to;
};

// Rules page: a window that has started by the booking date starts on the booking date; one
// that has ended by then becomes "as soon as possible", the booking date and 14 days after.
constexpr int kAsSoonAsPossibleDays = 14;

Window fitted(const Window &w, const QDate &bookingDate)
{
    if (w.to < bookingDate)
        return {bookingDate, bookingDate.addDays(kAsSoonAsPossibleDays)};
    return {std::max(w.from, bookingDate), w.to};
}

class Builder
{
public:
    explicit Builder(const QDate &bookingDate) : m_bookingDate(bookingDate) {}
    void add(const char *code, const QStringList &reasons, std::optional<Window> window = {},
             const QString &dose = {})
    {
        if (reasons.isEmpty())
            return;
        Found &found = m_found[QString::fromLatin1(code)];
        found.reasons = reasons;
        found.dose = dose;
        if (window)
            found.window = fitted(*window, m_bookingDate);
    }
    /// Adds to the source a recommendation shows, for a reason with a source of its own.
    void addSource(const char *code, const QString &source)
    {
        m_found[QString::fromLatin1(code)].extraSources << source;
    }
    bool has(const char *code) const
    {
        const auto it = m_found.constFind(QString::fromLatin1(code));
        return it != m_found.constEnd() && !it->reasons.isEmpty();
    }
    QList<Recommendation> result() const
    {
        QList<Recommendation> list;
        for (const Kind &kind : kKinds) {
            const QString code = QString::fromLatin1(kind.code);
            const auto it = m_found.constFind(code);
            if (it == m_found.constEnd() || it->reasons.isEmpty())
                continue;
            const QString source =
                (QStringList{QString::fromLatin1(kind.source)} + it->extraSources)
                    .join(QStringLiteral(", "));
            Recommendation r{code, source, it->reasons, kind.category, it->dose, {}, {}};
            if (it->window) {
                r.from = it->window->from;
                r.to = it->window->to;
            }
            list << r;
        }
        return list;
    }

private:
    struct Found
    {
        QStringList reasons;
        std::optional<Window> window;
        QString dose;
        QStringList extraSources;
    };
    QDate m_bookingDate;
    QHash<QString, Found> m_found;
};

QStringList conditionReasons(const BookingFacts &facts, FolicAcidHighDose folic)
{
    QStringList reasons;
    for (const ConditionInfo *info : facts.conditions) {
        if (info->folicAcid == folic)
            reasons << info->meaningString();
    }
    return reasons;
}

QStringList referralReasons(const BookingFacts &facts, const char *code)
{
    QStringList reasons;
    for (const ConditionInfo *info : facts.conditions) {
        if (info->referral != nullptr && qstrcmp(info->referral, code) == 0)
            reasons << info->meaningString();
    }
    return reasons;
}

QStringList labelled(const QStringList &factors, const QString &suffix)
{
    QStringList list;
    for (const QString &factor : factors)
        list << factor + suffix;
    return list;
}

QString ppmText(double ppm)
{
    return QStringLiteral("%1 ppm").arg(ppm, 0, 'g', 3);
}

/// The dates of a gestation in this pregnancy.
class Calendar
{
public:
    explicit Calendar(const BookingFacts &facts)
        : m_edd(facts.edd), m_booking(facts.booking.pregnancy.bookingDate)
    {
    }
    QDate at(int weeks, int days = 0) const
    {
        return dateAtGestation(m_edd, Gestation::fromWeeks(weeks, days));
    }
    QDate edd() const { return m_edd; }
    QDate booking() const { return m_booking; }

private:
    QDate m_edd;
    QDate m_booking;
};

void addMedicines(Builder &b, const BookingFacts &facts, const RuleSettings &settings)
{
    const Calendar cal(facts);
    const std::optional<double> bmi = facts.bmi;

    const PreEclampsiaAssessment pe = assessPreEclampsia(facts);
    if (pe.aspirinAdvised()) {
        b.add("aspirin",
              labelled(pe.high, Words::tr(" (high-risk factor)")) +
                  labelled(pe.moderate, Words::tr(" (moderate-risk factor)")),
              Window{cal.at(12), cal.edd()},
              Words::tr("%1 mg once a day").arg(settings.aspirinDoseMg));
    }

    // Folic acid matters before the neural tube closes: to the end of week 12 (NICE NG247),
    // except for haemoglobinopathies, where it is taken throughout (RCOG/BSH).
    const QStringList throughout = conditionReasons(facts, FolicAcidHighDose::Throughout);
    QStringList to12Weeks = conditionReasons(facts, FolicAcidHighDose::To12Weeks);
    if (settings.folicAcid5mgForBmi30 && bmi && *bmi >= 30.0) {
        to12Weeks << bmiText(*bmi) + Words::tr(" (30 or more; a setting of this trust)");
        b.addSource("folic_acid_5mg", QStringLiteral("RCOG GTG 72"));
    }
    const bool inFirst12Weeks = facts.gestationAtBooking <= Gestation::fromWeeks(12, 6);
    const QString fiveMg = Words::tr("5 mg once a day");
    if (!throughout.isEmpty()) {
        b.add("folic_acid_5mg", throughout + (inFirst12Weeks ? to12Weeks : QStringList{}),
              Window{cal.booking(), cal.edd()}, fiveMg);
        b.addSource("folic_acid_5mg", QStringLiteral("RCOG/BSH"));
    } else if (inFirst12Weeks && !to12Weeks.isEmpty()) {
        b.add("folic_acid_5mg", to12Weeks, Window{cal.booking(), cal.at(12, 6)}, fiveMg);
    } else if (inFirst12Weeks) {
        b.add("folic_acid_400",
              {Words::tr("offered to every woman until she is 12 weeks pregnant")},
              Window{cal.booking(), cal.at(12, 6)}, Words::tr("400 micrograms once a day"));
    }

    b.add("vitamin_d", {Words::tr("offered to every pregnant woman")},
          Window{cal.booking(), cal.edd()}, Words::tr("10 micrograms once a day"));

    const VteScore vte = antenatalVteScore(facts);
    const AntenatalLmwh lmwh = antenatalLmwh(vte.total());
    const QStringList vteReasons =
        QStringList{Words::tr("blood clot risk score %1 (VTE score)").arg(vte.total())} +
        vte.reasons();
    const QDate sixWeeksAfterEdd = cal.edd().addDays(42);
    if (lmwh == AntenatalLmwh::FromBooking)
        b.add("lmwh_from_booking", vteReasons, Window{cal.booking(), sixWeeksAfterEdd});
    else if (lmwh == AntenatalLmwh::From28Weeks)
        b.add("lmwh_from_28_weeks", vteReasons, Window{cal.at(28), sixWeeksAfterEdd});

    // Whooping cough: from 16+0, ideally by 32+0; after 32+0 it is still worth having.
    const QStringList everyone{Words::tr("offered to every pregnant woman")};
    const bool after32Weeks = facts.gestationAtBooking > Gestation::fromWeeks(32);
    b.add("vaccine_pertussis", everyone,
          after32Weeks ? Window{cal.booking(), cal.edd()} : Window{cal.at(16), cal.at(32)});
    b.add("vaccine_rsv", everyone, Window{cal.at(28), cal.edd()});
    b.add("vaccine_flu", {Words::tr("offered to every pregnant woman in the flu season (autumn and "
                                    "winter)")});
}

void addTests(Builder &b, const BookingFacts &facts)
{
    const Calendar cal(facts);
    const BookingAssessment &assessment = facts.booking.assessment;
    const std::optional<double> co = assessment.measurements.coPpm;

    QStringList coReasons{Words::tr("offered to every pregnant woman")};
    if (facts.smokesNow())
        coReasons << Words::tr("smokes now: a test at every appointment");
    if (co)
        coReasons << Words::tr("CO reading at booking %1").arg(ppmText(*co));
    b.add("co_monitoring", coReasons);

    const GestationalDiabetesAssessment gdm = assessGestationalDiabetes(facts);
    if (gdm.earlyTestAdvised()) {
        b.add("early_glucose_test", {Words::tr("gestational diabetes in a previous pregnancy")},
              Window{cal.booking(), cal.booking().addDays(kAsSoonAsPossibleDays)});
    }
    if (gdm.ogttAdvised())
        b.add("ogtt_24_28_weeks", gdm.riskFactors, Window{cal.at(24), cal.at(28)});

    // FASP: with no dating scan to screen from, the second-trimester blood test, 14+2 to 20+0.
    const Gestation booked = facts.gestationAtBooking;
    if (facts.eddMethod != EddMethod::Crl && booked >= Gestation::fromWeeks(14, 2) &&
        booked <= Gestation::fromWeeks(20)) {
        b.add("quadruple_test",
              {Words::tr("booked at %1 with no dating scan for first-trimester screening")
                   .arg(booked.toString())},
              Window{cal.booking(), cal.at(20)});
    }
}

void addReferrals(Builder &b, const BookingFacts &facts, const RuleSettings &settings)
{
    const BookingAssessment &assessment = facts.booking.assessment;
    const Woman &woman = facts.booking.woman;
    const Pregnancy &pregnancy = facts.booking.pregnancy;
    const std::optional<double> bmi = facts.bmi;

    // Obstetric-led exactly when an NG235 obstetric-unit factor is present; LMWH is prescribed
    // by the obstetric team, so it brings the consultant too (RCOG GTG 37a).
    QStringList consultant = birthPlaceFactors(facts).obstetricUnit;
    if (b.has("lmwh_from_booking") || b.has("lmwh_from_28_weeks")) {
        consultant << Words::tr("blood-thinning injections (LMWH) are prescribed by the "
                                "obstetric team");
        b.addSource("consultant_obstetric_review", QStringLiteral("RCOG GTG 37a"));
    }
    b.add("consultant_obstetric_review", consultant);
    if (bmi && *bmi >= 40.0)
        b.add("anaesthetic_review", {bmiText(*bmi) + Words::tr(" (40 or more)")});
    if (pregnancy.fetuses > 1) {
        b.add("referral_multiple_pregnancy_team",
              {Words::tr("expecting %1 babies").arg(pregnancy.fetuses)});
    }
    b.add("referral_diabetes_team", referralReasons(facts, "referral_diabetes_team"));
    b.add("referral_hypertension_specialist",
          referralReasons(facts, "referral_hypertension_specialist"));

    // NICE CG192: a positive Whooley or GAD-2 answer, or a family history, is assessed further by
    // the midwife; the specialist team is for severe or inpatient mental illness.
    b.add("mental_health_assessment", mentalHealthConcerns(assessment.mentalHealth) +
                                          referralReasons(facts, "mental_health_assessment"));
    b.add("referral_perinatal_mental_health",
          referralReasons(facts, "referral_perinatal_mental_health"));

    const std::optional<double> co = assessment.measurements.coPpm;
    const bool coRaised = co && *co >= settings.coRaisedPpm;
    QStringList smoking;
    if (facts.smokesNow())
        smoking << Words::tr("smokes now");
    if (coRaised) {
        smoking << Words::tr("CO reading %1 (%2 or more)")
                       .arg(ppmText(*co), ppmText(settings.coRaisedPpm));
    }
    b.add("referral_stop_smoking", smoking);

    if (bmi && *bmi >= 30.0)
        b.add("referral_weight_management", {bmiText(*bmi) + Words::tr(" (30 or more)")});
    if (facts.ageAtBooking < 20)
        b.add("referral_teenage_pregnancy_team",
              {Words::tr("age %1 at booking (under 20)").arg(facts.ageAtBooking)});

    QStringList asylum, safeguarding;
    if (woman.social.contains(QStringLiteral("asylum_seeker")))
        asylum << Words::tr("asylum seeker");
    if (woman.social.contains(QStringLiteral("refugee")))
        asylum << QStringLiteral("refugee");
    // Working Together 2023: a pregnancy under 16 is a safeguarding matter, under 13 always
    // child protection.
    if (facts.ageAtBooking < 13) {
        safeguarding << Words::tr("age %1 at booking (under 13): child-protection referral")
                            .arg(facts.ageAtBooking);
    } else if (facts.ageAtBooking < 16) {
        safeguarding << Words::tr("age %1 at booking (under 16)").arg(facts.ageAtBooking);
    }
    if (woman.social.contains(QStringLiteral("safeguarding_concern")))
        safeguarding << Words::tr("safeguarding concern");
    if (woman.social.contains(QStringLiteral("domestic_abuse")))
        safeguarding << Words::tr("domestic abuse disclosed");
    b.add("referral_asylum_refugee_team", asylum);
    b.add("referral_safeguarding", safeguarding);

    if (facts.gestationAtBooking >= Gestation::fromWeeks(41)) {
        b.add("induction_offer",
              {Words::tr("booked at %1 (41+0 or later)").arg(facts.gestationAtBooking.toString())});
    }
}

void addSupport(Builder &b, const BookingFacts &facts, const RuleSettings &settings)
{
    const Woman &woman = facts.booking.woman;
    const std::optional<double> co = facts.booking.assessment.measurements.coPpm;
    // NICE NG209: carbon monoxide in a woman who does not smoke has another source.
    if (co && !facts.smokesNow()) {
        if (*co >= settings.coRaisedPpm) {
            b.add("co_source_advice", {Words::tr("CO reading %1 (%2 or more) and does not "
                                                 "smoke")
                                           .arg(ppmText(*co), ppmText(settings.coRaisedPpm))});
        }
        if (*co > settings.coPoisoningPpm) {
            b.add("co_poisoning_advice",
                  {Words::tr("CO reading %1 (above %2) and does not smoke: possible "
                             "carbon monoxide poisoning")
                       .arg(ppmText(*co), ppmText(settings.coPoisoningPpm))});
        }
    }
    if (woman.interpreterNeeded) {
        const QString language = languageName(woman.preferredLanguage);
        b.add("interpreter",
              {language.isEmpty() ? Words::tr("interpreter needed")
                                  : Words::tr("interpreter needed (%1)").arg(language)});
    }
}

} // namespace

QStringList recommendationCodes()
{
    QStringList codes;
    for (const Kind &kind : kKinds)
        codes << QString::fromLatin1(kind.code);
    return codes;
}

QString recommendationAdvice(const QString &code)
{
    const Kind *kind = findKind(code);
    return kind != nullptr ? QCoreApplication::translate("Recommendations", kind->advice) : code;
}

QString recommendationDisplay(const QString &code)
{
    const Kind *kind = findKind(code);
    return kind != nullptr ? QString::fromUtf8(kind->title) : code;
}

QString recommendationTitle(const QString &code)
{
    const Kind *kind = findKind(code);
    return kind != nullptr ? QCoreApplication::translate("Recommendations", kind->title) : code;
}

QList<Recommendation> recommendationsFor(const BookingFacts &facts, const RuleSettings &settings)
{
    Builder b(facts.booking.pregnancy.bookingDate);
    addMedicines(b, facts, settings);
    addTests(b, facts);
    addReferrals(b, facts, settings);
    addSupport(b, facts, settings);
    return b.result();
}

} // namespace bb::clinical
