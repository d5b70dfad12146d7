// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BirthPreferences.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// One set of her preferences as stored: the document as it came (read by the care layer,
/// which knows its format) and where it stands.
struct PreferencesRow
{
    ReceivedPreferences received; ///< all but `preferences`, which `document` holds
    QByteArray document;
};

/// All SQL for the birth preferences she sent. A write is atomic on its own and part of the
/// transaction of the use case that calls it.
class BirthPreferencesRepository
{
public:
    explicit BirthPreferencesRepository(const Database &database);

    /// Stores a received set as proposed; its new id, or 0 with `error`.
    qint64 insert(qint64 pregnancyId, const QByteArray &document, const QDate &writtenOn,
                  const QString &by, const QDateTime &at, QString *error) const;
    /// The sets of a pregnancy still proposed, oldest first; `error` is set when they cannot be
    /// read.
    QList<PreferencesRow> proposed(qint64 pregnancyId, QString *error = nullptr) const;
    std::optional<PreferencesRow> byId(qint64 id, QString *error = nullptr) const;
    /// Records the midwife's decision on a set still proposed; false with `error` when it is
    /// not (taken or set aside meanwhile) or cannot be written.
    bool decide(qint64 id, PreferencesStatus status, const QString &note, const QString &by,
                const QDateTime &at, QString *error) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
