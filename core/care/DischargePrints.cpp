// SPDX-License-Identifier: MIT
#include "care/DischargePrints.h"

#include "care/Clinic.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(DischargePrints)
};

// What her postnatal contacts found, the latest finding of each kind winning.
void readContacts(const QList<PostnatalReview> &contacts, documents::DischargePrintInput &input)
{
    int attended = 0;
    for (const PostnatalReview &review : contacts) {
        const PostnatalContact &c = review.contact;
        if (!c.attended)
            continue;
        ++attended;
        input.lastContact = c.date;
        input.outstanding = review.actions;
        if (c.feeding != Feeding::NotDiscussed)
            input.feeding = c.feeding;
        input.contraceptionDiscussed = input.contraceptionDiscussed || c.contraceptionDiscussed;
        if (c.mentalHealth) {
            input.mentalHealth = c.mentalHealth;
            input.mentalHealthAsked = c.date;
        }
        for (const BabyCheck &check : c.babies) {
            for (documents::BabyAtDischarge &b : input.babies) {
                if (b.baby.id != check.babyId)
                    continue;
                if (check.weightGrams) {
                    b.lastWeightGrams = check.weightGrams;
                    b.lastWeighed = c.date;
                }
                if (check.feeding != Feeding::NotDiscussed)
                    b.feeding = check.feeding;
                if (check.jaundice != Jaundice::NotAssessed)
                    b.jaundice = check.jaundice;
                if (check.bloodSpotTaken)
                    b.bloodSpotTaken = c.date;
                if (check.hearingScreened)
                    b.hearingScreened = c.date;
                if (check.physicalExamination)
                    b.physicalExamination = c.date;
            }
        }
    }
    input.postnatalContacts = attended;
}

} // namespace

Outcome<documents::DischargePrintInput>
dischargePrintInput(const Clinic &clinic, qint64 pregnancyId, const QDate &printedOn)
{
    if (auto damaged = clinic.integrity.refusalToPrint(pregnancyId))
        return *damaged;
    const auto discharge = clinic.discharges.dischargeOf(pregnancyId);
    if (!discharge)
        return discharge.as<documents::DischargePrintInput>();
    if (!discharge.value())
        return FieldErrors{{QStringLiteral("pregnancy"),
                            Words::tr("she is not discharged yet: discharge her first")}};
    const auto birth = clinic.births.birthOf(pregnancyId);
    if (!birth)
        return birth.as<documents::DischargePrintInput>();
    if (!birth.value())
        return FieldErrors{{QStringLiteral("pregnancy"), Words::tr("no birth is recorded")}};
    const auto booking = clinic.women.booking(pregnancyId);
    if (!booking)
        return booking.as<documents::DischargePrintInput>();
    if (!booking.value())
        return Failure{Words::tr("the booking of pregnancy %1 is not found").arg(pregnancyId)};
    const auto settings = clinic.settings.printSettings();
    if (!settings)
        return Failure{settings.message()};
    const auto moves = clinic.discharges.movesOf(pregnancyId);
    if (!moves)
        return moves.as<documents::DischargePrintInput>();
    const auto contacts = clinic.postnatal.contactsOf(pregnancyId);
    if (!contacts)
        return contacts.as<documents::DischargePrintInput>();

    const BirthRecord &record = *birth.value();
    documents::DischargePrintInput input;
    input.booking = *booking.value();
    input.birth = record.birth;
    input.gestation = record.gestation;
    input.vte = record.vte;
    input.discharge = *discharge.value();
    input.settings = settings.value();
    input.printedOn = printedOn;
    for (const qint64 staffId : record.birth.attendants) {
        if (const auto staff = clinic.staffing.staffById(staffId))
            input.attendants << staff->name;
    }
    qsizetype alive = 0;
    for (const Baby &baby : record.birth.babies) {
        documents::BabyAtDischarge b;
        b.baby = baby;
        for (const BabyCareMove &move : moves.value()) {
            if (move.babyId == baby.id)
                b.moves << move;
        }
        // BirthRecord::bloodSpot lists the babies born alive, in birth order.
        if (baby.outcome == BabyOutcome::LiveBirth && alive < record.bloodSpot.size())
            b.bloodSpot = record.bloodSpot[alive++];
        input.babies << b;
    }
    readContacts(contacts.value(), input);
    if (const auto carers = clinic.scheduling.namedCarers(pregnancyId)) {
        input.namedMidwife = carers->midwife;
        input.team = carers->team;
        input.teamPhone = carers->teamPhone;
    }
    return input;
}

} // namespace bb::care
