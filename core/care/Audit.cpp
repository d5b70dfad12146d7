// SPDX-License-Identifier: MIT
#include "care/Audit.h"

#include "access/AuditChain.h"
#include "care/Audited.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

} // namespace

Audit::Audit(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<Done> Audit::record(const Actor &actor, AuditEventKind event, qint64 womanId,
                            const QString &what) const
{
    if (auto failure = auditAlone(m_database, m_clock, actor, {event, womanId, what}))
        return *failure;
    return Done{};
}

Outcome<QList<AuditListing>> Audit::ofRecord(qint64 womanId, const Actor &actor, int limit) const
{
    const AuditEntry looked{AuditEventKind::View, womanId,
                            QStringLiteral("who has seen her record")};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::OpenRecord, looked))
        return *refused;
    QString error;
    auto rows = storage::AuditRepository(m_database).list({womanId, {}}, limit, &error);
    if (!error.isEmpty())
        return Failure{Words::tr("her record's audit cannot be read: %1").arg(error)};
    // What an edit replaced in her circumstances or the abuse enquiry is safeguarding detail:
    // only those who work with it see it here too.
    if (!access::may(actor.role, access::Permission::SeeSafeguarding)) {
        for (AuditListing &row : rows) {
            for (const QString &field : row.event.changes.keys()) {
                if (field.contains(QLatin1String("social")) ||
                    field.contains(QLatin1String("abuse")) ||
                    field.contains(QLatin1String("safeguarding")))
                    row.event.changes.insert(field, QStringLiteral("(restricted)"));
            }
        }
    }
    if (auto failure = auditAlone(m_database, m_clock, actor, looked))
        return *failure;
    return rows;
}

Outcome<QList<AuditListing>> Audit::list(const AuditFilter &filter, const Actor &actor,
                                         int limit) const
{
    const AuditEntry read{AuditEventKind::Export, filter.womanId,
                          filter.username.isEmpty()
                              ? QStringLiteral("audit trail")
                              : QStringLiteral("audit trail of user %1").arg(filter.username)};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::ReadAuditTrail, read))
        return *refused;
    QString error;
    const auto rows = storage::AuditRepository(m_database).list(filter, limit, &error);
    if (!error.isEmpty())
        return Failure{Words::tr("the audit trail cannot be read: %1").arg(error)};
    if (auto failure = auditAlone(m_database, m_clock, actor, read))
        return *failure;
    return rows;
}

Outcome<qint64> Audit::lastChange() const
{
    qint64 id = 0;
    QString error;
    if (!storage::AuditRepository(m_database).lastChangeId(&id, &error))
        return Failure{Words::tr("the audit trail cannot be read: %1").arg(error)};
    return id;
}

Outcome<AuditChainCheck> Audit::verify() const
{
    // Held as a transaction (never committed: it writes nothing), so a row appended by another
    // process while walking cannot look like a row added behind the app's back.
    storage::Transaction snapshot(m_database.connection());
    if (!snapshot.isActive())
        return Failure{snapshot.error()};
    const storage::AuditRepository trail(m_database);
    qint64 anchorId = 0;
    QString anchorHash;
    QString error;
    if (!trail.anchor(&anchorId, &anchorHash, &error))
        return Failure{Words::tr("the audit trail cannot be read: %1").arg(error)};
    access::AuditChainWalker walker;
    if (!trail.walk([&](const AuditEvent &event) { return walker.add(event); }, &error))
        return Failure{Words::tr("the audit trail cannot be read: %1").arg(error)};
    return walker.finish(anchorId, anchorHash);
}

} // namespace bb::care
