// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `bbclinic-cli export-msds --db FILE --from YYYY-MM-DD --to YYYY-MM-DD --dir DIR --org CODE`:
/// the monthly Maternity Services Data Set v2.0 return of those days as one CSV file per table
/// in DIR (made when missing), each written whole or not at all (care::monthlyReturn(),
/// interop::msds::msdsReturn(); docs/msds.md). CODE is the trust's ODS code, which the app's
/// settings do not hold. Each woman in it has the export in her audit trail. Exit 0 when
/// written; 2 on bad arguments or a user who may not make it (nothing written); 1 when the
/// database cannot be read or a file cannot be written.
int runExportMsds(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
