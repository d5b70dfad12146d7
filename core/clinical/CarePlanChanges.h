// SPDX-License-Identifier: MIT
#pragma once

#include "domain/CarePlan.h"

#include <QStringList>

namespace bb::clinical {

/// What the rules would now change in a plan she was given, in words a midwife reads to her:
/// a new or dropped recommendation, a changed due date, pathway, VTE score, birth-place advice or
/// appointment dates. Empty when the plans advise the same.
QStringList carePlanChanges(const CarePlan &given, const CarePlan &now);

} // namespace bb::clinical
