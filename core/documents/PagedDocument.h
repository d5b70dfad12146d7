// SPDX-License-Identifier: MIT
#pragma once

#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace bb::documents {

// Every printed document of the clinic (her care plan, her discharge summary, the handover to the
// health visitor) is HTML laid out in A4 pages with a header and a footer painted on each: the
// one place that knows how pages are broken, banded and written.

/// What is painted above and below the body of every page.
struct PageBands
{
    QStringList title;       ///< left of the header: what the document is (bold), then more
    QStringList identifiers; ///< right of the header: whose it is (the first line bold)
    QString footer;          ///< left of `Page i of n`: version and printed date
    QString footerSecond;    ///< a second footer line (the number to call); may be empty
};

/// The page: A4, portrait, 15 mm margins, and the resolution it is laid out at. The PDF, the
/// print preview and the printer all use these, so they break pages in the same places.
QPageLayout documentPageLayout();
inline constexpr int kDocumentResolution = 300;

/// The body text size. Accessible printed information asks for 12 pt; the floor is 11.
inline constexpr double kDocumentBodyPointSize = 12.0;

/// The style sheet of every printed document: black on white, for the page and the HTML alike.
QString documentStyleSheet();

/// `body` laid out in pages for `device` (a QPdfWriter or a QPrinter): page size is the
/// device's paintable area, with room left at the top and bottom of every page for `bands`. A
/// heading never ends a page, a table row never straddles two, and no paragraph leaves one line
/// alone at the foot or head of a page.
std::unique_ptr<QTextDocument> layoutDocument(QPagedPaintDevice *device, const QString &body,
                                              const PageBands &bands);

/// Paints every page (or the device's page ranges, when the print dialog set some), each with
/// its bands and `Page i of n`. Needs a QGuiApplication (fonts); false with the reason
/// otherwise.
bool paintDocument(QPagedPaintDevice *device, const QString &body, const PageBands &bands,
                   QString *error);

/// Writes the document as an A4 PDF at 300 dpi titled `title`. The file is replaced only when
/// the whole document was written; on failure returns false with the reason in `error`.
bool writeDocumentPdf(const QString &path, const QString &title, const QString &body,
                      const PageBands &bands, QString *error);

/// Whether there is a QGuiApplication, without which there are no fonts to lay pages out.
bool canLayOutPages();

} // namespace bb::documents
