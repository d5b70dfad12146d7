// SPDX-License-Identifier: MIT
#include "storage/Seals.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

#include <sodium.h>

namespace bb::storage {
namespace {

constexpr int kSealBytes = crypto_generichash_BYTES; // 32: BLAKE2b-256
constexpr int kBatchRows = 2000; // a batch of first seals commits well inside a second
constexpr auto kAllSealedKey = "rows_sealed";

/// The codes kept for a row in a table of their own, in order, as one value of its seal.
QString codesIn(Dialect dialect, const char *table, const char *where)
{
    return dialect::joinedInOrder(
        dialect, QStringLiteral("code"), QStringLiteral(","),
        QStringLiteral("%1 WHERE %2").arg(QLatin1String(table), QLatin1String(where)));
}

/// The row's own key: the rowid on SQLite, named so that the server has it too.
QString keyOf(SealedTable table)
{
    return table == SealedTable::Booking ? QStringLiteral("pregnancy_id") : QStringLiteral("id");
}

/// The columns each seal covers, one expression each: what a clinician relies on, not what is
/// derived from it (search keys, the EDD kept for lists) nor what other use cases change on
/// their own (status, entered in error), which no seal covers.
QStringList sealedColumns(Dialect dialect, SealedTable table)
{
    switch (table) {
    case SealedTable::Woman:
        // With her circumstances (safeguarding among them), kept in rows of their own.
        return {QStringLiteral("nhs_number"),
                QStringLiteral("given_name"),
                QStringLiteral("family_name"),
                QStringLiteral("date_of_birth"),
                QStringLiteral("address"),
                QStringLiteral("postcode"),
                QStringLiteral("phone"),
                QStringLiteral("gp_practice"),
                codesIn(dialect, "woman_social", "woman_id = woman.id")};
    case SealedTable::Pregnancy:
        return {QStringLiteral("woman_id"),
                QStringLiteral("booking_date"),
                QStringLiteral("lmp"),
                QStringLiteral("scan_date"),
                QStringLiteral("scan_crl_mm"),
                QStringLiteral("fetuses"),
                QStringLiteral("previous_births"),
                QStringLiteral("previous_losses"),
                QStringLiteral("previous_caesareans"),
                QStringLiteral("years_since_last_pregnancy"),
                QStringLiteral("conception"),
                QStringLiteral("conception_asked")};
    case SealedTable::Booking:
        // With the conditions she has, kept in rows of their own, which the rules plan from.
        return {QStringLiteral("pregnancy_id"),
                QStringLiteral("height_cm"),
                QStringLiteral("weight_kg"),
                QStringLiteral("co_ppm"),
                QStringLiteral("smoking"),
                QStringLiteral("smoking_asked"),
                QStringLiteral("low_mood"),
                QStringLiteral("little_interest"),
                QStringLiteral("gad2_score"),
                QStringLiteral("place_of_birth"),
                codesIn(dialect, "booking_condition", "pregnancy_id = booking.pregnancy_id")};
    case SealedTable::CarePlanVersion:
        return {QStringLiteral("pregnancy_id"), QStringLiteral("version"),
                QStringLiteral("encoding"),     QStringLiteral("plan_json"),
                QStringLiteral("booking_json"), QStringLiteral("chosen_place_of_birth"),
                QStringLiteral("what_matters"), QStringLiteral("birth_preferences"),
                QStringLiteral("saved_by"),     QStringLiteral("saved_at")};
    }
    return {};
}

/// Each value with its type and length, so that no two different rows read the same: NULL and
/// '' differ, as do 1 and '1', and "ab","c" and "a","bc".
QByteArray canonical(SealedTable table, const QSqlQuery &row, int firstColumn, int columns)
{
    // Its table and row id first: a row whose id changed on the disk is not the row sealed.
    QByteArray out =
        Seals::tableName(table).toUtf8() + ':' + QByteArray::number(row.value(0).toLongLong());
    for (int i = firstColumn; i < firstColumn + columns; ++i)
        out.append(canonicalValue(row.value(i)));
    return out;
}

QByteArray sealOf(const QByteArray &content)
{
    static const bool ready = sodium_init() >= 0;
    Q_ASSERT(ready);
    QByteArray out(kSealBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kSealBytes,
                       reinterpret_cast<const unsigned char *>(content.constData()),
                       quint64(content.size()), nullptr, 0);
    return out;
}

int columnCount(SealedTable table)
{
    return int(sealedColumns(Dialect::SQLite, table).size()); // alike on both
}

/// Whose record a row is part of, and which of her rows it is, for saying what is damaged.
QString womanAndWhich(SealedTable table)
{
    switch (table) {
    case SealedTable::Woman:
        return QStringLiteral("id, NULL");
    case SealedTable::Pregnancy:
        return QStringLiteral("woman_id, booking_date");
    case SealedTable::Booking:
        return QStringLiteral("(SELECT woman_id FROM pregnancy WHERE id = pregnancy_id), "
                              "(SELECT booking_date FROM pregnancy WHERE id = pregnancy_id)");
    case SealedTable::CarePlanVersion:
        return QStringLiteral("(SELECT woman_id FROM pregnancy WHERE id = pregnancy_id), version");
    }
    return {};
}

constexpr int kFirstSealed = 4; // key, seal, woman, which, then the sealed columns

QString selectFor(Dialect dialect, SealedTable table, const QString &where)
{
    return QStringLiteral("SELECT %1, seal, %2, %3 FROM %4 WHERE %5")
        .arg(keyOf(table), womanAndWhich(table),
             sealedColumns(dialect, table).join(QStringLiteral(", ")), Seals::tableName(table),
             where);
}

} // namespace

Seals::Seals(const Database &database) : m_database(database) {}

QList<SealedTable> Seals::tables()
{
    return {SealedTable::Woman, SealedTable::Pregnancy, SealedTable::Booking,
            SealedTable::CarePlanVersion};
}

QString Seals::tableName(SealedTable table)
{
    switch (table) {
    case SealedTable::Woman:
        return QStringLiteral("woman");
    case SealedTable::Pregnancy:
        return QStringLiteral("pregnancy");
    case SealedTable::Booking:
        return QStringLiteral("booking");
    case SealedTable::CarePlanVersion:
        return QStringLiteral("care_plan_version");
    }
    return {};
}

bool Seals::seal(SealedTable table, const QString &where, const QVariantList &values,
                 QString *error) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!execute(db, selectFor(dialectOf(db), table, where), values, error, &rows))
        return false;
    QList<std::pair<qint64, QByteArray>> seals;
    while (rows.next()) {
        seals.append({rows.value(0).toLongLong(),
                      sealOf(canonical(table, rows, kFirstSealed, columnCount(table)))});
    }
    const QString update =
        QStringLiteral("UPDATE %1 SET seal = ? WHERE %2 = ?").arg(tableName(table), keyOf(table));
    for (const auto &[rowId, seal] : seals) {
        if (!execute(db, update, {seal, rowId}, error))
            return false;
    }
    return true;
}

