// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace bb::storage {

class Database;

/// The tables whose rows carry a seal: a BLAKE2b checksum (libsodium) over the fields a
/// clinician relies on, written with the row and compared whenever the row is relied on.
/// SQLite keeps no checksum of its own pages, so a flipped byte on the disk can change a date
/// of birth or a care plan and still read as a sound row; a seal that no longer matches is how
/// that is told apart from what was saved.
enum class SealedTable
{
    Woman,          ///< her identity: NHS number, names, date of birth, address, GP
    Pregnancy,      ///< the pregnancy's dates and obstetric history
    Booking,        ///< the booking assessment
    CarePlanVersion ///< a saved version of her care plan, with the booking it was made from
};

/// One sealed row whose content no longer matches its seal, or that has none.
struct DamagedRow
{
    SealedTable table = SealedTable::Woman;
    qint64 rowId = 0;
    qint64 womanId = 0; ///< whose record it is part of, as the row now reads
    QVariant which;     ///< a pregnancy's booking date, a plan's version number
};

/// Writes and checks seals. Repositories seal each row they write, inside their transaction;
/// readers ask whether the rows they rely on are intact.
class Seals
{
public:
    explicit Seals(const Database &database);

    /// Seals the rows of `table` that `where` selects (an SQL condition on its columns, with
    /// `values` bound in order), as they now are.
    bool seal(SealedTable table, const QString &where, const QVariantList &values,
              QString *error) const;
    /// Seals one row of `table` by its row id.
    bool sealRow(SealedTable table, qint64 rowId, QString *error) const;

    /// The rows of `table` selected by `where` whose seal does not match; none when all are
    /// intact; nothing (with `error`) when they cannot be read.
    std::optional<QList<DamagedRow>> damaged(SealedTable table, const QString &where,
                                             const QVariantList &values, QString *error) const;

    /// The damaged rows of one woman's record: her own, her pregnancies', their bookings' and
    /// their care plans'.
    std::optional<QList<DamagedRow>> damagedInRecordOf(qint64 womanId, QString *error) const;
    /// Every damaged row in the file.
    std::optional<QList<DamagedRow>> damagedAnywhere(QString *error) const;

    /// Seals, in batches of their own transactions, every row that has no seal yet: the rows
    /// written before seals were kept (schema 27). Returns how many; after it has once run to
    /// the end, a row without a seal is damaged, not new. Run on every open for writing.
    std::optional<int> sealUnsealed(const QDateTime &at, QString *error) const;
    /// Whether sealUnsealed() has once run to the end on this file.
    bool allSealed(QString *error) const;

    static QList<SealedTable> tables();
    static QString tableName(SealedTable table);

private:
    const Database &m_database;
};

} // namespace bb::storage
