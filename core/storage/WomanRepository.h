// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Listings.h"
#include "domain/Woman.h"
#include "storage/SearchQuery.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for a woman's demographics.
class WomanRepository
{
public:
    explicit WomanRepository(const Database &database);

    std::optional<Woman> byId(qint64 id) const;
    std::optional<Woman> byNhsNumber(const QString &nhsNumber) const;
    int count() const;

    /// Inserts (id 0) or updates her, stamped `at`, in one transaction (a savepoint inside a
    /// caller's). Sets `woman.id` on insert; on failure it is as before.
    bool save(Woman &woman, const QDateTime &at, QString *error) const;

    QList<WomanSummary> search(const SearchQuery &query, int limit = 50) const;

    /// Every booked (not delivered, not lost) pregnancy with its woman, by NHS number then
    /// pregnancy id. One query, however many women.
    QList<WomanInCare> inCare() const;

private:
    QSqlDatabase db() const;
    bool write(Woman &woman, const QDateTime &at, QString *error) const;

    const Database &m_database;
};

} // namespace bb::storage
