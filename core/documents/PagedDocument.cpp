// SPDX-License-Identifier: MIT
#include "documents/PagedDocument.h"

#include "documents/PageFlow.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>
#include <cmath>

namespace bb::documents {
namespace {

/// What this document says goes through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)
};

// Header and footer lines are not body text, but she reads her identifiers there: same floor.
constexpr double kBandPointSize = 11.0;
constexpr double kBandGapPt = 14.0; // between a band's rule and the body
constexpr double kRuleWidthPt = 0.75;
constexpr double kMarginMm = 15.0;
constexpr int kMaxRounds = 200; // a bound on page-break rounds, far above any real document

// Paper is white whatever the desktop theme, so the print is black on white by design.
// Only black, white and light grey: it must read the same on a black-and-white printer.
const char kStyleSheet[] = R"(
body { color: #000000; }
h1 { font-size: 22pt; font-weight: bold; margin-top: 0px; margin-bottom: 10px; }
h2 { font-size: 16pt; font-weight: bold; margin-top: 26px; margin-bottom: 10px; }
h3 { font-size: 13pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }
h4 { font-size: 12pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 8px; }
ul { margin-top: 0px; margin-bottom: 6px; }
li { margin-bottom: 3px; }
p.lead { margin-top: 0px; margin-bottom: 4px; }
p.why { margin-bottom: 6px; }
p.place { margin-left: 16px; }
p.decision { margin-top: 0px; margin-bottom: 10px; }
p.hers { margin-left: 16px; }
table.grid { border-collapse: collapse; margin-top: 4px; margin-bottom: 10px; }
table.grid td { border: 1px solid #000000; vertical-align: top; }
table.grid th { border: 1px solid #000000; background-color: #e4e4e4; text-align: left;
                vertical-align: top; font-weight: bold; }
table.facts { margin-bottom: 12px; }
table.box { border-collapse: collapse; margin-top: 6px; margin-bottom: 12px; }
table.box td { border: 2px solid #000000; }
p.sources { margin-top: 18px; font-size: 11pt; }
p.identity { margin-bottom: 14px; }
)";

QFont baseFont(double pointSize)
{
    QFont font;
    // Arial is the NHS's print font; the others are metric twins or present on every Linux.
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

double pointsToDevice(const QPaintDevice *device, double points)
{
    return points * device->logicalDpiY() / 72.0;
}

double lineSpacing(QPaintDevice *device, const QFont &font)
{
    return QFontMetricsF(font, device).lineSpacing();
}

int headerLines(const PageBands &bands)
{
    return int(std::max({bands.title.size(), bands.identifiers.size(), qsizetype(1)}));
}

int footerLines(const PageBands &bands)
{
    return bands.footerSecond.isEmpty() ? 1 : 2;
}

double headerHeight(QPaintDevice *device, const PageBands &bands)
{
    return headerLines(bands) * lineSpacing(device, baseFont(kBandPointSize)) +
           pointsToDevice(device, kBandGapPt);
}

double footerHeight(QPaintDevice *device, const PageBands &bands)
{
    return footerLines(bands) * lineSpacing(device, baseFont(kBandPointSize)) +
           pointsToDevice(device, kBandGapPt);
}

// QTextDocument treats frame margins (and CSS px) as pixels of a screen at Qt's default DPI
// and scales them to the paint device; this is that DPI, so margins can be given in device
// pixels exactly (same rule as Qt's internal qt_defaultDpiY()).
double layoutDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96.0;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return std::round(screen->logicalDotsPerInchY());
    return 100.0;
}

double deviceToLayout(const QPaintDevice *device, double value)
{
    return value * layoutDpi() / device->logicalDpiY();
}

// Draws `lines` one under another in `width`, aligned by `alignment`, the first bold.
void drawLines(QPainter &painter, QPaintDevice *device, const QStringList &lines, double left,
               double width, Qt::Alignment alignment)
{
    const QFont font = baseFont(kBandPointSize);
    QFont bold = font;
    bold.setBold(true);
    const double line = lineSpacing(device, font);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        painter.setFont(i == 0 ? bold : font);
        const QString text =
            QFontMetricsF(painter.font(), device).elidedText(lines[i], Qt::ElideRight, width);
        painter.drawText(QRectF(left, double(i) * line, width, line), alignment | Qt::AlignVCenter,
                         text);
    }
}

void drawBands(QPainter &painter, QPaintDevice *device, const PageBands &bands, int page,
               int pageCount)
{
    const double width = device->width();
    const double height = device->height();
    const QFont font = baseFont(kBandPointSize);
    QFont bold = font;
    bold.setBold(true);
    const double line = lineSpacing(device, font);

    painter.save();
    painter.setPen(QPen(Qt::black, pointsToDevice(device, kRuleWidthPt)));

    // Header: what the document is on the left, whose it is on the right.
    double rightWidth = 0;
    for (qsizetype i = 0; i < bands.identifiers.size(); ++i) {
        const QFontMetricsF metrics(i == 0 ? bold : font, device);
        rightWidth =
            std::max(rightWidth, std::min(width, metrics.horizontalAdvance(bands.identifiers[i])));
    }
    drawLines(painter, device, bands.identifiers, 0, width, Qt::AlignRight);
    const double leftWidth = width - rightWidth - line;
    if (leftWidth > 0)
        drawLines(painter, device, bands.title, 0, leftWidth, Qt::AlignLeft);
    const double headerRule = headerLines(bands) * line + pointsToDevice(device, 3);
    painter.drawLine(QPointF(0, headerRule), QPointF(width, headerRule));

    // Footer: the page and the printed date, and a second line when there is one.
    const double footerTop = height - footerLines(bands) * line;
    const double footerRule = footerTop - pointsToDevice(device, 3);
    painter.drawLine(QPointF(0, footerRule), QPointF(width, footerRule));
    painter.setFont(bold);
    const QString pageText = Words::tr("Page %1 of %2").arg(page + 1).arg(pageCount);
    painter.drawText(QRectF(0, footerTop, width, line), Qt::AlignRight | Qt::AlignVCenter,
                     pageText);
    painter.setFont(font);
    const double pageWidth = QFontMetricsF(bold, device).horizontalAdvance(pageText) + line;
    painter.drawText(
        QRectF(0, footerTop, width - pageWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(font, device).elidedText(bands.footer, Qt::ElideRight, width - pageWidth));
    if (!bands.footerSecond.isEmpty()) {
        painter.drawText(
            QRectF(0, footerTop + line, width, line), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font, device).elidedText(bands.footerSecond, Qt::ElideRight, width));
    }
    painter.restore();
}

std::unique_ptr<QTextDocument> buildDocument(QPagedPaintDevice *device, const QString &html,
                                             const PageBands &bands, const QList<int> &breaks)
{
    auto doc = std::make_unique<QTextDocument>();
    // Lay out in the device's own units so line breaks and page breaks are the ones printed.
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(baseFont(kDocumentBodyPointSize));
    doc->setDefaultStyleSheet(QString::fromLatin1(kStyleSheet));
    doc->setHtml(html);
    // In the order found: each break's block number is counted with the ones before it made.
    for (int block : breaks)
        breakPageBefore(*doc, block);
    doc->setPageSize(QSizeF(device->width(), device->height()));
    // The root frame's top and bottom margins repeat on every page: that is where the header
    // and footer are painted.
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setLeftMargin(0);
    root.setRightMargin(0);
    root.setTopMargin(deviceToLayout(device, headerHeight(device, bands)));
    root.setBottomMargin(deviceToLayout(device, footerHeight(device, bands)));
    doc->rootFrame()->setFrameFormat(root);
    return doc;
}

} // namespace

QPageLayout documentPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
}

