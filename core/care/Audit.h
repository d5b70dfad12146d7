// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Audit.h"

#include <QList>

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::care {

/// The audit trail: what the front ends record themselves (looking at a record, printing,
/// exporting, which change nothing else), what a woman's record shows of who looked at and
/// changed it, and the check that nothing in it was altered. Every change a use case makes
/// writes its own row in its own transaction.
class Audit
{
public:
    Audit(const storage::Database &database, const Clock &clock);

    /// Records that `actor` did `event` (a view, print or export) concerning `womanId` (0 for
    /// none), described by `what`.
    Outcome<Done> record(const Actor &actor, AuditEventKind event, qint64 womanId,
                         const QString &what) const;

    /// The rows of one woman's record, newest first: anyone who may open her record may see
    /// who else has. Looking is itself recorded.
    Outcome<QList<AuditListing>> ofRecord(qint64 womanId, const Actor &actor,
                                          int limit = 500) const;

    /// The trail filtered by woman or user, newest first: for team leads and administrators.
    Outcome<QList<AuditListing>> list(const AuditFilter &filter, const Actor &actor,
                                      int limit = 100000) const;

    /// A number that grows whenever anyone makes or changes a record (the newest change's row
    /// in the trail): a window that saw a smaller one shows what others changed since.
    Outcome<qint64> lastChange() const;

    /// Walks the whole chain against its anchor. A failure only when it cannot be read; a
    /// broken chain is a value that says where.
    Outcome<AuditChainCheck> verify() const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
