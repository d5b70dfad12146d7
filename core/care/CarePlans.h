// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/StoredCarePlan.h"

#include <QList>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// Her care plan's versions: read whole, and saved as the next version by a named person at
/// the clock's time. A version is never changed once saved.
class CarePlans
{
public:
    CarePlans(const storage::Database &database, const Clock &clock);

    /// Every version for one pregnancy, oldest first, each with what is checked and discussed
    /// at each contact (NICE NG201's schedule for the week, which is not stored: see
    /// CarePlans.cpp). A failure when any version cannot be read.
    Outcome<QList<StoredCarePlan>> versions(qint64 pregnancyId) const;
    /// Her latest version, as versions() gives it; none when she has no plan yet.
    Outcome<std::optional<StoredCarePlan>> latest(qint64 pregnancyId) const;

    /// Saves `plan` as the next version of her plan, recorded as saved by `actor` at the clock's
    /// time, and returns it as saved (id, version, who and when set). Refused when who is
    /// saving is not known; her decisions are checked first (clinical::validateDecisions()).
    /// One transaction (a savepoint inside a caller's).
    Outcome<StoredCarePlan> saveVersion(StoredCarePlan plan, const Actor &actor) const;

    /// Version 1 of her plan, made from her booking by the rules (every recommendation to discuss
    /// until she goes through it, her preferred place of birth as her choice), when her
    /// pregnancy has no plan yet. None when she already has one, or when the booking cannot be
    /// planned yet (the care-plan page says why). Inside a caller's transaction, a savepoint.
    Outcome<std::optional<StoredCarePlan>> firstVersion(const Booking &booking,
                                                        const Actor &actor) const;

    /// Rewrites every version still held in the public formats it was saved in before schema
    /// 10 in storage's own encoding, all in one transaction, and returns how many there were.
    /// A version those formats cannot read fails the whole of it, naming the version, and
    /// nothing is changed. Run on every open for writing (care/ClinicDatabase.h).
    Outcome<int> upgradeStoredPlans() const;

private:
    // Saving a version together with marking her preferences taken is one transaction.
    friend class HerPreferences;

    Outcome<StoredCarePlan> store(StoredCarePlan plan, const Actor &actor) const;
    /// Makes the referral items the plan recommends, and records those she declined.
    bool referPlan(const StoredCarePlan &plan, const Actor &actor, QString *error) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
