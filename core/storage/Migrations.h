// SPDX-License-Identifier: MIT
#pragma once

#include "storage/Dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>

namespace bb::storage::migrations {

/// The numbered migration files (`0001_initial.sql`) of a dialect, by number: SQLite's in
/// `:/migrations`, the server's in `:/migrations/postgresql`. Both end at the same number: a
/// schema version means the same tables on either.
std::map<int, QString> files(Dialect dialect);

/// The newest schema version this build knows.
int latest(Dialect dialect);

/// Splits a migration into statements. Migrations hold plain DDL and DML, with no semicolons
/// inside string literals or comments, so a split on ';' after dropping `--` comments is exact
/// once a SQLite trigger's body (its statements up to END) or a PostgreSQL function's
/// dollar-quoted body is kept whole.
QStringList statementsOf(Dialect dialect, const QString &script);

/// Runs every statement of the migration `file` on `db`, in the caller's transaction. Empty when
/// all ran; otherwise what failed, with the statement it failed in.
QString run(const QSqlDatabase &db, Dialect dialect, const QString &file);

/// The tables a dialect's migrations up to `version` create, read from the migrations.
QStringList tablesUpTo(Dialect dialect, int version);

} // namespace bb::storage::migrations
