// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Birth.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

/// Where a baby is cared for: with her mother, or away from her in transitional care or a
/// neonatal unit (the plan keeps babies as close to home as possible).
enum class BabyCareLocation
{
    WithMother,
    TransitionalCare,
    NeonatalUnit
};

/// A baby's move to where she is cared for, from a date. A baby with no move has been with her
/// mother since the birth.
struct BabyCareMove
{
    qint64 id = 0;
    qint64 babyId = 0;
    QDate from;
    BabyCareLocation location = BabyCareLocation::WithMother;
    QString unit;   ///< the unit's name in the service directory; empty with her mother
    QString reason; ///< why she moved, as the midwife wrote it
    bool operator==(const BabyCareMove &) const = default;
};

/// A baby cared for away from home (transitional care or a neonatal unit) on a day, as the team
/// lead's list shows her: whose baby, where, since when, and her mother's team.
struct BabyAway
{
    qint64 pregnancyId = 0;
    qint64 womanId = 0;
    QString motherName;
    QString motherNhsNumber;
    qint64 teamId = 0; ///< her mother's team; 0 when none is allocated
    Baby baby;
    QDate born;
    BabyCareMove move; ///< the move in force that day
};

/// The service directory kind of the units that care for babies at `location`; empty for
/// "with her mother".
QString serviceKindFor(BabyCareLocation location);

} // namespace bb

namespace bb::codes {

QString toCode(BabyCareLocation value);
std::optional<BabyCareLocation> babyCareLocationFromCode(const QString &code);
QString label(BabyCareLocation value);
QStringList babyCareLocationCodes();

} // namespace bb::codes
