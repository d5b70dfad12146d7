// SPDX-License-Identifier: MIT
#pragma once

#include "domain/AntenatalContact.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// An antenatal contact as stored: the contact, the actions the rules asked for when it was
/// saved (kept as they were said), and who recorded it.
struct StoredContact
{
    AntenatalContact contact;
    QList<ContactAction> actions;
    QString recordedBy;
    QDateTime recordedAt;
};

/// All SQL for antenatal contacts and the conditions diagnosed at them. A write is atomic on its
/// own and part of the transaction of the use case that calls it.
class ContactRepository
{
public:
    explicit ContactRepository(const Database &database);

    std::optional<StoredContact> byId(qint64 id, QString *error = nullptr) const;
    /// Her contacts in this pregnancy, oldest first; `error` is set when they cannot be read.
    QList<StoredContact> forPregnancy(qint64 pregnancyId, QString *error = nullptr) const;
    /// The contact recorded for a booked appointment, if there is one.
    std::optional<qint64> forAppointment(qint64 appointmentId, QString *error = nullptr) const;

    /// Inserts it (id 0, and sets the id) or replaces it and its conditions, stamped `at` by
    /// `recordedBy`.
    bool save(StoredContact &stored, QString *error) const;

private:
    QSqlDatabase db() const;
    QList<StoredContact> contactsWhere(const char *condition, const QVariantList &values,
                                       QString *error) const;

    const Database &m_database;
};

} // namespace bb::storage
