// SPDX-License-Identifier: MIT
#include "domain/Codes.h"

#include "domain/CodeTable.h"

#include <QCoreApplication>

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
    {"asylum_seeker", QT_TRANSLATE_NOOP("codes", "Asylum seeker")},
    {"refugee", QT_TRANSLATE_NOOP("codes", "Refugee")},
    {"safeguarding_concern", QT_TRANSLATE_NOOP("codes", "Safeguarding concern")},
    {"domestic_abuse", QT_TRANSLATE_NOOP("codes", "Domestic abuse disclosed")},
    {"learning_disability", QT_TRANSLATE_NOOP("codes", "Learning disability")},
    {"no_fixed_abode", QT_TRANSLATE_NOOP("codes", "No fixed abode")},
}};

// NHS Data Dictionary, ethnic category (2001 census classification).
constexpr std::array<CodeLabel, 17> kEthnic{{
    {"A", QT_TRANSLATE_NOOP("codes", "White - British")},
    {"B", QT_TRANSLATE_NOOP("codes", "White - Irish")},
    {"C", QT_TRANSLATE_NOOP("codes", "White - Any other White background")},
    {"D", QT_TRANSLATE_NOOP("codes", "Mixed - White and Black Caribbean")},
    {"E", QT_TRANSLATE_NOOP("codes", "Mixed - White and Black African")},
    {"F", QT_TRANSLATE_NOOP("codes", "Mixed - White and Asian")},
    {"G", QT_TRANSLATE_NOOP("codes", "Mixed - Any other mixed background")},
    {"H", QT_TRANSLATE_NOOP("codes", "Asian or Asian British - Indian")},
    {"J", QT_TRANSLATE_NOOP("codes", "Asian or Asian British - Pakistani")},
    {"K", QT_TRANSLATE_NOOP("codes", "Asian or Asian British - Bangladeshi")},
    {"L", QT_TRANSLATE_NOOP("codes", "Asian or Asian British - Any other Asian background")},
    {"M", QT_TRANSLATE_NOOP("codes", "Black or Black British - Caribbean")},
    {"N", QT_TRANSLATE_NOOP("codes", "Black or Black British - African")},
    {"P", QT_TRANSLATE_NOOP("codes", "Black or Black British - Any other Black background")},
    {"R", QT_TRANSLATE_NOOP("codes", "Other Ethnic Groups - Chinese")},
    {"S", QT_TRANSLATE_NOOP("codes", "Other Ethnic Groups - Any other ethnic group")},
    {"Z", QT_TRANSLATE_NOOP("codes", "Not stated")},
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
        return QCoreApplication::translate("codes", "Never smoked");
    case Smoking::Ex:
        return QCoreApplication::translate("codes", "Ex-smoker");
    case Smoking::Current:
        return QCoreApplication::translate("codes", "Smokes now");
    case Smoking::NotAsked:
        return QCoreApplication::translate("codes", "Not asked");
    }
    return {};
}

QString label(PlaceOfBirth value)
{
    switch (value) {
    case PlaceOfBirth::Undecided:
        return QCoreApplication::translate("codes", "Not decided yet");
    case PlaceOfBirth::Home:
        return QCoreApplication::translate("codes", "Home");
    case PlaceOfBirth::FreestandingMidwiferyUnit:
        return QCoreApplication::translate("codes", "Freestanding midwifery unit");
    case PlaceOfBirth::AlongsideMidwiferyUnit:
        return QCoreApplication::translate("codes", "Alongside midwifery unit");
    case PlaceOfBirth::ObstetricUnit:
        return QCoreApplication::translate("codes", "Obstetric unit");
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
QString ethnicCategoryDisplay(const QString &code)
{
    return sourceLabelOfCode(kEthnic, code);
}

} // namespace bb::codes
