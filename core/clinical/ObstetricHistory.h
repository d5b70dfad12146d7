// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"
#include "domain/FieldError.h"

#include <QDate>
#include <QList>

namespace bb::clinical {

/// A baby of this weight or more at an earlier birth is the NICE NG3 risk factor for
/// gestational diabetes (`previous_baby_4_5kg`).
inline constexpr int kLargeBabyGrams = 4500;
/// Weights outside these grams are taken for a mistyped weight.
inline constexpr int kMinBabyGrams = 300;
inline constexpr int kMaxBabyGrams = 7000;

/// What her earlier pregnancies, one row each, add up to.
struct HistoryCounts
{
    int births = 0;     ///< live births and neonatal deaths, and stillbirths (24 weeks or more)
    int losses = 0;     ///< miscarriages, ectopic and molar pregnancies and terminations
    int caesareans = 0; ///< births by planned or emergency caesarean
    bool operator==(const HistoryCounts &) const = default;
};

HistoryCounts countsOf(const QList<PreviousPregnancy> &rows);

/// The booking with what its rows and answers imply, so that the rules read one consistent
/// booking whichever door it came in by:
/// - with earlier pregnancies recorded one by one, the counts are theirs;
/// - each row's complications are among her conditions, and so is a baby of 4.5 kg or more
///   (NICE NG3);
/// - a disclosure at the routine enquiry about domestic abuse is among her social circumstances
///   (rules page: `referral_safeguarding`).
/// Without rows, the counts are left as they were given.
Booking withDerivedHistory(Booking booking);

/// Problems with her earlier pregnancies, paths `pregnancy.previous_pregnancies[i].field`: a
/// year before she was 10 or after the booking, a gestation outside 4 to 44 weeks or that does
/// not fit the outcome (a stillbirth at 24 weeks or more, a loss before), a mode or baby's weight
/// on a pregnancy that was not a birth, a weight outside 300 to 7000 g, a complication that is not
/// an earlier-pregnancy condition of the rules page or needs a birth this row was not.
FieldErrors previousPregnancyProblems(const Booking &booking);

/// Problems with the rest of the booking's details: a baseline blood pressure that is not a
/// possible reading, alcohol units outside 0 to 200 a week.
FieldErrors bookingDetailProblems(const BookingDetails &details);

/// One line per problem with a blood pressure reading (60 to 260 over 30 to 160 mmHg, the
/// diastolic below the systolic); empty when it is possible. The booking and every contact
/// check a reading with this.
QStringList bloodPressureProblems(const BloodPressure &bp);

} // namespace bb::clinical
