// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::demo {

/// Gives the demo women a history, so the week view, the caseloads and the continuity figures
/// have something to show: their planned contacts are booked by the scheduler from a few weeks
/// back to a few months ahead, and those already past are marked attended (one in ten not).
bool storeDemoHistory(const storage::Database &database, const Clock &clock, QString *error);

} // namespace bb::demo
