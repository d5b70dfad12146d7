// SPDX-License-Identifier: MIT
#pragma once

#include "care/FeedbackSummary.h"
#include "documents/FeedbackDocument.h"

namespace bb::care {

/// The whole period of `summary` as one month: every answer counted, every comment in order.
/// Its `month` is the first month's first day.
MonthOfFeedback wholePeriod(const FeedbackSummary &summary);

/// What the printed summary of `summary` shows: the figures as counted here (the share good
/// by MonthOfFeedback::percentGood()), for a document that counts nothing itself.
documents::FeedbackPrintInput feedbackPrintInput(const FeedbackSummary &summary,
                                                 const QDate &printedOn);

} // namespace bb::care
