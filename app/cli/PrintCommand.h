// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `bbclinic-cli print --db FILE --nhs-number N --document careplan --out FILE.pdf`: prints the
/// latest stored version of the care plan of her latest pregnancy as a PDF, with the settings
/// stored in the database. Exit 0 when written; 2 on bad arguments (one `--option: message`
/// line each; no file written, the database not touched); 1 when the database cannot be opened
/// or the file cannot be written.
int runPrint(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
