// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

// Her latest pregnancy written for other systems and for her. Each export is in the audit
// trail. Exit 0 when written; 2 on bad arguments, or when she is not found (nothing written); 1
// when the database cannot be read or the file cannot be written.

/// `bbclinic-cli export-calendar --db FILE --nhs-number N --out FILE.ics`: her booked
/// appointments as an iCalendar file for her phone, made by her copy's rules
/// (documents::herCalendar()).
int runExportCalendar(const QStringList &args, const Clock &clock, QTextStream &out,
                      QTextStream &err);

/// `bbclinic-cli export-fhir --db FILE --nhs-number N [--her-copy] --out FILE.json`: her
/// pregnancy as a FHIR R4 bundle (interop::fhirBundle()), as the user running it may see it;
/// `--her-copy` makes it by her copy's rules (documents::herCopyOf()).
int runExportFhir(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
