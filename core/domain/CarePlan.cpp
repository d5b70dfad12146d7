// SPDX-License-Identifier: MIT
#include "domain/CarePlan.h"

#include "domain/CodeTable.h"
#include "domain/StoredCarePlan.h"

#include <QCoreApplication>

namespace bb {
namespace {

constexpr codes::CodeTable<CarePathway, 2> kPathway{{
    {CarePathway::MidwifeLed, "midwife_led"},
    {CarePathway::ObstetricLed, "obstetric_led"},
}};
constexpr codes::CodeTable<RecommendationCategory, 4> kCategory{{
    {RecommendationCategory::Medicine, "medicine"},
    {RecommendationCategory::Test, "test"},
    {RecommendationCategory::Referral, "referral"},
    {RecommendationCategory::Support, "support"},
}};
constexpr codes::CodeTable<BirthPlaceAdviceKind, 3> kAdvice{{
    {BirthPlaceAdviceKind::Suitable, "suitable"},
    {BirthPlaceAdviceKind::IndividualAssessment, "individual_assessment"},
    {BirthPlaceAdviceKind::ObstetricUnitRecommended, "obstetric_unit_recommended"},
}};

constexpr codes::CodeTable<DecisionStatus, 4> kDecision{{
    {DecisionStatus::ToDiscuss, "to_discuss"},
    {DecisionStatus::Accepted, "accepted"},
    {DecisionStatus::Declined, "declined"},
    {DecisionStatus::InHand, "in_hand"},
}};

} // namespace

QString toCode(DecisionStatus value)
{
    return codes::codeOf(kDecision, value);
}
std::optional<DecisionStatus> decisionStatusFromCode(const QString &code)
{
    return codes::valueOf(kDecision, code);
}
QString label(DecisionStatus value)
{
    switch (value) {
    case DecisionStatus::ToDiscuss:
        return QCoreApplication::translate("codes", "To discuss");
    case DecisionStatus::Accepted:
        return QCoreApplication::translate("codes", "Accepted");
    case DecisionStatus::Declined:
        return QCoreApplication::translate("codes", "Declined");
    case DecisionStatus::InHand:
        return QCoreApplication::translate("codes", "Already in hand");
    }
    return {};
}

QString toCode(CarePathway value)
{
    return codes::codeOf(kPathway, value);
}
QString toCode(RecommendationCategory value)
{
    return codes::codeOf(kCategory, value);
}
QString toCode(BirthPlaceAdviceKind value)
{
    return codes::codeOf(kAdvice, value);
}

std::optional<CarePathway> carePathwayFromCode(const QString &code)
{
    return codes::valueOf(kPathway, code);
}
std::optional<RecommendationCategory> recommendationCategoryFromCode(const QString &code)
{
    return codes::valueOf(kCategory, code);
}
std::optional<BirthPlaceAdviceKind> birthPlaceAdviceFromCode(const QString &code)
{
    return codes::valueOf(kAdvice, code);
}

QString label(CarePathway value)
{
    switch (value) {
    case CarePathway::MidwifeLed:
        return QCoreApplication::translate("codes", "Midwife-led care");
    case CarePathway::ObstetricLed:
        return QCoreApplication::translate(
            "codes", "Care led by an obstetrician (consultant) with your midwife");
    }
    return {};
}

QString label(BirthPlaceAdviceKind value)
{
    switch (value) {
    case BirthPlaceAdviceKind::Suitable:
        return QCoreApplication::translate("codes", "Suitable for you");
    case BirthPlaceAdviceKind::IndividualAssessment:
        return QCoreApplication::translate("codes",
                                           "Talk this through with your midwife or doctor first");
    case BirthPlaceAdviceKind::ObstetricUnitRecommended:
        return QCoreApplication::translate("codes",
                                           "An obstetric unit is recommended for you instead");
    }
    return {};
}

QString clinicalLabel(CarePathway value)
{
    return value == CarePathway::MidwifeLed ? QCoreApplication::translate("codes", "Midwife-led")
                                            : QCoreApplication::translate("codes", "Obstetric-led");
}

QString clinicalLabel(BirthPlaceAdviceKind value)
{
    switch (value) {
    case BirthPlaceAdviceKind::Suitable:
        return QCoreApplication::translate("codes", "Suitable");
    case BirthPlaceAdviceKind::IndividualAssessment:
        return QCoreApplication::translate("codes", "Individual assessment");
    case BirthPlaceAdviceKind::ObstetricUnitRecommended:
        return QCoreApplication::translate("codes", "Obstetric unit recommended");
    }
    return {};
}

} // namespace bb
