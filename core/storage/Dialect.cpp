// SPDX-License-Identifier: MIT
#include "storage/Dialect.h"

#include <QSqlDriver>
#include <QSqlField>

#include <algorithm>

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

bool isUnreachable(Dialect dialect, const QString &nativeErrorCode)
{
    // No SQLSTATE: libpq failed before the server answered (the connection is gone). Class 08
    // is a connection exception; 57P01-57P03 the server shutting down or not yet started.
    if (dialect != Dialect::PostgreSQL)
        return false;
    return nativeErrorCode.isEmpty() || nativeErrorCode.startsWith(QLatin1String("08")) ||
           nativeErrorCode == QLatin1String("57P01") || nativeErrorCode == QLatin1String("57P02") ||
           nativeErrorCode == QLatin1String("57P03");
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

QString withLiterals(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                     QString *error)
{
    const QSqlDriver *driver = db.driver();
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0; // the next value
    // Copies sql[from, to) as it is; `to` clamped to the end.
    const auto copyUntil = [&](qsizetype from, qsizetype to) {
        out += QStringView(sql).mid(from, std::min(to, sql.size()) - from);
        return std::min(to, sql.size());
    };
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql.at(i);
        const QChar after = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // Quoted text or a quoted name: up to its closing quote; a doubled quote is one.
            qsizetype end = i + 1;
            while (end < sql.size()) {
                if (sql.at(end) == c) {
                    if (end + 1 < sql.size() && sql.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            i = copyUntil(i, end + 1);
        } else if (c == QLatin1Char('-') && after == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = copyUntil(i, end < 0 ? sql.size() : end);
        } else if (c == QLatin1Char('$') && after == QLatin1Char('$')) {
            const qsizetype end = sql.indexOf(QLatin1String("$$"), i + 2);
            i = copyUntil(i, end < 0 ? sql.size() : end + 2);
        } else if (c == QLatin1Char('?')) {
            if (next >= values.size()) {
                next = -1; // more placeholders than values
                break;
            }
            const QVariant &value = values.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            out += driver->formatValue(field);
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    if (next != values.size()) {
        if (error)
            *error = QStringLiteral("%1 values for the placeholders of: %2")
                         .arg(values.size())
                         .arg(sql.simplified());
        return {};
    }
    return out;
}

} // namespace dialect
} // namespace bb::storage
