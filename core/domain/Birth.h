// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Pregnancy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace bb {

/// Where she gave birth: the four settings of NICE NG235, or before she arrived at one.
enum class BirthSetting
{
    Home,
    FreestandingMidwiferyUnit,
    AlongsideMidwiferyUnit,
    ObstetricUnit,
    BeforeArrival
};

enum class LabourOnset
{
    Spontaneous,
    Induced,
    CaesareanBeforeLabour
};

enum class BirthMode
{
    SpontaneousVaginal,
    Instrumental, ///< forceps or ventouse
    PlannedCaesarean,
    EmergencyCaesarean
};

enum class Perineum
{
    NotRecorded,
    Intact,
    FirstDegree,
    SecondDegree,
    ThirdDegree,
    FourthDegree,
    Episiotomy,
    NotApplicable ///< a caesarean birth
};

enum class BabySex
{
    Female,
    Male,
    Indeterminate
};

enum class BabyOutcome
{
    LiveBirth,
    Stillbirth
};

enum class FirstFeed
{
    NotYet,
    Breast,
    ExpressedBreastMilk,
    Formula
};

enum class VitaminK
{
    NotYet,
    Intramuscular,
    Oral,
    Declined
};

/// One baby of a birth; twins are two babies on one birth.
struct Baby
{
    qint64 id = 0;
    int order = 1; ///< first, second... born
    BabySex sex = BabySex::Female;
    int weightGrams = 0;
    BabyOutcome outcome = BabyOutcome::LiveBirth;
    std::optional<int> apgar1;
    std::optional<int> apgar5;
    std::optional<int> apgar10; ///< when the 5-minute score is below 7 (NICE NG194)
    bool resuscitation = false;
    FirstFeed firstFeed = FirstFeed::NotYet;
    bool skinToSkinFirstHour = false;
    VitaminK vitaminK = VitaminK::NotYet;
    QString nhsNumber; ///< ten digits, once given; empty until then
    bool operator==(const Baby &) const = default;
};

/// The birth: when and where, how labour began and ended, the mother's blood loss and perineum,
/// who attended, and each baby.
struct Birth
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    QDate date;
    QTime time; ///< invalid when not known
    BirthSetting plannedSetting = BirthSetting::ObstetricUnit;
    BirthSetting setting = BirthSetting::ObstetricUnit;
    QString settingChangeReason; ///< required when the setting differs from the plan
    LabourOnset onset = LabourOnset::Spontaneous;
    BirthMode mode = BirthMode::SpontaneousVaginal;
    bool midCavityOrRotational = false; ///< an instrumental birth of that kind (RCOG GTG 37a)
    bool labourOver24Hours = false;
    int bloodLossMl = 0;
    bool transfused = false;
    Perineum perineum = Perineum::NotRecorded;
    QList<qint64> attendants; ///< staff ids of the midwives and doctors who attended
    QList<Baby> babies;
    bool operator==(const Birth &) const = default;

    bool isCaesarean() const
    {
        return mode == BirthMode::PlannedCaesarean || mode == BirthMode::EmergencyCaesarean;
    }
};

/// The birth setting of the place of birth her plan chose; none while she is undecided.
std::optional<BirthSetting> birthSettingFor(PlaceOfBirth place);

} // namespace bb

namespace bb::codes {

// The words the command line, the formats and the database use for each choice.
QString toCode(BirthSetting value);
QString toCode(LabourOnset value);
QString toCode(BirthMode value);
QString toCode(Perineum value);
QString toCode(BabySex value);
QString toCode(BabyOutcome value);
QString toCode(FirstFeed value);
QString toCode(VitaminK value);
std::optional<BirthSetting> birthSettingFromCode(const QString &code);
std::optional<LabourOnset> labourOnsetFromCode(const QString &code);
std::optional<BirthMode> birthModeFromCode(const QString &code);
std::optional<Perineum> perineumFromCode(const QString &code);
std::optional<BabySex> babySexFromCode(const QString &code);
std::optional<BabyOutcome> babyOutcomeFromCode(const QString &code);
std::optional<FirstFeed> firstFeedFromCode(const QString &code);
std::optional<VitaminK> vitaminKFromCode(const QString &code);
QString label(BirthSetting value);
QString label(LabourOnset value);
QString label(BirthMode value);
QString label(Perineum value);
QString label(BabySex value);
QString label(BabyOutcome value);
QString label(FirstFeed value);
QString label(VitaminK value);
QStringList birthSettingCodes();
QStringList labourOnsetCodes();
QStringList birthModeCodes();
QStringList perineumCodes();
QStringList babySexCodes();
QStringList babyOutcomeCodes();
QStringList firstFeedCodes();
QStringList vitaminKCodes();

} // namespace bb::codes
