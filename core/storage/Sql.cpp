// SPDX-License-Identifier: MIT
#include "storage/Sql.h"

#include <QSqlError>

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