bool Seals::sealRow(SealedTable table, qint64 rowId, QString *error) const
{
    return seal(table, keyOf(table) + QStringLiteral(" = ?"), {rowId}, error);
}

std::optional<QList<DamagedRow>> Seals::damaged(SealedTable table, const QString &where,
                                                const QVariantList &values, QString *error) const
{
    QString sealingError;
    const bool sealed = allSealed(&sealingError);
    const QSqlDatabase db = m_database.connection();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!sealingError.isEmpty() ||
        !execute(db, selectFor(dialectOf(db), table, where), values, error, &rows)) {
        if (error && error->isEmpty())
            *error = sealingError;
        return std::nullopt;
    }
    QList<DamagedRow> damaged;
    while (rows.next()) {
        const QVariant stored = rows.value(1);
        if (stored.isNull() && !sealed)
            continue; // written before seals were kept, and not yet sealed
        if (stored.toByteArray() !=
            sealOf(canonical(table, rows, kFirstSealed, columnCount(table))))
            damaged.append(
                {table, rows.value(0).toLongLong(), rows.value(2).toLongLong(), rows.value(3)});
    }
    return damaged;
}

std::optional<QList<DamagedRow>> Seals::damagedInRecordOf(qint64 womanId, QString *error) const
{
    const QString ofHerPregnancies =
        QStringLiteral("pregnancy_id IN (SELECT id FROM pregnancy WHERE woman_id = ?)");
    const std::pair<SealedTable, QString> parts[] = {
        {SealedTable::Woman, QStringLiteral("id = ?")},
        {SealedTable::Pregnancy, QStringLiteral("woman_id = ?")},
        {SealedTable::Booking, ofHerPregnancies},
        {SealedTable::CarePlanVersion, ofHerPregnancies}};
    QList<DamagedRow> all;
    for (const auto &[table, where] : parts) {
        const auto rows = damaged(table, where, {womanId}, error);
        if (!rows)
            return std::nullopt;
        all << *rows;
    }
    return all;
}

std::optional<QList<DamagedRow>> Seals::damagedAnywhere(QString *error) const
{
    QList<DamagedRow> all;
    for (const SealedTable table : tables()) {
        const auto rows = damaged(table, QStringLiteral("1 = 1"), {}, error);
        if (!rows)
            return std::nullopt;
        all << *rows;
    }
    return all;
}

bool Seals::allSealed(QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!execute(m_database.connection(), QStringLiteral("SELECT 1 FROM setting WHERE key = ?"),
                 {QString::fromLatin1(kAllSealedKey)}, error, &q))
        return false;
    return q.next();
}

std::optional<int> Seals::sealUnsealed(const QDateTime &at, QString *error) const
{
    if (allSealed(error))
        return 0;
    if (error && !error->isEmpty())
        return std::nullopt;
    const QSqlDatabase db = m_database.connection();
    int sealed = 0;
    for (const SealedTable table : tables()) {
        for (;;) {
            Transaction batch(db);
            if (!batch.isActive()) {
                if (error)
                    *error = batch.error();
                return std::nullopt;
            }
            QSqlQuery count(db);
            const QString where =
                QStringLiteral("%1 IN (SELECT %1 FROM %2 WHERE seal IS NULL LIMIT %3)")
                    .arg(keyOf(table), tableName(table))
                    .arg(kBatchRows);
            if (!execute(
                    db,
                    QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(tableName(table), where),
                    {}, error, &count) ||
                !count.next())
                return std::nullopt;
            const int rows = count.value(0).toInt();
            if (rows > 0 && !seal(table, where, {}, error))
                return std::nullopt;
            if (!batch.commit()) {
                if (error)
                    *error = batch.error();
                return std::nullopt;
            }
            sealed += rows;
            if (rows < kBatchRows)
                break;
        }
    }
    Transaction done(db);
    if (!done.isActive() ||
        !execute(db,
                 QStringLiteral("INSERT INTO setting (key, value, updated_at) "
                                "VALUES (?, '1', ?) ON CONFLICT (key) DO NOTHING"),
                 {QString::fromLatin1(kAllSealedKey), at.toString(Qt::ISODate)}, error) ||
        !done.commit()) {
        if (error && error->isEmpty())
            *error = done.error();
        return std::nullopt;
    }
    return sealed;
}

} // namespace bb::storage
