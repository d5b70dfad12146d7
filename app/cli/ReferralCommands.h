// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `referrals --db F [--team NAME] [--format csv|json]`: a team's referral queue (every team's
/// without --team); CSV `nhs_number,code,team,status,created,updated`, JSON with each
/// referral's id, the day it should be sent by and whether that has passed.
int runReferrals(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `referral --db F --id ID --status S [--date D] [--note TEXT]`: moves a referral on.
int runReferral(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `worklist --db F --clinician ID --date D [--format json|text]`: a midwife's day.
int runWorklist(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
