// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QList>
#include <QString>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::demo {

/// Stores the demo trust's people and how their work is organised, for Leicester,
/// Leicestershire and Rutland: a City Continuity Team (LE1-LE5), a County Community Team
/// (LE7-LE19, LE65, LE67), a Home Birth Team (all of LE) and specialist teams, with maternity
/// support workers, a health visitor and obstetricians; their venues and weekly clinic sessions
/// (two or three half days for each community midwife, 30-minute slots). Then it names a
/// midwife for each of `bookings` (already stored, so with pregnancy ids): from the Home Birth
/// Team when she prefers a home birth, otherwise from the team that covers her postcode, in
/// turn, recorded a few days after her booking. All in one transaction: all stored, or none.
///
/// The turn-by-turn allocation is only demo data; the scheduler's allocation replaces it.
bool storeDemoTeams(const storage::Database &database, const Clock &clock,
                    const QList<Booking> &bookings, QString *error);

} // namespace bb::demo
