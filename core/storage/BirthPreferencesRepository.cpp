// SPDX-License-Identifier: MIT
#include "storage/BirthPreferencesRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kColumns = R"(
    SELECT id, pregnancy_id, document, status, received_by, received_at, decided_by,
           decided_at, note
      FROM birth_preferences )";
constexpr auto kInsert = R"(
    INSERT INTO birth_preferences (pregnancy_id, document, written_on, received_by, received_at)
    VALUES (?, ?, ?, ?, ?))";
constexpr auto kDecide = R"(
    UPDATE birth_preferences SET status = ?, note = ?, decided_by = ?, decided_at = ?
     WHERE id = ? AND status = 'proposed')";

PreferencesRow rowOf(const QSqlQuery &q)
{
    PreferencesRow row;
    ReceivedPreferences &r = row.received;
    r.id = q.value(0).toLongLong();
    r.pregnancyId = q.value(1).toLongLong();
    row.document = q.value(2).toString().toUtf8();
    r.status = codes::preferencesStatusFromCode(q.value(3).toString())
                   .value_or(PreferencesStatus::Proposed);
    r.receivedBy = q.value(4).toString();
    r.receivedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    r.decidedBy = q.value(6).toString();
    r.decidedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    r.note = q.value(8).toString();
    return row;
}

} // namespace

BirthPreferencesRepository::BirthPreferencesRepository(const Database &database)
    : m_database(database)
{
}

QSqlDatabase BirthPreferencesRepository::db() const
{
    return m_database.connection();
}

qint64 BirthPreferencesRepository::insert(qint64 pregnancyId, const QByteArray &document,
                                          const QDate &writtenOn, const QString &by,
                                          const QDateTime &at, QString *error) const
{
    qint64 id = 0;
    runWrite(db(), error, [&] {
        return insertRow(db(), QString::fromUtf8(kInsert),
                         {pregnancyId, QString::fromUtf8(document), writtenOn.toString(Qt::ISODate),
                          text(by), at.toString(Qt::ISODate)},
                         &id, error);
    });
    return id;
}

QList<PreferencesRow> BirthPreferencesRepository::proposed(qint64 pregnancyId, QString *error) const
{
    QList<PreferencesRow> rows;
    QSqlQuery q(db());
    if (!execute(db(),
                 QString::fromUtf8(kColumns) +
                     QStringLiteral("WHERE pregnancy_id = ? AND status = 'proposed' ORDER BY id"),
                 {pregnancyId}, error, &q))
        return rows;
    while (q.next())
        rows << rowOf(q);
    return rows;
}

std::optional<PreferencesRow> BirthPreferencesRepository::byId(qint64 id, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), QString::fromUtf8(kColumns) + QStringLiteral("WHERE id = ?"), {id}, error,
                 &q) ||
        !q.next())
        return std::nullopt;
    return rowOf(q);
}

bool BirthPreferencesRepository::decide(qint64 id, PreferencesStatus status, const QString &note,
                                        const QString &by, const QDateTime &at,
                                        QString *error) const
{
    return runWrite(db(), error, [&] {
        QSqlQuery q(db());
        if (!execute(db(), QString::fromUtf8(kDecide),
                     {codes::toCode(status), text(note), text(by), at.toString(Qt::ISODate), id},
                     error, &q))
            return false;
        if (q.numRowsAffected() == 1)
            return true;
        if (error)
            *error = QStringLiteral("these preferences were gone through already");
        return false;
    });
}

} // namespace bb::storage
