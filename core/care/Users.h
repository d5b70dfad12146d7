// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Audit.h"
#include "domain/User.h"

#include <QList>
#include <QString>

namespace bb {
class Clock;
}
namespace bb::storage {
class Database;
}

namespace bb::care {

/// The people who log in: the first administrator of a new database, logging in and out with
/// back-off after failed tries, locking and unlocking, and what administrators do to users
/// (add, change, disable, reset). Every step writes its audit row; nobody is ever deleted.
class Users
{
public:
    Users(const storage::Database &database, const Clock &clock);

    /// Whether anyone can log in yet: a new database asks for its first administrator.
    Outcome<bool> anyone() const;
    /// Everyone, for administrators; looking is recorded.
    Outcome<QList<User>> all(const Actor &actor) const;
    /// The user called `username`, for administrators.
    Outcome<User> byUsername(const QString &username, const Actor &actor) const;

    /// Problems with a user as typed, by field path (`user.username`).
    static FieldErrors validate(const UserChange &change);

    /// The first administrator of a database that has no users yet, who is then logged in.
    Outcome<Actor> createFirstAdministrator(const UserChange &change, const QString &password,
                                            const QString &workstation) const;

    /// Logs `username` in at `workstation`. Refused, and recorded, when the password is wrong,
    /// she is disabled, or failed tries mean she must wait (access::loginDelaySeconds()); the
    /// message never says whether the username exists. A hash made with lower parameters than
    /// today's is replaced.
    Outcome<Actor> logIn(const QString &username, const QString &password,
                         const QString &workstation) const;
    Outcome<Done> logOut(const Actor &actor) const;
    /// Records that her screen was locked (`why`: "on request", "idle for 5 minutes").
    Outcome<Done> lock(const Actor &actor, const QString &why) const;
    /// Unlocks for the same person only, with her password; refused and recorded otherwise,
    /// with the same back-off as logging in.
    Outcome<Done> unlock(const Actor &actor, const QString &password) const;
    /// Whether an administrator has reset her password since she last chose one: she is asked
    /// for a new one before she goes on.
    Outcome<bool> mustChangePassword(const Actor &actor) const;
    /// Her own new password, with her current one.
    Outcome<Done> changePassword(const Actor &actor, const QString &current,
                                 const QString &replacement) const;

    /// Administrators only. She chooses her own password at her first login.
    Outcome<User> add(const UserChange &change, const QString &password, const Actor &actor) const;
    Outcome<User> change(qint64 userId, const UserChange &change, const Actor &actor) const;
    Outcome<User> setDisabled(qint64 userId, bool disabled, const Actor &actor) const;
    /// Sets a password she must change at her next login.
    Outcome<Done> resetPassword(qint64 userId, const QString &password, const Actor &actor) const;

    /// The demonstration database's people, all with `password` (which need not meet the rules
    /// a real password must: it is printed in the README). One hash for all, so making the demo
    /// stays quick.
    Outcome<QList<User>> addDemonstrationUsers(const QList<UserChange> &people,
                                               const QString &password, const Actor &actor) const;

private:
    /// The user an administrator is about to change, with `what` the audit says of it
    /// (`prefix` then "user jo.smith"); refused, and recorded, for anyone but an administrator.
    Outcome<User> toManage(qint64 userId, const Actor &actor, const QString &prefix,
                           QString *what) const;
    /// Stores a new user made from `change` with the password `hash`, created by `createdBy`
    /// now; inside the caller's transaction. `mustChangePassword` when someone else chose it.
    Outcome<User> insertUser(const UserChange &change, const QString &hash,
                             const QString &createdBy, bool mustChangePassword) const;
    Outcome<Actor> checkPassword(const User &user, const QString &password,
                                 const QString &workstation, AuditEventKind event) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
