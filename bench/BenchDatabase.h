// SPDX-License-Identifier: MIT
#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>

namespace bb {
class Clock;
}

namespace bb::bench {

/// The file a run uses when none is named: one per size in the temporary folder, kept so that
/// the next run on the same size reuses it instead of generating it again.
QString defaultDatabasePath(int women);

/// Opens the benchmark database at `path`, generating it first when the file does not exist:
/// `women` generated bookings (a fixed seed), stored in batches, then the demo trust's teams,
/// staff and clinics with a named midwife for each woman the teams cover. It is written under
/// another name and renamed when complete, so an interrupted run leaves no half-made file.
/// A file that exists is reused as it is when it holds `women` women; otherwise refused. A team
/// server's database (a postgresql:// address) is generated in place when it holds nobody.
std::unique_ptr<storage::Database> openOrGenerate(const QString &path, int women,
                                                  const Clock &clock, QString *error);

} // namespace bb::bench