QString documentStyleSheet()
{
    return QString::fromLatin1(kStyleSheet);
}

bool canLayOutPages()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

std::unique_ptr<QTextDocument> layoutDocument(QPagedPaintDevice *device, const QString &body,
                                              const PageBands &bands)
{
    // Page breaks are found top to bottom, and the document is rebuilt with them each time:
    // changing formats of a laid-out QTextDocument left later blocks mis-laid-out (Qt 6.4), so
    // it is never edited after layout. A break moves everything after it, so breaks found
    // further on are found again for the new layout.
    QList<int> breaks;
    for (int round = 0;; ++round) {
        std::unique_ptr<QTextDocument> doc = buildDocument(device, body, bands, breaks);
        const QList<PlacedLine> lines = placedLines(*doc);
        int next = -1;
        for (int found : {firstStrandedHeading(lines), firstSplitRow(lines),
                          firstOrphanedLine(lines), firstLonelyLine(lines)}) {
            if (found >= 0 && (next < 0 || found < next))
                next = found;
        }
        // A break already made that did not mend it (a row taller than a page) is left.
        if (next < 0 || breaks.contains(next) || round >= kMaxRounds)
            return doc;
        breaks.erase(std::remove_if(breaks.begin(), breaks.end(),
                                    [next](int block) { return block > next; }),
                     breaks.end());
        breaks << next;
    }
}

bool paintDocument(QPagedPaintDevice *device, const QString &body, const PageBands &bands,
                   QString *error)
{
    if (!canLayOutPages()) {
        *error = Words::tr("printing needs a QGuiApplication (fonts are not available)");
        return false;
    }
    const std::unique_ptr<QTextDocument> doc = layoutDocument(device, body, bands);
    const int pageCount = doc->pageCount();
    const double pageHeight = doc->pageSize().height();
    const QPageRanges ranges = device->pageRanges();

    QPainter painter;
    if (!painter.begin(device)) {
        *error = Words::tr("cannot start painting on the output device");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    bool first = true;
    for (int page = 0; page < pageCount; ++page) {
        if (!ranges.isEmpty() && !ranges.contains(page + 1))
            continue;
        if (!first && !device->newPage()) {
            *error = Words::tr("cannot start page %1").arg(page + 1);
            return false;
        }
        first = false;
        painter.save();
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, doc->pageSize().width(), pageHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        drawBands(painter, device, bands, page, pageCount);
    }
    if (!painter.end()) {
        *error = Words::tr("cannot finish the document");
        return false;
    }
    return true;
}

bool writeDocumentPdf(const QString &path, const QString &title, const QString &body,
                      const PageBands &bands, QString *error)
{
    QString reason;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        reason = file.errorString();
    } else {
        QPdfWriter writer(&file);
        writer.setResolution(kDocumentResolution);
        writer.setCreator(QStringLiteral("Better Births Clinic")); // the program, by its name
        writer.setTitle(title);
        writer.setPageLayout(documentPageLayout());
        if (paintDocument(&writer, body, bands, &reason) && !file.commit())
            reason = file.errorString();
    }
    if (reason.isEmpty())
        return true;
    if (error != nullptr)
        *error = reason;
    return false;
}

} // namespace bb::documents
