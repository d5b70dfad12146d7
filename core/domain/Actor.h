// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb {

/// Who did something, as every saved version and appointment change records it. Passed in
/// beside the clock by whoever runs a use case, never read from the environment. Until the app
/// has logins, the window asks for the user's name on first run and the command line takes
/// `--as NAME`; the id is then the name itself.
struct Actor
{
    enum class Role
    {
        Clinician, ///< a midwife, obstetrician or support worker using the window
        Operator   ///< someone running the command line: imports, demo data, reports
    };

    QString id;
    QString displayName;
    Role role = Role::Clinician;

    static Actor named(const QString &name, Role role = Role::Clinician)
    {
        return {name.trimmed(), name.trimmed(), role};
    }
    bool isKnown() const { return !id.isEmpty(); }
    bool operator==(const Actor &) const = default;
};

} // namespace bb
