// SPDX-License-Identifier: MIT
#pragma once

#include "domain/User.h"

#include <QString>

namespace bb {

/// Who did something, as every saved version, appointment change and audit row records it.
/// Passed in beside the clock by whoever runs a use case, never read from the environment: the
/// window and the command line make one from the person who logged in (care::Users::logIn()).
struct Actor
{
    QString id;          ///< her username
    QString displayName; ///< as recorded beside what she changes
    UserRole role = UserRole::Midwife;
    qint64 userId = 0;   ///< her user's id; 0 for the demonstration data and tests
    qint64 staffId = 0;  ///< her staff record, 0 when she has none
    QString workstation; ///< the computer she is using, as the audit records it

    /// Someone known only by name: the demonstration data, benchmarks and tests.
    static Actor named(const QString &name, UserRole role = UserRole::Midwife)
    {
        Actor actor;
        actor.id = name.trimmed();
        actor.displayName = name.trimmed();
        actor.role = role;
        return actor;
    }
    /// The person logged in as `user`, at `workstation`.
    static Actor of(const User &user, const QString &workstation)
    {
        return {user.username, user.displayName, user.role, user.id, user.staffId, workstation};
    }
    bool isKnown() const { return !id.isEmpty(); }
    bool operator==(const Actor &) const = default;
};

} // namespace bb
