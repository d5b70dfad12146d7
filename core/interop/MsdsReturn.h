// SPDX-License-Identifier: MIT
#pragma once

#include "domain/PregnancyRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bb::interop::msds {

/// One pregnancy as the return reads it: everything of it, and when she was discharged from
/// maternity care.
struct ReturnPregnancy
{
    PregnancyRecord record;
    QDate dischargedOn; ///< invalid while she has not been discharged
};

/// The days a return covers, both included.
struct Period
{
    QDate from;
    QDate to;
    bool contains(const QDate &day) const { return day.isValid() && from <= day && day <= to; }
};

/// One table of the Maternity Services Data Set v2.0, as one CSV file holds it.
struct Table
{
    QString name;        ///< `MSD001MotherDemog`; its file is this name with `.csv`
    QStringList columns; ///< every data item a provider submits, named and ordered as the TOS
    QList<QStringList> rows;
};

/// The monthly MSDS return of `pregnancies` (those with any activity in `period`, as
/// care::monthlyReturn() finds them), for the organisation whose ODS code is `organisation`:
/// - MSD001MotherDemog: each woman once;
/// - MSD101PregnancyBooking and MSD102MatCarePlan: each pregnancy (MSD102 from the version of
///   her plan in `record`, with her named midwife and team, when she has a plan);
/// - MSD201CareContactPreg: each appointment dated in the period that she attended or did not
///   attend;
/// - MSD301LabourDelivery: each birth in the period; MSD401BabyDemographics: each of its babies.
/// Every submitted column is there, in TOS order; one the app does not record is empty, and so
/// is one whose code the app's record cannot tell (docs/msds.md says which, and why). What NHS
/// England derives (UniqPregID, GestAgeBooking...) is left to it. No I/O: the rows only.
QList<Table> msdsReturn(const QList<ReturnPregnancy> &pregnancies, const Period &period,
                        const QString &organisation);

/// The file name of a table: its name with `.csv`.
inline QString fileName(const Table &table)
{
    return table.name + QStringLiteral(".csv");
}

// Each table on its own, as msdsReturn() makes it.
Table motherDemographics(const QList<ReturnPregnancy> &pregnancies, const QString &organisation);
Table pregnancyBookings(const QList<ReturnPregnancy> &pregnancies);
Table carePlans(const QList<ReturnPregnancy> &pregnancies);
Table careContacts(const QList<ReturnPregnancy> &pregnancies, const Period &period);
Table labourDeliveries(const QList<ReturnPregnancy> &pregnancies, const Period &period);
Table babyDemographics(const QList<ReturnPregnancy> &pregnancies, const Period &period,
                       const QString &organisation);

} // namespace bb::interop::msds
