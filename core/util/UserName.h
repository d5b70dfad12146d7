// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb {

/// Who is using this laptop, as the operating system knows her, for "saved by" until the app
/// has logins of its own.
inline QString currentUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace bb
