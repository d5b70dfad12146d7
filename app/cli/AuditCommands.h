// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `audit --db F [--nhs-number N] [--user U] [--format csv]`: the audit trail, newest first,
/// for team leads and administrators. `audit verify --db F`: walks the hash chain to its anchor;
/// exits 0 when intact and 1 naming the first row that is not. Verifying reads no woman's record
/// and writes nothing, so it needs no login: the trust's IT can run it without an account.
int runAudit(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
