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

} // namespace bb::cli
