// SPDX-License-Identifier: MIT
#include "storage/Sql.h"

#include "storage/Dialect.h"

#include <QSqlError>
#include <QtEndian>

namespace bb::storage {

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
    if (dialectOf(db) == Dialect::PostgreSQL) {
        QVariantList bound;
        bound.reserve(values.size());
        for (const QVariant &value : values)
            bound << bindable(value);
        const QString statement = dialect::withLiterals(db, sql, bound, error);
        if (statement.isEmpty())
            return false;
        if (query.exec(statement))
            return true;
        // The statement as written, never with her details in it.
        if (error)
            *error = QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.simplified());
        return false;
    }
    if (!query.prepare(sql)) {
        if (error)
            *error = QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.simplified());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    return execute(query, error);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant(QString());
}

bool insertRow(QSqlDatabase db, const QString &sql, const QVariantList &values, qint64 *id,
               QString *error)
{
    QSqlQuery query(db);
    if (dialectOf(db) == Dialect::PostgreSQL) {
        if (!execute(db, sql + QStringLiteral(" RETURNING id"), values, error, &query))
            return false;
        *id = query.next() ? query.value(0).toLongLong() : 0;
        return true;
    }
    if (!execute(db, sql, values, error, &query))
        return false;
    *id = query.numRowsAffected() > 0 ? query.lastInsertId().toLongLong() : 0;
    return true;
}

QByteArray canonicalValue(const QVariant &value)
{
    QByteArray bytes;
    char tag = 'n';
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        tag = 'i';
        bytes = QByteArray::number(value.toLongLong());
        break;
    case QMetaType::Double:
        tag = 'r';
        bytes = QByteArray::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        tag = 'b';
        bytes = value.toByteArray();
        break;
    default:
        tag = 't';
        bytes = value.toString().toUtf8();
    }
    char length[8];
    qToLittleEndian<quint64>(quint64(bytes.size()), length);
    return tag + QByteArray(length, sizeof length) + bytes;
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

} // namespace bb::storage
