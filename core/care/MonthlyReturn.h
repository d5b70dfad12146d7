// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Team.h"
#include "interop/MsdsReturn.h"

#include <QDate>
#include <QList>

#include <optional>

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::care {

class Clinic;

/// Which pregnancies the monthly Maternity Services Data Set return covers.
class MonthlyReturns
{
public:
    MonthlyReturns(const storage::Database &database, const Clock &clock);

    /// The pregnancies with any activity from `from` to `to` (both included): booked, a version
    /// of her care plan saved, an appointment she attended or did not attend, or the birth; none
    /// entered in error; by pregnancy id. The return names every woman in it, so it is for who
    /// may both open women's records and see the service's figures (a midwife or team lead):
    /// anyone else is refused, as field `viewer`, and the refusal is in the audit trail. Field
    /// `to` when it is before `from`; a failure when they cannot be read.
    Outcome<QList<qint64>> activeBetween(const QDate &from, const QDate &to,
                                         const Actor &viewer) const;

    /// Her named midwife and team in force at the end of `day`: the latest recorded on or before
    /// it; none when none was recorded by then.
    std::optional<Allocation> allocationOn(qint64 pregnancyId, const QDate &day) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

/// Everything the monthly return of `from` to `to` is written from: each pregnancy with activity
/// in those days (MonthlyReturns::activeBetween()), read whole as `viewer` may see it
/// (pregnancyRecord()), as it stood at the end of `to` where the app keeps the history: the
/// version of her plan saved by then, her named midwife and team in force then, and her
/// discharge when it was by then. A return made after the month so says nothing dated after it.
/// What each table keeps of the rest (the contacts and the births of those days) is
/// interop::msds::msdsReturn()'s. Refusals and problems as activeBetween(); a failure when any
/// pregnancy cannot be read whole, since a return that left one out unseen would be wrong.
Outcome<QList<interop::msds::ReturnPregnancy>>
monthlyReturn(const Clinic &clinic, const QDate &from, const QDate &to, const Actor &viewer);

} // namespace bb::care
