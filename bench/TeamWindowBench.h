// SPDX-License-Identifier: MIT
#pragma once

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::bench {

/// Ctrl+T: the real team window made, opened the way the main window opens it and shown
/// offscreen, timed until its first tab (the caseloads) is on screen with its rows.
void benchTeamWindow(const storage::Database &database, const Clock &clock);

} // namespace bb::bench
