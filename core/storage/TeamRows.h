// SPDX-License-Identifier: MIT
#pragma once
// Internal to the staff and appointment repositories: how their values are written to and read
// from rows, and how a refusal is reported. Not part of the storage API.

#include "domain/FieldError.h"
#include "storage/Sql.h"

#include <QDate>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>

namespace bb::storage::rows {

inline QString sql(const char *text)
{
    return QString::fromUtf8(text);
}
inline QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
inline QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}
/// Times are HH:MM text, so that they compare as times in SQL on any database.
inline QString hhmm(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}
inline QTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}
inline QVariant timeOrNull(const QTime &time)
{
    return time.isValid() ? QVariant(hhmm(time)) : QVariant();
}

inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// One `path: message` line per problem.
inline bool refuse(const FieldErrors &errors, QString *error)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.toString();
    return fail(error, lines.join(QLatin1Char('\n')));
}

/// Whether `query` (with its values bound) finds a row.
inline bool exists(QSqlDatabase db, const char *query, const QVariantList &values)
{
    QSqlQuery q(db);
    return execute(db, sql(query), values, nullptr, &q) && q.next();
}

/// Inserts when `id` is 0 (and sets it), else updates the row, which must exist.
inline bool upsert(QSqlDatabase db, qint64 &id, const char *insert, const char *update,
                   QVariantList values, const QString &what, QString *error)
{
    if (id == 0)
        return insertRow(db, sql(insert), values, &id, error);
    values << id;
    QSqlQuery q(db);
    if (!execute(db, sql(update), values, error, &q))
        return false;
    return q.numRowsAffected() == 1 ||
           fail(error, QStringLiteral("no %1 with id %2").arg(what).arg(id));
}

} // namespace bb::storage::rows
