// SPDX-License-Identifier: MIT
#pragma once

#include "domain/TestResult.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for test results. A write is atomic on its own and part of the transaction of the use
/// case that calls it.
class ResultRepository
{
public:
    explicit ResultRepository(const Database &database);

    std::optional<TestResult> byId(qint64 id, QString *error = nullptr) const;
    /// Her results in this pregnancy, oldest first; `error` is set when they cannot be read.
    QList<TestResult> forPregnancy(qint64 pregnancyId, QString *error = nullptr) const;
    /// Inserts it (id 0, and sets the id) or replaces it.
    bool save(TestResult &result, QString *error) const;

private:
    QSqlDatabase db() const;
    QList<TestResult> resultsWhere(const char *condition, const QVariantList &values,
                                   QString *error) const;

    const Database &m_database;
};

} // namespace bb::storage
