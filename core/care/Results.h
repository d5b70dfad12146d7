// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "clinical/ResultRules.h"
#include "domain/Actor.h"
#include "domain/TestResult.h"

#include <QList>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// Her blood and scan results: recorded with whether they need action, acted on, and what is
/// still due, which her record shows until it is done.
class Results
{
public:
    Results(const storage::Database &database, const Clock &clock);

    /// Records a new result (id 0) or corrects one, by `actor` at the clock's time. Problems
    /// are field errors with the paths of clinical::resultProblems().
    Outcome<TestResult> record(TestResult result, const Actor &actor) const;
    /// Records what was done about a result that needed action, by `actor`, today.
    Outcome<TestResult> actOn(qint64 resultId, const QString &actionTaken,
                              const Actor &actor) const;

    /// Her results in this pregnancy, oldest first.
    Outcome<QList<TestResult>> resultsOf(qint64 pregnancyId) const;
    /// What her results call for that is not done yet (clinical::resultsDue()), today. After
    /// the birth or a loss only results still waiting for action are due.
    Outcome<QList<clinical::ResultDue>> dueFor(qint64 pregnancyId) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
