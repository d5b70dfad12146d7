// SPDX-License-Identifier: MIT
#include "documents/HerCopy.h"

#include "domain/Codes.h"

#include <QSet>

namespace bb::documents {

bool hiddenFromHerCopy(const QString &recommendationCode)
{
    return recommendationCode == QLatin1String("referral_safeguarding");
}

bool socialCodeHiddenFromHerCopy(const QString &socialCode)
{
    return codes::isSafeguardingSocialCode(socialCode);
}

StoredCarePlan withoutSafeguarding(StoredCarePlan plan)
{
    plan.plan.recommendations.removeIf(
        [](const Recommendation &r) { return hiddenFromHerCopy(r.code); });
    plan.decisions.removeIf([](const CarePlanDecision &d) { return hiddenFromHerCopy(d.code); });
    plan.basedOn.woman.social.removeIf(socialCodeHiddenFromHerCopy);
    return plan;
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

namespace {

/// One appointment without why it was moved or cancelled, who changed it, or who a specialist
/// review is with (a specialist's name can say what the review is about: a safeguarding or
/// perinatal mental health lead).
void scrub(AppointmentListing &listing)
{
    listing.appointment.reason.clear();
    listing.appointment.updatedBy.clear();
    if (listing.appointment.kind == AppointmentKind::SpecialistReview) {
        listing.clinicianName.clear();
        listing.appointment.clinicianId = 0;
    }
}

} // namespace

QList<AppointmentListing> herCopyOf(QList<AppointmentListing> appointments)
{
    appointments.removeIf([](const AppointmentListing &listing) {
        return listing.appointment.status != AppointmentStatus::Booked;
    });
    for (AppointmentListing &listing : appointments) {
        scrub(listing);
        // Her own name and number are on the phone already; a found file does not need them.
        listing.womanName.clear();
        listing.nhsNumber.clear();
    }
    return appointments;
}

PregnancyRecord herCopyOf(PregnancyRecord record)
{
    record.flags = {};
    record.booking.woman.social.removeIf(socialCodeHiddenFromHerCopy);
    record.booking.details.abuseEnquiry = AbuseEnquiry::NotAsked;
    record.booking.details.abuseEnquiryNote.clear();
    record.booking.details.fgm = FgmEnquiry::NotAsked;
    if (record.plan)
        record.plan = withoutSafeguarding(*record.plan);
    record.referrals.removeIf([](const Referral &referral) {
        return referral.restricted || hiddenFromHerCopy(referral.code);
    });
    for (Referral &referral : record.referrals)
        referral.note.clear(); // the staff's notes of the team's work, not written for her
    for (AntenatalContact &contact : record.contacts) {
        contact.notes.clear();
        // Who a specialist review was with can say what it was about, whichever record says it.
        for (const AppointmentListing &listing : std::as_const(record.appointments))
            if (listing.appointment.id == contact.appointmentId &&
                listing.appointment.kind == AppointmentKind::SpecialistReview)
                contact.clinicianId = 0;
    }
    if (record.birth)
        record.birth->settingChangeReason.clear();
    for (AppointmentListing &listing : record.appointments)
        scrub(listing);

    // Only the staff her copy still names: a specialist left out above stays out.
    QSet<qint64> named{record.namedMidwifeId};
    for (const AntenatalContact &contact : std::as_const(record.contacts))
        named.insert(contact.clinicianId);
    for (const AppointmentListing &listing : std::as_const(record.appointments))
        named.insert(listing.appointment.clinicianId);
    if (record.birth)
        for (qint64 attendant : std::as_const(record.birth->attendants))
            named.insert(attendant);
    for (auto it = record.staffNames.begin(); it != record.staffNames.end();)
        it = named.contains(it.key()) ? std::next(it) : record.staffNames.erase(it);
    return record;
}

} // namespace bb::documents
