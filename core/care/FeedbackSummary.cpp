// SPDX-License-Identifier: MIT
#include "care/FeedbackSummary.h"

#include "util/Csv.h"

#include <QRegularExpression>

namespace bb::care {
namespace {

int answerIndex(FeedbackAnswer answer)
{
    return int(codes::feedbackAnswerCodes().indexOf(codes::toCode(answer)));
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

// Her words opened in a spreadsheet must stay words: text starting like a formula gets a
// leading apostrophe.
QString notAFormula(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    return value;
}

QString csvField(const QString &value)
{
    return csv::quoted(notAFormula(value));
}

} // namespace

int MonthOfFeedback::responses() const
{
    int total = 0;
    for (int count : answers)
        total += count;
    return total;
}

std::optional<double> MonthOfFeedback::percentGood() const
{
    const int total = responses();
    if (total == 0)
        return std::nullopt;
    const int good = answers[std::size_t(answerIndex(FeedbackAnswer::VeryGood))] +
                     answers[std::size_t(answerIndex(FeedbackAnswer::Good))];
    return 100.0 * good / total;
}

int FeedbackSummary::responses() const
{
    int total = 0;
    for (const MonthOfFeedback &month : months)
        total += month.responses();
    return total;
}

FeedbackSummary summariseFeedback(const QString &team, const QDate &from, const QDate &to,
                                  const QList<FeedbackEntry> &entries)
{
    FeedbackSummary summary{team, from, to, {}};
    if (!from.isValid() || !to.isValid() || to < from)
        return summary;
    for (QDate month = firstOfMonth(from); month <= to; month = month.addMonths(1))
        summary.months << MonthOfFeedback{month, {}, {}};
    for (const FeedbackEntry &entry : entries) {
        // Answers are kept by month: a month the period touches counts whole.
        if (entry.givenOn < firstOfMonth(from) || entry.givenOn > to)
            continue;
        const QDate month = firstOfMonth(entry.givenOn);
        for (MonthOfFeedback &m : summary.months) {
            if (m.month != month)
                continue;
            ++m.answers[std::size_t(answerIndex(entry.feedback.answer))];
            if (!entry.feedback.comment.trimmed().isEmpty())
                m.comments << entry.feedback.comment.trimmed();
        }
    }
    return summary;
}

QString feedbackCsv(const FeedbackSummary &summary)
{
    QStringList header{QStringLiteral("team"), QStringLiteral("month")};
    header << codes::feedbackAnswerCodes();
    header << QStringLiteral("responses") << QStringLiteral("percent_good")
           << QStringLiteral("comments");
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const MonthOfFeedback &m : summary.months) {
        QStringList row{csvField(summary.team), m.month.toString(QStringLiteral("yyyy-MM"))};
        for (int count : m.answers)
            row << QString::number(count);
        row << QString::number(m.responses());
        const auto good = m.percentGood();
        row << (good ? QString::number(*good, 'f', 1) : QString());
        // Each of her comments on its own line of the one cell (her own line breaks become
        // spaces, so a line is always one comment), each guarded: a reader who splits the
        // cell into lines gets words, whichever line she takes.
        static const QRegularExpression lineBreaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
        QStringList comments;
        for (const QString &words : m.comments)
            comments << notAFormula(QString(words).replace(lineBreaks, QStringLiteral(" ")));
        row << csv::quoted(comments.join(QLatin1Char('\n')));
        csv += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace bb::care
