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

/// Gives the demo a pregnancy loss and referrals on the move, so the record after a loss, the
/// referral queues and a midwife's day have something to show: the woman earliest in pregnancy
/// (booked at least a week ago, before 20 weeks) had a miscarriage three days ago and her
/// bereavement referral is sent; and of the other women's referrals one is sent and one
/// accepted. Run after storeDemoTeams().
bool storeDemoLosses(const storage::Database &database, const Clock &clock,
                     const QList<Booking> &bookings, QString *error);

} // namespace bb::demo
