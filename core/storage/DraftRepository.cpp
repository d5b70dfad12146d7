// SPDX-License-Identifier: MIT
#include "storage/DraftRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kPut = R"(
    INSERT INTO form_draft (form, record_key, payload, saved_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (form, record_key) DO UPDATE SET payload = excluded.payload,
                                                 saved_at = excluded.saved_at)";
constexpr auto kGet = "SELECT payload, saved_at FROM form_draft WHERE form = ? AND record_key = ?";
constexpr auto kRemove = "DELETE FROM form_draft WHERE form = ? AND record_key = ?";
// A payload is compact JSON, so a text value is the value in double quotes.
constexpr auto kReplaceValue =
    "UPDATE form_draft SET payload = replace(payload, ?, ?) WHERE payload LIKE ?";

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

DraftRepository::DraftRepository(const Database &database) : m_database(database) {}

bool DraftRepository::put(const QString &form, const QString &recordKey, const QJsonObject &payload,
                          const QDateTime &at, QString *error) const
{
    Transaction transaction(m_database.connection());
    const QString json = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return transaction.isActive() &&
           execute(m_database.connection(), QString::fromUtf8(kPut),
                   {form, recordKey, json, at.toString(Qt::ISODate)}, error) &&
           transaction.commit();
}

std::optional<Draft> DraftRepository::get(const QString &form, const QString &recordKey) const
{
    QSqlQuery q(m_database.connection());
    if (!execute(m_database.connection(), QString::fromUtf8(kGet), {form, recordKey}, nullptr,
                 &q) ||
        !q.next())
        return std::nullopt;
    return Draft{QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                 QDateTime::fromString(q.value(1).toString(), Qt::ISODate)};
}

bool DraftRepository::remove(const QString &form, const QString &recordKey, QString *error) const
{
    Transaction transaction(m_database.connection());
    return transaction.isActive() &&
           execute(m_database.connection(), QString::fromUtf8(kRemove), {form, recordKey}, error) &&
           transaction.commit();
}

bool DraftRepository::replaceValue(const QString &from, const QString &to, QString *error) const
{
    Transaction transaction(m_database.connection());
    return transaction.isActive() &&
           execute(m_database.connection(), QString::fromUtf8(kReplaceValue),
                   {quoted(from), quoted(to), QLatin1Char('%') + quoted(from) + QLatin1Char('%')},
                   error) &&
           transaction.commit();
}

} // namespace bb::storage
