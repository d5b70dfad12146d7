// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/BirthPreferences.h"
#include "domain/StoredCarePlan.h"

#include <QList>

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::care {

/// Her birth preferences, written at home and sent in: never applied by themselves. Each set
/// waits as a proposal until her midwife goes through it with her, and then is taken into a
/// new version of her plan or set aside with the reason.
class HerPreferences
{
public:
    HerPreferences(const storage::Database &database, const Clock &clock);

    /// Keeps her preferences as a proposal for the plan of her latest pregnancy, found by the
    /// NHS number they carry; refused (`nhs_number`) when nobody has it, when that pregnancy is
    /// no longer in care, or when she has no plan yet. The receipt is in the audit trail.
    Outcome<ReceivedPreferences> receive(const BirthPreferences &preferences,
                                         const Actor &actor) const;
    /// The sets of a pregnancy still waiting, oldest first.
    Outcome<QList<ReceivedPreferences>> proposed(qint64 pregnancyId) const;
    /// Saves `plan` (her plan as gone through with her, starting from proposedPlan()) as a new
    /// version and marks the set taken, in one transaction.
    Outcome<StoredCarePlan> take(qint64 preferencesId, const StoredCarePlan &plan,
                                 const Actor &actor) const;
    /// Marks the set gone through and not taken; `reason` is required.
    Outcome<ReceivedPreferences> setAside(qint64 preferencesId, const QString &reason,
                                          const Actor &actor) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
