// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace bb::csv {

/// One field as RFC 4180 writes it: quoted, its quotes doubled, when it holds a comma, a quote or
/// a line break; as it is otherwise.
inline QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    return QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace bb::csv
