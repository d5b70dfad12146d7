// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Referral.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for referrals and their history. A write is atomic on its own and part of the
/// transaction of the use case that calls it.
class ReferralRepository
{
public:
    explicit ReferralRepository(const Database &database);

    /// Inserts the referral unless the pregnancy has one of its code already; the new id, 0 when
    /// one was there, -1 with `error` on failure. Its first history row is written with it.
    qint64 insertIfNew(const Referral &referral, const QDateTime &at, QString *error) const;
    std::optional<Referral> byId(qint64 id, QString *error = nullptr) const;
    /// A pregnancy's referrals, restricted ones included, in the order they were made.
    QList<Referral> forPregnancy(qint64 pregnancyId, QString *error = nullptr) const;
    /// Stores the referral's new status, note and dates, and a history row saying who and when.
    bool update(const Referral &referral, const QDateTime &at, QString *error) const;
    /// Its changes, oldest first.
    QList<ReferralChange> history(qint64 referralId, QString *error = nullptr) const;

    /// A team's queue (every team's when `team` is empty): open referrals, and those closed
    /// on or after `closedSince`, of women not entered in error, oldest first. Restricted
    /// referrals are read only when `withRestricted`.
    QList<ReferralListing> queue(const QString &team, bool withRestricted, const QDate &closedSince,
                                 QString *error = nullptr) const;

    /// Whether the pregnancy ended in a loss (its status is `loss`).
    bool afterLoss(qint64 pregnancyId, QString *error = nullptr) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
