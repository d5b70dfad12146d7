// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "documents/DischargeDocuments.h"

#include <QDate>

namespace bb::care {

class Clinic;

/// What the handover to the health visitor and her discharge summary show: her booking, the
/// birth with who attended, each baby with where she was cared for and what her checks found,
/// her last postnatal contact's findings and actions, the postnatal VTE advice, her named
/// midwife and team, and the trust's settings. The one assembly behind the app's print and the
/// command line's `print --document handover|discharge`. Field error `pregnancy` before she is
/// discharged.
Outcome<documents::DischargePrintInput>
dischargePrintInput(const Clinic &clinic, qint64 pregnancyId, const QDate &printedOn);

} // namespace bb::care
