// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Birth.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// A birth as stored, with who recorded it.
struct StoredBirth
{
    Birth birth;
    QString recordedBy;
    QDateTime recordedAt;
};

/// A birth as the continuity measure reads it: whose, when, and who attended.
struct BirthAttendance
{
    qint64 pregnancyId = 0;
    QString nhsNumber;
    QString name;
    QDate edd;
    QDate date;
    QList<qint64> attendants;
};

/// All SQL for births, who attended them and their babies. A write is atomic on its own and part
/// of the transaction of the use case that calls it.
class BirthRepository
{
public:
    explicit BirthRepository(const Database &database);

    /// The birth of a pregnancy, if recorded; `error` is set when it cannot be read.
    std::optional<StoredBirth> forPregnancy(qint64 pregnancyId, QString *error = nullptr) const;
    /// The births from `from` to `to` (both included), by NHS number, each with who attended;
    /// none of a woman or pregnancy entered in error.
    QList<BirthAttendance> birthsBetween(const QDate &from, const QDate &to,
                                         QString *error = nullptr) const;
    /// Inserts a new birth with its attendants and babies, and sets their ids.
    bool insert(StoredBirth &stored, QString *error) const;
    /// Records a baby's NHS number (given after the birth).
    bool setBabyNhsNumber(qint64 babyId, const QString &nhsNumber, QString *error) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
