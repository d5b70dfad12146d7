// SPDX-License-Identifier: MIT
// The return's tables of the births in the period: MSD301 (the labour and delivery) and MSD401
// (each baby).
#include "clinical/NhsNumber.h"
#include "interop/MsdsCodes.h"
#include "interop/MsdsReturn.h"
#include "interop/MsdsRow.h"

namespace bb::interop::msds {
namespace {

const QStringList kLabourColumns{
    QStringLiteral("LabourDeliveryID"),
    QStringLiteral("PregnancyID"),
    QStringLiteral("OrgSiteIDIntra"),
    QStringLiteral("SettingIntraCare"),
    QStringLiteral("ReasonChangeDelSettingLab"),
    QStringLiteral("LabourOnsetMethod"),
    QStringLiteral("LabourOnsetDate"),
    QStringLiteral("LabourOnsetTime"),
    QStringLiteral("CaesareanDate"),
    QStringLiteral("CaesareanTime"),
    QStringLiteral("StartDateMotherDeliveryHospProvSpell"),
    QStringLiteral("StartTimeMotherDeliveryHospProvSpell"),
    QStringLiteral("DecisionToDeliverDate"),
    QStringLiteral("DecisionToDeliverTime"),
    QStringLiteral("AdmMethCodeMothDelHospProvSpell"),
    QStringLiteral("DischargeDateMotherHosp"),
    QStringLiteral("DischargeTimeMotherHosp"),
    QStringLiteral("DischMethCodeMothPostDelHospProvSpell"),
    QStringLiteral("DischDestCodeMothPostDelHospProvSpell"),
    QStringLiteral("OrgIDPostnatalPathLeadProvider"),
};

const QStringList kBabyColumns{
    QStringLiteral("LPIDBaby"),
    QStringLiteral("LabourDeliveryID"),
    QStringLiteral("OrgIDLocalPatientIdBaby"),
    QStringLiteral("PersonBirthDateBaby"),
    QStringLiteral("PersonBirthTimeBaby"),
    QStringLiteral("PregOutcome"),
    QStringLiteral("PersonPhenSex"),
    QStringLiteral("EthnicCategoryBaby"),
    QStringLiteral("NHSNumberBaby"),
    QStringLiteral("NHSNumberStatusBaby"),
    QStringLiteral("LocalFetalID"),
    QStringLiteral("BirthOrderMaternitySUS"),
    QStringLiteral("PersonDeathDateBaby"),
    QStringLiteral("PersonDeathTimeBaby"),
    QStringLiteral("FetusPresentation"),
    QStringLiteral("GestationLengthBirth"),
    QStringLiteral("DeliveryMethodCode"),
    QStringLiteral("WaterDeliveryInd"),
    QStringLiteral("OrgSiteIDActualDelivery"),
    QStringLiteral("CareProfLIDDel"),
    QStringLiteral("SettingPlaceBirth"),
    QStringLiteral("BabyFirstFeedDate"),
    QStringLiteral("BabyFirstFeedTime"),
    QStringLiteral("BabyFirstFeedIndCode"),
    QStringLiteral("SkinToSkinContact1HourInd"),
    QStringLiteral("DischargeDateBabyHosp"),
    QStringLiteral("DischargeTimeBabyHosp"),
};

/// PLANNED DELIVERY SETTING CHANGE REASON (LABOUR) `98`: born where it was planned, so there was
/// no change. A change's reason is recorded in her words, not as one of the codes.
const QString kNoChangeOfSetting = QStringLiteral("98");
/// NHS NUMBER STATUS INDICATOR CODE `02`: present, not traced (the app traces nothing).
const QString kNotTraced = QStringLiteral("02");

/// A baby's local patient identifier: `B` and the baby's id, so that none is ever the same as a
/// mother's (her id alone) under the same organisation code.
QString babyIdentifier(const Baby &baby)
{
    return QStringLiteral("B%1").arg(baby.id);
}

/// The births of `pregnancies` in the period, each with the pregnancy it ends.
template <typename Write>
void forEachBirth(const QList<ReturnPregnancy> &pregnancies, const Period &period, Write write)
{
    for (const ReturnPregnancy &p : pregnancies) {
        if (p.record.birth && period.contains(p.record.birth->date))
            write(p.record, *p.record.birth);
    }
}

} // namespace

Table labourDeliveries(const QList<ReturnPregnancy> &pregnancies, const Period &period)
{
    Table table{QStringLiteral("MSD301LabourDelivery"), kLabourColumns, {}};
    forEachBirth(pregnancies, period, [&table](const PregnancyRecord &record, const Birth &birth) {
        Row row(table.columns);
        row.set("LabourDeliveryID", birth.id);
        row.set("PregnancyID", record.booking.pregnancy.id);
        if (birth.setting == birth.plannedSetting)
            row.set("ReasonChangeDelSettingLab", kNoChangeOfSetting);
        row.set("LabourOnsetMethod", labourOnsetMethod(birth.onset));
        // The day of the operation is the day she gave birth by it; its start time is not the
        // baby's time of birth, and is not recorded.
        if (birth.isCaesarean())
            row.set("CaesareanDate", dateText(birth.date));
        table.rows << row.values();
    });
    return table;
}

Table babyDemographics(const QList<ReturnPregnancy> &pregnancies, const Period &period,
                       const QString &organisation)
{
    Table table{QStringLiteral("MSD401BabyDemographics"), kBabyColumns, {}};
    forEachBirth(pregnancies, period, [&](const PregnancyRecord &record, const Birth &birth) {
        for (const Baby &baby : birth.babies) {
            Row row(table.columns);
            row.set("LPIDBaby", babyIdentifier(baby));
            row.set("LabourDeliveryID", birth.id);
            row.set("OrgIDLocalPatientIdBaby", organisation);
            row.set("PersonBirthDateBaby", dateText(birth.date));
            // One time is recorded for the birth: the first baby's. A twin's is not known.
            if (birth.babies.size() == 1 || baby.order == 1)
                row.set("PersonBirthTimeBaby", timeText(birth.time));
            row.set("PregOutcome", pregnancyOutcome(baby.outcome));
            row.set("PersonPhenSex", phenotypicSex(baby.sex));
            if (clinical::nhs::isValid(baby.nhsNumber)) {
                row.set("NHSNumberBaby", baby.nhsNumber);
                row.set("NHSNumberStatusBaby", kNotTraced);
            }
            row.set("BirthOrderMaternitySUS", baby.order);
            if (record.gestationAtBirth)
                row.set("GestationLengthBirth", record.gestationAtBirth->days);
            row.set("DeliveryMethodCode", deliveryMethod(birth.mode));
            row.set("OrgSiteIDActualDelivery", homeSite(birth.setting == BirthSetting::Home));
            row.set("SettingPlaceBirth", actualBirthSetting(birth.setting));
            row.set("BabyFirstFeedIndCode", firstFeed(baby.firstFeed));
            // Recorded as yes or not: "not" is also what a birth recorded without it says.
            row.set("SkinToSkinContact1HourInd", yesWhen(baby.skinToSkinFirstHour));
            table.rows << row.values();
        }
    });
    return table;
}

} // namespace bb::interop::msds
