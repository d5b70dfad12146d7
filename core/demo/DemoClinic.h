// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb::care {
class Clinic;
}
namespace bb::storage {
class Database;
}

namespace bb::demo {

/// The password of every demonstration user, as the README lists them.
inline constexpr char kDemoPassword[] = "demo";

/// The demonstration clinic in a new database: its women, teams and staff, a user for each
/// staff member and the administrator `admin` (all with the password `demo`; the first
/// midwife of each community team is its team lead), and with `history` their appointments,
/// births, a miscarriage and referrals on the move. False, with why, when any of it cannot be
/// stored.
bool storeDemoClinic(const storage::Database &database, const care::Clinic &clinic, bool history,
                     QString *error);

/// The username of a demonstration staff member: given and family name, lower case, joined by a
/// dot ("priya.mistry").
QString demoUsername(const QString &staffName);

} // namespace bb::demo
