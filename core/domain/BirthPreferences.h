// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Pregnancy.h"
#include "domain/StoredCarePlan.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

/// Her birth preferences as she wrote them at home (the `bbclinic-birth-preferences/1` format):
/// each part optional, her own words kept as she wrote them. They never change her plan by
/// themselves: they arrive as a proposal the midwife goes through with her.
struct BirthPreferences
{
    QString nhsNumber;
    QDate writtenOn;
    std::optional<PlaceOfBirth> placeOfBirth; ///< none when she did not say
    QStringList birthCompanions;              ///< who she wants with her, in her words
    QStringList painRelief;                   ///< codes of birthPreferencePainReliefCodes()
    QString painReliefWords;
    QString feeding; ///< a code of birthPreferenceFeedingCodes(), or empty
    QString feedingWords;
    QString whatMatters; ///< what matters to her, in her words

    bool operator==(const BirthPreferences &) const = default;
};

/// One set of her preferences as the clinic received it, and where it stands.
enum class PreferencesStatus
{
    Proposed, ///< waiting for her midwife to go through it with her
    Taken,    ///< taken into a version of her plan
    SetAside  ///< gone through and not taken, with the reason
};

struct ReceivedPreferences
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    BirthPreferences preferences;
    PreferencesStatus status = PreferencesStatus::Proposed;
    QString receivedBy;
    QDateTime receivedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString note; ///< why it was set aside
    bool operator==(const ReceivedPreferences &) const = default;
};

/// Her preferences as one text for her plan's "birth preferences": who she wants with her,
/// pain relief and feeding, each with her own words; empty when she said none of them.
QString birthPreferencesText(const BirthPreferences &preferences);

/// `plan` as her preferences would change it: the place of birth she chose (when she said one),
/// her birth preferences, and what matters to her (when she wrote it). The decisions and
/// everything the rules advised stay as they are.
StoredCarePlan proposedPlan(StoredCarePlan plan, const BirthPreferences &preferences);

} // namespace bb

namespace bb::codes {

QString toCode(PreferencesStatus value);
std::optional<PreferencesStatus> preferencesStatusFromCode(const QString &code);
/// `breathing_and_relaxation`, `water`, `tens`, `gas_and_air`, `opioid`, `epidural`,
/// `open_to_anything`.
QStringList birthPreferencePainReliefCodes();
/// In the words docs/formats.md gives, never translated: the text goes into her stored plan.
QString painReliefLabel(const QString &code);
/// `breast`, `formula`, `mixed`, `undecided`.
QStringList birthPreferenceFeedingCodes();
/// In the words docs/formats.md gives, never translated: the text goes into her stored plan.
QString feedingLabel(const QString &code);

} // namespace bb::codes
