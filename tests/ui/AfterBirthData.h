// SPDX-License-Identifier: MIT
#pragma once
// The weeks after the birth as the team window's tests and the screenshot tour need them:
// births, babies moved away from their mother, and discharges with the Friends and Family Test
// answer, each recorded through the care operations as the forms would.

#include "UiTestSupport.h"

#include "domain/BabyCare.h"
#include "domain/Discharge.h"

namespace bb::test {

/// A midwife of `teamName`, her named midwife and team from `on` (the latest allocation is the
/// one in force); the team's id.
qint64 allocateTo(AppFixture &app, const Booking &her, const QString &teamName, const QDate &on);

/// Her birth on `day` at the alongside midwifery unit she planned, one baby born alive of `sex`;
/// the baby's id.
qint64 recordBirth(AppFixture &app, const Booking &her, const QDate &day,
                   BabySex sex = BabySex::Female);

/// A unit the service directory lists for `location`.
QString unitFor(AppFixture &app, BabyCareLocation location);

/// Her baby `babyId` moved to `location` from `from`.
void moveBaby(AppFixture &app, const Booking &her, qint64 babyId, BabyCareLocation location,
              const QDate &from, const QString &reason);

/// Her discharge to the health visitor on `day` with her answer and words.
void discharge(AppFixture &app, const Booking &her, const QDate &day, FeedbackAnswer answer,
               const QString &words);

} // namespace bb::test
