// SPDX-License-Identifier: MIT
#include "documents/FeedbackDocument.h"

#include "documents/CarePlanDocument.h"
#include "documents/PagedDocument.h"
#include "domain/Discharge.h"
#include "util/HtmlText.h"

#include <QCoreApplication>

namespace bb::documents {
namespace {

/// What this document says goes through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackDocument)
};

using html::esc;

// The summary's own rules on top of the printed documents' style sheet: the table a size
// smaller (nine columns across A4, still at the 11 pt floor), figures lined up on the right, and
// the whole period's row standing out from the months.
const char kFeedbackStyle[] = R"(
table.grid td { font-size: 11pt; }
table.grid th { font-size: 11pt; }
table.grid td.n { text-align: right; }
table.grid th.n { text-align: right; }
table.grid td.all { font-weight: bold; }
p.how { margin-bottom: 12px; }
p.said { margin-left: 16px; margin-bottom: 6px; }
)";

// Each column's share of the page's width, month first: the answers' headings wrap at their
// spaces, and no heading or figure is wider than its column in the 11 pt table.
constexpr int kMonthWidth = 14;
constexpr std::array<int, 6> kAnswerWidths{9, 8, 12, 9, 9, 10};
constexpr int kResponsesWidth = 17;
constexpr int kPercentWidth = 12;

// A format string gives English month names on every machine (Qt 6).
QString monthName(const QDate &month)
{
    return month.toString(QStringLiteral("MMMM yyyy"));
}

QString shortMonthName(const QDate &month)
{
    return month.toString(QStringLiteral("MMM yyyy"));
}

QString countCells(const FeedbackCounts &counts, const QString &cellClass)
{
    QString cells;
    const auto cell = [&cellClass](const QString &text) {
        return QStringLiteral("<td class=\"%1\">%2</td>").arg(cellClass, esc(text));
    };
    for (int count : counts.answers)
        cells += cell(QString::number(count));
    cells += cell(QString::number(counts.responses));
    cells += cell(percentText(counts.percentGood));
    return cells;
}

QString table(const FeedbackPrintInput &input)
{
    QString html = Words::tr("<table class=\"grid\" width=\"100%\" cellpadding=\"4\">"
                             "<thead><tr><th width=\"%1%\">Month</th>")
                       .arg(kMonthWidth);
    const QStringList codes = codes::feedbackAnswerCodes();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const auto answer = codes::feedbackAnswerFromCode(codes[i]);
        html += QStringLiteral("<th class=\"n\" width=\"%1%\">%2</th>")
                    .arg(kAnswerWidths[std::size_t(i)])
                    .arg(esc(answer ? codes::label(*answer) : codes[i]));
    }
    html += Words::tr("<th class=\"n\" width=\"%1%\">Responses</th>"
                      "<th class=\"n\" width=\"%2%\">% good</th></tr></thead>")
                .arg(kResponsesWidth)
                .arg(kPercentWidth);
    for (const FeedbackMonthPrint &m : input.months) {
        html += QStringLiteral("<tr><td>%1</td>%2</tr>")
                    .arg(esc(shortMonthName(m.month)), countCells(m.counts, QStringLiteral("n")));
    }
    html += Words::tr("<tr><td class=\"all\">Total</td>%1</tr></table>")
                .arg(countCells(input.total, QStringLiteral("n all")));
    return html;
}

QString comments(const FeedbackPrintInput &input)
{
    QString html = Words::tr("<h2>In their own words</h2>");
    bool any = false;
    for (const FeedbackMonthPrint &m : input.months) {
        if (m.comments.isEmpty())
            continue;
        any = true;
        html += QStringLiteral("<h3>%1</h3>").arg(esc(monthName(m.month)));
        for (const QString &words : m.comments) {
            // Her line breaks kept: she may have written a list.
            html += QStringLiteral("<p class=\"said\">\u201C%1\u201D</p>")
                        .arg(esc(words).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
    }
    if (!any)
        html += Words::tr("<p>No one wrote a comment in these months.</p>");
    return html;
}

} // namespace

QString feedbackTitle(const FeedbackPrintInput &input)
{
    return Words::tr("Friends and Family Test: %1, %2 to %3")
        .arg(input.team, printedDate(input.from), printedDate(input.to));
}

QString feedbackSummaryHtml(const FeedbackPrintInput &input)
{
    // The period on a line of its own: a long title would otherwise break inside a date, at
    // one of its hyphens.
    QString html =
        Words::tr("<html><head><style>%1</style></head><body>"
                  "<h1>Friends and Family Test: %2,<br>%3 to %4</h1>")
            .arg(QString::fromLatin1(kFeedbackStyle))
            .arg(esc(input.team), esc(printedDate(input.from)), esc(printedDate(input.to)));
    html +=
        Words::tr(
            "<p class=\"how\">\u201COverall, how was your experience of our service?\u201D: the "
            "answers women gave when they were discharged from the team's care, month by month "
            "(%1 in all). <b>%&nbsp;good</b> is \u201Cvery good\u201D and \u201Cgood\u201D "
            "together as a share of every response, \u201Cdon't know\u201D included, as NHS "
            "England publishes the test's results. No woman is named: each answer was kept with "
            "her team and the month only, her name, date of birth, postcode and any long number "
            "taken out of her words.</p>")
            .arg(input.total.responses == 1 ? Words::tr("1 response")
                                            : Words::tr("%1 responses").arg(input.total.responses));
    html += table(input);
    html += comments(input);
    return html + QStringLiteral("</body></html>");
}

PageBands feedbackBands(const FeedbackPrintInput &input)
{
    PageBands bands;
    bands.title = {Words::tr("Friends and Family Test"),
                   Words::tr("Answers at discharge from maternity care")};
    bands.identifiers = {input.team,
                         Words::tr("%1 to %2").arg(printedDate(input.from), printedDate(input.to))};
    bands.footer = Words::tr("Printed %1. No woman is named in this summary.")
                       .arg(printedDate(input.printedOn));
    return bands;
}

void printFeedbackSummary(QPagedPaintDevice *device, const FeedbackPrintInput &input)
{
    QString error;
    if (!paintDocument(device, feedbackSummaryHtml(input), feedbackBands(input), &error))
        qWarning("feedback summary not printed: %s", qPrintable(error));
}

bool writeFeedbackSummaryPdf(const QString &path, const FeedbackPrintInput &input, QString *error)
{
    return writeDocumentPdf(path, feedbackTitle(input), feedbackSummaryHtml(input),
                            feedbackBands(input), error);
}

} // namespace bb::documents
