// SPDX-License-Identifier: MIT
#include "storage/GrowingRows.h"

#include "storage/Sql.h"

namespace bb::storage {

std::optional<GrowingRows> countGrowingRows(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!execute(db,
                 QStringLiteral("SELECT (SELECT count(*) FROM woman), "
                                "(SELECT count(*) FROM pregnancy), "
                                "(SELECT count(*) FROM audit_event)"),
                 {}, error, &q) ||
        !q.next())
        return std::nullopt;
    return GrowingRows{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace bb::storage
