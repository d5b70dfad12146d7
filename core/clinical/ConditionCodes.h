// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace bb::clinical {

/// Which checklist of the booking form a condition belongs on.
enum class ConditionGroup
{
    Medical,
    MentalHealthAndSubstances,
    ObstetricHistory,
    FamilyHistory
};

enum class PreEclampsiaRisk
{
    None,
    Moderate,
    High
}; // NICE NG133
enum class BirthPlaceFactor
{
    None,
    IndividualAssessment,
    ObstetricUnit
}; // NICE NG235

/// One row of the condition-code table on the rules page: the code, what it means, and what it
/// triggers. Every rule that reads a condition reads it from here.
struct ConditionInfo
{
    const char *code;
    const char *meaning;
    ConditionGroup group;
    PreEclampsiaRisk preEclampsia;
    BirthPlaceFactor birthPlace;
    int vtePoints;       ///< RCOG GTG 37a points of its own
    bool vteComorbidity; ///< RCOG GTG 37a medical comorbidity (3 points, counted once)
    bool gdmRisk;        ///< NICE NG3 risk factor for gestational diabetes
    bool preExistingDiabetes;
    bool folicAcidHighDose; ///< 5 mg folic acid (RCOG GTG 72, NG3)
    const char *referral;   ///< recommendation code of a referral it triggers, or nullptr

    QString codeString() const { return QString::fromLatin1(code); }
    QString meaningString() const { return QString::fromUtf8(meaning); }
};

std::span<const ConditionInfo> conditionTable();
const ConditionInfo *findCondition(const QString &code);
bool isKnownCondition(const QString &code);
QStringList conditionCodes(ConditionGroup group);
QString conditionGroupTitle(ConditionGroup group);

} // namespace bb::clinical
