// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Discharge.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace bb::care {

/// One month of a team's Friends and Family Test answers.
struct MonthOfFeedback
{
    QDate month; ///< its first day
    /// How many gave each answer, in the order of codes::feedbackAnswerCodes().
    std::array<int, 6> answers{};
    QStringList comments; ///< her own words, in the order given; empty ones left out

    int responses() const;
    /// "Very good" and "Good" as a share of every response, "Don't know" included, as NHS
    /// England publishes the test's results; none without responses.
    std::optional<double> percentGood() const;
};

/// A team's answers, month by month, for the Maternity Voices Partnership: counts, the share
/// that was good, and the words. Nothing in it names or numbers a woman.
struct FeedbackSummary
{
    QString team;
    QDate from;
    QDate to;
    QList<MonthOfFeedback> months; ///< every month from `from` to `to`, answered or not

    int responses() const;
};

/// The summary of `entries` (all of one team) for the months from `from`'s to `to`'s; answers
/// are kept by month, so a month the period touches counts whole.
FeedbackSummary summariseFeedback(const QString &team, const QDate &from, const QDate &to,
                                  const QList<FeedbackEntry> &entries);

/// `feedback --format csv`: a header, then one row per month (see docs/formats.md).
QString feedbackCsv(const FeedbackSummary &summary);

} // namespace bb::care
