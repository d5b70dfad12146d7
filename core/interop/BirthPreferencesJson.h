// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BirthPreferences.h"
#include "domain/FieldError.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace bb::interop {

/// The `bbclinic-birth-preferences/1` format, documented in docs/formats.md.
inline constexpr char kBirthPreferencesFormat[] = "bbclinic-birth-preferences/1";

struct BirthPreferencesParseResult
{
    std::optional<BirthPreferences> preferences; ///< set only when there are no errors
    FieldErrors errors;                          ///< each with its field path
};

/// Reads her preferences: every problem is reported with its path (`pain_relief.choices[1]`),
/// and nothing is read from a document with any. A key the format does not have is a problem
/// too (a misspelt `what_maters` must not be dropped unseen), as is a document that says none
/// of her preferences.
BirthPreferencesParseResult parseBirthPreferences(const QByteArray &json, const QDate &today);

/// Her preferences as the format writes them; parseBirthPreferences() reads them back the same.
QJsonObject birthPreferencesToJson(const BirthPreferences &preferences);

} // namespace bb::interop
