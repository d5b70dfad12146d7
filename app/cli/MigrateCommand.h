// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `migrate --from FILE --to postgresql://…`: copies a clinic's whole file into a new database
/// on the team server (storage::copyClinic()), logged in as an administrator of the file, and
/// prints each table's rows and checksum on both sides. Nothing is kept on the server unless
/// every count and checksum is equal; the file is only read.
int runMigrate(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
