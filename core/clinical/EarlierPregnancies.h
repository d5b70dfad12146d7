// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Birth.h"
#include "domain/Loss.h"
#include "domain/PregnancyHistory.h"

#include <QList>

#include <optional>

namespace bb::clinical {

/// What became of one pregnancy recorded here, from its birth and its loss (either, both or
/// neither recorded):
/// - a birth gives the row of a birth: live birth or stillbirth, the completed weeks at birth
///   by her dating, the mode of birth, the baby's weight and the year; a neonatal death
///   recorded as its loss makes it `neonatal_death`;
/// - a loss without a birth gives its kind as the outcome, the completed weeks on the day of
///   the loss when the pregnancy was dated, and the year;
/// - twins or more are one row, as the booking counts pregnancies, not babies (a twin birth
///   is one birth, as parity counts pregnancies carried to 24 weeks): the row's outcome is the
///   gravest of the babies' (a stillbirth, then a neonatal death, then a live birth), since a
///   baby's death is what the care of a later pregnancy turns on; its weight is the heaviest
///   baby's, so that a baby of 4.5 kg or more is not missed (NICE NG3); and its notes say each
///   baby's outcome and weight;
/// - a pregnancy still in care, or whose end is not recorded, offers no row; nor does one
///   entered in error, whatever was recorded against it.
/// Complications are never guessed: which earlier-pregnancy conditions apply (an unexplained
/// stillbirth, a haemorrhage) is the midwife's judgement when she confirms the row.
PregnancyHistory historyOf(const Pregnancy &pregnancy, const std::optional<Birth> &birth,
                           const std::optional<PregnancyLoss> &loss, bool enteredInError);

/// The offered rows that are not among her rows yet. A row of the same year and outcome
/// stands for one offered row (she may have told it at an earlier booking, or the midwife
/// typed it), so nothing is listed twice; each of her rows stands for one offered row only.
QList<PreviousPregnancy> notYetListed(const QList<PreviousPregnancy> &offered,
                                      const QList<PreviousPregnancy> &rows);

} // namespace bb::clinical
