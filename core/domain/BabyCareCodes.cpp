// SPDX-License-Identifier: MIT
#include "domain/BabyCare.h"

#include "domain/CodeTable.h"

namespace bb {

QString serviceKindFor(BabyCareLocation location)
{
    switch (location) {
    case BabyCareLocation::WithMother:
        return {};
    case BabyCareLocation::TransitionalCare:
        return QStringLiteral("transitional_care");
    case BabyCareLocation::NeonatalUnit:
        return QStringLiteral("neonatal_unit");
    }
    return {};
}

} // namespace bb

namespace bb::codes {
namespace {

// The migration's CHECK list repeats these codes.
constexpr LabelledCodeTable<BabyCareLocation, 3> kLocations{{
    {BabyCareLocation::WithMother, "with_mother", QT_TRANSLATE_NOOP("codes", "With her mother")},
    {BabyCareLocation::TransitionalCare, "transitional_care",
     QT_TRANSLATE_NOOP("codes", "Transitional care")},
    {BabyCareLocation::NeonatalUnit, "neonatal_unit", QT_TRANSLATE_NOOP("codes", "Neonatal unit")},
}};

} // namespace

// clang-format off
QString toCode(BabyCareLocation value) { return codeOf(kLocations, value); }
std::optional<BabyCareLocation> babyCareLocationFromCode(const QString &code) { return valueOf(kLocations, code); }
QString label(BabyCareLocation value) { return labelOf(kLocations, value); }
QStringList babyCareLocationCodes() { return allCodes(kLocations); }
// clang-format on

} // namespace bb::codes
