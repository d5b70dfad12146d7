// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `bbclinic-cli import-preferences --db FILE [--today YYYY-MM-DD] PREFERENCES.json` (- for
/// standard input): her birth preferences (`bbclinic-birth-preferences/1`) kept as a proposal
/// for her plan, which her midwife goes through with her in the app; nothing of her plan
/// changes. Exit 0 when kept; 2 with one `path: problem` line each on bad input, or when she
/// cannot be found or has no plan (nothing stored); 1 when the database cannot be written.
int runImportPreferences(const QStringList &args, const Clock &clock, QTextStream &out,
                         QTextStream &err);

} // namespace bb::cli
