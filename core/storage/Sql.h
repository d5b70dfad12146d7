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

/// The first column of the first row of `statement`, run unprepared (a PRAGMA, a SET); an empty
/// string when it returns no row, and invalid with `error` when it fails.
QVariant scalar(const QSqlDatabase &db, const QString &statement, QString *error = nullptr);

/// Runs the INSERT `sql` (values bound in order) and sets `id` to the new row's id column:
/// SQLite's last insert rowid, or PostgreSQL's `RETURNING id`; 0 when the statement inserted
/// nothing (an `ON CONFLICT … DO NOTHING` that found the row there).
bool insertRow(QSqlDatabase db, const QString &sql, const QVariantList &values, qint64 *id,
               QString *error);

/// A value read from either database as bytes that are the same for the same value on both: its
/// kind (integer, real, text, bytes or null), its length and its bytes. Seals and the checksums
/// of a copied clinic read rows through it; PostgreSQL's driver gives a BIGINT as an unsigned
/// number, SQLite's a signed one, and both are integers here.
QByteArray canonicalValue(const QVariant &value);

/// A value as the connection's driver binds it faithfully: PostgreSQL's driver sends a bool as
/// TRUE or FALSE, which an INTEGER column refuses, so flags go as 1 and 0 on both.
QVariant bindable(const QVariant &value);

} // namespace bb::storage
