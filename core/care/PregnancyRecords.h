// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/PregnancyRecord.h"

namespace bb::care {

class Clinic;

/// Everything of one pregnancy that her FHIR bundle and the monthly return are written from:
/// her booking and details, the latest version of her plan, her named midwife and team, her
/// contacts, the birth, her referrals, her appointments and her record's flags, as `viewer`
/// may see them (the restricted referrals and the safeguarding flags only for staff who work
/// with them). A failure when any of it cannot be read: an export that left part out unseen
/// would be worse than none.
Outcome<PregnancyRecord> pregnancyRecord(const Clinic &clinic, qint64 pregnancyId,
                                         const Actor &viewer);

} // namespace bb::care
