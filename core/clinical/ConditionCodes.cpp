// SPDX-License-Identifier: MIT
#include "clinical/ConditionCodes.h"

#include <QCoreApplication>

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
    {"chronic_hypertension", QT_TRANSLATE_NOOP("conditions", "pre-existing high blood pressure"), G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, "referral_hypertension_specialist", EP::NotNeeded},
    {"chronic_kidney_disease", QT_TRANSLATE_NOOP("conditions", "chronic kidney disease / abnormal renal function"), G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"autoimmune_disease", QT_TRANSLATE_NOOP("conditions", "SLE or antiphospholipid syndrome"), G::Medical, PE::High, BP::ObstetricUnit, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"type1_diabetes", QT_TRANSLATE_NOOP("conditions", "pre-existing diabetes (type 1)"), G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, true, FA::To12Weeks, "referral_diabetes_team", EP::NotNeeded},
    {"type2_diabetes", QT_TRANSLATE_NOOP("conditions", "pre-existing diabetes (type 2)"), G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, true, FA::To12Weeks, "referral_diabetes_team", EP::NotNeeded},
    {"cardiac_disease", QT_TRANSLATE_NOOP("conditions", "heart disease"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"heart_failure", QT_TRANSLATE_NOOP("conditions", "heart failure"), G::Medical, PE::None, BP::ObstetricUnit, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"asthma_severe", QT_TRANSLATE_NOOP("conditions", "asthma needing more treatment or hospital care"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"epilepsy", QT_TRANSLATE_NOOP("conditions", "epilepsy"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"antiepileptic_medication", QT_TRANSLATE_NOOP("conditions", "takes antiepileptic medicine"), G::Medical, PE::None, BP::None, 0, false, false, false, FA::To12Weeks, nullptr, EP::NotNeeded},
    {"antiretroviral_medication", QT_TRANSLATE_NOOP("conditions", "takes HIV (antiretroviral) medicine"), G::Medical, PE::None, BP::None, 0, false, false, false, FA::To12Weeks, nullptr, EP::NotNeeded},
    {"previous_stroke", QT_TRANSLATE_NOOP("conditions", "previous cerebrovascular accident"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"hyperthyroidism", QT_TRANSLATE_NOOP("conditions", "hyperthyroidism"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"bleeding_disorder", QT_TRANSLATE_NOOP("conditions", "von Willebrand's or other bleeding disorder, platelets < 100"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"sickle_cell_disease", QT_TRANSLATE_NOOP("conditions", "sickle cell disease"), G::Medical, PE::None, BP::ObstetricUnit, 0, true, false, false, FA::Throughout, nullptr, EP::NotNeeded},
    {"thalassaemia_major", QT_TRANSLATE_NOOP("conditions", "beta-thalassaemia major"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::Throughout, nullptr, EP::NotNeeded},
    {"cancer", QT_TRANSLATE_NOOP("conditions", "active cancer"), G::Medical, PE::None, BP::None, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"inflammatory_bowel_disease", QT_TRANSLATE_NOOP("conditions", "Crohn's disease or ulcerative colitis"), G::Medical, PE::None, BP::IndividualAssessment, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"nephrotic_syndrome", QT_TRANSLATE_NOOP("conditions", "nephrotic syndrome"), G::Medical, PE::None, BP::None, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"thrombophilia_high_risk", QT_TRANSLATE_NOOP("conditions", "known high-risk thrombophilia"), G::Medical, PE::None, BP::None, 3, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"thrombophilia_low_risk", QT_TRANSLATE_NOOP("conditions", "known low-risk thrombophilia, no VTE"), G::Medical, PE::None, BP::None, 1, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"previous_vte", QT_TRANSLATE_NOOP("conditions", "previous VTE, other than one provoked by major surgery"), G::Medical, PE::None, BP::ObstetricUnit, 4, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"previous_vte_surgery", QT_TRANSLATE_NOOP("conditions", "one previous VTE provoked by major surgery"), G::Medical, PE::None, BP::ObstetricUnit, 3, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"gross_varicose_veins", QT_TRANSLATE_NOOP("conditions", "gross varicose veins"), G::Medical, PE::None, BP::None, 1, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"severe_mental_illness", QT_TRANSLATE_NOOP("conditions", "history of severe mental illness, or outpatient psychiatric care"), G::MentalHealthAndSubstances, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, "referral_perinatal_mental_health", EP::NotNeeded},
    {"psychiatric_inpatient_care", QT_TRANSLATE_NOOP("conditions", "psychiatric disorder needing current inpatient care"), G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, "referral_perinatal_mental_health", EP::NotNeeded},
    {"substance_misuse", QT_TRANSLATE_NOOP("conditions", "substance misuse"), G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"alcohol_dependency", QT_TRANSLATE_NOOP("conditions", "alcohol dependency needing assessment or treatment"), G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"iv_drug_use", QT_TRANSLATE_NOOP("conditions", "current intravenous drug use"), G::MentalHealthAndSubstances, PE::None, BP::None, 0, true, false, false, FA::None, nullptr, EP::NotNeeded},
    {"previous_hypertensive_pregnancy", QT_TRANSLATE_NOOP("conditions", "pre-eclampsia or gestational hypertension in a previous pregnancy"), G::ObstetricHistory, PE::High, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::Pregnancy},
    {"previous_preeclampsia_preterm", QT_TRANSLATE_NOOP("conditions", "pre-eclampsia that needed preterm birth"), G::ObstetricHistory, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Pregnancy},
    {"previous_eclampsia", QT_TRANSLATE_NOOP("conditions", "eclampsia"), G::ObstetricHistory, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Pregnancy},
    {"previous_gdm", QT_TRANSLATE_NOOP("conditions", "gestational diabetes in a previous pregnancy"), G::ObstetricHistory, PE::None, BP::None, 0, false, true, false, FA::None, nullptr, EP::Pregnancy},
    {"previous_baby_4_5kg", QT_TRANSLATE_NOOP("conditions", "previous baby of 4.5 kg or more"), G::ObstetricHistory, PE::None, BP::IndividualAssessment, 0, false, true, false, FA::None, nullptr, EP::Birth},
    {"previous_stillbirth", QT_TRANSLATE_NOOP("conditions", "unexplained stillbirth or neonatal death, or death related to intrapartum difficulty"), G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_pph_transfused", QT_TRANSLATE_NOOP("conditions", "postpartum haemorrhage needing additional treatment or transfusion"), G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_shoulder_dystocia", QT_TRANSLATE_NOOP("conditions", "shoulder dystocia"), G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_uterine_rupture", QT_TRANSLATE_NOOP("conditions", "uterine rupture"), G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_third_degree_tear", QT_TRANSLATE_NOOP("conditions", "third- or fourth-degree tear"), G::ObstetricHistory, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"family_diabetes", QT_TRANSLATE_NOOP("conditions", "first-degree relative with diabetes"), G::FamilyHistory, PE::None, BP::None, 0, false, true, false, FA::None, nullptr, EP::NotNeeded},
    {"family_preeclampsia", QT_TRANSLATE_NOOP("conditions", "family history of pre-eclampsia"), G::FamilyHistory, PE::Moderate, BP::None, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"family_vte", QT_TRANSLATE_NOOP("conditions", "first-degree relative with unprovoked or oestrogen-related VTE"), G::FamilyHistory, PE::None, BP::None, 1, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"family_perinatal_mental_illness", QT_TRANSLATE_NOOP("conditions", "first-degree relative with perinatal mental illness"), G::FamilyHistory, PE::None, BP::None, 0, false, false, false, FA::None, "mental_health_assessment", EP::NotNeeded},
    {"neural_tube_defect_history", QT_TRANSLATE_NOOP("conditions", "she or the baby's father has a neural tube defect, a family history of one, or a previous pregnancy affected by one"), G::FamilyHistory, PE::None, BP::None, 0, false, false, false, FA::To12Weeks, nullptr, EP::NotNeeded},
    {"high_diabetes_prevalence_origin", QT_TRANSLATE_NOOP("conditions", "family origin with a high prevalence of diabetes"), G::FamilyHistory, PE::None, BP::None, 0, false, true, false, FA::None, nullptr, EP::NotNeeded},
    // Medical history the SFH rule needs: large fibroids make the measurement unreliable (SBL v3
    // element 2; RCOG GTG 31), so she is offered serial growth scans instead.
    {"fibroids", QT_TRANSLATE_NOOP("conditions", "uterine fibroids"), G::Medical, PE::None, BP::None, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    // Conditions NICE NG235 lists for planning place of birth that the rules page's table does
    // not: Table 7 (medical conditions suggesting planned birth at an obstetric unit), Table 8
    // (medical conditions needing individual assessment), Table 9 (previous pregnancies,
    // obstetric unit). Treated hypothyroidism without a change of treatment is recorded for her
    // history and triggers nothing.
    {"hypothyroidism", QT_TRANSLATE_NOOP("conditions", "hypothyroidism, treated and stable"), G::Medical, PE::None, BP::None, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"hypothyroidism_unstable", QT_TRANSLATE_NOOP("conditions", "unstable hypothyroidism, such that a change in treatment is needed"), G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"hiv", QT_TRANSLATE_NOOP("conditions", "HIV infection"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"hepatitis_b_c", QT_TRANSLATE_NOOP("conditions", "hepatitis B or C with normal liver function tests"), G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"liver_disease_abnormal_lft", QT_TRANSLATE_NOOP("conditions", "hepatitis B or C or other liver disease with abnormal liver function tests"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"cystic_fibrosis", QT_TRANSLATE_NOOP("conditions", "cystic fibrosis"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"myasthenia_gravis", QT_TRANSLATE_NOOP("conditions", "myasthenia gravis"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"immune_thrombocytopenia", QT_TRANSLATE_NOOP("conditions", "immune thrombocytopenic purpura"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"atypical_antibodies", QT_TRANSLATE_NOOP("conditions", "atypical red cell antibodies that put the baby at risk of haemolytic disease"), G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"sickle_cell_trait", QT_TRANSLATE_NOOP("conditions", "sickle cell trait"), G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"thalassaemia_trait", QT_TRANSLATE_NOOP("conditions", "thalassaemia trait"), G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"spinal_abnormality", QT_TRANSLATE_NOOP("conditions", "spinal abnormality or previous fractured pelvis"), G::Medical, PE::None, BP::IndividualAssessment, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"previous_retained_placenta", QT_TRANSLATE_NOOP("conditions", "retained placenta needing manual removal in theatre"), G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    {"previous_neonatal_encephalopathy", QT_TRANSLATE_NOOP("conditions", "previous baby with neonatal encephalopathy"), G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::Birth},
    // Diagnosed at an antenatal contact (rules page, "At antenatal contacts"): each an
    // obstetric-unit factor under NICE NG235 and NG3; pre-eclampsia is a high PE factor for the
    // rest of the pregnancy (NG133).
    {"gestational_hypertension", QT_TRANSLATE_NOOP("conditions", "high blood pressure that began in this pregnancy"), G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"pre_eclampsia", QT_TRANSLATE_NOOP("conditions", "pre-eclampsia"), G::ThisPregnancy, PE::High, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"gestational_diabetes", QT_TRANSLATE_NOOP("conditions", "gestational diabetes"), G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"fetal_growth_restriction", QT_TRANSLATE_NOOP("conditions", "baby small for gestational age (below the 5th centile) or slowing growth on scan"), G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"breech_presentation", QT_TRANSLATE_NOOP("conditions", "breech presentation from 36+0"), G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"placenta_praevia", QT_TRANSLATE_NOOP("conditions", "placenta praevia"), G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
    {"antepartum_haemorrhage", QT_TRANSLATE_NOOP("conditions", "bleeding from the vagina in this pregnancy (antepartum haemorrhage)"), G::ThisPregnancy, PE::None, BP::ObstetricUnit, 0, false, false, false, FA::None, nullptr, EP::NotNeeded},
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
        return QCoreApplication::translate("conditions", "Medical history");
    case ConditionGroup::MentalHealthAndSubstances:
        return QCoreApplication::translate("conditions", "Mental health, alcohol and drugs");
    case ConditionGroup::ObstetricHistory:
        return QCoreApplication::translate("conditions", "Previous pregnancies");
    case ConditionGroup::FamilyHistory:
        return QCoreApplication::translate("conditions", "Family history");
    case ConditionGroup::ThisPregnancy:
        return QCoreApplication::translate("conditions", "Diagnosed in this pregnancy");
    }
    return {};
}

} // namespace bb::clinical
