// SPDX-License-Identifier: MIT
#pragma once
// Internal to care/: making referral items inside another use case's transaction (a care plan
// saved, a contact recorded, a loss, her circumstances). Not part of the use cases' API.

#include "domain/Referral.h"

#include <QDateTime>
#include <QStringList>

namespace bb::storage {
class Database;
}

namespace bb::care {

/// Suggests a referral for each of `codes` that goes to a team (other codes are not referrals
/// and are passed over), unless the pregnancy has one of that code already. After a loss only
/// the loss's own referrals are made: nothing routine is suggested for that pregnancy again.
/// The new referrals, or nothing with `error` set.
QList<Referral> suggestReferrals(const storage::Database &database, qint64 pregnancyId,
                                 const QStringList &codes, ReferralSource source, const QString &by,
                                 const QDateTime &at, QString *error);

/// Her circumstances' referral codes (learning disability, no fixed abode).
QStringList circumstanceReferrals(const QStringList &social);

} // namespace bb::care
