// SPDX-License-Identifier: MIT
#include "care/Audited.h"

#include "access/AuditChain.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSet>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Audited)
};

void addChanges(const QString &prefix, const QJsonObject &before, const QJsonObject &after,
                QJsonObject &changes)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        const QJsonValue old = before.value(key);
        const QJsonValue now = after.value(key);
        if (old == now)
            continue;
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        // A section added or removed whole (her details at registration) is listed field by
        // field, as any other change is.
        if ((old.isObject() || old.isUndefined() || old.isNull()) &&
            (now.isObject() || now.isUndefined() || now.isNull()) &&
            (old.isObject() || now.isObject())) {
            addChanges(path, old.toObject(), now.toObject(), changes);
            continue;
        }
        changes.insert(
            path, QJsonObject{{QStringLiteral("old"), old.isUndefined() ? QJsonValue() : old},
                              {QStringLiteral("new"), now.isUndefined() ? QJsonValue() : now}});
    }
}

} // namespace

std::optional<Failure> appendAudit(const storage::Database &database, const Clock &clock,
                                   const Actor &actor, const AuditEntry &entry)
{
    const storage::AuditRepository trail(database);
    AuditEvent event;
    QString error;
    if (!trail.anchor(&event.id, &event.previousHash, &error))
        return Failure{Words::tr("the audit trail cannot be read: %1").arg(error)};
    event.id += 1;
    if (event.previousHash.isEmpty())
        event.previousHash = access::genesisHash();
    event.at = clock.now().toUTC();
    event.username = actor.id.isEmpty() ? QStringLiteral("(nobody)") : actor.id;
    // Someone who typed a username that does not exist has no role to record.
    const bool anonymous = actor.userId == 0 && actor.displayName.isEmpty();
    event.role = anonymous ? QString() : codes::toCode(actor.role);
    event.workstation = actor.workstation;
    event.event = entry.event;
    event.womanId = entry.womanId;
    event.what = entry.what;
    event.outcome = entry.outcome;
    event.changes = entry.changes;
    event.hash = access::chainHash(event);
    if (event.hash.isEmpty())
        return Failure{Words::tr("the audit trail cannot be written: libsodium did not start")};
    if (!trail.append(event, &error))
        return Failure{Words::tr("the audit trail cannot be written: %1").arg(error)};
    return std::nullopt;
}

std::optional<Failure> auditAlone(const storage::Database &database, const Clock &clock,
                                  const Actor &actor, const AuditEntry &entry)
{
    // A file that can only be read keeps no trail of who read it; the window says so
    // (care::Clinic::readOnlyReason()). Everything that would change a record is refused.
    if (database.isReadOnly())
        return std::nullopt;
    storage::Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Failure{transaction.error()};
    if (auto failure = appendAudit(database, clock, actor, entry))
        return failure;
    if (!transaction.commit())
        return Failure{transaction.error()};
    return std::nullopt;
}

std::optional<Failure> refusedUnless(const storage::Database &database, const Clock &clock,
                                     const Actor &actor, access::Permission permission,
                                     const AuditEntry &entry)
{
    const QString why = access::refusal(actor.role, permission);
    if (why.isEmpty())
        return std::nullopt;
    AuditEntry refused = entry;
    refused.outcome = AuditOutcome::Refused;
    refused.changes = {};
    if (auto failure = auditAlone(database, clock, actor, refused))
        return failure;
    return Failure{why};
}

qint64 womanOfPregnancy(const storage::Database &database, qint64 pregnancyId)
{
    return storage::PregnancyRepository(database).womanOf(pregnancyId);
}

QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    addChanges(QString(), before, after, changes);
    return changes;
}

} // namespace bb::care
