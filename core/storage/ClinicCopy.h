// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace bb::storage {

class Database;

/// One table as copied: its rows on each side and a checksum of each side's rows.
struct CopiedTable
{
    QString name;
    qint64 rowsFrom = 0;
    qint64 rowsTo = 0;
    QByteArray checksumFrom; ///< hex BLAKE2b-256 of its rows in a fixed order
    QByteArray checksumTo;
    bool same() const { return rowsFrom == rowsTo && checksumFrom == checksumTo; }
};

/// Copies every row of every table of `from` into `to`, both at today's schema: a laptop's file
/// onto the team server (or back). `to` must be new: no users and no women. Everything is one
/// transaction on `to`, which commits only once every table's row count and checksum read back
/// from `to` equal those of `from`; otherwise nothing is left in `to` and the tables that
/// differ are listed. Row ids are kept as they are, so every reference between rows holds, and
/// the server's identity columns go on from the highest.
///
/// The checksum reads each row's values with their kind (integer, real, text, bytes, null) in
/// the order of all its columns, so a value the copy changed, lost or added shows.
struct ClinicCopy
{
    QList<CopiedTable> tables;
    QString error; ///< empty once copied and committed
};

ClinicCopy copyClinic(const Database &from, const Database &to);

/// The tables copied, in an order where every table comes after those it refers to.
QStringList copiedTables();

} // namespace bb::storage
