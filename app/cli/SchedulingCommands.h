// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

// Scheduling that keeps continuity of carer. Exit codes as the team commands: 0 done; 1 the
// database could not be opened or written; 2 bad input, one `--option: message` line each on
// stderr, and nothing changed. Output formats are in docs/formats.md.

/// `schedule --db F --from D --weeks N [--team NAME]`: books every contact still to book in the
/// period and prints a JSON summary (booked, unplaced, percentages).
int runSchedule(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `rota --db F --team NAME --from D --weeks N [--format csv]`: the team's on-call rota,
/// `date,shift,clinician_id,clinician_name`, a row per midwife on call.
int runRota(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `continuity --db F --as-of D [--format json|csv]`: the continuity-of-carer measure for every
/// woman with a booked pregnancy, and per team.
int runContinuity(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
