// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Pregnancy.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bb::codes {

// The words the booking format and the database use for each choice. One table each, so the
// format, the schema's CHECK constraints and the forms cannot drift apart.

QString toCode(Conception value);
QString toCode(Smoking value);
QString toCode(PlaceOfBirth value);
QString toCode(PregnancyStatus value);

std::optional<Conception> conceptionFromCode(const QString &code);
std::optional<Smoking> smokingFromCode(const QString &code);
std::optional<PlaceOfBirth> placeOfBirthFromCode(const QString &code);
std::optional<PregnancyStatus> pregnancyStatusFromCode(const QString &code);

QString label(Smoking value);
QString label(PlaceOfBirth value);

QStringList smokingCodes();
QStringList placeOfBirthCodes();

/// Social circumstances that drive referrals: asylum_seeker, refugee, safeguarding_concern,
/// domestic_abuse, learning_disability, no_fixed_abode.
QStringList socialCodes();
QString socialLabel(const QString &code);
/// safeguarding_concern and domestic_abuse: seen only by staff who work with safeguarding,
/// never on her copy.
bool isSafeguardingSocialCode(const QString &code);

/// NHS ethnic category letters (Data Dictionary), with their descriptions.
QStringList ethnicCategoryCodes();
QString ethnicCategoryLabel(const QString &code);
/// The NHS Data Dictionary's own words for `code`, never translated: the display of the code
/// in an export.
QString ethnicCategoryDisplay(const QString &code);

} // namespace bb::codes
