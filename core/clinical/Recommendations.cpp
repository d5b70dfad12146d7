// SPDX-License-Identifier: MIT
#include "clinical/Recommendations.h"

#include "clinical/BirthPlace.h"
#include "clinical/GestationalDiabetesRisk.h"
#include "clinical/PreEclampsiaRisk.h"
#include "clinical/VteRisk.h"

#include <QHash>

#include <array>

namespace bb::clinical {
namespace {

using Cat = RecommendationCategory;

struct Kind
{
    const char *code;
    const char *source;
    Cat category;
    const char *title;
    const char *advice;
};

// The stable order of the plan, and what each code says to the woman.
// clang-format off
constexpr std::array<Kind, 18> kKinds{{
    {"aspirin", "NICE NG133", Cat::Medicine, "Aspirin",
     "Take aspirin 75 to 150 mg once a day from 12 weeks until your baby is born. It lowers the chance of pre-eclampsia."},
    {"folic_acid_5mg", "RCOG GTG 72, NICE NG3", Cat::Medicine, "Folic acid 5 mg",
     "Take the higher dose of folic acid, 5 mg a day, until you are 12 weeks pregnant (it needs a prescription)."},
    {"lmwh_from_booking", "RCOG GTG 37a", Cat::Medicine, "Blood-thinning injections from now",
     "Daily injections of low-molecular-weight heparin from now until 6 weeks after the birth, to prevent blood clots."},
    {"lmwh_from_28_weeks", "RCOG GTG 37a", Cat::Medicine, "Blood-thinning injections from 28 weeks",
     "Daily injections of low-molecular-weight heparin from 28 weeks until 6 weeks after the birth, to prevent blood clots."},
    {"co_monitoring", "SBL v3", Cat::Test, "Carbon monoxide test",
     "A quick breath test for carbon monoxide at booking and again at 36 weeks. It is offered to every pregnant woman."},
    {"early_glucose_test", "NICE NG3", Cat::Test, "Early test for diabetes",
     "Checking your blood sugar as soon as possible after booking (by a finger-prick kit or a glucose tolerance test), as well as at 24 to 28 weeks."},
    {"ogtt_24_28_weeks", "NICE NG3", Cat::Test, "Glucose tolerance test at 24 to 28 weeks",
     "A 75 g glucose tolerance test between 24 and 28 weeks, to check for diabetes that starts in pregnancy."},
    {"consultant_obstetric_review", "NICE NG235", Cat::Referral, "Appointment with a consultant obstetrician",
     "An appointment with a consultant obstetrician, who will plan your care with your midwife."},
    {"anaesthetic_review", "RCOG GTG 72", Cat::Referral, "Appointment with an anaesthetist",
     "An appointment with an anaesthetist before the birth, to plan pain relief and anaesthesia safely."},
    {"referral_diabetes_team", "SBL v3", Cat::Referral, "Diabetes pregnancy team",
     "A referral to the joint diabetes and pregnancy team, who will see you throughout your pregnancy."},
    {"referral_hypertension_specialist", "NICE NG133", Cat::Referral, "Blood pressure specialist",
     "A referral to a specialist in high blood pressure in pregnancy, to review your medicines and blood pressure."},
    {"referral_perinatal_mental_health", "NICE CG192", Cat::Referral, "Perinatal mental health team",
     "A referral for support with your mental health during and after pregnancy."},
    {"referral_stop_smoking", "SBL v3", Cat::Referral, "Stop smoking service",
     "A referral to the stop smoking service for free support to stop smoking. It is the best thing you can do for your baby."},
    {"referral_weight_management", "RCOG GTG 72", Cat::Referral, "Healthy weight support",
     "A referral for advice on healthy eating and being active in pregnancy."},
    {"referral_teenage_pregnancy_team", "NICE CG110", Cat::Referral, "Teenage pregnancy team",
     "A referral to the teenage pregnancy team, who give extra support to young parents."},
    {"referral_asylum_refugee_team", "NICE CG110", Cat::Referral, "Asylum and refugee support",
     "A referral to the team that supports women who are asylum seekers or refugees, including help with housing, money and getting to appointments."},
    {"referral_safeguarding", "NICE CG110", Cat::Referral, "Safeguarding support",
     "Your midwife will arrange support to keep you and your baby safe. You can talk to her in private at any appointment."},
    {"interpreter", "NICE CG110", Cat::Support, "Interpreter",
     "A professional interpreter at every appointment, free of charge. Family and friends are not asked to interpret."},
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

class Builder
{
public:
    void add(const char *code, const QStringList &reasons)
    {
        if (reasons.isEmpty())
            return;
        m_found.insert(QString::fromLatin1(code), reasons);
    }
    QList<Recommendation> result() const
    {
        QList<Recommendation> list;
        for (const Kind &kind : kKinds) {
            const QString code = QString::fromLatin1(kind.code);
            const auto it = m_found.constFind(code);
            if (it == m_found.constEnd())
                continue;
            list << Recommendation{code, QString::fromLatin1(kind.source), it.value(),
                                   kind.category};
        }
        return list;
    }

private:
    QHash<QString, QStringList> m_found;
};

QStringList conditionReasons(const BookingFacts &facts, bool ConditionInfo::*flag)
{
    QStringList reasons;
    for (const ConditionInfo *info : facts.conditions) {
        if (info->*flag)
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
    return kind != nullptr ? QString::fromUtf8(kind->advice) : code;
}

QString recommendationTitle(const QString &code)
{
    const Kind *kind = findKind(code);
    return kind != nullptr ? QString::fromUtf8(kind->title) : code;
}

QList<Recommendation> recommendationsFor(const BookingFacts &facts)
{
    Builder b;
    const std::optional<double> bmi = facts.bmi;
    const BookingAssessment &assessment = facts.booking.assessment;
    const Woman &woman = facts.booking.woman;

    const PreEclampsiaAssessment pe = assessPreEclampsia(facts);
    if (pe.aspirinAdvised()) {
        b.add("aspirin", labelled(pe.high, QStringLiteral(" (high-risk factor)")) +
                             labelled(pe.moderate, QStringLiteral(" (moderate-risk factor)")));
    }

    // Folic acid matters before the neural tube closes: only offered up to 12+6.
    if (facts.gestationAtBooking <= Gestation::fromWeeks(12, 6)) {
        QStringList reasons;
        if (bmi && *bmi >= 30.0)
            reasons << bmiText(*bmi) + QStringLiteral(" (30 or more)");
        reasons << conditionReasons(facts, &ConditionInfo::folicAcidHighDose);
        b.add("folic_acid_5mg", reasons);
    }

    const VteScore vte = antenatalVteScore(facts);
    const AntenatalLmwh lmwh = antenatalLmwh(vte.total());
    const QStringList vteReasons =
        QStringList{QStringLiteral("VTE score %1").arg(vte.total())} + vte.reasons();
    if (lmwh == AntenatalLmwh::FromBooking)
        b.add("lmwh_from_booking", vteReasons);
    else if (lmwh == AntenatalLmwh::From28Weeks)
        b.add("lmwh_from_28_weeks", vteReasons);

    QStringList co{QStringLiteral("offered to every pregnant woman")};
    if (assessment.measurements.coPpm) {
        co << QStringLiteral("CO reading at booking %1 ppm")
                  .arg(*assessment.measurements.coPpm, 0, 'g', 3);
    }
    b.add("co_monitoring", co);

    const GestationalDiabetesAssessment gdm = assessGestationalDiabetes(facts);
    if (gdm.earlyTestAdvised())
        b.add("early_glucose_test",
              {QStringLiteral("gestational diabetes in a previous pregnancy")});
    if (gdm.ogttAdvised())
        b.add("ogtt_24_28_weeks", gdm.riskFactors);

    // Obstetric-led exactly when an NG235 obstetric-unit factor is present; those are the reasons.
    const BirthPlaceFactors place = birthPlaceFactors(facts);
    if (carePathway(place) == CarePathway::ObstetricLed)
        b.add("consultant_obstetric_review", place.obstetricUnit);
    if (bmi && *bmi >= 40.0)
        b.add("anaesthetic_review", {bmiText(*bmi) + QStringLiteral(" (40 or more)")});
    b.add("referral_diabetes_team", referralReasons(facts, "referral_diabetes_team"));
    b.add("referral_hypertension_specialist",
          referralReasons(facts, "referral_hypertension_specialist"));

    QStringList mental;
    if (assessment.mentalHealth.lowMood)
        mental << QStringLiteral("answered yes: feeling down, depressed or hopeless");
    if (assessment.mentalHealth.littleInterest)
        mental << QStringLiteral("answered yes: little interest or pleasure in doing things");
    if (assessment.mentalHealth.gad2Score >= 3)
        mental
            << QStringLiteral("GAD-2 score %1 (3 or more)").arg(assessment.mentalHealth.gad2Score);
    mental << referralReasons(facts, "referral_perinatal_mental_health");
    b.add("referral_perinatal_mental_health", mental);

    QStringList smoking;
    if (facts.smokesNow())
        smoking << QStringLiteral("smokes now");
    if (assessment.measurements.coPpm && *assessment.measurements.coPpm >= 4.0) {
        smoking << QStringLiteral("CO reading %1 ppm (4 or more)")
                       .arg(*assessment.measurements.coPpm, 0, 'g', 3);
    }
    b.add("referral_stop_smoking", smoking);

    if (bmi && *bmi >= 30.0)
        b.add("referral_weight_management", {bmiText(*bmi) + QStringLiteral(" (30 or more)")});
    if (facts.ageAtBooking < 20)
        b.add("referral_teenage_pregnancy_team",
              {QStringLiteral("age %1 at booking (under 20)").arg(facts.ageAtBooking)});

    QStringList asylum, safeguarding;
    if (woman.social.contains(QStringLiteral("asylum_seeker")))
        asylum << QStringLiteral("asylum seeker");
    if (woman.social.contains(QStringLiteral("refugee")))
        asylum << QStringLiteral("refugee");
    if (woman.social.contains(QStringLiteral("safeguarding_concern")))
        safeguarding << QStringLiteral("safeguarding concern");
    if (woman.social.contains(QStringLiteral("domestic_abuse")))
        safeguarding << QStringLiteral("domestic abuse disclosed");
    b.add("referral_asylum_refugee_team", asylum);
    b.add("referral_safeguarding", safeguarding);

    if (woman.interpreterNeeded) {
        b.add("interpreter", {woman.preferredLanguage.isEmpty()
                                  ? QStringLiteral("interpreter needed")
                                  : QStringLiteral("interpreter needed (language: %1)")
                                        .arg(woman.preferredLanguage)});
    }
    return b.result();
}

} // namespace bb::clinical
