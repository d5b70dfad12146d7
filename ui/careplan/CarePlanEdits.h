// SPDX-License-Identifier: MIT
#pragma once

#include "domain/StoredCarePlan.h"

#include <QUndoCommand>

namespace bb::ui {

/// What the midwife changes on the care-plan page with the woman. The page applies these; the
/// undo commands below hold the before and after of one kind of edit each.
class CarePlanEditTarget
{
public:
    virtual ~CarePlanEditTarget() = default;
    virtual void applyDecision(const CarePlanDecision &decision) = 0;
    virtual void applyChoice(PlaceOfBirth place) = 0;
    virtual void applyWords(const QString &field, const QString &text) = 0;
};

/// Accepting or declining one recommendation, or typing the reason for a decline. Typing in the
/// same reason merges into one step, so undo takes back the reason, not one letter.
class DecisionEdit : public QUndoCommand
{
public:
    DecisionEdit(CarePlanEditTarget &target, CarePlanDecision before, CarePlanDecision after);
    void undo() override { m_target.applyDecision(m_before); }
    void redo() override { m_target.applyDecision(m_after); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CarePlanEditTarget &m_target;
    CarePlanDecision m_before;
    CarePlanDecision m_after;
};

/// Her chosen place of birth.
class ChoiceEdit : public QUndoCommand
{
public:
    ChoiceEdit(CarePlanEditTarget &target, PlaceOfBirth before, PlaceOfBirth after);
    void undo() override { m_target.applyChoice(m_before); }
    void redo() override { m_target.applyChoice(m_after); }

private:
    CarePlanEditTarget &m_target;
    PlaceOfBirth m_before;
    PlaceOfBirth m_after;
};

/// Her own words: what matters to her, her birth preferences. Consecutive typing merges.
class WordsEdit : public QUndoCommand
{
public:
    WordsEdit(CarePlanEditTarget &target, QString field, QString before, QString after);
    void undo() override { m_target.applyWords(m_field, m_before); }
    void redo() override { m_target.applyWords(m_field, m_after); }
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CarePlanEditTarget &m_target;
    QString m_field;
    QString m_before;
    QString m_after;
};

} // namespace bb::ui
