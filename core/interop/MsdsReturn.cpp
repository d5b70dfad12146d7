// SPDX-License-Identifier: MIT
// The return's tables of her and her pregnancy: MSD001 and MSD101. The care plan, contact and
// birth tables are in MsdsCare.cpp and MsdsBirths.cpp.
#include "interop/MsdsReturn.h"

#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "interop/MsdsCodes.h"
#include "interop/MsdsRow.h"

#include <QRegularExpression>
#include <QSet>

namespace bb::interop::msds {
namespace {

const QStringList kMotherColumns{
    QStringLiteral("LPIDMother"),
    QStringLiteral("OrgIDLPID"),
    QStringLiteral("PersonBirthDateMother"),
    QStringLiteral("OrgIDResidenceResp"),
    QStringLiteral("NHSNumberMother"),
    QStringLiteral("NHSNumberStatusMother"),
    QStringLiteral("Postcode"),
    QStringLiteral("EthnicCategoryMother"),
    QStringLiteral("PersonDeathDateMother"),
    QStringLiteral("PersonDeathTimeMother"),
};

const QStringList kBookingColumns{
    QStringLiteral("PregnancyID"),
    QStringLiteral("LPIDMother"),
    QStringLiteral("OrgIDComm"),
    QStringLiteral("AntenatalAppDate"),
    QStringLiteral("PregFirstConDate"),
    QStringLiteral("EDDAgreed"),
    QStringLiteral("OrgSiteIDBooking"),
    QStringLiteral("EDDMethodAgreed"),
    QStringLiteral("SourceRefMat"),
    QStringLiteral("OrgIDProvOrigin"),
    QStringLiteral("OrgIDRecv"),
    QStringLiteral("ReasonLateBooking"),
    QStringLiteral("PregFirstContactCareProfType"),
    QStringLiteral("LastMenstrualPeriodDate"),
    QStringLiteral("DisabilityIndMother"),
    QStringLiteral("LangCode"),
    QStringLiteral("MHPredictionDetectionIndMother"),
    QStringLiteral("ComplexSocialFactorsInd"),
    QStringLiteral("EmploymentStatusMother"),
    QStringLiteral("SupportStatusIndMother"),
    QStringLiteral("EmploymentStatusPartner"),
    QStringLiteral("PreviousCaesareanSections"),
    QStringLiteral("PreviousLiveBirths"),
    QStringLiteral("PreviousStillBirths"),
    QStringLiteral("PreviousLossesLessThan24Weeks"),
    QStringLiteral("FolicAcidSupplement"),
    QStringLiteral("DischargeDateMatService"),
    QStringLiteral("DischReason"),
};

/// NICE CG110's women with complex social factors, as the app records them: misusing alcohol or
/// drugs (her booking's conditions); a recent migrant, asylum seeker or refugee; one who needs an
/// interpreter (difficulty speaking or reading English); aged under 20; experiencing domestic
/// abuse. A disclosure not made is not an absence of abuse, so "none of these" is no answer and
/// the item is then left empty.
bool hasComplexSocialFactors(const Booking &booking)
{
    const Woman &her = booking.woman;
    const QStringList &conditions = booking.assessment.conditions;
    const bool substances = conditions.contains(QLatin1String("substance_misuse")) ||
                            conditions.contains(QLatin1String("alcohol_dependency")) ||
                            conditions.contains(QLatin1String("iv_drug_use"));
    return substances ||
           clinical::isTeenageParent(her.dateOfBirth, booking.pregnancy.bookingDate) ||
           her.interpreterNeeded || her.social.contains(QLatin1String("asylum_seeker")) ||
           her.social.contains(QLatin1String("refugee")) ||
           her.social.contains(QLatin1String("domestic_abuse"));
}

/// LANGUAGE CODE (PREFERRED) is an2: her ISO 639-1 code; a language with only a longer ISO 639
/// code has none there.
QString languageCode(const QString &isoCode)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[a-z]{2}$"));
    return twoLetters.match(isoCode).hasMatch() ? isoCode : QString();
}

/// Her earlier births split into live births and stillbirths: from her earlier pregnancies
/// listed one by one, or none of either when she has had no birth. A count of births typed
/// without the list cannot be split, and both are then left empty.
void setEarlierBirths(Row &row, const Booking &booking)
{
    const QList<PreviousPregnancy> &earlier = booking.details.previousPregnancies;
    if (earlier.isEmpty() && booking.pregnancy.previousBirths > 0)
        return;
    int live = 0;
    int still = 0;
    for (const PreviousPregnancy &p : earlier) {
        if (p.outcome == PregnancyOutcome::LiveBirth ||
            p.outcome == PregnancyOutcome::NeonatalDeath) // born alive
            ++live;
        else if (p.outcome == PregnancyOutcome::Stillbirth)
            ++still;
    }
    row.set("PreviousLiveBirths", live);
    row.set("PreviousStillBirths", still);
}

QString nhsNumberOrNothing(const QString &number)
{
    // A temporary identifier (TMP...) is the app's own, not an NHS number.
    return clinical::nhs::isValid(number) ? number : QString();
}

QString nhsNumberStatus(const QString &number)
{
    // Present, its check digit checked, but not traced: the app works offline and traces
    // nothing (as her FHIR record says too).
    return nhsNumberOrNothing(number).isEmpty() ? QString() : QStringLiteral("02");
}

} // namespace

