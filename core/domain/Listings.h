// SPDX-License-Identifier: MIT
#pragma once
// The lines of the lists the app shows (search results, caseloads, diaries): a few columns
// joined from several records, read in one query rather than record by record.

#include "domain/Team.h"

#include <QDate>
#include <QString>

namespace bb {

/// One line of the search results: enough to recognise her and to see where she is in
/// her current pregnancy.
struct WomanSummary
{
    qint64 id = 0;
    QString nhsNumber;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString postcode;
    QDate edd; ///< of her latest pregnancy; invalid when she has none
    QString pregnancyStatus;
    bool operator==(const WomanSummary &) const = default;
};

/// A woman with a pregnancy still in care (status booked): what scheduling and the continuity
/// measure need to find her and place her contacts, without loading each booking.
struct WomanInCare
{
    qint64 womanId = 0;
    qint64 pregnancyId = 0;
    QString nhsNumber;
    QString name;
    QString postcode;
    QDate bookingDate;
    QDate edd; ///< as stored with the pregnancy; invalid when it could not be dated
    bool operator==(const WomanInCare &) const = default;
};

/// One line of an appointment list: the appointment and the names a list shows beside it.
struct AppointmentListing
{
    Appointment appointment;
    QString clinicianName;
    QString nhsNumber;
    QString venueName; ///< empty when no venue is recorded
    QString womanName; ///< `PATEL, Asha`, as lists show her beside her NHS number
    qint64 womanId = 0;
    bool operator==(const AppointmentListing &) const = default;
};

/// How many women in care share one allocation in force: a named midwife in a team, or (team
/// and midwife 0) the women not yet given one.
struct CaseloadCount
{
    qint64 teamId = 0;
    qint64 midwifeId = 0;
    int women = 0;
    bool operator==(const CaseloadCount &) const = default;
};

/// A woman in care on a caseload, with the date her named midwife was recorded (invalid when
/// she has none yet).
struct CaseloadWoman
{
    WomanInCare woman;
    QDate namedOn;
    bool operator==(const CaseloadWoman &) const = default;
};

} // namespace bb
