// SPDX-License-Identifier: MIT
#pragma once

#include "documents/PagedDocument.h"
#include "documents/PrintSettings.h"
#include "domain/Booking.h"
#include "domain/CarePlan.h"
#include "domain/StoredCarePlan.h"

#include <QDate>
#include <QPageLayout>
#include <QString>
#include <QTime>

#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace bb::documents {

/// An appointment of hers that is booked, as her plan prints it in place of the week it was
/// planned for.
struct PrintedAppointment
{
    int contactWeek = 0; ///< the planned contact it is for (NICE NG201 week)
    QDate date;
    QTime start; ///< invalid for an appointment with no set time
    QString venue;
    bool operator==(const PrintedAppointment &) const = default;
};

/// Everything the printed care plan shows. `namedMidwife` and `team` empty mean "not yet
/// assigned"; `printedOn` is passed in (no rule reads the clock). `decisions` are hers, by
/// recommendation code: a recommendation with no decision prints as advised, a declined one
/// with her reason. `whatMatters` and `birthPreferences` are her words, printed as given.
struct CarePlanPrintInput
{
    Booking booking;
    CarePlan plan;
    QString namedMidwife;
    QString team;
    PrintSettings settings;
    QDate printedOn;
    QList<CarePlanDecision> decisions;
    QString whatMatters;
    QString birthPreferences;
    QString teamPhone;                ///< her named midwife's team, printed on page 1
    QList<PrintedAppointment> booked; ///< appointments already booked for her contacts
    int version = 0;                  ///< the stored plan's version; 0 for one not stored
    QDate versionDate;                ///< when that version was saved
    bool operator==(const CarePlanPrintInput &) const = default;
};

/// The print input of one stored version of her plan: the booking it was made from, the plan
/// with her chosen place of birth, her decisions and her words.
CarePlanPrintInput printInputFor(const StoredCarePlan &stored, const PrintSettings &settings,
                                 const QDate &printedOn, const QString &namedMidwife = {},
                                 const QString &team = {});

/// Her plan's page: A4, portrait, 15 mm margins, and the resolution it is laid out at. The
/// PDF, the print preview and the printer all use these, so they break pages in the same places.
QPageLayout carePlanPageLayout();
inline constexpr int kCarePlanResolution = kDocumentResolution;

/// The body text size. Accessible printed information asks for 12 pt; the floor is 11.
inline constexpr double kCarePlanBodyPointSize = kDocumentBodyPointSize;

/// The style sheet of her plan: black on white, for the page and for the HTML page alike.
QString carePlanStyleSheet();

/// `14-Mar-1996`: the date form printed beside her identifiers, the same on every machine.
QString printedDate(const QDate &date);

/// Her name, NHS number and date of birth, a line each, as the header of every page of every
/// printed document about her shows them.
QStringList herIdentifiers(const Woman &woman);

/// The body of the plan (everything but the page headers and footers) as HTML built from
/// escaped values, written to her in plain English. Her copy: made from herCopyOf(input), and
/// nothing already past on `printedOn` is printed as something to do.
QString carePlanBodyHtml(const CarePlanPrintInput &input);

/// The same plan as one HTML page to save or send to her: the body above with the identifiers,
/// version and date the printed pages carry in their headers and footers. The one writer of
/// `careplan --format html`.
QString carePlanHtmlPage(const CarePlanPrintInput &input);

/// `Plan version 3 of 14-Oct-2026`, or `Plan made 06-Dec-2026` for a plan not stored.
QString versionLine(const CarePlanPrintInput &input);

/// The body laid out in pages for `device` (a QPdfWriter or a QPrinter): page size is the
/// device's paintable area, with room left at the top and bottom of every page for the header
/// and footer that renderCarePlan() paints. A heading never ends a page.
std::unique_ptr<QTextDocument> layoutCarePlan(QPagedPaintDevice *device,
                                              const CarePlanPrintInput &input);

/// How many pages renderCarePlan() paints on `device` (the `n` of `Page i of n`).
int carePlanPageCount(QPagedPaintDevice *device, const CarePlanPrintInput &input);

/// Paints every page (or the device's page ranges, when the print dialog set some), each with
/// her name, NHS number, date of birth, `Page i of n` and the printed date. The one render
/// function behind print preview, printer and PDF. Needs a QGuiApplication (fonts); without
/// one it paints nothing and warns.
void renderCarePlan(QPagedPaintDevice *device, const CarePlanPrintInput &input);

/// Writes the plan as an A4 PDF at 300 dpi. The file is replaced only when the whole document
/// was written; on failure returns false with the reason in `error`.
bool writeCarePlanPdf(const QString &path, const CarePlanPrintInput &input, QString *error);

} // namespace bb::documents
