// SPDX-License-Identifier: MIT
#include "storage/ClinicCopy.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sodium.h>

namespace bb::storage {
namespace {

// Not part of a clinic's records: which processes have a file open.
const QStringList kNotCopied = {QStringLiteral("open_marker")};

// Rows every new database is given by its migrations, replaced by the copied ones. The audit
// anchor is never deleted (a trigger refuses): it is updated to the copied one instead.
const QStringList kSeeded = {QStringLiteral("setting"), QStringLiteral("bereavement_support")};

/// The columns of `table` as `db` has them, leaving out the server's own insertion order.
QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != QLatin1String("row_order"))
            columns << record.fieldName(i);
    }
    return columns;
}

QString orderedSelect(const QString &table, const QStringList &columns)
{
    QStringList order;
    for (const QString &column : columns)
        order << column + QStringLiteral(" NULLS FIRST");
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns.join(QStringLiteral(", ")), table, order.join(QStringLiteral(", ")));
}

void addValue(crypto_generichash_state &state, const QVariant &value)
{
    const QByteArray bytes = canonicalValue(value);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                              quint64(bytes.size()));
}

/// Rows and checksum of `table`'s `columns` on `db`.
bool summarise(const QSqlDatabase &db, const QString &table, const QStringList &columns,
               qint64 *rows, QByteArray *checksum, QString *error)
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execute(db, orderedSelect(table, columns), {}, error, &query))
        return false;
    *rows = 0;
    while (query.next()) {
        ++*rows;
        for (int i = 0; i < columns.size(); ++i)
            addValue(state, query.value(i));
    }
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash_final(&state, out, sizeof out);
    *checksum = QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex();
    return true;
}

bool copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
              const QStringList &columns, QString *error)
{
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    // In the order they were written: a row's id, or for a table without one (the decisions of
    // a care-plan version) the insertion order each database keeps.
    const QString order = columns.contains(QStringLiteral("id"))
                              ? QStringLiteral("id")
                              : dialect::insertionOrder(dialectOf(from));
    const bool ordered = order != QLatin1String("row_order") || from.record(table).contains(order);
    if (!execute(
            from,
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table) +
                (ordered ? QStringLiteral(" ORDER BY ") + order : QString()),
            {}, error, &rows))
        return false;
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const bool anchor = table == QLatin1String("audit_anchor");
    const QString insert =
        anchor
            ? QStringLiteral("UPDATE audit_anchor SET last_id = ?, hash = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    QSqlQuery write(to);
    if (!write.prepare(insert)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(table, write.lastError().text());
        return false;
    }
    while (rows.next()) {
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i)
            values << rows.value(i);
        if (anchor)
            values = {rows.value(columns.indexOf(QStringLiteral("last_id"))),
                      rows.value(columns.indexOf(QStringLiteral("hash"))),
                      rows.value(columns.indexOf(QStringLiteral("id")))};
        for (int i = 0; i < values.size(); ++i)
            write.bindValue(i, bindable(values.at(i)));
        if (!write.exec()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(table, write.lastError().text());
            return false;
        }
    }
    return true;
}

bool isNew(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!execute(db,
                 QStringLiteral("SELECT (SELECT count(*) FROM app_user) + "
                                "(SELECT count(*) FROM woman) + (SELECT count(*) FROM staff)"),
                 {}, error, &q) ||
        !q.next())
        return false;
    return q.value(0).toLongLong() == 0;
}

} // namespace

QStringList copiedTables()
{
    QStringList tables =
        migrations::tablesUpTo(Dialect::SQLite, migrations::latest(Dialect::SQLite));
    for (const QString &skipped : kNotCopied)
        tables.removeAll(skipped);
    return tables;
}

ClinicCopy copyClinic(const Database &from, const Database &to)
{
    ClinicCopy copy;
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    if (from.schemaVersion() != to.schemaVersion()) {
        copy.error = QStringLiteral("the two databases are at different schemas (%1 and %2)")
                         .arg(from.schemaVersion())
                         .arg(to.schemaVersion());
        return copy;
    }
    QString problem;
    if (!isNew(target, &problem)) {
        copy.error = problem.isEmpty()
                         ? QStringLiteral("%1 already holds staff, users or women; a clinic is "
                                          "copied only into a new database")
                               .arg(to.path())
                         : problem;
        return copy;
    }
    Transaction transaction(target);
    if (!transaction.isActive()) {
        copy.error = transaction.error();
        return copy;
    }
    const QStringList tables = copiedTables();
    QHash<QString, QStringList> columns; // as the source has them; the target has the same
    for (const QString &table : tables)
        columns.insert(table, columnsOf(source, table));
    for (const QString &table : kSeeded) {
        if (!execute(target, QStringLiteral("DELETE FROM %1").arg(table), {}, &copy.error))
            return copy;
    }
    for (const QString &table : tables) {
        if (!copyRows(source, target, table, columns.value(table), &copy.error))
            return copy;
    }
    // The server's identity columns go on from the highest id copied.
    if (dialectOf(target) == Dialect::PostgreSQL) {
        for (const QString &table : tables) {
            if (!columns.value(table).contains(QStringLiteral("id")))
                continue;
            if (!execute(target,
                         QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                        "coalesce(max(id), 0) + 1, false) FROM %1 "
                                        "WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL")
                             .arg(table),
                         {}, &copy.error))
                return copy;
        }
    }
    bool allSame = true;
    for (const QString &table : tables) {
        CopiedTable copied;
        copied.name = table;
        if (!summarise(source, table, columns.value(table), &copied.rowsFrom, &copied.checksumFrom,
                       &copy.error) ||
            !summarise(target, table, columns.value(table), &copied.rowsTo, &copied.checksumTo,
                       &copy.error))
            return copy;
        allSame = allSame && copied.same();
        copy.tables << copied;
    }
    if (!allSame) {
        QStringList differ;
        for (const CopiedTable &t : std::as_const(copy.tables)) {
            if (!t.same())
                differ << t.name;
        }
        copy.error = QStringLiteral("the copy differs from the original in %1, so nothing was "
                                    "kept")
                         .arg(differ.join(QStringLiteral(", ")));
        return copy;
    }
    if (!transaction.commit())
        copy.error = transaction.error();
    return copy;
}

} // namespace bb::storage
