// SPDX-License-Identifier: MIT
#include "domain/Discharge.h"

#include "domain/CodeTable.h"

namespace bb {

QString percentText(const std::optional<double> &percent)
{
    return percent ? QStringLiteral("%1%").arg(*percent, 0, 'f', 1) : QStringLiteral("-");
}

} // namespace bb

namespace bb::codes {
namespace {

// The answers as the NHS Friends and Family Test guidance words them; the migration's CHECK
// list repeats these codes.
constexpr LabelledCodeTable<FeedbackAnswer, 6> kAnswers{{
    {FeedbackAnswer::VeryGood, "very_good", QT_TRANSLATE_NOOP("codes", "Very good")},
    {FeedbackAnswer::Good, "good", QT_TRANSLATE_NOOP("codes", "Good")},
    {FeedbackAnswer::Neither, "neither", QT_TRANSLATE_NOOP("codes", "Neither good nor poor")},
    {FeedbackAnswer::Poor, "poor", QT_TRANSLATE_NOOP("codes", "Poor")},
    {FeedbackAnswer::VeryPoor, "very_poor", QT_TRANSLATE_NOOP("codes", "Very poor")},
    {FeedbackAnswer::DontKnow, "dont_know", QT_TRANSLATE_NOOP("codes", "Don't know")},
}};

} // namespace

// clang-format off
QString toCode(FeedbackAnswer value) { return codeOf(kAnswers, value); }
std::optional<FeedbackAnswer> feedbackAnswerFromCode(const QString &code) { return valueOf(kAnswers, code); }
QString label(FeedbackAnswer value) { return labelOf(kAnswers, value); }
QStringList feedbackAnswerCodes() { return allCodes(kAnswers); }
// clang-format on

} // namespace bb::codes
