// SPDX-License-Identifier: MIT
#include "domain/Codes.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

constexpr CodeTable<Conception, 3> kConception{{
    {Conception::Spontaneous, "spontaneous"},
    {Conception::Assisted, "assisted"},
    {Conception::NotAsked, "not_asked"},
}};
constexpr CodeTable<Smoking, 4> kSmoking{{
    {Smoking::Never, "never"},
    {Smoking::Ex, "ex"},
    {Smoking::Current, "current"},
    {Smoking::NotAsked, "not_asked"},
}};
constexpr CodeTable<PlaceOfBirth, 5> kPlace{{
    {PlaceOfBirth::Undecided, "undecided"},
    {PlaceOfBirth::Home, "home"},
    {PlaceOfBirth::FreestandingMidwiferyUnit, "freestanding_midwifery_unit"},
    {PlaceOfBirth::AlongsideMidwiferyUnit, "alongside_midwifery_unit"},
    {PlaceOfBirth::ObstetricUnit, "obstetric_unit"},
}};
constexpr CodeTable<PregnancyStatus, 3> kStatus{{
    {PregnancyStatus::Booked, "booked"},
    {PregnancyStatus::Delivered, "delivered"},
    {PregnancyStatus::Loss, "loss"},
}};

constexpr std::array<CodeLabel, 6> kSocial{{
    {"asylum_seeker", "Asylum seeker"},
    {"refugee", "Refugee"},
    {"safeguarding_concern", "Safeguarding concern"},
    {"domestic_abuse", "Domestic abuse disclosed"},
    {"learning_disability", "Learning disability"},
    {"no_fixed_abode", "No fixed abode"},
}};

// NHS Data Dictionary, ethnic category (2001 census classification).
constexpr std::array<CodeLabel, 17> kEthnic{{
    {"A", "White - British"},
    {"B", "White - Irish"},
    {"C", "White - Any other White background"},
    {"D", "Mixed - White and Black Caribbean"},
    {"E", "Mixed - White and Black African"},
    {"F", "Mixed - White and Asian"},
    {"G", "Mixed - Any other mixed background"},
    {"H", "Asian or Asian British - Indian"},
    {"J", "Asian or Asian British - Pakistani"},
    {"K", "Asian or Asian British - Bangladeshi"},
    {"L", "Asian or Asian British - Any other Asian background"},
    {"M", "Black or Black British - Caribbean"},
    {"N", "Black or Black British - African"},
    {"P", "Black or Black British - Any other Black background"},
    {"R", "Other Ethnic Groups - Chinese"},
    {"S", "Other Ethnic Groups - Any other ethnic group"},
    {"Z", "Not stated"},
}};

} // namespace

QString toCode(Conception value)
{
    return codeOf(kConception, value);
}
QString toCode(Smoking value)
{
    return codeOf(kSmoking, value);
}
QString toCode(PlaceOfBirth value)
{
    return codeOf(kPlace, value);
}
QString toCode(PregnancyStatus value)
{
    return codeOf(kStatus, value);
}

std::optional<Conception> conceptionFromCode(const QString &code)
{
    return valueOf(kConception, code);
}
std::optional<Smoking> smokingFromCode(const QString &code)
{
    return valueOf(kSmoking, code);
}
std::optional<PlaceOfBirth> placeOfBirthFromCode(const QString &code)
{
    return valueOf(kPlace, code);
}
std::optional<PregnancyStatus> pregnancyStatusFromCode(const QString &code)
{
    return valueOf(kStatus, code);
}

QString label(Smoking value)
{
    switch (value) {
    case Smoking::Never:
        return QStringLiteral("Never smoked");
    case Smoking::Ex:
        return QStringLiteral("Ex-smoker");
    case Smoking::Current:
        return QStringLiteral("Smokes now");
    case Smoking::NotAsked:
        return QStringLiteral("Not asked");
    }
    return {};
}

QString label(PlaceOfBirth value)
{
    switch (value) {
    case PlaceOfBirth::Undecided:
        return QStringLiteral("Not decided yet");
    case PlaceOfBirth::Home:
        return QStringLiteral("Home");
    case PlaceOfBirth::FreestandingMidwiferyUnit:
        return QStringLiteral("Freestanding midwifery unit");
    case PlaceOfBirth::AlongsideMidwiferyUnit:
        return QStringLiteral("Alongside midwifery unit");
    case PlaceOfBirth::ObstetricUnit:
        return QStringLiteral("Obstetric unit");
    }
    return {};
}

QStringList smokingCodes()
{
    return allCodes(kSmoking);
}
QStringList placeOfBirthCodes()
{
    return allCodes(kPlace);
}

QStringList socialCodes()
{
    return allCodes(kSocial);
}
bool isSafeguardingSocialCode(const QString &code)
{
    return code == QLatin1String("safeguarding_concern") || code == QLatin1String("domestic_abuse");
}

QString socialLabel(const QString &code)
{
    return labelOfCode(kSocial, code);
}

QStringList ethnicCategoryCodes()
{
    return allCodes(kEthnic);
}
QString ethnicCategoryLabel(const QString &code)
{
    return labelOfCode(kEthnic, code);
}

} // namespace bb::codes
