// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Listings.h"

#include <QList>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// What a search box finds: the women, and whether they are everyone (nothing searchable was
/// typed, so she is shown the list by family name rather than an empty one).
struct WomanSearch
{
    QList<WomanSummary> women;
    bool everyone = false;
};

/// Registering a woman, and reading who she is and the pregnancies she has had.
class Women
{
public:
    Women(const storage::Database &database, const Clock &clock);

    /// Registers her (id 0) or saves her changed details, after the checks every registration
    /// passes: her details as clinical::validateWoman sees them on the clock's day, and an NHS
    /// number no other woman has.
    Outcome<Woman> save(const Woman &woman, const Actor &actor) const;

    std::optional<Woman> byId(qint64 womanId) const;
    std::optional<Woman> byNhsNumber(const QString &nhsNumber) const;
    int count() const;
    int pregnancyCount() const;
    /// The first `limit` women matching what was typed, read as storage::SearchQuery reads it.
    WomanSearch search(const QString &typed, int limit) const;

    /// Her pregnancies, newest first; a failure when one cannot be read.
    Outcome<QList<Pregnancy>> pregnancies(qint64 womanId) const;
    /// The booking of one pregnancy; nothing when there is no such pregnancy; a failure when it
    /// cannot be read.
    Outcome<std::optional<Booking>> booking(qint64 pregnancyId) const;
    /// The booking of her latest pregnancy, as booking() reports it.
    Outcome<std::optional<Booking>> latestBooking(qint64 womanId) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
