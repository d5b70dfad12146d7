// SPDX-License-Identifier: MIT
#pragma once

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::bench {

/// A midwife's day at trust scale: care::Worklists::forClinician for every midwife on each of
/// four weeks of days (three back, one ahead), and each specialist team's referral queue. The first
/// run on a database gives it the work a day lists (demo::storeDemoHistory's booked and attended
/// contacts, results to act on, births and their babies) in one transaction; later runs reuse it.
void benchWorklists(const storage::Database &database, const Clock &clock);

} // namespace bb::bench
