// SPDX-License-Identifier: MIT
#include "domain/BirthPreferences.h"
#include "domain/CodeTable.h"

#include <QCoreApplication>

namespace bb::codes {
namespace {

constexpr CodeTable<PreferencesStatus, 3> kStatus{{
    {PreferencesStatus::Proposed, "proposed"},
    {PreferencesStatus::Taken, "taken"},
    {PreferencesStatus::SetAside, "set_aside"},
}};

// Her words for them, as her plan prints them.
constexpr std::array<CodeLabel, 7> kPainRelief{{
    {"breathing_and_relaxation", QT_TRANSLATE_NOOP("codes", "Breathing and relaxation")},
    {"water", QT_TRANSLATE_NOOP("codes", "A birth pool or bath")},
    {"tens", QT_TRANSLATE_NOOP("codes", "A TENS machine")},
    {"gas_and_air", QT_TRANSLATE_NOOP("codes", "Gas and air")},
    {"opioid",
     QT_TRANSLATE_NOOP("codes", "An injection of pain relief (such as pethidine or diamorphine)")},
    {"epidural", QT_TRANSLATE_NOOP("codes", "An epidural")},
    {"open_to_anything", QT_TRANSLATE_NOOP("codes", "Whatever helps at the time")},
}};

constexpr std::array<CodeLabel, 4> kFeeding{{
    {"breast", QT_TRANSLATE_NOOP("codes", "Breastfeeding")},
    {"formula", QT_TRANSLATE_NOOP("codes", "Formula feeding")},
    {"mixed", QT_TRANSLATE_NOOP("codes", "Breastfeeding and formula")},
    {"undecided", QT_TRANSLATE_NOOP("codes", "Not decided yet")},
}};

} // namespace

} // namespace bb::codes

namespace bb {

QString birthPreferencesText(const BirthPreferences &p)
{
    const auto withWords = [](QString said, const QString &words) {
        if (words.isEmpty())
            return said;
        return said.isEmpty() ? words : said + QStringLiteral(". ") + words;
    };
    QStringList parts;
    if (!p.birthCompanions.isEmpty())
        parts << QStringLiteral("With me: ") + p.birthCompanions.join(QStringLiteral("; "));
    QStringList pain;
    for (const QString &code : p.painRelief)
        pain << codes::painReliefLabel(code);
    const QString painText = withWords(pain.join(QStringLiteral(", ")), p.painReliefWords);
    if (!painText.isEmpty())
        parts << QStringLiteral("Pain relief: ") + painText;
    const QString feedingText = withWords(codes::feedingLabel(p.feeding), p.feedingWords);
    if (!feedingText.isEmpty())
        parts << QStringLiteral("Feeding my baby: ") + feedingText;
    return parts.join(QLatin1Char('\n'));
}

StoredCarePlan proposedPlan(StoredCarePlan plan, const BirthPreferences &preferences)
{
    if (preferences.placeOfBirth)
        plan.chosenPlaceOfBirth = *preferences.placeOfBirth;
    const QString text = birthPreferencesText(preferences);
    if (!text.isEmpty())
        plan.birthPreferences = text;
    if (!preferences.whatMatters.isEmpty())
        plan.whatMatters = preferences.whatMatters;
    return plan;
}

} // namespace bb

namespace bb::codes {

QString toCode(PreferencesStatus value)
{
    return codeOf(kStatus, value);
}

std::optional<PreferencesStatus> preferencesStatusFromCode(const QString &code)
{
    return valueOf(kStatus, code);
}

QStringList birthPreferencePainReliefCodes()
{
    return allCodes(kPainRelief);
}

QString painReliefLabel(const QString &code)
{
    return sourceLabelOfCode(kPainRelief, code);
}

QStringList birthPreferenceFeedingCodes()
{
    return allCodes(kFeeding);
}

QString feedingLabel(const QString &code)
{
    return sourceLabelOfCode(kFeeding, code);
}

} // namespace bb::codes
