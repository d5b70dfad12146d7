// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/VteRisk.h"
#include "domain/Birth.h"
#include "domain/FieldError.h"
#include "domain/Gestation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bb::clinical {

// Limits the birth record shares with the command line and the schema.
inline constexpr int kMaxBabies = 6;
inline constexpr int kMinBabyWeightGrams = 200;
inline constexpr int kMaxBabyWeightGrams = 7000;
inline constexpr int kMaxBloodLossMl = 10000;

/// What makes a birth impossible to save, paths as the command line names them: no date, one
/// before her booking or after today; a setting that differs from the plan without a reason; no
/// one who attended; no baby or more than six; a baby's weight outside 200-7000 g, a baby born
/// alive without Apgar scores at 1 and 5 minutes, an Apgar outside 0-10, a 10-minute Apgar missing
/// when the 5-minute one is below 7 or given when it is not (NICE NG194), Apgars or a feed for a
/// stillborn baby; a caesarean with a vaginal tear, a caesarean before labour that is not a
/// caesarean, a mid-cavity or rotational birth that was not instrumental; blood loss outside
/// 0-10000 ml.
FieldErrors birthProblems(const Birth &birth, const QDate &bookingDate, const QDate &today);

/// What RCOG GTG 37a scores of a birth after it, with the gestation at birth when known.
BirthEvent birthEventOf(const Birth &birth, std::optional<Gestation> atBirth);

struct DateWindow
{
    QDate from;
    QDate to;
    bool operator==(const DateWindow &) const = default;
};

/// The newborn blood spot test (rules page; NHS newborn blood spot screening): on day 5, the day
/// of birth being day 0, and no later than day 8; repeated at 28 days for a baby born before
/// 32+0.
struct BloodSpotDue
{
    DateWindow first;
    std::optional<QDate> repeat;
    bool operator==(const BloodSpotDue &) const = default;
};
BloodSpotDue bloodSpotDue(const QDate &birthDate, std::optional<Gestation> atBirth);

/// A postnatal contact planned when the birth is recorded (NICE NG194): the first midwife
/// contact the day after the birth (at the latest the day after), day 5 for the blood spot test
/// and her check (by day 8), and day 10 to see whether she and her baby can be discharged from
/// maternity care (by day 14).
struct PlannedPostnatalContact
{
    int day = 0; ///< days after the birth
    QDate date;
    QDate latest; ///< the last day it may move to when nobody can see her on `date`
    QString purpose;
    bool operator==(const PlannedPostnatalContact &) const = default;
};
QList<PlannedPostnatalContact> postnatalContactPlan(const QDate &birthDate);

} // namespace bb::clinical
