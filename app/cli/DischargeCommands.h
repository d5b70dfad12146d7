// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `discharge --db F --nhs-number N --date D [--health-visitor TEXT] [--notes TEXT]
/// [--baby-nhs-number N[,N]] [--fft ANSWER] [--comment TEXT]`: discharges her from maternity
/// care with her Friends and Family Test answer.
int runDischarge(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `move-baby --db F --nhs-number N [--baby N] --date D --to with_mother|transitional_care|
/// neonatal_unit [--unit NAME] [--reason TEXT]`: where her baby is cared for from that day.
int runMoveBaby(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
