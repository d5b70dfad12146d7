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

/// Gives the demo the weeks after the birth, so the birth, postnatal, babies-away and feedback
/// screens have something to show: the three women nearest their due date have given birth (one
/// baby in the neonatal unit, one back from transitional care), with postnatal contacts, and the
/// first is discharged; and her team has half a year of Friends and Family Test answers. Run
/// after storeDemoTeams() and storeDemoHistory().
bool storeDemoAfterBirth(const storage::Database &database, const Clock &clock,
                         const QList<Booking> &bookings, QString *error);

} // namespace bb::demo
