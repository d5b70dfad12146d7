// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/CarePlan.h"
#include "domain/FieldError.h"

#include <QJsonObject>

#include <optional>

namespace bb::interop {

/// The `bbclinic-careplan/1` format, documented in the care-plan format spec.
inline constexpr char kCarePlanFormat[] = "bbclinic-careplan/1";

/// The plan as `bbclinic-careplan/1`, with the woman's identifiers taken from the booking.
/// Dates are YYYY-MM-DD, gestation `W+D`, `bmi` null when not measured.
QJsonObject carePlanToJson(const Booking &booking, const CarePlan &plan);

struct CarePlanReadResult
{
    std::optional<CarePlan> plan; ///< set only when there are no errors
    QString nhsNumber;            ///< the `woman` block, as stored with the plan
    QString name;
    QDate dateOfBirth;
    FieldErrors errors;
};

/// Reads a stored plan back: carePlanFromJson(carePlanToJson(b, p)).plan == p.
CarePlanReadResult carePlanFromJson(const QJsonObject &json);

} // namespace bb::interop
