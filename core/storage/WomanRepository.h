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
    /// How many times her details have been saved (from 1); empty when there is no such woman,
    /// or with `error` when it cannot be read.
    std::optional<int> version(qint64 id, QString *error = nullptr) const;
    std::optional<Woman> byNhsNumber(const QString &nhsNumber) const;
    int count() const;

    /// The largest NHS number or identifier stored that starts with `prefix`, compared as
    /// text; empty when none does (or, with `error` set, when it cannot be read).
    QString largestNhsNumberStartingWith(const QString &prefix, QString *error = nullptr) const;
    /// Gives her `nhsNumber`, stamped `at`; false with `error` when she does not exist or the
    /// number cannot be stored.
    bool setNhsNumber(qint64 womanId, const QString &nhsNumber, const QDateTime &at,
                      QString *error) const;
    /// The women not entered in error, other than `exceptId`, whose folded family and given
    /// names (foldName()) and date of birth are these, by id. `error` set when unreadable.
    QList<Woman> withNameAndBirth(const QString &familyKey, const QString &givenKey,
                                  const QDate &dateOfBirth, qint64 exceptId,
                                  QString *error = nullptr) const;

    /// Inserts (id 0) or updates her, stamped `at`, in one transaction (a savepoint inside a
    /// caller's). Sets `woman.id` on insert; on failure it is as before.
    bool save(Woman &woman, const QDateTime &at, QString *error) const;

    /// The first `limit` women the query finds, leaving out those entered in error; each with
    /// her latest pregnancy not entered in error.
    QList<WomanSummary> search(const SearchQuery &query, int limit = 50) const;

    /// Every booked (not delivered, not lost) pregnancy with its woman, by NHS number then
    /// pregnancy id, leaving out women and pregnancies entered in error. One query, however
    /// many women.
    QList<WomanInCare> inCare() const;

private:
    QSqlDatabase db() const;
    bool write(Woman &woman, const QDateTime &at, QString *error) const;

    const Database &m_database;
};

} // namespace bb::storage
