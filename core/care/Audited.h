// SPDX-License-Identifier: MIT
#pragma once
// Internal to care/: writing the audit row of a use case. Not part of the use cases' API.

#include "access/Permissions.h"
#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Audit.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::care {

/// What one audit row says happened; who, where and when come from the actor and the clock.
struct AuditEntry
{
    AuditEventKind event = AuditEventKind::View;
    qint64 womanId = 0;
    QString what;
    QJsonObject changes = {};
    AuditOutcome outcome = AuditOutcome::Done;
};

/// Appends the row for `entry` by `actor`, chained to the row before, inside the caller's
/// transaction (so it is kept exactly when the change it records is); a failure when it cannot
/// be written, and then the caller's transaction must not be kept either.
std::optional<Failure> appendAudit(const storage::Database &database, const Clock &clock,
                                   const Actor &actor, const AuditEntry &entry);

/// Appends `entry` in a transaction of its own: for what changes nothing else (viewing, printing,
/// a refusal, a failed login).
std::optional<Failure> auditAlone(const storage::Database &database, const Clock &clock,
                                  const Actor &actor, const AuditEntry &entry);

/// When `actor` may not do what `entry` describes, records the refusal and returns the failure
/// that says why; nothing when she may.
std::optional<Failure> refusedUnless(const storage::Database &database, const Clock &clock,
                                     const Actor &actor, access::Permission permission,
                                     const AuditEntry &entry);

/// The woman whose pregnancy `pregnancyId` is, for the audit row of something done to the
/// pregnancy; 0 when there is none (the use case then refuses it anyway).
qint64 womanOfPregnancy(const storage::Database &database, qint64 pregnancyId);

/// The old and new value of every field that differs between `before` and `after`, as
/// {"field": {"old": ..., "new": ...}}; nested objects are compared field by field with dotted
/// paths ("pregnancy.lmp"), so an edit keeps exactly what it replaced.
QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after);

} // namespace bb::care
