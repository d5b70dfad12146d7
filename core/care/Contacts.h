// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "clinical/CarePlanChanges.h"
#include "clinical/ContactRules.h"
#include "domain/Actor.h"
#include "domain/AntenatalContact.h"
#include "domain/StoredCarePlan.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// What a contact is, once judged: the contact, the rules' actions and reminders, and the change
/// to her plan its diagnoses would make (empty when none).
struct ContactReview
{
    AntenatalContact contact;
    clinical::ContactAssessment assessment;
    clinical::PathwayChange planChange;
    QString recordedBy; ///< for a saved contact
    QDateTime recordedAt;
};

/// Her antenatal contacts after the booking: judged as they are typed, recorded with the
/// appointment they were, and the plan change that a diagnosis brings, taken with her.
class Contacts
{
public:
    Contacts(const storage::Database &database, const Clock &clock);

    /// What the rules say about `contact` as it stands, against what is saved before it, for
    /// the form to show as she types. Problems with its values are field errors (paths as in
    /// clinical::contactProblems()).
    Outcome<ContactReview> review(const AntenatalContact &contact) const;

    /// Records the contact (new when its id is 0) with the actions the rules ask for, in one
    /// transaction with its appointment: the booked appointment it names, or else her booked
    /// antenatal appointment on that day, is marked attended (or did not attend). A contact
    /// with no appointment (a home visit, a walk-in) stands alone. Returns it as saved.
    Outcome<ContactReview> record(AntenatalContact contact, const Actor &actor) const;

    /// Her contacts in this pregnancy, oldest first, each with the actions saved with it.
    Outcome<QList<ContactReview>> contactsOf(qint64 pregnancyId) const;

    /// Her booking as the care-plan rules now read it: the booking, with every condition
    /// diagnosed at her contacts added.
    Outcome<std::optional<Booking>> planningBooking(qint64 pregnancyId) const;

    /// What the conditions diagnosed at her contacts would change in the pathway and
    /// place-of-birth advice of her latest plan; empty when nothing.
    Outcome<clinical::PathwayChange> proposedPlanChange(qint64 pregnancyId) const;

    /// Takes the proposed change into a new version of her plan: the rules' plan from
    /// planningBooking(), her decisions carried over for what is still advised (what is new to
    /// discuss), her chosen place of birth and her words kept. Refused when nothing would change.
    Outcome<StoredCarePlan> takePlanChange(qint64 pregnancyId, const Actor &actor) const;

private:
    Outcome<ContactReview> judge(const AntenatalContact &contact) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
