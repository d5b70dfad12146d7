// SPDX-License-Identifier: MIT
#pragma once

#include "documents/PagedDocument.h"
#include "domain/RecordFlags.h"
#include "domain/Worklist.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace bb::documents {

/// The seven lists of a midwife's day, in the order the screen and the page show them.
enum class WorklistList
{
    Due,
    NotRecorded,
    Results,
    Referrals,
    Near41Weeks,
    HomeBirths,
    BloodSpots
};

/// One list of the day with its heading's words.
struct WorklistSection
{
    WorklistList list = WorklistList::Due;
    QString title; ///< `Contacts due`
    QList<WorklistItem> items;
    bool operator==(const WorklistSection &) const = default;
};

/// The day's lists, every one of them even when empty, in the order of WorklistList.
QList<WorklistSection> worklistSections(const Worklist &day);

/// `Contacts due (3)`: the title and how many.
QString worklistHeading(const WorklistSection &section);

/// When an item is, as its list reads it: the time of a contact due (`09:30`), the day a
/// contact was booked, a result came or a referral was made, her EDD, the baby's birth.
QString worklistWhen(WorklistList list, const WorklistItem &item);

/// What a late item says, in words (`Late: not sent in 2 working days`); empty for an
/// item on time. `day` is the day listed.
QString worklistLate(WorklistList list, const WorklistItem &item, const QDate &day);

/// Everything the printed day shows: whose day, which day, the lists, and each listed woman's
/// flags (by her id; a woman with none is not in it).
struct WorklistPrintInput
{
    QString clinician;
    QString trustName; ///< may be empty
    Worklist day;
    QHash<qint64, RecordFlags> flags;
    QDateTime printedAt;
    bool operator==(const WorklistPrintInput &) const = default;
};

/// Her flags as the printed day shows them: the list's flags without safeguarding concerns and
/// domestic abuse, which a sheet of paper carried into women's homes must not say.
QString printedFlags(const RecordFlags &flags);

/// The body as HTML built from escaped values: whose day and which, how many items and how
/// many late, then each list under its heading and count, with each woman's name, NHS number
/// and flags, what to do, when and whether it is late. The one writer behind the print preview,
/// the printer and the PDF.
QString worklistBodyHtml(const WorklistPrintInput &input);

/// What every page carries: CONFIDENTIAL, the clinician and the day, the printed time and
/// `Page i of n`.
PageBands worklistBands(const WorklistPrintInput &input);

/// The day painted on a printer or the print preview, with the bands its PDF carries.
bool paintWorklist(QPagedPaintDevice *device, const WorklistPrintInput &input, QString *error);
/// Writes the day as an A4 PDF at 300 dpi; the file is replaced only when the whole document was
/// written.
bool writeWorklistPdf(const QString &path, const WorklistPrintInput &input, QString *error);

} // namespace bb::documents
