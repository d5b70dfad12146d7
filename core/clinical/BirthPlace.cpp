// SPDX-License-Identifier: MIT
#include "clinical/BirthPlace.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(BirthPlace)
};

} // namespace

BirthPlaceFactors birthPlaceFactors(const BookingFacts &facts)
{
    BirthPlaceFactors result;
    const Pregnancy &pregnancy = facts.booking.pregnancy;
    for (const ConditionInfo *info : facts.conditions) {
        if (info->birthPlace == BirthPlaceFactor::ObstetricUnit)
            result.obstetricUnit << info->meaningString();
        else if (info->birthPlace == BirthPlaceFactor::IndividualAssessment)
            result.individualAssessment << info->meaningString();
    }
    if (pregnancy.previousCaesareans > 0) {
        result.obstetricUnit
            << (pregnancy.previousCaesareans == 1
                    ? Words::tr("previous caesarean birth")
                    : Words::tr("%1 previous caesarean births").arg(pregnancy.previousCaesareans));
    }
    if (pregnancy.fetuses > 1)
        result.obstetricUnit << Words::tr("expecting %1 babies").arg(pregnancy.fetuses);
    if (pregnancy.previousBirths >= 4) {
        result.individualAssessment
            << Words::tr("%1 previous births (4 or more)").arg(pregnancy.previousBirths);
    }
    if (facts.ageAtBooking >= 40)
        result.individualAssessment << Words::tr("age %1 (40 or over)").arg(facts.ageAtBooking);
    if (facts.bmi && *facts.bmi > 35.0)
        result.individualAssessment << bmiText(*facts.bmi) + Words::tr(" (above 35)");
    return result;
}

CarePathway carePathway(const BirthPlaceFactors &factors)
{
    return factors.obstetricUnit.isEmpty() ? CarePathway::MidwifeLed : CarePathway::ObstetricLed;
}

QList<PlaceOfBirth> birthSettings()
{
    return {PlaceOfBirth::Home, PlaceOfBirth::FreestandingMidwiferyUnit,
            PlaceOfBirth::AlongsideMidwiferyUnit, PlaceOfBirth::ObstetricUnit};
}

QList<BirthPlaceAdvice> birthPlaceAdvice(const BirthPlaceFactors &factors, bool nulliparous)
{
    const bool lowRisk = factors.obstetricUnit.isEmpty() && factors.individualAssessment.isEmpty();
    QList<BirthPlaceAdvice> list;
    for (PlaceOfBirth setting : birthSettings()) {
        BirthPlaceAdvice advice{setting, BirthPlaceAdviceKind::Suitable, {}};
        if (setting == PlaceOfBirth::ObstetricUnit) {
            list << advice;
            continue;
        }
        if (!factors.obstetricUnit.isEmpty()) {
            advice.advice = BirthPlaceAdviceKind::ObstetricUnitRecommended;
            advice.reasons = factors.obstetricUnit;
        } else if (!factors.individualAssessment.isEmpty()) {
            advice.advice = BirthPlaceAdviceKind::IndividualAssessment;
            advice.reasons = factors.individualAssessment;
        } else if (lowRisk && nulliparous) {
            // NICE NG235 asks that a low-risk woman having her first baby is told both of these.
            advice.reasons << (setting == PlaceOfBirth::Home
                                   ? Words::tr("for a first baby, a planned home birth "
                                               "carries a small increase in the risk of a "
                                               "serious problem for the baby")
                                   : Words::tr("for a first baby at low risk, planning birth "
                                               "in a midwifery unit is particularly "
                                               "suitable"));
        } else if (lowRisk) {
            // NICE NG235: and a low-risk woman who has given birth before, this.
            advice.reasons << Words::tr("having given birth before, at low risk, planning "
                                        "birth at home or in a midwifery unit is "
                                        "particularly suitable");
        }
        list << advice;
    }
    return list;
}

QString birthSettingDescription(PlaceOfBirth setting)
{
    switch (setting) {
    case PlaceOfBirth::Home:
        return QCoreApplication::translate(
            "BirthPlace", "Giving birth at home, with two midwives with you. If you or your "
                          "baby need a doctor, you are transferred to hospital.");
    case PlaceOfBirth::FreestandingMidwiferyUnit:
        return QCoreApplication::translate(
            "BirthPlace", "A birth centre run by midwives on a separate site from the hospital. "
                          "Doctors are not on site; transfer to hospital is by ambulance.");
    case PlaceOfBirth::AlongsideMidwiferyUnit:
        return QCoreApplication::translate(
            "BirthPlace", "A birth centre run by midwives in the same building or on the same "
                          "site as the hospital's labour ward, so doctors are close by.");
    case PlaceOfBirth::ObstetricUnit:
        return QCoreApplication::translate(
            "BirthPlace", "The hospital labour ward, where midwives care for you with "
                          "obstetricians, anaesthetists and neonatal doctors on site.");
    case PlaceOfBirth::Undecided:
        return QCoreApplication::translate(
            "BirthPlace", "Not decided yet. You can decide, and change your mind, at any time.");
    }
    return {};
}

} // namespace bb::clinical
