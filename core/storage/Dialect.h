// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace bb::storage {

/// The SQL that differs between a clinic's SQLite file and the team's PostgreSQL server, and
/// nothing else: repositories write portable SQL and ask here for the few fragments that cannot
/// be. Everything here is tested on both (tests/storage/DialectTest.cpp).
enum class Dialect
{
    SQLite,
    PostgreSQL
};

Dialect dialectOf(const QSqlDatabase &db);

namespace dialect {

/// The statements that open a connection's outermost write transaction, each run in order.
/// SQLite: `BEGIN IMMEDIATE`, which takes the file's one write lock at once and waits out the
/// busy timeout for it. PostgreSQL: `BEGIN` and then one transaction-scoped advisory lock that
/// every writer of the app takes, so that writes are serialised as they are on a file: every
/// use case that reads and then writes (is she already here? which version comes next?) keeps
/// the meaning it has on SQLite, without retry loops in each of them. A write holds it for
/// milliseconds; the server's lock_timeout bounds the wait as the busy timeout does on a file.
QStringList beginWrite(Dialect dialect);

/// Whether a failed statement failed because another writer held the lock past the timeout.
bool isBusy(Dialect dialect, const QString &nativeErrorCode);

/// Whether a failed statement failed because the connection to a team server was lost or
/// refused: a file is never out of reach.
bool isUnreachable(Dialect dialect, const QString &nativeErrorCode);

/// Text values of `expression` over a group, joined by `separator` (a literal), in no set order.
QString joinedText(Dialect dialect, const QString &expression, const QString &separator);

/// Text values of `expression` over the rows of `fromWhere` ("table WHERE condition"), in the
/// order of `expression`, joined by `separator`, as one scalar subquery.
QString joinedInOrder(Dialect dialect, const QString &expression, const QString &separator,
                      const QString &fromWhere);

/// Whole days from the ISO date `earlier` to the ISO date `later` (both SQL expressions).
QString daysBetween(Dialect dialect, const QString &later, const QString &earlier);

/// The column that gives a table without an id of its own the order its rows were written in.
QString insertionOrder(Dialect dialect);

/// The server's statement with its values in place of its `?` placeholders (those outside
/// quoted text, quoted names and comments), each written as a literal by the connection's own
/// driver: the way Qt's PostgreSQL driver sends a prepared statement's values too, but in one
/// round trip to the server instead of three (PREPARE, EXECUTE, DEALLOCATE). Empty with `error`
/// when the placeholders and the values do not match in number.
QString withLiterals(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                     QString *error);

} // namespace dialect
} // namespace bb::storage
