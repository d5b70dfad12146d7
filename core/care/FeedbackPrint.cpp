// SPDX-License-Identifier: MIT
#include "care/FeedbackPrint.h"

namespace bb::care {
namespace {

documents::FeedbackCounts countsOf(const MonthOfFeedback &month)
{
    return {month.answers, month.responses(), month.percentGood()};
}

} // namespace

MonthOfFeedback wholePeriod(const FeedbackSummary &summary)
{
    MonthOfFeedback all;
    all.month = summary.months.isEmpty() ? summary.from : summary.months.front().month;
    for (const MonthOfFeedback &m : summary.months) {
        for (std::size_t i = 0; i < all.answers.size(); ++i)
            all.answers[i] += m.answers[i];
        all.comments << m.comments;
    }
    return all;
}

documents::FeedbackPrintInput feedbackPrintInput(const FeedbackSummary &summary,
                                                 const QDate &printedOn)
{
    documents::FeedbackPrintInput input;
    input.team = summary.team;
    input.from = summary.from;
    input.to = summary.to;
    for (const MonthOfFeedback &m : summary.months)
        input.months << documents::FeedbackMonthPrint{m.month, countsOf(m), m.comments};
    input.total = countsOf(wholePeriod(summary));
    input.printedOn = printedOn;
    return input;
}

} // namespace bb::care
