// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bb::storage {

class Database;

/// The SQL of the monthly MSDS return: which pregnancies it covers. What it says of each is read
/// by the repositories of each record.
class MonthlyReturnRepository
{
public:
    explicit MonthlyReturnRepository(const Database &database);

    /// The pregnancies with any activity from `from` to `to` (both included): booked, a version
    /// of the care plan saved, an appointment she attended or did not attend, or the birth.
    /// None of a woman or pregnancy entered in error; by pregnancy id. `error` is set when they
    /// cannot be read.
    QList<qint64> pregnanciesActiveBetween(const QDate &from, const QDate &to,
                                           QString *error = nullptr) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
