// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace bb::storage {

/// One write, one transaction. Begins with `BEGIN IMMEDIATE` (Qt's transaction() sends a
/// deferred BEGIN, which fails at once when another connection holds the lock instead of
/// waiting for the busy timeout) and rolls back on destruction unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

/// Qt binds a null QString as SQL NULL; text columns that are NOT NULL want '' instead.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// Runs a prepared query; on failure describes the driver's error together with the query.
bool execute(QSqlQuery &query, QString *error);

/// Prepares and runs `sql` with positional values bound in order.
bool execute(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error,
             QSqlQuery *result = nullptr);

} // namespace bb::storage
