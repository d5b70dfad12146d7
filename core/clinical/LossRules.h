// SPDX-License-Identifier: MIT
#pragma once

#include "domain/AntenatalContact.h"
#include "domain/FieldError.h"
#include "domain/Gestation.h"
#include "domain/Loss.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace bb::clinical {

/// What is recorded of a pregnancy that a loss is checked against.
struct LossFacts
{
    std::optional<Gestation> atLoss; ///< gestation on the loss date; nothing when not dated
    QDate birthDate;                 ///< invalid when no birth is recorded
    int bornAlive = 0;               ///< babies of the recorded birth
    int stillborn = 0;
};

/// The National Bereavement Care Pathway's definitions, as the rules page gives them: a loss
/// before 24+0 is a miscarriage (or ectopic, or a termination), at 24+0 or later a baby born
/// dead is a stillbirth, and a neonatal death is of a baby born alive, in the first 28 days.
/// Field paths: `date`, `kind`. A date after `today` is refused.
FieldErrors lossProblems(const PregnancyLoss &loss, const LossFacts &facts, const QDate &today);

/// The referral items a loss makes (rules page, "Pregnancy loss"): `referral_bereavement` to the
/// bereavement midwife, `inform_gp` and `inform_health_visitor`; and after a stillbirth or a
/// neonatal death `perinatal_mortality_review` (the Perinatal Mortality Review Tool reviews
/// both).
QStringList referralsAfterLoss(LossKind kind);

/// What postnatal care adds after a stillbirth or neonatal death, each with its source (rules
/// page, "Pregnancy loss"): `lactation_suppression_advice`; and after a stillbirth
/// `anti_d_after_stillbirth` when she is rhesus D negative, or `blood_group_check` when that is
/// not known. Nothing after a loss with no birth.
QList<ContactAction> postnatalAfterLoss(LossKind kind, std::optional<bool> rhesusNegative);

/// What a loss action code asks for, as her screen says it.
QString lossActionTitle(const QString &code);

} // namespace bb::clinical
