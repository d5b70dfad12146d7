// SPDX-License-Identifier: MIT
#include "clinical/ConditionCodes.h"

#include <array>

namespace bb::clinical {
namespace {

using G = ConditionGroup;
using PE = PreEclampsiaRisk;
using BP = BirthPlaceFactor;

// Transcribed from the rules page's condition table (sources: NICE NG133, NG235, NG3, CG192,
// RCOG GTG 37a). Columns: code, meaning, checklist, PE, place of birth, VTE points,
// VTE comorbidity, GDM risk, pre-existing diabetes, folic acid 5 mg, referral.
// clang-format off
constexpr std::array<ConditionInfo, 41> kConditions{{
    {"chronic_hypertension", "pre-existing high blood pressure", G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, false, false, "referral_hypertension_specialist"},
    {"chronic_kidney_disease", "chronic kidney disease / abnormal renal function", G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"autoimmune_disease", "SLE or antiphospholipid syndrome", G::Medical, PE::High, BP::ObstetricUnit, 0, true, false, false, false, nullptr},
    {"type1_diabetes", "pre-existing diabetes (type 1)", G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, true, true, "referral_diabetes_team"},
    {"type2_diabetes", "pre-existing diabetes (type 2)", G::Medical, PE::High, BP::ObstetricUnit, 0, false, false, true, true, "referral_diabetes_team"},
    {"cardiac_disease", "heart disease", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"heart_failure", "heart failure", G::Medical, PE::None, BP::ObstetricUnit, 0, true, false, false, false, nullptr},
    {"asthma_severe", "asthma needing more treatment or hospital care", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"epilepsy", "epilepsy", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"previous_stroke", "previous cerebrovascular accident", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"hyperthyroidism", "hyperthyroidism", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"bleeding_disorder", "von Willebrand's or other bleeding disorder, platelets < 100", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"sickle_cell_disease", "sickle cell disease", G::Medical, PE::None, BP::ObstetricUnit, 0, true, false, false, true, nullptr},
    {"thalassaemia_major", "beta-thalassaemia major", G::Medical, PE::None, BP::ObstetricUnit, 0, false, false, false, true, nullptr},
    {"cancer", "active cancer", G::Medical, PE::None, BP::None, 0, true, false, false, false, nullptr},
    {"inflammatory_bowel_disease", "Crohn's disease or ulcerative colitis", G::Medical, PE::None, BP::IndividualAssessment, 0, true, false, false, false, nullptr},
    {"nephrotic_syndrome", "nephrotic syndrome", G::Medical, PE::None, BP::None, 0, true, false, false, false, nullptr},
    {"thrombophilia_high_risk", "known high-risk thrombophilia", G::Medical, PE::None, BP::None, 3, false, false, false, false, nullptr},
    {"thrombophilia_low_risk", "known low-risk thrombophilia, no VTE", G::Medical, PE::None, BP::None, 1, false, false, false, false, nullptr},
    {"previous_vte", "previous VTE, other than one provoked by major surgery", G::Medical, PE::None, BP::ObstetricUnit, 4, false, false, false, false, nullptr},
    {"previous_vte_surgery", "one previous VTE provoked by major surgery", G::Medical, PE::None, BP::ObstetricUnit, 3, false, false, false, false, nullptr},
    {"gross_varicose_veins", "gross varicose veins", G::Medical, PE::None, BP::None, 1, false, false, false, false, nullptr},
    {"severe_mental_illness", "history of severe mental illness, or outpatient psychiatric care", G::MentalHealthAndSubstances, PE::None, BP::IndividualAssessment, 0, false, false, false, false, "referral_perinatal_mental_health"},
    {"psychiatric_inpatient_care", "psychiatric disorder needing current inpatient care", G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, false, "referral_perinatal_mental_health"},
    {"substance_misuse", "substance misuse", G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"alcohol_dependency", "alcohol dependency needing assessment or treatment", G::MentalHealthAndSubstances, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"iv_drug_use", "current intravenous drug use", G::MentalHealthAndSubstances, PE::None, BP::None, 0, true, false, false, false, nullptr},
    {"previous_hypertensive_pregnancy", "pre-eclampsia or gestational hypertension in a previous pregnancy", G::ObstetricHistory, PE::High, BP::IndividualAssessment, 0, false, false, false, false, nullptr},
    {"previous_preeclampsia_preterm", "pre-eclampsia that needed preterm birth", G::ObstetricHistory, PE::High, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"previous_eclampsia", "eclampsia", G::ObstetricHistory, PE::High, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"previous_gdm", "gestational diabetes in a previous pregnancy", G::ObstetricHistory, PE::None, BP::None, 0, false, true, false, false, nullptr},
    {"previous_baby_4_5kg", "previous baby of 4.5 kg or more", G::ObstetricHistory, PE::None, BP::IndividualAssessment, 0, false, true, false, false, nullptr},
    {"previous_stillbirth", "unexplained stillbirth or neonatal death, or death related to intrapartum difficulty", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"previous_pph_transfused", "postpartum haemorrhage needing additional treatment or transfusion", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"previous_shoulder_dystocia", "shoulder dystocia", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"previous_uterine_rupture", "uterine rupture", G::ObstetricHistory, PE::None, BP::ObstetricUnit, 0, false, false, false, false, nullptr},
    {"previous_third_degree_tear", "third- or fourth-degree tear", G::ObstetricHistory, PE::None, BP::IndividualAssessment, 0, false, false, false, false, nullptr},
    {"family_diabetes", "first-degree relative with diabetes", G::FamilyHistory, PE::None, BP::None, 0, false, true, false, false, nullptr},
    {"family_preeclampsia", "family history of pre-eclampsia", G::FamilyHistory, PE::Moderate, BP::None, 0, false, false, false, false, nullptr},
    {"family_vte", "first-degree relative with unprovoked or oestrogen-related VTE", G::FamilyHistory, PE::None, BP::None, 1, false, false, false, false, nullptr},
    {"high_diabetes_prevalence_origin", "family origin with a high prevalence of diabetes", G::FamilyHistory, PE::None, BP::None, 0, false, true, false, false, nullptr},
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
    }
    return {};
}

} // namespace bb::clinical
