// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `bbclinic-cli careplan --booking FILE|- [--format json|html|pdf] [--out FILE]
/// [--today YYYY-MM-DD]`. `args` are the arguments after the word `careplan`; the booking is
/// checked with `--today`, or the clock's date, as today. Returns the exit code: 0 with the plan,
/// 2 on invalid input or arguments (nothing on `out`, no file written, one line per problem on
/// `err` starting with the field path), 1 when the plan cannot be written.
int runCarePlanCommand(const QStringList &args, const Clock &clock, QTextStream &out,
                       QTextStream &err);

} // namespace bb::cli
