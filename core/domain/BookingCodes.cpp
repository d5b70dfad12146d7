// SPDX-License-Identifier: MIT
#include "domain/BookingDetails.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// One table per choice; the migration's CHECK lists repeat these codes (a test checks that
// every code is accepted there).
constexpr LabelledCodeTable<BloodGroup, 5> kBloodGroups{{
    {BloodGroup::NotKnown, "not_known", QT_TRANSLATE_NOOP("codes", "Not known yet")},
    {BloodGroup::O, "O", QT_TRANSLATE_NOOP("codes", "O")},
    {BloodGroup::A, "A", QT_TRANSLATE_NOOP("codes", "A")},
    {BloodGroup::B, "B", QT_TRANSLATE_NOOP("codes", "B")},
    {BloodGroup::AB, "AB", QT_TRANSLATE_NOOP("codes", "AB")},
}};
constexpr LabelledCodeTable<Rhesus, 3> kRhesus{{
    {Rhesus::NotKnown, "not_known", QT_TRANSLATE_NOOP("codes", "Not known yet")},
    {Rhesus::Positive, "positive", QT_TRANSLATE_NOOP("codes", "RhD positive")},
    {Rhesus::Negative, "negative", QT_TRANSLATE_NOOP("codes", "RhD negative")},
}};
constexpr LabelledCodeTable<ScreeningTest, kScreeningTests> kScreeningTests{{
    {ScreeningTest::FullBloodCount, "full_blood_count",
     QT_TRANSLATE_NOOP("codes", "Full blood count")},
    {ScreeningTest::Hiv, "hiv", QT_TRANSLATE_NOOP("codes", "HIV")},
    {ScreeningTest::HepatitisB, "hepatitis_b", QT_TRANSLATE_NOOP("codes", "Hepatitis B")},
    {ScreeningTest::Syphilis, "syphilis", QT_TRANSLATE_NOOP("codes", "Syphilis")},
    {ScreeningTest::SickleCellThalassaemia, "sickle_cell_thalassaemia",
     QT_TRANSLATE_NOOP("codes", "Sickle cell and thalassaemia")},
}};
constexpr LabelledCodeTable<ScreeningChoice, 3> kScreeningChoices{{
    {ScreeningChoice::NotOffered, "not_offered", QT_TRANSLATE_NOOP("codes", "Not offered yet")},
    {ScreeningChoice::Accepted, "accepted", QT_TRANSLATE_NOOP("codes", "Accepted")},
    {ScreeningChoice::Declined, "declined", QT_TRANSLATE_NOOP("codes", "Declined")},
}};
constexpr LabelledCodeTable<FgmEnquiry, 3> kFgm{{
    {FgmEnquiry::NotAsked, "not_asked", QT_TRANSLATE_NOOP("codes", "Not asked")},
    {FgmEnquiry::NotIdentified, "not_identified", QT_TRANSLATE_NOOP("codes", "Asked: no FGM")},
    {FgmEnquiry::Identified, "identified", QT_TRANSLATE_NOOP("codes", "Asked: FGM identified")},
}};
constexpr LabelledCodeTable<AbuseEnquiry, 4> kAbuse{{
    {AbuseEnquiry::NotAsked, "not_asked", QT_TRANSLATE_NOOP("codes", "Not asked")},
    {AbuseEnquiry::NotSafeToAsk, "not_safe_to_ask",
     QT_TRANSLATE_NOOP("codes", "Not safe to ask today (not alone)")},
    {AbuseEnquiry::NoDisclosure, "no_disclosure",
     QT_TRANSLATE_NOOP("codes", "Asked: nothing disclosed")},
    {AbuseEnquiry::Disclosed, "disclosed", QT_TRANSLATE_NOOP("codes", "Asked: abuse disclosed")},
}};
constexpr LabelledCodeTable<PregnancyOutcome, 7> kOutcomes{{
    {PregnancyOutcome::LiveBirth, "live_birth", QT_TRANSLATE_NOOP("codes", "Live birth")},
    {PregnancyOutcome::Stillbirth, "stillbirth", QT_TRANSLATE_NOOP("codes", "Stillbirth")},
    {PregnancyOutcome::NeonatalDeath, "neonatal_death",
     QT_TRANSLATE_NOOP("codes", "Neonatal death")},
    {PregnancyOutcome::Miscarriage, "miscarriage", QT_TRANSLATE_NOOP("codes", "Miscarriage")},
    {PregnancyOutcome::Ectopic, "ectopic", QT_TRANSLATE_NOOP("codes", "Ectopic pregnancy")},
    {PregnancyOutcome::Termination, "termination", QT_TRANSLATE_NOOP("codes", "Termination")},
    {PregnancyOutcome::Molar, "molar", QT_TRANSLATE_NOOP("codes", "Molar pregnancy")},
}};
constexpr LabelledCodeTable<ModeOfBirth, 6> kModes{{
    {ModeOfBirth::NotKnown, "not_known", QT_TRANSLATE_NOOP("codes", "Not known")},
    {ModeOfBirth::SpontaneousVaginal, "spontaneous_vaginal",
     QT_TRANSLATE_NOOP("codes", "Spontaneous vaginal")},
    {ModeOfBirth::AssistedVaginal, "assisted_vaginal",
     QT_TRANSLATE_NOOP("codes", "Forceps or ventouse")},
    {ModeOfBirth::VaginalBreech, "vaginal_breech", QT_TRANSLATE_NOOP("codes", "Vaginal breech")},
    {ModeOfBirth::PlannedCaesarean, "planned_caesarean",
     QT_TRANSLATE_NOOP("codes", "Planned caesarean")},
    {ModeOfBirth::EmergencyCaesarean, "emergency_caesarean",
     QT_TRANSLATE_NOOP("codes", "Emergency caesarean")},
}};

} // namespace

