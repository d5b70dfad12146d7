// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

// Named midwives, teams and appointments. Each command takes the arguments after its name
// and returns the exit code: 0 done; 1 the database could not be opened or written; 2 bad
// input, one `--option: message` line each on stderr, and nothing changed. The database file
// must already exist (bbclinic-cli init makes one).

/// `staff --db F [--format csv]`: `id,name,role,team,fte,skills`, one row per staff member.
int runStaff(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `assign --db F --nhs-number N --midwife ID --team NAME --date D`: records her named midwife
/// and team for her latest pregnancy.
int runAssign(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `absence --db F --clinician ID --from D --to D --reason leave|sickness|training`.
int runAbsence(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `appointments --db F --from D --to D [--format csv]`: `date,start,end,clinician_id,
/// clinician_name,team,nhs_number,kind,venue,status`, by date, start and clinician.
int runAppointments(const QStringList &args, const Clock &clock, QTextStream &out,
                    QTextStream &err);

} // namespace bb::cli
