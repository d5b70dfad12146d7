// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `record-loss --db F --nhs-number N --date D --kind miscarriage|ectopic|termination|
/// stillbirth|neonatal_death [--notes TEXT] [--format text|json]`: records the loss of her latest
/// pregnancy and says what followed from it.
int runRecordLoss(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `entered-in-error --db F --nhs-number N [--scope pregnancy|record] --reason TEXT`: hides her
/// latest pregnancy (or her whole record) from every list, kept for the record.
int runEnteredInError(const QStringList &args, const Clock &clock, QTextStream &out,
                      QTextStream &err);

} // namespace bb::cli
