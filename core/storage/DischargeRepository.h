// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Discharge.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for discharges from maternity care and the Friends and Family Test answers. A write
/// is atomic on its own and part of the transaction of the use case that calls it.
class DischargeRepository
{
public:
    explicit DischargeRepository(const Database &database);

    /// The discharge of a pregnancy, if recorded; `error` is set when it cannot be read.
    std::optional<RecordedDischarge> forPregnancy(qint64 pregnancyId,
                                                  QString *error = nullptr) const;
    /// Inserts the discharge (its baby NHS numbers are the birth's to store).
    bool insert(const RecordedDischarge &stored, QString *error) const;

    /// Stores an answer with its team and month only.
    bool insertFeedback(const FeedbackEntry &entry, QString *error) const;
    /// The answers given to `teamId` in the months from `from`'s to `to`'s, by month.
    QList<FeedbackEntry> feedback(qint64 teamId, const QDate &from, const QDate &to,
                                  QString *error = nullptr) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
