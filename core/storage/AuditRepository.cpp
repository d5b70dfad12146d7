// SPDX-License-Identifier: MIT
#include "storage/AuditRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace bb::storage {
namespace {

constexpr auto kColumns = "a.id, a.at, a.username, a.role, a.workstation, a.event, a.woman_id, "
                          "a.what, a.outcome, a.changes, a.previous_hash, a.hash";

QDateTime utc(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

// A code this version does not know is kept out of the enum's range, so the chain's hash of the
// row (which uses the code) cannot match and the row is reported, never read as another event.
AuditEvent eventAt(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = utc(q.value(1));
    e.username = q.value(2).toString();
    e.role = q.value(3).toString();
    e.workstation = q.value(4).toString();
    e.event =
        codes::auditEventFromCode(q.value(5).toString()).value_or(static_cast<AuditEventKind>(-1));
    e.womanId = q.value(6).toLongLong();
    e.what = q.value(7).toString();
    e.outcome =
        codes::auditOutcomeFromCode(q.value(8).toString()).value_or(static_cast<AuditOutcome>(-1));
    e.changes = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    e.previousHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

constexpr int kRowsPerRead = 1000;

} // namespace

AuditRepository::AuditRepository(const Database &database) : m_database(database) {}

QSqlDatabase AuditRepository::db() const
{
    return m_database.connection();
}

bool AuditRepository::anchor(qint64 *lastId, QString *hash, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT last_id, hash FROM audit_anchor WHERE id = 1"), {},
                 error, &q))
        return false;
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("the audit trail's anchor is missing");
        return false;
    }
    *lastId = q.value(0).toLongLong();
    *hash = q.value(1).toString();
    return true;
}

bool AuditRepository::lastChangeId(qint64 *id, QString *error) const
{
    *id = 0;
    for (const char *event : {"create", "change"}) {
        QSqlQuery q(db());
        if (!execute(db(), QStringLiteral("SELECT max(id) FROM audit_event WHERE event = ?"),
                     {QString::fromLatin1(event)}, error, &q))
            return false;
        if (q.next())
            *id = std::max(*id, q.value(0).toLongLong());
    }
    return true;
}

bool AuditRepository::append(const AuditEvent &e, QString *error) const
{
    const QString changes =
        QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact));
    return execute(db(),
                   QStringLiteral("INSERT INTO audit_event (id, at, username, role, workstation, "
                                  "event, woman_id, what, outcome, changes, previous_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {e.id, e.at.toUTC().toString(Qt::ISODateWithMs), e.username, text(e.role),
                    text(e.workstation), codes::toCode(e.event),
                    e.womanId > 0 ? QVariant(e.womanId) : QVariant(), text(e.what),
                    codes::toCode(e.outcome), changes, e.previousHash, e.hash},
                   error) &&
           execute(db(),
                   QStringLiteral("UPDATE audit_anchor SET last_id = ?, hash = ? WHERE id = 1"),
                   {e.id, e.hash}, error);
}

bool AuditRepository::walk(const std::function<bool(const AuditEvent &)> &visit,
                           QString *error) const
{
    qint64 after = -1;
    for (;;) {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!execute(db(),
                     QStringLiteral("SELECT %1 FROM audit_event a WHERE a.id > ? ORDER BY a.id "
                                    "LIMIT ?")
                         .arg(QLatin1String(kColumns)),
                     {after, kRowsPerRead}, error, &q))
            return false;
        int read = 0;
        while (q.next()) {
            const AuditEvent e = eventAt(q);
            after = e.id;
            ++read;
            if (!visit(e))
                return true;
        }
        if (read < kRowsPerRead)
            return true;
    }
}

QList<AuditListing> AuditRepository::list(const AuditFilter &filter, int limit,
                                          QString *error) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.womanId > 0) {
        where += QStringLiteral(" AND a.woman_id = ?");
        values << filter.womanId;
    }
    if (!filter.username.isEmpty()) {
        where += QStringLiteral(" AND a.username = ?");
        values << filter.username;
    }
    values << limit;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<AuditListing> rows;
    if (!execute(db(),
                 QStringLiteral("SELECT %1, w.nhs_number FROM audit_event a LEFT JOIN woman w ON "
                                "w.id = a.woman_id %2 ORDER BY a.id DESC LIMIT ?")
                     .arg(QLatin1String(kColumns), where),
                 values, error, &q))
        return rows;
    while (q.next())
        rows << AuditListing{eventAt(q), q.value(12).toString()};
    return rows;
}

QDateTime AuditRepository::latestAt(AuditEventKind event, AuditOutcome outcome,
                                    const QString &whatPrefix, QString *error) const
{
    QSqlQuery q(db());
    // Newest first along audit_event_by_event; the prefix is compared, not matched with LIKE,
    // so no character of it is a wildcard.
    if (!execute(db(),
                 QStringLiteral("SELECT at FROM audit_event WHERE event = ? AND outcome = ? AND "
                                "substr(what, 1, ?) = ? ORDER BY id DESC LIMIT 1"),
                 {codes::toCode(event), codes::toCode(outcome), whatPrefix.size(), whatPrefix},
                 error, &q) ||
        !q.next())
        return {};
    return utc(q.value(0));
}

} // namespace bb::storage
