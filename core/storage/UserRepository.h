// SPDX-License-Identifier: MIT
#pragma once

#include "domain/User.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for the people who log in. Rows are never deleted (the schema refuses it). Each
/// write is one statement, part of the transaction of the use case that calls it.
class UserRepository
{
public:
    explicit UserRepository(const Database &database);

    /// How many users there are, disabled ones included; -1 when it cannot be read.
    qint64 count(QString *error = nullptr) const;
    /// Everyone, in username order.
    QList<User> all(QString *error = nullptr) const;
    std::optional<User> byUsername(const QString &username, QString *error = nullptr) const;
    std::optional<User> byId(qint64 id, QString *error = nullptr) const;
    /// Her stored Argon2id string; empty when there is no such user.
    QString passwordHash(qint64 id, QString *error = nullptr) const;

    /// Inserts `user` with `passwordHash`; returns the new id, 0 on failure.
    qint64 insert(const User &user, const QString &passwordHash, QString *error) const;
    /// Changes her name, role and staff record.
    bool update(const User &user, QString *error) const;
    bool setDisabled(qint64 id, bool disabled, QString *error) const;
    bool setPassword(qint64 id, const QString &passwordHash, bool mustChange, QString *error) const;
    /// Counts one more failed login at `at` (UTC).
    bool countFailure(qint64 id, const QDateTime &at, QString *error) const;
    /// Clears her failed logins after a successful one.
    bool clearFailures(qint64 id, QString *error) const;

private:
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
