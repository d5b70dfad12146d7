// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"
#include "domain/StoredCarePlan.h"

#include <QList>
#include <QString>

namespace bb::clinical {

/// The path of the reason for her decision on one recommendation: `decisions.<code>.reason`.
QString decisionReasonPath(const QString &code);

/// Problems with her decisions on the plan's recommendations, one message per rule, at
/// decisionReasonPath(): a declined recommendation needs her reason, in her words.
FieldErrors validateDecisions(const QList<CarePlanDecision> &decisions);

} // namespace bb::clinical
