// SPDX-License-Identifier: MIT
#include "storage/Dialect.h"

namespace bb::storage {

namespace {
// Any fixed number will do, so long as every writer of the app uses the same one ("BBc1").
constexpr qint64 kWriterLock = 0x42426331;
} // namespace

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

namespace dialect {

QStringList beginWrite(Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL)
        return {QStringLiteral("BEGIN"),
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock)};
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

bool isBusy(Dialect dialect, const QString &nativeErrorCode)
{
    // SQLITE_BUSY; PostgreSQL's lock_not_available (a lock_timeout) and deadlock_detected.
    if (dialect == Dialect::PostgreSQL)
        return nativeErrorCode == QLatin1String("55P03") ||
               nativeErrorCode == QLatin1String("40P01");
    return nativeErrorCode == QLatin1String("5");
}

QString joinedText(Dialect dialect, const QString &expression, const QString &separator)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("string_agg(CAST(%1 AS TEXT), '%2')").arg(expression, separator);
    return QStringLiteral("group_concat(%1, '%2')").arg(expression, separator);
}

QString joinedInOrder(Dialect dialect, const QString &expression, const QString &separator,
                      const QString &fromWhere)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("(SELECT string_agg(CAST(%1 AS TEXT), '%2' ORDER BY %1) FROM %3)")
            .arg(expression, separator, fromWhere);
    // SQLite's group_concat keeps the order of the rows it is given.
    return QStringLiteral("(SELECT group_concat(%1, '%2') FROM (SELECT %1 FROM %3 ORDER BY %1))")
        .arg(expression, separator, fromWhere);
}

QString daysBetween(Dialect dialect, const QString &later, const QString &earlier)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("(CAST(%1 AS DATE) - CAST(%2 AS DATE))").arg(later, earlier);
    return QStringLiteral("CAST(julianday(%1) - julianday(%2) AS INTEGER)").arg(later, earlier);
}

QString insertionOrder(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("row_order") : QStringLiteral("rowid");
}

} // namespace dialect
} // namespace bb::storage
