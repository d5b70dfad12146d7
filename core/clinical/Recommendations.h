// SPDX-License-Identifier: MIT
#pragma once

#include "clinical/BookingFacts.h"
#include "domain/CarePlan.h"
#include "domain/RuleSettings.h"

#include <QList>
#include <QStringList>

namespace bb::clinical {

/// Every recommendation code, in the stable order plans list them: medicines, tests,
/// referrals, support.
QStringList recommendationCodes();

/// The recommendations that apply to a booking, each code at most once, in the order of
/// recommendationCodes(), each with its source and at least one reason, and a window fitted to
/// the booking date where the rule gives one. The pathway (for the consultant review) comes from
/// the NICE NG235 factors, see BirthPlace.h.
QList<Recommendation> recommendationsFor(const BookingFacts &facts,
                                         const RuleSettings &settings = {});

/// What the recommendation means for the woman, in plain English (for the printed plan), or in
/// the installed translation of it: the words only, never what is recommended.
QString recommendationAdvice(const QString &code);
/// A short title (`Aspirin`), for lists and headings, in the installed translation.
QString recommendationTitle(const QString &code);
/// The same title in the rules page's words, never translated: the display of its code in an
/// export, the same whoever made it.
QString recommendationDisplay(const QString &code);

} // namespace bb::clinical
