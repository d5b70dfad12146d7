// SPDX-License-Identifier: MIT
#include "scheduling/WorkingDays.h"

namespace bb::scheduling {

bool isWorkingDay(const QDate &day, const QList<QDate> &bankHolidays)
{
    return day.dayOfWeek() <= 5 && !bankHolidays.contains(day);
}

QDate workingDaysAfter(const QDate &from, int n, const QList<QDate> &bankHolidays)
{
    QDate day = from;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (isWorkingDay(day, bankHolidays))
            ++counted;
    }
    return day;
}

} // namespace bb::scheduling
