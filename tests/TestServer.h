// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb::test {

struct ScratchDir;

/// Whether this run's tests go to the team server: ctest passes --on-server to the
/// second registration of the storage, care and command-line suites, and tools/dev test sets
/// BBCLINIC_TEST_SERVER to the address of a throwaway cluster (tools/test-server).
bool onServer();

/// Where a test keeps the database it calls `name`: the file of that name in its scratch folder,
/// or, on the server, a database of its own made for it (the same one each time it is asked for
/// the same name in the same scratch folder), as an address Database::open() takes.
QString databaseAt(const ScratchDir &scratch, const QString &name);

/// A database on the server with nothing in it, not even the schema, as an address; with
/// `cLocale` false it sorts text by a locale's rules (C.UTF-8), as a server's default may.
QString emptyServerDatabase(bool cLocale = true);

/// Runs `sql` on the server's database at `address` (made by the two above) behind the app's
/// back; false with `error` when it fails.
bool runOnServer(const QString &address, const QString &sql, QString *error);

/// The server stops taking connections to the database at `address` and ends those it has, as
/// when the network to it drops (`reachable` false); or takes them again (`reachable` true).
void setServerDatabaseReachable(const QString &address, bool reachable);

/// Drops the server databases this process made; called once the tests have run.
void dropServerDatabases();

/// The exit code ctest counts as "skipped": a server test run without a server to go to.
inline constexpr int kSkipped = 77;

} // namespace bb::test
