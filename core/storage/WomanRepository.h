// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Woman.h"
#include "storage/SearchQuery.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {

class Database;

/// One line of the search results: enough to recognise her and to see where she is in
/// her current pregnancy.
struct WomanSummary
{
    qint64 id = 0;
    QString nhsNumber;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString postcode;
    QDate edd; ///< of her latest pregnancy; invalid when she has none
    QString pregnancyStatus;
    bool operator==(const WomanSummary &) const = default;
};

/// A woman with a pregnancy still in care (status booked): what scheduling and the continuity
/// measure need to find her and place her contacts, without loading each booking.
struct WomanInCare
{
    qint64 womanId = 0;
    qint64 pregnancyId = 0;
    QString nhsNumber;
    QString name;
    QString postcode;
    QDate bookingDate;
    QDate edd; ///< as stored with the pregnancy; invalid when it could not be dated
    bool operator==(const WomanInCare &) const = default;
};

/// All SQL for a woman's demographics.
class WomanRepository
{
public:
    WomanRepository(const Database &database, const Clock &clock);

    std::optional<Woman> byId(qint64 id) const;
    std::optional<Woman> byNhsNumber(const QString &nhsNumber) const;
    int count() const;

    /// Inserts (id 0) or updates her, in one transaction (a savepoint inside a caller's). Sets
    /// `woman.id` on insert; on failure it is as before.
    bool save(Woman &woman, QString *error) const;

    QList<WomanSummary> search(const SearchQuery &query, int limit = 50) const;

    /// Every booked (not delivered, not lost) pregnancy with its woman, by NHS number then
    /// pregnancy id. One query, however many women.
    QList<WomanInCare> inCare() const;

private:
    QSqlDatabase db() const;
    bool write(Woman &woman, QString *error) const;

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::storage
