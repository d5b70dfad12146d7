// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `feedback --db F --team NAME --from D --to D [--format csv|text]`: the team's Friends and
/// Family Test answers month by month, as care::feedbackCsv() writes them (docs/formats.md), or
/// as a table to read. Changes nothing; bad arguments exit 2 with one `--option: message` line
/// each.
int runFeedback(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
