// SPDX-License-Identifier: MIT
#include "documents/WorklistDocument.h"

#include "clinical/NhsNumber.h"
#include "documents/CarePlanDocument.h"
#include "util/HtmlText.h"

#include <QCoreApplication>
#include <algorithm>

namespace bb::documents {
namespace {

/// What this document says goes through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(WorklistDocument)
};

using html::esc;

// The day's own rules on top of the printed documents' style sheet: the tables a size smaller,
// at the 11 pt floor, so four columns fit across A4 portrait, and the lists' headings closer to
// them, so a short day fits on one sheet.
const char kWorklistStyle[] = R"(
table.grid td { font-size: 11pt; }
table.grid th { font-size: 11pt; }
table.grid td.when { white-space: nowrap; }
h2 { font-size: 14pt; margin-top: 16px; margin-bottom: 6px; }
p.none { margin-left: 4px; margin-bottom: 6px; }
p.keep { margin-bottom: 4px; }
)";

// Each column's share of the page's width: a date (`03-Dec-2026`) fits its column unbroken.
constexpr int kWomanWidth = 27;
constexpr int kWhatWidth = 38;
constexpr int kWhenWidth = 15;
constexpr int kLateWidth = 20;

// `Booked 03-Dec-2026` as two lines, the date never broken at its hyphens.
QString whenCell(const QString &when)
{
    const qsizetype space = when.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return esc(when);
    return esc(when.left(space)) + QStringLiteral("<br>") + esc(when.mid(space + 1));
}

QString countOf(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? QStringLiteral("1 %1").arg(QLatin1String(one))
                  : QStringLiteral("%1 %2").arg(n).arg(QLatin1String(many));
}

QString womanCell(const WorklistItem &item, const QHash<qint64, RecordFlags> &flags)
{
    QString cell = QStringLiteral("<b>%1</b><br>%2")
                       .arg(esc(item.womanName), esc(clinical::nhs::listed(item.nhsNumber)));
    QString flagged = printedFlags(flags.value(item.womanId));
    // Her referrals stay on the list after a loss: said even when her flags were not read.
    if (flagged.isEmpty() && item.afterLoss)
        flagged = Words::tr("After a loss");
    if (!flagged.isEmpty())
        cell += QStringLiteral("<br><i>%1</i>").arg(esc(flagged));
    return cell;
}

