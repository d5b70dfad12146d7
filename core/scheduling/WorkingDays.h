// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>

namespace bb::scheduling {

/// Monday to Friday, except the bank holidays given (England's, from settings).
bool isWorkingDay(const QDate &day, const QList<QDate> &bankHolidays);

/// The `n`th working day after `from` (`from` itself never counts): a referral made on a Friday
/// before a bank holiday Monday, to be sent within two working days, is due by Wednesday.
QDate workingDaysAfter(const QDate &from, int n, const QList<QDate> &bankHolidays);

/// The last day a referral made on `madeOn` may still be sent: the second working day after it.
inline QDate referralSendBy(const QDate &madeOn, const QList<QDate> &bankHolidays)
{
    return workingDaysAfter(madeOn, 2, bankHolidays);
}

} // namespace bb::scheduling
