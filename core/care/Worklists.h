// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Worklist.h"

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// A midwife's day: what is due of her and her caseload, read from what is saved.
class Worklists
{
public:
    Worklists(const storage::Database &database, const Clock &clock);

    /// Her list for `day`: her contacts booked that day, and those on the 90 days before it (and
    /// before today) with nothing recorded; of the women whose named midwife she is: results that
    /// need action, referrals not yet sent (late after two working days), women at 40+0 or more
    /// (41+0 within the week, or past it) not yet given birth, home births from 37+0, and
    /// babies in or past their blood spot window (day 5 to 8, and day 28 for a baby born before
    /// 32+0; NHS newborn blood spot screening) with no sample recorded. A woman whose pregnancy
    /// ended in a loss is on none of the routine lists; her referrals stay, flagged.
    Outcome<Worklist> forClinician(qint64 clinicianId, const QDate &day) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
