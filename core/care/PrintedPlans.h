// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "documents/CarePlanDocument.h"
#include "domain/StoredCarePlan.h"

namespace bb::care {

class Clinic;

/// What her printed plan of `plan` shows besides the plan itself: the trust's settings for
/// printed plans, her named midwife and team with the team's phone, and the appointments already
/// booked for her planned contacts, with their time and place. The one assembly behind the
/// app's print, print preview and PDF and the command line's `print`. Refused (`pregnancy`) after
/// the pregnancy's loss; a failure when the settings cannot be read.
Outcome<documents::CarePlanPrintInput> printInput(const Clinic &clinic, const StoredCarePlan &plan,
                                                  const QDate &printedOn);

} // namespace bb::care
