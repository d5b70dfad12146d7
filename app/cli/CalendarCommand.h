// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `bbclinic-cli export-calendar --db FILE --nhs-number N --out FILE.ics`: her booked
/// appointments in her latest pregnancy as an iCalendar file for her phone, made by her copy's
/// rules (documents::herCalendar()). The export is in the audit trail. Exit 0 when written; 2 on
/// bad arguments, or when she is not found (nothing written); 1 when the database cannot be read
/// or the file cannot be written.
int runExportCalendar(const QStringList &args, const Clock &clock, QTextStream &out,
                      QTextStream &err);

} // namespace bb::cli
