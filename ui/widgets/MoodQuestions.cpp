// SPDX-License-Identifier: MIT
#include "widgets/MoodQuestions.h"

#include "widgets/FieldRows.h"

#include <QCheckBox>
#include <QSpinBox>

namespace bb::ui {

MoodQuestions::MoodQuestions(FieldRows *rows, const QString &namePrefix, const QString &gad2Label)
    : QObject(rows), m_asked(new QCheckBox(tr("Asked the Whooley and GAD-2 &questions today"))),
      m_lowMood(new QCheckBox(tr("Feeling down, depressed or hopeless"))),
      m_littleInterest(new QCheckBox(tr("Little interest or pleasure in doing things"))),
      m_gad2(new QSpinBox)
{
    m_asked->setObjectName(namePrefix + QStringLiteral("Asked"));
    m_lowMood->setObjectName(namePrefix + QStringLiteral("LowMood"));
    m_littleInterest->setObjectName(namePrefix + QStringLiteral("LittleInterest"));
    m_gad2->setObjectName(namePrefix + QStringLiteral("Gad2"));
    m_gad2->setRange(0, 6);
    m_gad2->setMaximumWidth(90);
    rows->addRow(m_asked);
    rows->addRow(m_lowMood);
    rows->addRow(m_littleInterest);
    rows->add(gad2Label, m_gad2, QStringLiteral("gad2"));
    connect(m_asked, &QCheckBox::toggled, this, &MoodQuestions::enableAnswers);
    enableAnswers();
}

std::optional<MentalHealthAnswers> MoodQuestions::answers() const
{
    if (!m_asked->isChecked())
        return std::nullopt;
    return MentalHealthAnswers{m_lowMood->isChecked(), m_littleInterest->isChecked(),
                               m_gad2->value()};
}

void MoodQuestions::showAnswers(const std::optional<MentalHealthAnswers> &answers)
{
    m_asked->setChecked(answers.has_value());
    m_lowMood->setChecked(answers && answers->lowMood);
    m_littleInterest->setChecked(answers && answers->littleInterest);
    m_gad2->setValue(answers ? answers->gad2Score : 0);
}

void MoodQuestions::enableAnswers()
{
    for (QWidget *w : QList<QWidget *>{m_lowMood, m_littleInterest, m_gad2})
        w->setEnabled(m_asked->isChecked());
}

} // namespace bb::ui
