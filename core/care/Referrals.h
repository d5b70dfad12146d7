// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Referral.h"

#include <QList>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// Referrals as work: every referral her plan, a contact, a loss or her circumstances suggest is
/// an item with its team, status, dates and who changed it. A team's queue lists its items;
/// one not sent within two working days of being made (England's bank holidays from settings)
/// is late.
class Referrals
{
public:
    Referrals(const storage::Database &database, const Clock &clock);

    /// A pregnancy's referrals, in the order they were made. Restricted ones (safeguarding)
    /// only when `withRestricted`: staff screens that work with them ask for them.
    Outcome<QList<Referral>> forPregnancy(qint64 pregnancyId, bool withRestricted) const;

    /// A team's queue (every team's when `team` is empty) on the clock's day: the open items,
    /// and those closed in the last 14 days, not sent first, oldest first, each with the day it
    /// should be sent by and whether that has passed. Restricted referrals are in the
    /// safeguarding team's queue only, never in another list.
    /// Looking is recorded; the safeguarding queue only for those who work with it.
    Outcome<QList<ReferralListing>> queue(const QString &team, const Actor &actor) const;

    /// Moves a referral on: sent, accepted, seen, declined or not needed (the last two say why
    /// in `note`), or back to suggested; `on` is the day it happened, from the day it was made
    /// to today. Stored with who changed it, in its history.
    Outcome<Referral> setStatus(qint64 referralId, ReferralStatus status, const QString &note,
                                const QDate &on, const Actor &actor) const;

    /// Its changes, oldest first.
    Outcome<QList<ReferralChange>> history(qint64 referralId) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
