// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `record-contact --db F --nhs-number N --date D --clinician ID --attended yes|no` with the
/// contact's measurements (`--bp 150/95`, `--urine-protein 2+`, `--sfh-cm 31`, `--condition
/// CODE`...): records the antenatal contact and prints the actions the rules ask for, and the
/// change a diagnosis would make to her plan (`--format json` as documented in the README).
int runRecordContact(const QStringList &args, const Clock &clock, QTextStream &out,
                     QTextStream &err);

/// `contacts --db F --nhs-number N [--format text|json]`: her contacts in this pregnancy, with
/// their measurements and the actions saved with each.
int runContacts(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `take-plan-change --db F --nhs-number N`: makes the new version of her plan that the
/// conditions diagnosed at her contacts call for.
int runTakePlanChange(const QStringList &args, const Clock &clock, QTextStream &out,
                      QTextStream &err);

} // namespace bb::cli
