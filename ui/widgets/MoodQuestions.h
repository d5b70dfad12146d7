// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Pregnancy.h"

#include <QObject>

#include <optional>

class QCheckBox;
class QSpinBox;

namespace bb::ui {

class FieldRows;

/// The Whooley questions and the GAD-2 score (NICE CG192) as every contact asks them: a box
/// saying they were asked today, then the two questions and the score, usable only once it is
/// ticked, because an answer nobody asked for is not a no. Added to a page's rows; the widgets'
/// object names start with `namePrefix` (`contactAsked`, `postnatalGad2`...).
class MoodQuestions : public QObject
{
    Q_OBJECT
public:
    /// `gad2Label` carries the page's mnemonic for the score, if it has a free one.
    MoodQuestions(FieldRows *rows, const QString &namePrefix, const QString &gad2Label);

    /// The answers, or none when they were not asked.
    std::optional<MentalHealthAnswers> answers() const;
    void showAnswers(const std::optional<MentalHealthAnswers> &answers);
    void clear() { showAnswers(std::nullopt); }

private:
    void enableAnswers();

    QCheckBox *m_asked;
    QCheckBox *m_lowMood;
    QCheckBox *m_littleInterest;
    QSpinBox *m_gad2;
};

} // namespace bb::ui
