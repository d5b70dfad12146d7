// SPDX-License-Identifier: MIT
#include "clinical/CarePlanDecisions.h"

namespace bb::clinical {

QString decisionReasonPath(const QString &code)
{
    return QStringLiteral("decisions.%1.reason").arg(code);
}

FieldErrors validateDecisions(const QList<CarePlanDecision> &decisions)
{
    FieldErrors errors;
    for (const CarePlanDecision &decision : decisions) {
        // Declining is hers to do; the plan records why, so the next midwife need not ask again.
        if (decision.declined() && decision.reason.trimmed().isEmpty())
            errors.append(
                {decisionReasonPath(decision.code), QStringLiteral("a decline needs her reason")});
    }
    return errors;
}

} // namespace bb::clinical
