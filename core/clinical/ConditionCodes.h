// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
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
    FamilyHistory,
    ThisPregnancy ///< diagnosed at an antenatal contact, not asked at booking
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

/// How long a condition calls for folic acid 5 mg (NICE NG247; RCOG/BSH for haemoglobinopathies).
enum class FolicAcidHighDose
{
    None,
    To12Weeks,
    Throughout
};

/// What a condition about an earlier pregnancy needs to have happened (rules page, version 2).
enum class EarlierPregnancy
{
    NotNeeded,
    Pregnancy, ///< previous births or losses above 0
    Birth      ///< previous births above 0
};

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
    FolicAcidHighDose folicAcid;
    const char
        *referral; ///< recommendation code it triggers (a referral or assessment), or nullptr
    EarlierPregnancy needs;

    QString codeString() const { return QString::fromLatin1(code); }
    /// What it means, in the rules page's words: the reasons a rule gives are made of these.
    QString meaningString() const { return QString::fromUtf8(meaning); }
    /// What it means, for a form to show: in the installed translation (translations/).
    QString label() const { return QCoreApplication::translate("conditions", meaning); }
};

std::span<const ConditionInfo> conditionTable();
const ConditionInfo *findCondition(const QString &code);
bool isKnownCondition(const QString &code);
QStringList conditionCodes(ConditionGroup group);
/// The heading of a checklist of the booking form, in the installed translation.
QString conditionGroupTitle(ConditionGroup group);

} // namespace bb::clinical
