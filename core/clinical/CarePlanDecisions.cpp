// SPDX-License-Identifier: MIT
#include "clinical/CarePlanDecisions.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanDecisions)
};

} // namespace

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
                {decisionReasonPath(decision.code), Words::tr("a decline needs her reason")});
    }
    return errors;
}

} // namespace bb::clinical
