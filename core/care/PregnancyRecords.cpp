// SPDX-License-Identifier: MIT
#include "care/PregnancyRecords.h"

#include "access/Permissions.h"
#include "care/Clinic.h"
#include "documents/HerCopy.h"
#include "domain/Codes.h"

#include <algorithm>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PregnancyRecords)
};

void nameStaff(const Clinic &clinic, PregnancyRecord &record, qint64 staffId)
{
    if (staffId == 0 || record.staffNames.contains(staffId))
        return;
    if (const auto staff = clinic.staffing.staffById(staffId))
        record.staffNames.insert(staffId, staff->name);
}

} // namespace

Outcome<PregnancyRecord> pregnancyRecord(const Clinic &clinic, qint64 pregnancyId,
                                         const Actor &viewer)
{
    const bool seesSafeguarding = access::may(viewer.role, access::Permission::SeeSafeguarding);
    PregnancyRecord record;
    const auto booking = clinic.women.booking(pregnancyId);
    if (!booking)
        return booking.as<PregnancyRecord>();
    if (!booking.value())
        return FieldErrors{{QStringLiteral("pregnancy"), Words::tr("no such pregnancy")}};
    record.booking = *booking.value();
    if (!seesSafeguarding)
        record.booking.woman.social.removeIf(codes::isSafeguardingSocialCode);

    const auto plan = clinic.carePlans.latest(pregnancyId);
    if (!plan)
        return plan.as<PregnancyRecord>();
    record.plan = plan.value();
    if (record.plan && !seesSafeguarding)
        record.plan = documents::withoutSafeguarding(*record.plan);

    if (const auto carers = clinic.scheduling.namedCarers(pregnancyId)) {
        record.namedMidwifeId = carers->midwifeId;
        record.namedMidwife = carers->midwife;
        record.teamId = carers->teamId;
        record.team = carers->team;
        record.namedSince = carers->since;
    }

    const auto contacts = clinic.contacts.contactsOf(pregnancyId);
    if (!contacts)
        return contacts.as<PregnancyRecord>();
    for (const ContactReview &review : contacts.value()) {
        record.contacts << review.contact;
        nameStaff(clinic, record, review.contact.clinicianId);
    }
    std::stable_sort(record.contacts.begin(), record.contacts.end(),
                     [](const auto &a, const auto &b) { return a.date < b.date; });

    const auto birth = clinic.births.birthOf(pregnancyId);
    if (!birth)
        return birth.as<PregnancyRecord>();
    if (const auto &b = birth.value()) {
        record.birth = b->birth;
        record.gestationAtBirth = b->gestation;
        for (qint64 attendant : b->birth.attendants)
            nameStaff(clinic, record, attendant);
    }

    const auto referrals = clinic.referrals.forPregnancy(pregnancyId, seesSafeguarding);
    if (!referrals)
        return referrals.as<PregnancyRecord>();
    record.referrals = referrals.value();

    record.appointments = clinic.scheduling.appointmentsOf(pregnancyId);
    for (const AppointmentListing &a : std::as_const(record.appointments))
        nameStaff(clinic, record, a.appointment.clinicianId);
    nameStaff(clinic, record, record.namedMidwifeId);

    const auto flags = clinic.women.flagsOf({record.booking.woman.id}, viewer);
    if (!flags)
        return flags.as<PregnancyRecord>();
    record.flags = flags.value().value(record.booking.woman.id);
    return record;
}

} // namespace bb::care
