// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace bb::app {

/// `clinic.sqlite.lock` for `clinic.sqlite`.
QString lockFilePathFor(const QString &databasePath);

/// One copy of the app opens a database at a time: two windows on one file would each save over
/// the other's forms. Takes the lock file beside the database, or returns null and sets
/// `refusal` to a sentence naming the file and who has it open. A lock left by an app that
/// crashed (its process is no longer running on this host) is taken over. The command line
/// takes no such lock: SQLite's own locking keeps it safe alongside the app.
std::unique_ptr<QLockFile> lockDatabaseForThisApp(const QString &databasePath, QString *refusal);

} // namespace bb::app
