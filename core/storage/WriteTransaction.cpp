// SPDX-License-Identifier: MIT
#include "storage/WriteTransaction.h"

#include "storage/Database.h"

#include <QSqlError>

namespace bb::storage {

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_error = Database::writeRefusalFor(m_db.connectionName());
    if (!m_error.isEmpty())
        return;
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = QStringLiteral("could not start a write: %1").arg(begin.lastError().text());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        m_error = QStringLiteral("could not save: %1").arg(commitQuery.lastError().text());
        return false;
    }
    m_active = false;
    return true;
}

bool execute(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error) {
        *error = QStringLiteral("%1 (in: %2)")
                     .arg(query.lastError().text(), query.lastQuery().simplified());
    }
    return false;
}

bool execute(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error,
             QSqlQuery *result)
{
    QSqlQuery local(db);
    QSqlQuery &query = result ? *result : local; // a caller's query was made on `db`
    if (!query.prepare(sql)) {
        if (error)
            *error = QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.simplified());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    return execute(query, error);
}

} // namespace bb::storage
