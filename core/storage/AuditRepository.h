// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Audit.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace bb::storage {

class Database;

/// All SQL for the audit trail. Rows are only ever appended (the schema refuses anything else);
/// the anchor moves with each one, in the caller's transaction.
class AuditRepository
{
public:
    explicit AuditRepository(const Database &database);

    /// The anchor: the id and hash of the newest row the app wrote ({0, ""} before the first).
    /// Read inside the write transaction that appends after it.
    bool anchor(qint64 *lastId, QString *hash, QString *error) const;
    /// Appends `event` with its id (the anchor's plus one) and hash already set, and moves the
    /// anchor to it.
    bool append(const AuditEvent &event, QString *error) const;

    /// Calls `visit` with every row in id order, stopping when it returns false; reads them a
    /// few at a time, so a long trail is never held whole.
    bool walk(const std::function<bool(const AuditEvent &)> &visit, QString *error) const;

    /// Rows matching `filter`, newest first, at most `limit`, with her NHS number.
    QList<AuditListing> list(const AuditFilter &filter, int limit, QString *error) const;
    /// When the newest row of `event` with `outcome` whose `what` starts with `whatPrefix` was
    /// written (UTC); null when there is none.
    QDateTime latestAt(AuditEventKind event, AuditOutcome outcome, const QString &whatPrefix,
                       QString *error) const;

    /// The id of the newest row that records a change (a record made or changed), by anyone;
    /// 0 before the first. Cheap: one index lookup per kind of change.
    bool lastChangeId(qint64 *id, QString *error) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
