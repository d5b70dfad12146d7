// SPDX-License-Identifier: MIT
#include "domain/Birth.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// One table per choice; the migration's CHECK lists repeat these codes (a test checks that
// every code is accepted there).
constexpr LabelledCodeTable<BirthSetting, 5> kSettings{{
    {BirthSetting::Home, "home", QT_TRANSLATE_NOOP("codes", "Home")},
    {BirthSetting::FreestandingMidwiferyUnit, "freestanding_midwifery_unit",
     QT_TRANSLATE_NOOP("codes", "Freestanding midwifery unit")},
    {BirthSetting::AlongsideMidwiferyUnit, "alongside_midwifery_unit",
     QT_TRANSLATE_NOOP("codes", "Alongside midwifery unit")},
    {BirthSetting::ObstetricUnit, "obstetric_unit", QT_TRANSLATE_NOOP("codes", "Obstetric unit")},
    {BirthSetting::BeforeArrival, "before_arrival", QT_TRANSLATE_NOOP("codes", "Before arrival")},
}};
constexpr LabelledCodeTable<LabourOnset, 3> kOnsets{{
    {LabourOnset::Spontaneous, "spontaneous", QT_TRANSLATE_NOOP("codes", "Spontaneous")},
    {LabourOnset::Induced, "induced", QT_TRANSLATE_NOOP("codes", "Induced")},
    {LabourOnset::CaesareanBeforeLabour, "caesarean_before_labour",
     QT_TRANSLATE_NOOP("codes", "Caesarean before labour")},
}};
constexpr LabelledCodeTable<BirthMode, 4> kModes{{
    {BirthMode::SpontaneousVaginal, "spontaneous_vaginal",
     QT_TRANSLATE_NOOP("codes", "Spontaneous vaginal")},
    {BirthMode::Instrumental, "instrumental", QT_TRANSLATE_NOOP("codes", "Forceps or ventouse")},
    {BirthMode::PlannedCaesarean, "planned_caesarean",
     QT_TRANSLATE_NOOP("codes", "Planned caesarean")},
    {BirthMode::EmergencyCaesarean, "emergency_caesarean",
     QT_TRANSLATE_NOOP("codes", "Emergency caesarean")},
}};
constexpr LabelledCodeTable<Perineum, 8> kPerineum{{
    {Perineum::NotRecorded, "not_recorded", QT_TRANSLATE_NOOP("codes", "Not recorded")},
    {Perineum::Intact, "intact", QT_TRANSLATE_NOOP("codes", "Intact")},
    {Perineum::FirstDegree, "first_degree", QT_TRANSLATE_NOOP("codes", "First-degree tear")},
    {Perineum::SecondDegree, "second_degree", QT_TRANSLATE_NOOP("codes", "Second-degree tear")},
    {Perineum::ThirdDegree, "third_degree", QT_TRANSLATE_NOOP("codes", "Third-degree tear")},
    {Perineum::FourthDegree, "fourth_degree", QT_TRANSLATE_NOOP("codes", "Fourth-degree tear")},
    {Perineum::Episiotomy, "episiotomy", QT_TRANSLATE_NOOP("codes", "Episiotomy")},
    {Perineum::NotApplicable, "not_applicable",
     QT_TRANSLATE_NOOP("codes", "Not applicable (caesarean)")},
}};
constexpr LabelledCodeTable<BabySex, 3> kSexes{{
    {BabySex::Female, "female", QT_TRANSLATE_NOOP("codes", "Female")},
    {BabySex::Male, "male", QT_TRANSLATE_NOOP("codes", "Male")},
    {BabySex::Indeterminate, "indeterminate", QT_TRANSLATE_NOOP("codes", "Not yet determined")},
}};
constexpr LabelledCodeTable<BabyOutcome, 2> kBabyOutcomes{{
    {BabyOutcome::LiveBirth, "live_birth", QT_TRANSLATE_NOOP("codes", "Live birth")},
    {BabyOutcome::Stillbirth, "stillbirth", QT_TRANSLATE_NOOP("codes", "Stillbirth")},
}};
constexpr LabelledCodeTable<FirstFeed, 4> kFeeds{{
    {FirstFeed::NotYet, "not_yet", QT_TRANSLATE_NOOP("codes", "Not yet")},
    {FirstFeed::Breast, "breast", QT_TRANSLATE_NOOP("codes", "Breast")},
    {FirstFeed::ExpressedBreastMilk, "expressed_breast_milk",
     QT_TRANSLATE_NOOP("codes", "Expressed breast milk")},
    {FirstFeed::Formula, "formula", QT_TRANSLATE_NOOP("codes", "Formula")},
}};
constexpr LabelledCodeTable<VitaminK, 4> kVitaminK{{
    {VitaminK::NotYet, "not_yet", QT_TRANSLATE_NOOP("codes", "Not yet given")},
    {VitaminK::Intramuscular, "intramuscular", QT_TRANSLATE_NOOP("codes", "Intramuscular")},
    {VitaminK::Oral, "oral", QT_TRANSLATE_NOOP("codes", "Oral")},
    {VitaminK::Declined, "declined", QT_TRANSLATE_NOOP("codes", "Declined")},
}};

} // namespace

