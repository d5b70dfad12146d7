// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Woman.h"

#include <QString>

namespace bb::care {

/// Her own words for the Friends and Family Test with what could identify her taken out before
/// they are stored apart from her record: her names become `[name]`, her date of birth
/// `[date]`, her postcode `[postcode]`, and any run of six or more digits (an NHS number, a
/// phone number) `[number]`. Everything else, staff names included, is kept as she wrote it.
QString withoutHerIdentifiers(const QString &words, const Woman &woman);

} // namespace bb::care
