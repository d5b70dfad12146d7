// SPDX-License-Identifier: MIT
#include "clinical/ConditionCodes.h"

#include <array>

namespace bb::clinical {
namespace {

using G = ConditionGroup;
using PE = PreEclampsiaRisk;
using BP = BirthPlaceFactor;
using FA = FolicAcidHighDose;
using EP = EarlierPregnancy;

// Transcribed from the rules page's condition table, version 2 (sources: NICE NG133, NG235,
// NG3, NG247, CG192, RCOG GTG 37a). Columns: code, meaning, checklist, PE, place of birth, VTE
// points, VTE comorbidity, GDM risk, pre-existing diabetes, folic acid 5 mg, the recommendation
// it triggers, and what an earlier pregnancy it describes needs.
// clang-format off
constexpr std::array<ConditionInfo, 67> kConditions{{
    {"chronic_hypertension", "pre-existing high blood pressure", G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, "referral_hypertension_specialist", EP::NotNeeded},
    {"chronic_kidney_disease", "chronic kidney disease / abnormal renal function", G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"autoimmune_disease", "SLE or antiphospholipid syndrome", G::Medical, PE::High, BP::ObstetricUnit, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"type1_diabetes", "pre-existing diabetes (type 1)", G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, true, FA::To12Weeks, "referral_diabetes_team", EP::NotNeeded},
    {"type2_diabetes", "pre-existing diabetes (type 2)", G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, true, FA::To12Weeks, "referral_diabetes_team", EP::NotNeeded},
    {"cardiac_disease", "heart disease", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"heart_failure", "heart failure", G::Medical, PE::None, BP::ObstetricUnit, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"asthma_severe", "asthma needing more treatment or hospital care", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"epilepsy", "epilepsy", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"antiepileptic_medication", "takes antiepileptic medicine", G::Medical, PE::None, BP::None, 0, false, false, false, FA::To12Weeks, nullptr, EP::NotNeeded},
    {"antiretroviral_medication", "takes HIV (antiretroviral) medicine", G::Medical, PE::None, BP::None, 0, false, false, false, FA::To12Weeks, nullptr, EP::NotNeeded},
    {"previous_stroke", "previous cerebrovascular accident", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"hyperthyroidism", "hyperthyroidism", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"bleeding_disorder", "von Willebrand's or other bleeding disorder, platelets < 100", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"sickle_cell_disease", "sickle cell disease", G::Medical, PE::None, BP::ObstetricUnit, 0, true, false, false, FA::Throughout, nullptr, EP::NotNeeded},
    {"thalassaemia_major", "beta-thalassaemia major", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::Throughout, nullptr, EP::NotNeeded},
    {"cancer", "active cancer", G::Medical, PE::None, BP::None, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"inflammatory_bowel_disease", "Crohn's disease or ulcerative colitis", G::Medical, PE::None, BP::IndividualAssessment, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"nephrotic_syndrome", "nephrotic syndrome", G::Medical, PE::None, BP::None, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"thrombophilia_high_risk", "known high-risk thrombophilia", G::Medical, PE::None, BP::None, 3, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"thrombophilia_low_risk", "known low-risk thrombophilia, no VTE", G::Medical, PE::None, BP::None, 1, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"previous_vte", "previous VTE, other than one provoked by major surgery", G::Medical, PE::None, BP::ObstetricUnit, 4, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"previous_vte_surgery", "one previous VTE provoked by major surgery", G::Medical, PE::None, BP::ObstetricUnit, 3, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"gross_varicose_veins", "gross varicose veins", G::Medical, PE::None, BP::None, 1, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"severe_mental_illness", "history of severe mental illness, or outpatient psychiatric care", G::MentalHealthAndSubstances, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, "referral_perinatal_mental_health", EP::NotNeeded},
    {"psychiatric_inpatient_care", "psychiatric disorder needing current inpatient care", G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, "referral_perinatal_mental_health", EP::NotNeeded},
    {"substance_misuse", "substance misuse", G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"alcohol_dependency", "alcohol dependency needing assessment or treatment", G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"iv_drug_use", "current intravenous drug use", G::MentalHealthAndSubstances, PE::None, BP::None, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"previous_hypertensive_pregnancy", "pre-eclampsia or gestational hypertension in a previous pregnancy", G::ObstetricHistory, PE::High, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::Pregnancy},
    {"previous_preeclampsia_preterm", "pre-eclampsia that needed preterm birth", G::ObstetricHistory, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Pregnancy},
    {"previous_eclampsia", "eclampsia", G::ObstetricHistory, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Pregnancy},
    {"previous_gdm", "gestational diabetes in a previous pregnancy", G::ObstetricHistory, PE::None, BP::None, 0, false, true, false, FA::None, nullptr, EP::Pregnancy},
    {"previous_baby_4_5kg", "previous baby of 4.5 kg or more", G::ObstetricHistory, PE::None, BP::IndividualAssessment, 0, false, true, false, FA::None, nullptr, EP::Birth},
    {"previous_stillbirth", "unexplained stillbirth or neonatal death, or death related to intrapartum difficulty", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_pph_transfused", "postpartum haemorrhage needing additional treatment or transfusion", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_shoulder_dystocia", "shoulder dystocia", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_uterine_rupture", "uterine rupture", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_third_degree_tear", "third- or fourth-degree tear", G::ObstetricHistory, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"family_diabetes", "first-degree relative with diabetes", G::FamilyHistory, PE::None, BP::None, 0, false, true, false, FA::None, nullptr, EP::NotNeeded},
    {"family_preeclampsia", "family history of pre-eclampsia", G::FamilyHistory, PE::Moderate, BP::None, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"family_vte", "first-degree relative with unprovoked or oestrogen-related VTE", G::FamilyHistory, PE::None, BP::None, 1, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"family_perinatal_mental_illness", "first-degree relative with perinatal mental illness", G::FamilyHistory, PE::None, BP::None, 0, false, false, false, FA::None, "mental_health_assessment", EP::NotNeeded},
    {"neural_tube_defect_history", "she or the baby's father has a neural tube defect, a family history of one, or a previous pregnancy affected by one", G::FamilyHistory, PE::None, BP::None, 0, false, false, false, FA::To12Weeks, nullptr, EP::NotNeeded},
    {"high_diabetes_prevalence_origin", "family origin with a high prevalence of diabetes", G::FamilyHistory, PE::None, BP::None, 0, false, true, false, FA::None, nullptr, EP::NotNeeded},
    // Medical history the SFH rule needs: large fibroids make the measurement unreliable (SBL v3
    // element 2; RCOG GTG 31), so she is offered serial growth scans instead.
    {"fibroids", "uterine fibroids", G::Medical, PE::None, BP::None, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    // Conditions NICE NG235 lists for planning place of birth that the rules page's table does
    // not: Table 7 (medical conditions suggesting planned birth at an obstetric unit), Table 8
    // (medical conditions needing individual assessment), Table 9 (previous pregnancies,
    // obstetric unit). Treated hypothyroidism without a change of treatment is recorded for her
    // history and triggers nothing.
    {"hypothyroidism", "hypothyroidism, treated and stable", G::Medical, PE::None, BP::None, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"hypothyroidism_unstable", "unstable hypothyroidism, such that a change in treatment is needed", G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"hiv", "HIV infection", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"hepatitis_b_c", "hepatitis B or C with normal liver function tests", G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"liver_disease_abnormal_lft", "hepatitis B or C or other liver disease with abnormal liver function tests", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"cystic_fibrosis", "cystic fibrosis", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"myasthenia_gravis", "myasthenia gravis", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"immune_thrombocytopenia", "immune thrombocytopenic purpura", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"atypical_antibodies", "atypical red cell antibodies that put the baby at risk of haemolytic disease", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"sickle_cell_trait", "sickle cell trait", G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"thalassaemia_trait", "thalassaemia trait", G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"spinal_abnormality", "spinal abnormality or previous fractured pelvis", G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"previous_retained_placenta", "retained placenta needing manual removal in theatre", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_neonatal_encephalopathy", "previous baby with neonatal encephalopathy", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    // Diagnosed at an antenatal contact (rules page, "At antenatal contacts"): each an
    // obstetric-unit factor under NICE NG235 and NG3; pre-eclampsia is a high PE factor for the
    // rest of the pregnancy (NG133).
    {"gestational_hypertension", "high blood pressure that began in this pregnancy", G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"pre_eclampsia", "pre-eclampsia", G::ThisPregnancy, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"gestational_diabetes", "gestational diabetes", G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"fetal_growth_restriction", "baby small for gestational age (below the 5th centile) or slowing growth on scan", G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"breech_presentation", "breech presentation from 36+0", G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"placenta_praevia", "placenta praevia", G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"antepartum_haemorrhage", "bleeding from the vagina in this pregnancy (antepartum haemorrhage)", G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
}};
// clang-format on

} // namespace

std::span<const ConditionInfo> conditionTable()
{
    return kConditions;
}

const ConditionInfo *findCondition(const QString &code)
{
    for (const auto &info : kConditions) {
        if (code == QLatin1String(info.code))
            return &info;
    }
    return nullptr;
}

bool isKnownCondition(const QString &code)
{
    return findCondition(code) != nullptr;
}

QStringList conditionCodes(ConditionGroup group)
{
    QStringList codes;
    for (const auto &info : kConditions) {
        if (info.group == group)
            codes << info.codeString();
    }
    return codes;
}

QString conditionGroupTitle(ConditionGroup group)
{
    switch (group) {
    case ConditionGroup::Medical:
        return QStringLiteral("Medical history");
    case ConditionGroup::MentalHealthAndSubstances:
        return QStringLiteral("Mental health, alcohol and drugs");
    case ConditionGroup::ObstetricHistory:
        return QStringLiteral("Previous pregnancies");
    case ConditionGroup::FamilyHistory:
        return QStringLiteral("Family history");
    case ConditionGroup::ThisPregnancy:
        return QStringLiteral("Diagnosed in this pregnancy");
    }
    return {};
}

} // namespace bb::clinical