// clang-format off
QString toCode(BirthSetting value) { return codeOf(kSettings, value); }
QString toCode(LabourOnset value) { return codeOf(kOnsets, value); }
QString toCode(BirthMode value) { return codeOf(kModes, value); }
QString toCode(Perineum value) { return codeOf(kPerineum, value); }
QString toCode(BabySex value) { return codeOf(kSexes, value); }
QString toCode(BabyOutcome value) { return codeOf(kBabyOutcomes, value); }
QString toCode(FirstFeed value) { return codeOf(kFeeds, value); }
QString toCode(VitaminK value) { return codeOf(kVitaminK, value); }
std::optional<BirthSetting> birthSettingFromCode(const QString &code) { return valueOf(kSettings, code); }
std::optional<LabourOnset> labourOnsetFromCode(const QString &code) { return valueOf(kOnsets, code); }
std::optional<BirthMode> birthModeFromCode(const QString &code) { return valueOf(kModes, code); }
std::optional<Perineum> perineumFromCode(const QString &code) { return valueOf(kPerineum, code); }
std::optional<BabySex> babySexFromCode(const QString &code) { return valueOf(kSexes, code); }
std::optional<BabyOutcome> babyOutcomeFromCode(const QString &code) { return valueOf(kBabyOutcomes, code); }
std::optional<FirstFeed> firstFeedFromCode(const QString &code) { return valueOf(kFeeds, code); }
std::optional<VitaminK> vitaminKFromCode(const QString &code) { return valueOf(kVitaminK, code); }
QString label(BirthSetting value) { return labelOf(kSettings, value); }
QString label(LabourOnset value) { return labelOf(kOnsets, value); }
QString label(BirthMode value) { return labelOf(kModes, value); }
QString label(Perineum value) { return labelOf(kPerineum, value); }
QString label(BabySex value) { return labelOf(kSexes, value); }
QString label(BabyOutcome value) { return labelOf(kBabyOutcomes, value); }
QString label(FirstFeed value) { return labelOf(kFeeds, value); }
QString label(VitaminK value) { return labelOf(kVitaminK, value); }
QStringList birthSettingCodes() { return allCodes(kSettings); }
QStringList labourOnsetCodes() { return allCodes(kOnsets); }
QStringList birthModeCodes() { return allCodes(kModes); }
QStringList perineumCodes() { return allCodes(kPerineum); }
QStringList babySexCodes() { return allCodes(kSexes); }
QStringList babyOutcomeCodes() { return allCodes(kBabyOutcomes); }
QStringList firstFeedCodes() { return allCodes(kFeeds); }
QStringList vitaminKCodes() { return allCodes(kVitaminK); }
// clang-format on

} // namespace bb::codes

namespace bb {

std::optional<BirthSetting> birthSettingFor(PlaceOfBirth place)
{
    switch (place) {
    case PlaceOfBirth::Home:
        return BirthSetting::Home;
    case PlaceOfBirth::FreestandingMidwiferyUnit:
        return BirthSetting::FreestandingMidwiferyUnit;
    case PlaceOfBirth::AlongsideMidwiferyUnit:
        return BirthSetting::AlongsideMidwiferyUnit;
    case PlaceOfBirth::ObstetricUnit:
        return BirthSetting::ObstetricUnit;
    case PlaceOfBirth::Undecided:
        break;
    }
    return std::nullopt;
}

} // namespace bb
