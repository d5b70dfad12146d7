// SPDX-License-Identifier: MIT
#include "clinical/MentalHealth.h"

namespace bb::clinical {

QStringList mentalHealthConcerns(const MentalHealthAnswers &answers)
{
    QStringList reasons;
    if (answers.lowMood)
        reasons << QStringLiteral("answered yes: feeling down, depressed or hopeless");
    if (answers.littleInterest)
        reasons << QStringLiteral("answered yes: little interest or pleasure in doing things");
    if (answers.gad2Score >= 3)
        reasons << QStringLiteral("GAD-2 score %1 (3 or more)").arg(answers.gad2Score);
    return reasons;
}

} // namespace bb::clinical
