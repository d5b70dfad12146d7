// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"

#include <QString>

#include <functional>
#include <optional>

namespace bb {
class Clock;
}

namespace bb::care {

class Clinic;

/// A backup put in place of the clinic's database.
struct RestoreDone
{
    QString keptAs; ///< where the file it replaced was kept; empty when there was none
    qint64 women = 0;
    qint64 pregnancies = 0;
};

/// Puts the backup `from` in place of the database at `databasePath`. The backup is copied
/// beside the database and checked there first: it must open as a clinic database of a schema
/// this build knows (an older one is upgraded), pass its integrity check, and be restored by an
/// administrator among its own users, whom `logIn` logs in. Only then is the live file (with
/// its journal) renamed to `<database>.before-restore-<yyyyMMdd-HHmmss>` and the checked copy
/// put in its place, the restore recorded in its audit trail. Until then neither `from` nor the
/// live database is changed; a refusal leaves nothing behind.
/// A backup encrypted with the trust's passphrase (access::sealFile()) is decrypted there with
/// the passphrase `passphrase` gives, and refused when it is wrong or the file was changed.
Outcome<RestoreDone> restoreBackup(const QString &from, const QString &databasePath,
                                   const Clock &clock,
                                   const std::function<Outcome<Actor>(const Clinic &)> &logIn,
                                   const std::function<std::optional<QString>()> &passphrase = {});

} // namespace bb::care
