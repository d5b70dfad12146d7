// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace bb::storage {

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
