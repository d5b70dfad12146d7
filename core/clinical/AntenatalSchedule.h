// SPDX-License-Identifier: MIT
#pragma once

#include "domain/CarePlan.h"

#include <QDate>
#include <QList>

namespace bb::clinical {

/// NICE NG201 contacts after booking, in completed weeks: nulliparous 16, 25, 28, 31, 34, 36,
/// 38, 40, 41; parous 16, 28, 34, 36, 38, 41.
QList<int> contactWeeks(bool nulliparous);

/// The contacts dated after the booking date (date = EDD - 280 + 7 x week), in week order, each
/// with its purpose and what is checked and discussed there (NICE NG201; SBL v3 elements 1-3).
QList<PlannedContact> plannedContacts(const QDate &edd, const QDate &bookingDate, bool nulliparous);

/// Screening scan windows: `dating_scan` 11+2 to 14+1 when no dating scan is recorded and
/// booking is no later than 14+1; `anomaly_scan` 18+0 to 20+6 when booking is no later than 20+6.
QList<ScanWindow> scanWindows(const QDate &edd, const QDate &bookingDate, bool datingScanRecorded);

} // namespace bb::clinical
