// SPDX-License-Identifier: MIT
#pragma once

#include "documents/PrintSettings.h"
#include "domain/Booking.h"
#include "domain/CarePlan.h"
#include "domain/StoredCarePlan.h"

#include <QDate>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace bb::documents {

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
    bool operator==(const CarePlanPrintInput &) const = default;
};

/// The print input of one stored version of her plan: the booking it was made from, the plan
/// with her chosen place of birth, her decisions and her words.
CarePlanPrintInput printInputFor(const StoredCarePlan &stored, const PrintSettings &settings,
                                 const QDate &printedOn, const QString &namedMidwife = {},
                                 const QString &team = {});

/// The body text size. Accessible printed information asks for 12 pt; the floor is 11.
inline constexpr double kCarePlanBodyPointSize = 12.0;

/// `14-Mar-1996`: the date form printed beside her identifiers, the same on every machine.
QString printedDate(const QDate &date);

/// The body of the plan (everything but the page headers and footers) as HTML built from
/// escaped values, written to her in plain English.
QString carePlanBodyHtml(const CarePlanPrintInput &input);

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
