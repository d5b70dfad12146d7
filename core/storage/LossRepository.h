// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Loss.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for pregnancy losses and for records entered in error. A write is atomic on its own
/// and part of the transaction of the use case that calls it.
class LossRepository
{
public:
    explicit LossRepository(const Database &database);

    /// The loss of a pregnancy, if recorded; `error` is set when it cannot be read.
    std::optional<RecordedLoss> forPregnancy(qint64 pregnancyId, QString *error = nullptr) const;
    bool insert(const RecordedLoss &stored, QString *error) const;

    /// Marks a whole woman (pregnancyId 0) or one pregnancy as entered in error, with why and who.
    bool markEnteredInError(qint64 womanId, qint64 pregnancyId, const QString &reason,
                            const QString &by, const QDateTime &at, QString *error) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
