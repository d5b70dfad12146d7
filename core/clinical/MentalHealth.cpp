// SPDX-License-Identifier: MIT
#include "clinical/MentalHealth.h"

#include <QCoreApplication>

namespace bb::clinical {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(MentalHealth)
};

} // namespace

QStringList mentalHealthConcerns(const MentalHealthAnswers &answers)
{
    QStringList reasons;
    if (answers.lowMood)
        reasons << Words::tr("answered yes: feeling down, depressed or hopeless");
    if (answers.littleInterest)
        reasons << Words::tr("answered yes: little interest or pleasure in doing things");
    if (answers.gad2Score >= 3)
        reasons << Words::tr("GAD-2 score %1 (3 or more)").arg(answers.gad2Score);
    return reasons;
}

} // namespace bb::clinical
