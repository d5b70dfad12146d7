// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `record-birth --db F --nhs-number N --date D [--time HH:MM] --setting S --mode M
/// --clinicians ID[,ID] --outcome live_birth|stillbirth --weight-g W [--baby ...]`: records the
/// birth (options in the README), which makes her pregnancy delivered, cancels her antenatal
/// appointments still to come and books her postnatal contacts; prints what it did and the
/// postnatal VTE advice (`--format json` as documented in docs/formats.md).
int runRecordBirth(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `record-postnatal --db F --nhs-number N --date D --clinician ID --role
/// midwife|support_worker|health_visitor` with the mother's and a baby's observations
/// (`--bp 150/100`, `--baby-weight-g 3010`, `--jaundice under_24h`...): records the postnatal
/// contact and prints the actions the rules ask for (`--format json` as `record-contact`).
int runRecordPostnatal(const QStringList &args, const Clock &clock, QTextStream &out,
                       QTextStream &err);

} // namespace bb::cli