// clang-format off
QString toCode(BloodGroup value) { return codeOf(kBloodGroups, value); }
QString toCode(Rhesus value) { return codeOf(kRhesus, value); }
QString toCode(ScreeningTest value) { return codeOf(kScreeningTests, value); }
QString toCode(ScreeningChoice value) { return codeOf(kScreeningChoices, value); }
QString toCode(FgmEnquiry value) { return codeOf(kFgm, value); }
QString toCode(AbuseEnquiry value) { return codeOf(kAbuse, value); }
QString toCode(PregnancyOutcome value) { return codeOf(kOutcomes, value); }
QString toCode(ModeOfBirth value) { return codeOf(kModes, value); }
std::optional<BloodGroup> bloodGroupFromCode(const QString &code) { return valueOf(kBloodGroups, code); }
std::optional<Rhesus> rhesusFromCode(const QString &code) { return valueOf(kRhesus, code); }
std::optional<ScreeningChoice> screeningChoiceFromCode(const QString &code) { return valueOf(kScreeningChoices, code); }
std::optional<FgmEnquiry> fgmEnquiryFromCode(const QString &code) { return valueOf(kFgm, code); }
std::optional<AbuseEnquiry> abuseEnquiryFromCode(const QString &code) { return valueOf(kAbuse, code); }
std::optional<PregnancyOutcome> pregnancyOutcomeFromCode(const QString &code) { return valueOf(kOutcomes, code); }
std::optional<ModeOfBirth> modeOfBirthFromCode(const QString &code) { return valueOf(kModes, code); }
QString label(BloodGroup value) { return labelOf(kBloodGroups, value); }
QString label(Rhesus value) { return labelOf(kRhesus, value); }
QString label(ScreeningTest value) { return labelOf(kScreeningTests, value); }
QString label(ScreeningChoice value) { return labelOf(kScreeningChoices, value); }
QString label(FgmEnquiry value) { return labelOf(kFgm, value); }
QString label(AbuseEnquiry value) { return labelOf(kAbuse, value); }
QString label(PregnancyOutcome value) { return labelOf(kOutcomes, value); }
QString label(ModeOfBirth value) { return labelOf(kModes, value); }
QStringList bloodGroupCodes() { return allCodes(kBloodGroups); }
QStringList rhesusCodes() { return allCodes(kRhesus); }
QStringList screeningChoiceCodes() { return allCodes(kScreeningChoices); }
QStringList fgmEnquiryCodes() { return allCodes(kFgm); }
QStringList abuseEnquiryCodes() { return allCodes(kAbuse); }
QStringList pregnancyOutcomeCodes() { return allCodes(kOutcomes); }
QStringList modeOfBirthCodes() { return allCodes(kModes); }
// clang-format on

QList<ScreeningTest> screeningTests()
{
    QList<ScreeningTest> tests;
    for (const auto &entry : kScreeningTests)
        tests << entry.value;
    return tests;
}

} // namespace bb::codes
