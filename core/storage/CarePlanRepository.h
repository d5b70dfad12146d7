// SPDX-License-Identifier: MIT
#pragma once

#include "domain/StoredCarePlan.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {

class Database;

/// All SQL for care-plan versions. Saving never changes an earlier version: it adds the next.
class CarePlanRepository
{
public:
    CarePlanRepository(const Database &database, const Clock &clock);

    /// Every version of her plan for one pregnancy, oldest first.
    QList<StoredCarePlan> versions(qint64 pregnancyId) const;
    std::optional<StoredCarePlan> latest(qint64 pregnancyId) const;
    bool hasPlan(qint64 pregnancyId) const;
    /// The booked pregnancies whose latest version chooses `place` as her place of birth, by
    /// pregnancy id. One query that reads no plan, however many women are in care.
    QList<qint64> bookedChoosing(PlaceOfBirth place) const;

    /// Stores `plan` as the next version, stamped with `savedBy` and the clock's time; sets its
    /// id, version and time. One transaction (a savepoint inside a caller's).
    bool saveNewVersion(StoredCarePlan &plan, const QString &savedBy, QString *error) const;

private:
    QSqlDatabase db() const;
    bool write(StoredCarePlan &plan, const QString &savedBy, QString *error) const;

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::storage
