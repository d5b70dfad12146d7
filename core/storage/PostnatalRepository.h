// SPDX-License-Identifier: MIT
#pragma once

#include "domain/PostnatalContact.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace bb::storage {

class Database;

/// A postnatal contact as stored: the contact, the actions the rules asked for when it was saved
/// (kept as they were said), and who recorded it.
struct StoredPostnatalContact
{
    PostnatalContact contact;
    QList<ContactAction> actions;
    QString recordedBy;
    QDateTime recordedAt;
};

/// All SQL for postnatal contacts and the babies seen at them. A write is atomic on its own and
/// part of the transaction of the use case that calls it.
class PostnatalRepository
{
public:
    explicit PostnatalRepository(const Database &database);

    /// Her postnatal contacts after this pregnancy's birth, oldest first; `error` is set when
    /// they cannot be read.
    QList<StoredPostnatalContact> forPregnancy(qint64 pregnancyId, QString *error = nullptr) const;
    /// Inserts a new contact with its baby checks, and sets its id.
    bool insert(StoredPostnatalContact &stored, QString *error) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
