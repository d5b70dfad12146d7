// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Loss.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for the bereavement support list a bereaved woman's signposting sheet prints: the
/// organisations the trust keeps in settings, in the order printed.
class BereavementSupportRepository
{
public:
    explicit BereavementSupportRepository(const Database &database);

    /// The list in the order printed; nothing, with `error` set, when it cannot be read or a
    /// row names a kind of loss this version does not know (never a row quietly left out).
    std::optional<QList<BereavementSupport>> list(QString *error) const;
    /// Replaces the whole list with `list`, in its order, in one write: all of it or nothing (a
    /// savepoint inside a caller's transaction). An organisation with an id keeps it; one
    /// without is given one.
    bool replace(const QList<BereavementSupport> &list, QString *error) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
