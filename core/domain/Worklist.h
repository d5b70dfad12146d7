// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace bb {

/// One thing on a midwife's list for the day: whom it is for and what to do.
struct WorklistItem
{
    qint64 womanId = 0;
    qint64 pregnancyId = 0;
    QString nhsNumber;
    QString womanName;        ///< `PATEL, Asha`
    QDate date;               ///< when it is (or was) due
    QString code;             ///< the appointment kind, result kind, referral code... it is about
    QString detail;           ///< what the record adds: the time and venue, the result's value...
    QString what;             ///< in words: `Antenatal contact 09:30 at Oakham Medical Practice`
    qint64 appointmentId = 0; ///< of a due or overdue contact; 0 otherwise
    qint64 referralId = 0;    ///< of a referral waiting; 0 otherwise
    bool late = false;        ///< a referral not sent within two working days
    bool afterLoss = false;   ///< her pregnancy ended in a loss
    bool operator==(const WorklistItem &) const = default;
};

/// A midwife's day: her contacts, and what her caseload needs of her. A woman after a loss is
/// never on the routine lists (contacts, 41 weeks, home births, blood spots); her referrals stay.
struct Worklist
{
    QDate day;
    qint64 clinicianId = 0;
    QList<WorklistItem> due;            ///< her contacts booked for the day
    QList<WorklistItem> overdue;        ///< her contacts on earlier days with nothing recorded
    QList<WorklistItem> results;        ///< results of her caseload that need action
    QList<WorklistItem> referrals;      ///< referrals of her caseload not sent yet
    QList<WorklistItem> near41Weeks;    ///< reaching 41+0 within a week, or past it, not yet born
    QList<WorklistItem> homeBirthsNear; ///< planning a home birth, from 37+0
    QList<WorklistItem> bloodSpotsDue;  ///< babies in their blood spot window, not yet taken
    bool operator==(const Worklist &) const = default;
};

} // namespace bb