QList<Table> msdsReturn(const QList<ReturnPregnancy> &pregnancies, const Period &period,
                        const QString &organisation)
{
    return {motherDemographics(pregnancies, organisation),
            pregnancyBookings(pregnancies),
            carePlans(pregnancies),
            careContacts(pregnancies, period),
            labourDeliveries(pregnancies, period),
            babyDemographics(pregnancies, period, organisation)};
}

Table motherDemographics(const QList<ReturnPregnancy> &pregnancies, const QString &organisation)
{
    Table table{QStringLiteral("MSD001MotherDemog"), kMotherColumns, {}};
    QSet<qint64> written;
    for (const ReturnPregnancy &p : pregnancies) {
        const Woman &her = p.record.booking.woman;
        if (written.contains(her.id))
            continue;
        written.insert(her.id);
        Row row(table.columns);
        row.set("LPIDMother", her.id);
        row.set("OrgIDLPID", organisation);
        row.set("PersonBirthDateMother", dateText(her.dateOfBirth));
        row.set("NHSNumberMother", nhsNumberOrNothing(her.nhsNumber));
        row.set("NHSNumberStatusMother", nhsNumberStatus(her.nhsNumber));
        row.set("Postcode", her.postcode.trimmed().toUpper());
        row.set("EthnicCategoryMother", her.ethnicCategory);
        table.rows << row.values();
    }
    return table;
}

Table pregnancyBookings(const QList<ReturnPregnancy> &pregnancies)
{
    Table table{QStringLiteral("MSD101PregnancyBooking"), kBookingColumns, {}};
    for (const ReturnPregnancy &p : pregnancies) {
        const Booking &booking = p.record.booking;
        const Pregnancy &pregnancy = booking.pregnancy;
        Row row(table.columns);
        row.set("PregnancyID", pregnancy.id);
        row.set("LPIDMother", booking.woman.id);
        row.set("AntenatalAppDate", dateText(pregnancy.bookingDate));
        // Her due date as the dating rules set it from her booking, as her plan shows it.
        if (const auto due = clinical::estimateDueDate(pregnancy)) {
            row.set("EDDAgreed", dateText(due->edd));
            row.set("EDDMethodAgreed", eddMethod(due->method));
        }
        row.set("LastMenstrualPeriodDate", dateText(pregnancy.lmp));
        row.set("DisabilityIndMother",
                yesWhen(booking.woman.social.contains(QLatin1String("learning_disability"))));
        row.set("LangCode", languageCode(booking.woman.preferredLanguage));
        row.set("ComplexSocialFactorsInd", yesWhen(hasComplexSocialFactors(booking)));
        row.set("PreviousCaesareanSections", pregnancy.previousCaesareans);
        setEarlierBirths(row, booking);
        // The app's losses are those before 24 weeks: a pregnancy ending later is a birth.
        row.set("PreviousLossesLessThan24Weeks", pregnancy.previousLosses);
        row.set("DischargeDateMatService", dateText(p.dischargedOn));
        // The app discharges her from maternity care only after the birth.
        if (p.dischargedOn.isValid())
            row.set("DischReason", QStringLiteral("01"));
        table.rows << row.values();
    }
    return table;
}

} // namespace bb::interop::msds
