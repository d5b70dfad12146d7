// SPDX-License-Identifier: MIT
#include "clinical/GestationalDiabetesRisk.h"

#include "domain/Codes.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(GestationalDiabetesRisk)
};

} // namespace

bool isHighDiabetesPrevalenceEthnicity(const QString &category)
{
    static const QStringList kCategories{QStringLiteral("H"), QStringLiteral("J"),
                                         QStringLiteral("K"), QStringLiteral("M")};
    return kCategories.contains(category);
}

GestationalDiabetesAssessment assessGestationalDiabetes(const BookingFacts &facts)
{
    GestationalDiabetesAssessment result;
    if (facts.bmi && *facts.bmi > 30.0)
        result.riskFactors << bmiText(*facts.bmi) + Words::tr(" (above 30)");
    const QString &ethnic = facts.booking.woman.ethnicCategory;
    if (isHighDiabetesPrevalenceEthnicity(ethnic)) {
        result.riskFactors << Words::tr("family origin with a high prevalence of diabetes "
                                        "(%1)")
                                  .arg(codes::ethnicCategoryLabel(ethnic));
    }
    for (const ConditionInfo *info : facts.conditions) {
        if (info->gdmRisk)
            result.riskFactors << info->meaningString();
        if (info->preExistingDiabetes)
            result.preExistingDiabetes = true;
    }
    result.previousGdm = facts.hasCondition("previous_gdm");
    return result;
}

} // namespace bb::clinical
