// SPDX-License-Identifier: MIT
#include "interop/JsonReader.h"

#include "interop/StrictJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace bb::interop {

std::optional<QJsonObject> jsonObjectOf(const QByteArray &json, FieldErrors &errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({QStringLiteral("$"), QStringLiteral("not valid JSON: %1 at offset %2")
                                                .arg(parseError.errorString())
                                                .arg(parseError.offset)});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append({QStringLiteral("$"), QStringLiteral("must be a JSON object")});
        return std::nullopt;
    }
    // What Qt's reader passes over would make the document read differently elsewhere.
    const FieldErrors strict = strictJsonProblems(json);
    if (!strict.isEmpty()) {
        errors.append(strict);
        return std::nullopt;
    }
    return document.object();
}

} // namespace bb::interop
