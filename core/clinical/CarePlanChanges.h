// SPDX-License-Identifier: MIT
#pragma once

#include "domain/CarePlan.h"

#include <QStringList>

namespace bb::clinical {

/// What the rules would now change in a plan she was given, in words a midwife reads to her:
/// a new or dropped recommendation, a changed due date, pathway, VTE score, birth-place advice or
/// appointment dates. Empty when the plans advise the same.
QStringList carePlanChanges(const CarePlan &given, const CarePlan &now);

/// One setting whose place-of-birth advice differs between two plans.
struct BirthPlaceChange
{
    PlaceOfBirth setting = PlaceOfBirth::Home;
    BirthPlaceAdviceKind from = BirthPlaceAdviceKind::Suitable;
    BirthPlaceAdviceKind to = BirthPlaceAdviceKind::Suitable;
    bool operator==(const BirthPlaceChange &) const = default;
};

/// What a new condition changes in the two things a plan change is taken for (rules page, "At
/// antenatal contacts"): her pathway and the advice on each place of birth.
struct PathwayChange
{
    CarePathway pathwayFrom = CarePathway::MidwifeLed;
    CarePathway pathwayTo = CarePathway::MidwifeLed;
    QList<BirthPlaceChange> birthPlaces; ///< only the settings whose advice differs
    bool changesPathway() const { return pathwayFrom != pathwayTo; }
    bool isEmpty() const { return !changesPathway() && birthPlaces.isEmpty(); }
    bool operator==(const PathwayChange &) const = default;
};
PathwayChange pathwayChange(const CarePlan &given, const CarePlan &now);

} // namespace bb::clinical
