// SPDX-License-Identifier: MIT
#include "domain/BookingDetails.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// One table per choice; the migration's CHECK lists repeat these codes (a test checks that
// every code is accepted there).
constexpr LabelledCodeTable<BloodGroup, 5> kBloodGroups{{
    {BloodGroup::NotKnown, "not_known", "Not known yet"},
    {BloodGroup::O, "O", "O"},
    {BloodGroup::A, "A", "A"},
    {BloodGroup::B, "B", "B"},
    {BloodGroup::AB, "AB", "AB"},
}};
constexpr LabelledCodeTable<Rhesus, 3> kRhesus{{
    {Rhesus::NotKnown, "not_known", "Not known yet"},
    {Rhesus::Positive, "positive", "RhD positive"},
    {Rhesus::Negative, "negative", "RhD negative"},
}};
constexpr LabelledCodeTable<ScreeningTest, kScreeningTests> kScreeningTests{{
    {ScreeningTest::FullBloodCount, "full_blood_count", "Full blood count"},
    {ScreeningTest::Hiv, "hiv", "HIV"},
    {ScreeningTest::HepatitisB, "hepatitis_b", "Hepatitis B"},
    {ScreeningTest::Syphilis, "syphilis", "Syphilis"},
    {ScreeningTest::SickleCellThalassaemia, "sickle_cell_thalassaemia",
     "Sickle cell and thalassaemia"},
}};
constexpr LabelledCodeTable<ScreeningChoice, 3> kScreeningChoices{{
    {ScreeningChoice::NotOffered, "not_offered", "Not offered yet"},
    {ScreeningChoice::Accepted, "accepted", "Accepted"},
    {ScreeningChoice::Declined, "declined", "Declined"},
}};
constexpr LabelledCodeTable<FgmEnquiry, 3> kFgm{{
    {FgmEnquiry::NotAsked, "not_asked", "Not asked"},
    {FgmEnquiry::NotIdentified, "not_identified", "Asked: no FGM"},
    {FgmEnquiry::Identified, "identified", "Asked: FGM identified"},
}};
constexpr LabelledCodeTable<AbuseEnquiry, 4> kAbuse{{
    {AbuseEnquiry::NotAsked, "not_asked", "Not asked"},
    {AbuseEnquiry::NotSafeToAsk, "not_safe_to_ask", "Not safe to ask today (not alone)"},
    {AbuseEnquiry::NoDisclosure, "no_disclosure", "Asked: nothing disclosed"},
    {AbuseEnquiry::Disclosed, "disclosed", "Asked: abuse disclosed"},
}};
constexpr LabelledCodeTable<PregnancyOutcome, 7> kOutcomes{{
    {PregnancyOutcome::LiveBirth, "live_birth", "Live birth"},
    {PregnancyOutcome::Stillbirth, "stillbirth", "Stillbirth"},
    {PregnancyOutcome::NeonatalDeath, "neonatal_death", "Neonatal death"},
    {PregnancyOutcome::Miscarriage, "miscarriage", "Miscarriage"},
    {PregnancyOutcome::Ectopic, "ectopic", "Ectopic pregnancy"},
    {PregnancyOutcome::Termination, "termination", "Termination"},
    {PregnancyOutcome::Molar, "molar", "Molar pregnancy"},
}};
constexpr LabelledCodeTable<ModeOfBirth, 6> kModes{{
    {ModeOfBirth::NotKnown, "not_known", "Not known"},
    {ModeOfBirth::SpontaneousVaginal, "spontaneous_vaginal", "Spontaneous vaginal"},
    {ModeOfBirth::AssistedVaginal, "assisted_vaginal", "Forceps or ventouse"},
    {ModeOfBirth::VaginalBreech, "vaginal_breech", "Vaginal breech"},
    {ModeOfBirth::PlannedCaesarean, "planned_caesarean", "Planned caesarean"},
    {ModeOfBirth::EmergencyCaesarean, "emergency_caesarean", "Emergency caesarean"},
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
