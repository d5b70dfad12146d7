// SPDX-License-Identifier: MIT
#pragma once

#include "domain/CarePlan.h"

#include <QDate>
#include <QList>

namespace bb::clinical {

/// NICE NG201 contacts after booking, in completed weeks: nulliparous 16, 25, 28, 31, 34, 36,
/// 38, 40, 41; parous 16, 28, 34, 36, 38, 41.
QList<int> contactWeeks(bool nulliparous);

/// What the contact and scan rules read from a booking.
struct ScheduleInputs
{
    QDate edd;
    QDate bookingDate;
    bool nulliparous = false;
    int fetuses = 1;
    bool datedByScan = false; ///< a dating scan with CRL 45.0-84.0 mm set the EDD
    bool smokes = false;      ///< a current smoker: a CO test at every contact (SBL v3)
};

/// The contacts dated after the booking date (date = EDD - 280 + 7 x week), in date order, each
/// with its purpose and what is checked and discussed there (NICE NG201; SBL v3 elements 1-3).
/// A booking from 16+0 to before 39+0 gets a review of her booking results 14 days after it,
/// unless a contact already falls 7 to 21 days after booking. More than one baby: none, the
/// multiple-pregnancy team sets her appointments (NICE NG137 1.2, 1.3).
QList<PlannedContact> plannedContacts(const ScheduleInputs &in);

/// A planned contact's purpose as a person reads it, in the installed translation. The purpose
/// itself stays in the rules page's words: it is stored with the plan, exported, and compared
/// with what the rules plan now.
QString contactPurposeShown(const QString &purpose);

/// FASP screening scan windows, never starting before the booking date: `dating_scan` 11+2 to
/// 14+1 when the EDD was not set by a scan and booking is no later than 14+1; `anomaly_scan`
/// 18+0 to 20+6 when booking is no later than 20+6, or from booking to 22+6 when booked 21+0 to
/// 22+6; `late_booking_scan` from booking for 14 days when booked at 23+0 or later (NG201).
QList<ScanWindow> scanWindows(const ScheduleInputs &in);

} // namespace bb::clinical
