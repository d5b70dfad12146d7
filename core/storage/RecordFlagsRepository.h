// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace bb::storage {

class Database;

/// What her record's flags are made from, as stored: care::Women::flagsOf() reads the rules
/// over it (her age at booking, what her identifier is).
struct FlagFacts
{
    qint64 womanId = 0;
    QString nhsNumber;
    QDate dateOfBirth;
    bool interpreterNeeded = false;
    QString preferredLanguage;
    bool inError = false;
    QDate latestBookingDate; ///< of her latest pregnancy not entered in error; invalid with none
    QString lossKind;        ///< that pregnancy's loss code; empty when it did not end in a loss
    QDate lossDate;
    QStringList social; ///< sorted
    bool operator==(const FlagFacts &) const = default;
};

/// All SQL for the flags every list shows beside a woman. A list of thousands is read in a few
/// queries, not one per woman.
class RecordFlagsRepository
{
public:
    explicit RecordFlagsRepository(const Database &database);

    /// The facts for each of `womanIds` that exists, in no particular order: two queries for
    /// every few hundred women. Empty with `error` set when a query fails.
    QList<FlagFacts> factsOf(const QList<qint64> &womanIds, QString *error = nullptr) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
