// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Observations.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace bb {

// What a booking appointment records beyond what the care-plan rules read: the headings of a
// maternity record's booking (PRSB Digital Maternity Record Standard). Each starts as "not
// recorded", so nothing unasked is shown as an answer.

enum class BloodGroup
{
    NotKnown,
    O,
    A,
    B,
    AB
};
enum class Rhesus
{
    NotKnown,
    Positive,
    Negative
};

/// The antenatal screening bloods offered at booking (NHS antenatal screening programmes).
enum class ScreeningTest
{
    FullBloodCount,
    Hiv,
    HepatitisB,
    Syphilis,
    SickleCellThalassaemia
};
inline constexpr int kScreeningTests = 5;

enum class ScreeningChoice
{
    NotOffered,
    Accepted,
    Declined
};

/// Asked about female genital mutilation (FGM Enhanced Dataset; DH multi-agency guidance).
enum class FgmEnquiry
{
    NotAsked,
    NotIdentified,
    Identified
};

/// Routine enquiry about domestic abuse (NICE PH50). What she said is for staff only: it is
/// never printed or exported to her copy.
enum class AbuseEnquiry
{
    NotAsked,
    NotSafeToAsk, ///< not alone, or no interpreter who is not family: ask at the next contact
    NoDisclosure,
    Disclosed
};

enum class PregnancyOutcome
{
    LiveBirth,
    Stillbirth,
    NeonatalDeath,
    Miscarriage,
    Ectopic,
    Termination,
    Molar
};

enum class ModeOfBirth
{
    NotKnown,
    SpontaneousVaginal,
    AssistedVaginal, ///< forceps or ventouse
    VaginalBreech,
    PlannedCaesarean,
    EmergencyCaesarean
};

/// One earlier pregnancy, as she tells it at booking.
struct PreviousPregnancy
{
    int year = 0;
    std::optional<int> gestationWeeks;
    PregnancyOutcome outcome = PregnancyOutcome::LiveBirth;
    ModeOfBirth mode = ModeOfBirth::NotKnown; ///< births only
    std::optional<int> babyWeightGrams;       ///< births only
    QStringList complications; ///< earlier-pregnancy condition codes of the rules page, sorted
    QString notes;
    bool operator==(const PreviousPregnancy &) const = default;

    /// A birth is a baby born alive, or born without signs of life at 24 weeks or later: what
    /// "previous births" counts (Stillbirth (Definition) Act 1992).
    bool isBirth() const
    {
        return outcome == PregnancyOutcome::LiveBirth || outcome == PregnancyOutcome::Stillbirth ||
               outcome == PregnancyOutcome::NeonatalDeath;
    }
    bool isCaesarean() const
    {
        return mode == ModeOfBirth::PlannedCaesarean || mode == ModeOfBirth::EmergencyCaesarean;
    }
};

/// The rest of the booking appointment: her baseline observations, bloods and screening,
/// medicines and allergies, alcohol, the routine enquiries and her earlier pregnancies.
struct BookingDetails
{
    std::optional<BloodPressure> bloodPressure; ///< her baseline for later contacts
    Dipstick urineProtein = Dipstick::NotTested;
    Dipstick urineGlucose = Dipstick::NotTested;
    BloodGroup bloodGroup = BloodGroup::NotKnown;
    Rhesus rhesus = Rhesus::NotKnown;
    std::array<ScreeningChoice, kScreeningTests> screening{};
    QString allergies; ///< as she reports them; "none known" is an answer, empty is not asked
    QString medicines;
    std::optional<int> alcoholUnitsPerWeek;
    FgmEnquiry fgm = FgmEnquiry::NotAsked;
    AbuseEnquiry abuseEnquiry = AbuseEnquiry::NotAsked;
    QString abuseEnquiryNote; ///< staff only
    QList<PreviousPregnancy> previousPregnancies;
    bool operator==(const BookingDetails &) const = default;

    ScreeningChoice screeningChoice(ScreeningTest test) const
    {
        return screening[static_cast<std::size_t>(test)];
    }
    void setScreeningChoice(ScreeningTest test, ScreeningChoice choice)
    {
        screening[static_cast<std::size_t>(test)] = choice;
    }
};

} // namespace bb

namespace bb::codes {

// The words the booking format and the database use for each choice.
QString toCode(BloodGroup value);
QString toCode(Rhesus value);
QString toCode(ScreeningTest value);
QString toCode(ScreeningChoice value);
QString toCode(FgmEnquiry value);
QString toCode(AbuseEnquiry value);
QString toCode(PregnancyOutcome value);
QString toCode(ModeOfBirth value);
std::optional<BloodGroup> bloodGroupFromCode(const QString &code);
std::optional<Rhesus> rhesusFromCode(const QString &code);
std::optional<ScreeningChoice> screeningChoiceFromCode(const QString &code);
std::optional<FgmEnquiry> fgmEnquiryFromCode(const QString &code);
std::optional<AbuseEnquiry> abuseEnquiryFromCode(const QString &code);
std::optional<PregnancyOutcome> pregnancyOutcomeFromCode(const QString &code);
std::optional<ModeOfBirth> modeOfBirthFromCode(const QString &code);
QString label(BloodGroup value);
QString label(Rhesus value);
QString label(ScreeningTest value);
QString label(ScreeningChoice value);
QString label(FgmEnquiry value);
QString label(AbuseEnquiry value);
QString label(PregnancyOutcome value);
QString label(ModeOfBirth value);
QStringList bloodGroupCodes();
QStringList rhesusCodes();
QStringList screeningChoiceCodes();
QStringList fgmEnquiryCodes();
QStringList abuseEnquiryCodes();
QStringList pregnancyOutcomeCodes();
QStringList modeOfBirthCodes();
/// Every screening test, in the order the form and the format list them.
QList<ScreeningTest> screeningTests();

} // namespace bb::codes
