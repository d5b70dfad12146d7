// SPDX-License-Identifier: MIT
#pragma once

#include "domain/BookingDetails.h"
#include "domain/FieldError.h"
#include "domain/Gestation.h"
#include "domain/TestResult.h"

#include <QList>
#include <QString>

#include <optional>

namespace bb::clinical {

/// Whether a blood group result says she is rhesus D negative (`O RhD negative`, `A neg`,
/// `B-`); none when it does not say.
std::optional<bool> rhesusNegative(const QString &bloodGroup);

/// Something her results call for that has not been done.
struct ResultDue
{
    QString title;       ///< what is to be done
    QString reason;      ///< why, with its source
    qint64 resultId = 0; ///< the result waiting for action; 0 for one due from the rules
    bool operator==(const ResultDue &) const = default;
};

/// What her results call for and is not yet done, on `today` at gestation `now`: each result
/// that needs action and has none recorded; and, for a rhesus D negative woman, routine anti-D
/// prophylaxis at 28 weeks until anti-D given is recorded (NICE TA156; NICE NG201), shown from
/// 26+0 so it is planned. Her latest blood group result says whether she is rhesus D negative;
/// without one, or when it does not say, the rhesus D recorded at her booking (`atBooking`) does.
QList<ResultDue> resultsDue(const QList<TestResult> &results, Gestation now,
                            Rhesus atBooking = Rhesus::NotKnown);

/// What makes a result impossible to save: no kind or an unknown one, no date, a date before
/// `earliest` (her booking's LMP or scan) or after `today`, no value, an action taken without
/// the date it was taken.
FieldErrors resultProblems(const TestResult &result, const QDate &earliest, const QDate &today);

} // namespace bb::clinical
