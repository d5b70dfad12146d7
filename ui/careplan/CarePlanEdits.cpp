// SPDX-License-Identifier: MIT
#include "careplan/CarePlanEdits.h"

#include "clinical/Recommendations.h"
#include "domain/Codes.h"

namespace bb::ui {

DecisionEdit::DecisionEdit(CarePlanEditTarget &target, CarePlanDecision before,
                           CarePlanDecision after)
    : m_target(target), m_before(std::move(before)), m_after(std::move(after))
{
    const QString title = clinical::recommendationTitle(m_after.code);
    setText(m_before.status != m_after.status
                ? QObject::tr("mark %1 %2").arg(title, label(m_after.status).toLower())
                : QObject::tr("reason for declining %1").arg(title));
}

bool DecisionEdit::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DecisionEdit *>(other);
    // Only reason typing merges; a change of status is always its own step.
    if (next->m_after.code != m_after.code || next->m_before.status != next->m_after.status ||
        m_before.status != m_after.status)
        return false;
    m_after = next->m_after;
    return true;
}

ChoiceEdit::ChoiceEdit(CarePlanEditTarget &target, PlaceOfBirth before, PlaceOfBirth after)
    : m_target(target), m_before(before), m_after(after)
{
    setText(QObject::tr("choose %1").arg(codes::label(after)));
}

WordsEdit::WordsEdit(CarePlanEditTarget &target, QString field, QString before, QString after)
    : m_target(target), m_field(std::move(field)), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(QObject::tr("type her words"));
}

bool WordsEdit::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const WordsEdit *>(other);
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace bb::ui