QString sectionHtml(const WorklistSection &section, const WorklistPrintInput &input)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(worklistHeading(section)));
    if (section.items.isEmpty())
        return html + Words::tr("<p class=\"none\">None.</p>");
    html += Words::tr("<table class=\"grid\" width=\"100%\" cellpadding=\"4\"><thead><tr>"
                      "<th width=\"%1%\">Woman</th><th width=\"%2%\">What</th>"
                      "<th width=\"%3%\">When</th><th width=\"%4%\">Late</th>"
                      "</tr></thead>")
                .arg(kWomanWidth)
                .arg(kWhatWidth)
                .arg(kWhenWidth)
                .arg(kLateWidth);
    for (const WorklistItem &item : section.items) {
        const QString late = worklistLate(section.list, item, input.day.day);
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"when\">%3</td><td>%4</td></tr>")
                .arg(womanCell(item, input.flags), esc(item.what),
                     whenCell(worklistWhen(section.list, item)),
                     late.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(esc(late)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QList<WorklistSection> worklistSections(const Worklist &day)
{
    return {
        {WorklistList::Due, Words::tr("Contacts due"), day.due},
        {WorklistList::NotRecorded, Words::tr("Contacts not recorded"), day.overdue},
        {WorklistList::Results, Words::tr("Results needing action"), day.results},
        {WorklistList::Referrals, Words::tr("Referrals to send"), day.referrals},
        {WorklistList::Near41Weeks, Words::tr("Reaching 41 weeks"), day.near41Weeks},
        {WorklistList::HomeBirths, Words::tr("Home births near (from 37 weeks)"),
         day.homeBirthsNear},
        {WorklistList::BloodSpots, Words::tr("Blood spot samples"), day.bloodSpotsDue},
    };
}

QString worklistHeading(const WorklistSection &section)
{
    return QStringLiteral("%1 (%2)").arg(section.title).arg(section.items.size());
}

QString worklistWhen(WorklistList list, const WorklistItem &item)
{
    const QString date = printedDate(item.date);
    switch (list) {
    case WorklistList::Due: {
        const QString time = item.detail.section(QLatin1Char('|'), 0, 0);
        return time.isEmpty() ? Words::tr("No time set") : time;
    }
    case WorklistList::NotRecorded:
        return Words::tr("Booked %1").arg(date);
    case WorklistList::Results:
        return Words::tr("Result %1").arg(date);
    case WorklistList::Referrals:
        return Words::tr("Made %1").arg(date);
    case WorklistList::Near41Weeks:
    case WorklistList::HomeBirths:
        return Words::tr("EDD %1").arg(date);
    case WorklistList::BloodSpots:
        return Words::tr("Born %1").arg(date);
    }
    return date;
}

QString worklistLate(WorklistList list, const WorklistItem &item, const QDate &day)
{
    if (!item.late)
        return {};
    switch (list) {
    case WorklistList::NotRecorded: {
        const qint64 days = item.date.daysTo(day);
        return days == 1 ? Words::tr("Late: not recorded for 1 day")
                         : Words::tr("Late: not recorded for %1 days").arg(days);
    }
    case WorklistList::Referrals:
        return Words::tr("Late: not sent in 2 working days");
    case WorklistList::Near41Weeks:
        return Words::tr("Now 41+0 or more");
    case WorklistList::BloodSpots:
        return Words::tr("Late: past day 8");
    case WorklistList::Due:
    case WorklistList::Results:
    case WorklistList::HomeBirths:
        break;
    }
    return Words::tr("Late");
}

QString printedFlags(const RecordFlags &flags)
{
    RecordFlags shown = flags;
    shown.social.removeAll(QStringLiteral("safeguarding_concern"));
    shown.social.removeAll(QStringLiteral("domestic_abuse"));
    return flagText(shown, FlagStyle::List);
}

QString worklistBodyHtml(const WorklistPrintInput &input)
{
    const QList<WorklistSection> sections = worklistSections(input.day);
    qsizetype items = 0;
    qsizetype late = 0;
    for (const WorklistSection &s : sections) {
        items += s.items.size();
        late += std::count_if(s.items.cbegin(), s.items.cend(),
                              [](const WorklistItem &item) { return item.late; });
    }
    QString html = Words::tr("<html><head><style>%1</style></head><body>"
                             "<h1>%2's day<br>%3</h1>")
                       .arg(QString::fromLatin1(kWorklistStyle), esc(input.clinician),
                            esc(html::longDate(input.day.day)));
    html += Words::tr("<p class=\"lead\">%1, %2 late.</p>")
                .arg(esc(countOf(items, "item", "items")), QString::number(late));
    html += Words::tr(
        "<p class=\"keep\"><b>Confidential:</b> this list names women in your care. Keep it with "
        "you and put it in confidential waste when the day is done. A woman after a pregnancy loss "
        "is on no routine "
        "list; her referrals stay.</p>");
    for (const WorklistSection &section : sections)
        html += sectionHtml(section, input);
    return html + QStringLiteral("</body></html>");
}

PageBands worklistBands(const WorklistPrintInput &input)
{
    PageBands bands;
    bands.title = {Words::tr("CONFIDENTIAL"), Words::tr("A midwife's day")};
    bands.identifiers = {input.clinician, html::longDate(input.day.day)};
    bands.footer = Words::tr("Printed %1 %2")
                       .arg(printedDate(input.printedAt.date()),
                            input.printedAt.time().toString(QStringLiteral("HH:mm")));
    bands.footerSecond =
        input.trustName.isEmpty()
            ? Words::tr("Confidential: names women in our care.")
            : Words::tr("%1. Confidential: names women in our care.").arg(input.trustName);
    return bands;
}

bool paintWorklist(QPagedPaintDevice *device, const WorklistPrintInput &input, QString *error)
{
    return paintDocument(device, worklistBodyHtml(input), worklistBands(input), error);
}

bool writeWorklistPdf(const QString &path, const WorklistPrintInput &input, QString *error)
{
    return writeDocumentPdf(
        path, Words::tr("%1's day, %2").arg(input.clinician, printedDate(input.day.day)),
        worklistBodyHtml(input), worklistBands(input), error);
}

} // namespace bb::documents
