// SPDX-License-Identifier: MIT
#pragma once

#include "documents/PagedDocument.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace bb::documents {

/// How many gave each Friends and Family Test answer, and the share that was good, as counted
/// before printing: the document prints these figures and counts nothing itself.
struct FeedbackCounts
{
    std::array<int, 6> answers{}; ///< in the order of codes::feedbackAnswerCodes()
    int responses = 0;
    std::optional<double> percentGood; ///< none without responses
    bool operator==(const FeedbackCounts &) const = default;
};

/// One month of the printed summary: its counts and the words written in it.
struct FeedbackMonthPrint
{
    QDate month; ///< its first day
    FeedbackCounts counts;
    QStringList comments;
    bool operator==(const FeedbackMonthPrint &) const = default;
};

/// Everything the printed Friends and Family Test summary shows, for the team and the
/// Maternity Voices Partnership. It holds no woman's name, NHS number or date of birth, and the
/// document adds none.
struct FeedbackPrintInput
{
    QString team;
    QDate from;
    QDate to;
    QList<FeedbackMonthPrint> months; ///< every month of the period, answered or not
    FeedbackCounts total;             ///< the whole period
    QDate printedOn;
    bool operator==(const FeedbackPrintInput &) const = default;
};

/// `Friends and Family Test: City Continuity Team, 01-Dec-2025 to 26-Nov-2026`
QString feedbackTitle(const FeedbackPrintInput &input);

/// The summary's body as HTML built from escaped values: the title, how "% good" is counted,
/// the table of months with the whole period below, and the comments by month. The one writer
/// behind the print preview, the printer and the PDF.
QString feedbackSummaryHtml(const FeedbackPrintInput &input);

/// What every page carries above and below the body: the test, the team and the period, the
/// printed date and `Page i of n`.
PageBands feedbackBands(const FeedbackPrintInput &input);

/// Paints the summary's pages on `device` (a QPrinter or a QPdfWriter) as every printed document
/// is paged (PagedDocument.h). Needs a QGuiApplication (fonts); without one it prints nothing
/// and warns.
void printFeedbackSummary(QPagedPaintDevice *device, const FeedbackPrintInput &input);

/// Writes the summary as an A4 PDF at 300 dpi. The file is replaced only when the whole
/// document was written; on failure returns false with the reason in `error`.
bool writeFeedbackSummaryPdf(const QString &path, const FeedbackPrintInput &input, QString *error);

} // namespace bb::documents
