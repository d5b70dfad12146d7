// SPDX-License-Identifier: MIT
#include "domain/CarePlan.h"

#include <array>
#include <utility>

namespace bb {
namespace {

template <typename Enum, std::size_t N> using Table = std::array<std::pair<Enum, const char *>, N>;

constexpr Table<CarePathway, 2> kPathway{{
    {CarePathway::MidwifeLed, "midwife_led"},
    {CarePathway::ObstetricLed, "obstetric_led"},
}};
constexpr Table<RecommendationCategory, 4> kCategory{{
    {RecommendationCategory::Medicine, "medicine"},
    {RecommendationCategory::Test, "test"},
    {RecommendationCategory::Referral, "referral"},
    {RecommendationCategory::Support, "support"},
}};
constexpr Table<BirthPlaceAdviceKind, 3> kAdvice{{
    {BirthPlaceAdviceKind::Suitable, "suitable"},
    {BirthPlaceAdviceKind::IndividualAssessment, "individual_assessment"},
    {BirthPlaceAdviceKind::ObstetricUnitRecommended, "obstetric_unit_recommended"},
}};

template <typename Enum, std::size_t N> QString codeOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[entry, code] : table) {
        if (entry == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &table, const QString &code)
{
    for (const auto &[entry, text] : table) {
        if (code == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString toCode(CarePathway value)
{
    return codeOf(kPathway, value);
}
QString toCode(RecommendationCategory value)
{
    return codeOf(kCategory, value);
}
QString toCode(BirthPlaceAdviceKind value)
{
    return codeOf(kAdvice, value);
}

std::optional<CarePathway> carePathwayFromCode(const QString &code)
{
    return valueOf(kPathway, code);
}
std::optional<RecommendationCategory> recommendationCategoryFromCode(const QString &code)
{
    return valueOf(kCategory, code);
}
std::optional<BirthPlaceAdviceKind> birthPlaceAdviceFromCode(const QString &code)
{
    return valueOf(kAdvice, code);
}

QString label(CarePathway value)
{
    switch (value) {
    case CarePathway::MidwifeLed:
        return QStringLiteral("Midwife-led care");
    case CarePathway::ObstetricLed:
        return QStringLiteral("Care led by an obstetrician (consultant) with your midwife");
    }
    return {};
}

QString label(BirthPlaceAdviceKind value)
{
    switch (value) {
    case BirthPlaceAdviceKind::Suitable:
        return QStringLiteral("Suitable for you");
    case BirthPlaceAdviceKind::IndividualAssessment:
        return QStringLiteral("Talk this through with your midwife or doctor first");
    case BirthPlaceAdviceKind::ObstetricUnitRecommended:
        return QStringLiteral("An obstetric unit is recommended for you instead");
    }
    return {};
}

QString clinicalLabel(CarePathway value)
{
    return value == CarePathway::MidwifeLed ? QStringLiteral("Midwife-led") : QStringLiteral("Obstetric-led");
}

QString clinicalLabel(BirthPlaceAdviceKind value)
{
    switch (value) {
    case BirthPlaceAdviceKind::Suitable:
        return QStringLiteral("Suitable");
    case BirthPlaceAdviceKind::IndividualAssessment:
        return QStringLiteral("Individual assessment");
    case BirthPlaceAdviceKind::ObstetricUnitRecommended:
        return QStringLiteral("Obstetric unit recommended");
    }
    return {};
}

} // namespace bb
