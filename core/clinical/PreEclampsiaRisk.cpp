// SPDX-License-Identifier: MIT
#include "clinical/PreEclampsiaRisk.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PreEclampsiaRisk)
};

} // namespace

PreEclampsiaAssessment assessPreEclampsia(const BookingFacts &facts)
{
    PreEclampsiaAssessment result;
    const Pregnancy &pregnancy = facts.booking.pregnancy;
    // Moderate factors in the order NG133 lists them, conditions after.
    if (facts.firstPregnancy)
        result.moderate << Words::tr("first pregnancy");
    if (facts.ageAtBooking >= 40)
        result.moderate << Words::tr("age %1 (40 or over)").arg(facts.ageAtBooking);
    if (pregnancy.yearsSinceLastPregnancy && *pregnancy.yearsSinceLastPregnancy > 10) {
        result.moderate << Words::tr("%1 years since the last pregnancy (more than 10)")
                               .arg(*pregnancy.yearsSinceLastPregnancy);
    }
    if (facts.bmi && *facts.bmi >= 35.0)
        result.moderate << bmiText(*facts.bmi) + Words::tr(" (35 or more)");
    if (pregnancy.fetuses > 1)
        result.moderate << Words::tr("expecting %1 babies").arg(pregnancy.fetuses);
    for (const ConditionInfo *info : facts.conditions) {
        if (info->preEclampsia == PreEclampsiaRisk::High)
            result.high << info->meaningString();
        else if (info->preEclampsia == PreEclampsiaRisk::Moderate)
            result.moderate << info->meaningString();
    }
    return result;
}

} // namespace bb::clinical
