// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace bb {

/// A problem with one value, named by its path in the booking document
/// (`woman.nhs_number`), so the UI can show it beside the field and the CLI can print it.
struct FieldError
{
    QString path;
    QString message;

    QString toString() const { return path + QStringLiteral(": ") + message; }
    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

/// Adds the errors of `more` whose paths `errors` does not name yet: a value already reported
/// as unreadable (not a date, not a number) is not reported again by the rules.
inline void addUnreported(FieldErrors &errors, const FieldErrors &more)
{
    const FieldErrors before = errors;
    for (const FieldError &error : more) {
        if (std::none_of(before.cbegin(), before.cend(),
                         [&](const FieldError &e) { return e.path == error.path; }))
            errors.append(error);
    }
}

} // namespace bb
