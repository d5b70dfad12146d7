// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `restore --from FILE --db F`: puts a backup in place of the database (care::restoreBackup()),
/// logged in as an administrator of the backup, while holding the app's lock on F so that no
/// window has it open meanwhile.
int runRestore(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
