// SPDX-License-Identifier: MIT
#include "documents/HerCopy.h"

#include "domain/Codes.h"

namespace bb::documents {

bool hiddenFromHerCopy(const QString &recommendationCode)
{
    return recommendationCode == QLatin1String("referral_safeguarding");
}

bool socialCodeHiddenFromHerCopy(const QString &socialCode)
{
    return codes::isSafeguardingSocialCode(socialCode);
}

CarePlanPrintInput herCopyOf(CarePlanPrintInput input)
{
    input.plan.recommendations.removeIf(
        [](const Recommendation &r) { return hiddenFromHerCopy(r.code); });
    input.decisions.removeIf([](const CarePlanDecision &d) { return hiddenFromHerCopy(d.code); });
    input.booking.woman.social.removeIf(socialCodeHiddenFromHerCopy);
    return input;
}

DischargePrintInput herCopyOf(DischargePrintInput input)
{
    input.booking.woman.social.removeIf(socialCodeHiddenFromHerCopy);
    input.booking.details.abuseEnquiry = AbuseEnquiry::NotAsked;
    input.booking.details.abuseEnquiryNote.clear();
    input.booking.details.fgm = FgmEnquiry::NotAsked;
    input.discharge.discharge.handoverNotes.clear();
    input.discharge.discharge.healthVisitor.clear(); // a named team can say why it was chosen
    input.birth.settingChangeReason.clear();
    for (BabyAtDischarge &baby : input.babies) {
        for (BabyCareMove &move : baby.moves)
            move.reason.clear(); // why a baby was in the unit can say what she took
    }
    input.booking.assessment.conditions.clear();
    input.booking.details.previousPregnancies.clear();
    input.mentalHealth.reset();
    input.mentalHealthAsked = {};
    input.outstanding.clear();
    return input;
}

SignpostingInput herCopyOf(SignpostingInput input)
{
    input.woman.social.removeIf(socialCodeHiddenFromHerCopy);
    const LossKind loss = input.loss;
    input.support.removeIf([loss](const BereavementSupport &s) { return !s.isFor(loss); });
    return input;
}

QList<AppointmentListing> herCopyOf(QList<AppointmentListing> appointments)
{
    appointments.removeIf([](const AppointmentListing &listing) {
        return listing.appointment.status != AppointmentStatus::Booked;
    });
    for (AppointmentListing &listing : appointments) {
        listing.appointment.reason.clear();
        listing.appointment.updatedBy.clear();
        if (listing.appointment.kind == AppointmentKind::SpecialistReview)
            listing.clinicianName.clear();
        // Her own name and number are on the phone already; a found file does not need them.
        listing.womanName.clear();
        listing.nhsNumber.clear();
    }
    return appointments;
}

} // namespace bb::documents
