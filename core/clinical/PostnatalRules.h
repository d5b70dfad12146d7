// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Birth.h"
#include "domain/FieldError.h"
#include "domain/Gestation.h"
#include "domain/PostnatalContact.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace bb::clinical {

/// A baby's weight against its birth weight, in per cent (negative: a loss).
double weightChangePercent(int birthGrams, int nowGrams);

/// What the rules of "At and after the birth" ask for at a postnatal contact, each with its
/// source and reasons:
/// - `bp_review` the same day for her blood pressure at 150/100 or more (NICE NG194);
/// - `mental_health_assessment` for a yes to a Whooley question or a GAD-2 of 3 or more (NICE
///   CG192, as at booking);
/// - `feeding_assessment` for a baby who has lost more than 10% of the birth weight (NICE NG194);
/// - `jaundice_urgent_assessment` the same day for jaundice in the first 24 hours (NICE NG194);
/// - `blood_spot_due` from day 5 to day 8 and `blood_spot_overdue` after it (the day of birth is
///   day 0), for a baby born alive whose blood spot is not taken yet; and for a baby born before
///   32+0 (`atBirth`), `blood_spot_repeat_due` from day 28 until it is taken again then.
///   `lastTaken`: for each baby, the latest date an earlier contact took the blood spot.
QList<ContactAction> assessPostnatal(const PostnatalContact &contact, const Birth &birth,
                                     const QHash<qint64, QDate> &lastTaken,
                                     std::optional<Gestation> atBirth = std::nullopt);

/// What makes a postnatal contact impossible to save: no date, one before the birth or after
/// today, no clinician, a blood pressure or temperature that is not a possible reading, a baby
/// who is not of this birth, a weight outside 200-7000 g, a GAD-2 outside 0-6.
FieldErrors postnatalProblems(const PostnatalContact &contact, const Birth &birth,
                              const QDate &today);

} // namespace bb::clinical
