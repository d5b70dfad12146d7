// SPDX-License-Identifier: MIT
#include "cli/FeedbackCommand.h"

#include "care/FeedbackPrint.h"
#include "care/FeedbackSummary.h"
#include "cli/CommandSupport.h"
#include "domain/Discharge.h"

namespace bb::cli {
namespace {

/// The summary as a table to read on a terminal: a row per month, the whole period below, then
/// the comments under their month.
void writeText(QTextStream &out, const care::FeedbackSummary &summary)
{
    out << "Friends and Family Test: " << summary.team << ", " << summary.from.toString(Qt::ISODate)
        << " to " << summary.to.toString(Qt::ISODate)
        << "\n% good: very good and good as a share of every response, don't know included.\n\n";
    QStringList headers{QStringLiteral("Month")};
    for (const QString &code : codes::feedbackAnswerCodes()) {
        const auto answer = codes::feedbackAnswerFromCode(code);
        headers << (answer ? codes::label(*answer) : code);
    }
    headers << QStringLiteral("Responses") << QStringLiteral("% good");
    QList<QStringList> rows{headers};
    const auto rowOf = [](const QString &label, const care::MonthOfFeedback &m) {
        QStringList row{label};
        for (int count : m.answers)
            row << QString::number(count);
        return row << QString::number(m.responses()) << percentText(m.percentGood());
    };
    for (const care::MonthOfFeedback &m : summary.months)
        rows << rowOf(m.month.toString(QStringLiteral("MMM yyyy")), m);
    rows << rowOf(QStringLiteral("Total"), care::wholePeriod(summary));

    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i == 0 ? row[i].leftJustified(widths[i]) : row[i].rightJustified(widths[i]));
        out << cells.join(QStringLiteral("  ")) << '\n';
    }

    bool any = false;
    for (const care::MonthOfFeedback &m : summary.months) {
        if (m.comments.isEmpty())
            continue;
        out << (any ? "\n" : "\nComments\n") << m.month.toString(QStringLiteral("MMMM yyyy"))
            << '\n';
        any = true;
        for (const QString &words : m.comments)
            out << "  - " << QString(words).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
                << '\n';
    }
    if (!any)
        out << "\nNo comments in these months.\n";
}

} // namespace

int runFeedback(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments =
        parseOptions(args, {"db", "team", "from", "to", "format"}, {"db", "team", "from", "to"},
                     {QStringLiteral("csv"), QStringLiteral("text")});
    const QDate from = dateOption(arguments, "from");
    const QDate to = dateOption(arguments, "to");
    if (from.isValid() && to.isValid() && to < from)
        arguments.fail(QStringLiteral("--to: %1 is before --from %2")
                           .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (!arguments.ok())
        return badArguments(arguments, err);
    // A report changes nothing: the file is opened read-only.
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    const auto summary = run->clinic->discharges.feedback(arguments.value("team"), from, to);
    if (summary.invalid()) {
        QStringList lines =
            asOptions(summary.fieldErrors(), {{QStringLiteral("team"), QStringLiteral("--team")},
                                              {QStringLiteral("from"), QStringLiteral("--from")},
                                              {QStringLiteral("to"), QStringLiteral("--to")}});
        // An unknown team: say which there are, as `assign` does.
        for (QString &line : lines) {
            if (!line.startsWith(QLatin1String("--team:")))
                continue;
            QStringList names;
            for (const Team &t : run->clinic->staffing.teams())
                names << t.name;
            line += QStringLiteral(" (teams: %1)").arg(names.join(QStringLiteral(", ")));
        }
        return refuse(lines, err);
    }
    if (!summary) {
        err << "no summary: " << summary.message() << Qt::endl;
        return kFailed;
    }
    if (arguments.value("format") == QLatin1String("text"))
        writeText(out, summary.value());
    else
        out << care::feedbackCsv(summary.value());
    out.flush();
    return kDone;
}

} // namespace bb::cli
