// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

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

} // namespace bb
