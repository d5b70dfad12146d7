// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BabyCare.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace bb::storage {

class Database;

/// All SQL for where babies are cared for. A write is atomic on its own and part of the
/// transaction of the use case that calls it.
class BabyCareRepository
{
public:
    explicit BabyCareRepository(const Database &database);

    /// The moves of these babies, by baby, each oldest first; `error` is set when they cannot
    /// be read.
    QList<BabyCareMove> movesOf(const QList<qint64> &babyIds, QString *error = nullptr) const;
    /// Inserts a move, stamped with who recorded it, and sets its id.
    bool insert(BabyCareMove &move, const QString &recordedBy, const QDateTime &recordedAt,
                QString *error) const;
    /// Babies born alive whose move in force on `day` is to transitional care or a neonatal unit:
    /// away from home, longest away first; only those of `teamId`'s women unless it is 0; none
    /// of a woman or pregnancy entered in error.
    QList<BabyAway> awayFromHome(const QDate &day, qint64 teamId, QString *error = nullptr) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
