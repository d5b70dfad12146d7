// SPDX-License-Identifier: MIT
// How the printed plan breaks into pages: no heading ends a page, no page after the first holds
// a single line, no table row is begun on one page and finished on the next, and no paragraph
// leaves one line alone at the foot or head of a page. Checked on the
// worked examples printed on every week of her pregnancy, since what is already past is left
// out and so every week's plan breaks differently.
#include "CarePlanTestSupport.h"

#include "documents/CarePlanDocument.h"
#include "documents/PageFlow.h"
#include "documents/PrintSettings.h"
#include "interop/BookingJson.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

#include <cstdlib>
#include <string>

using namespace bb;
using namespace bb::careplantest;
using namespace bb::documents;

namespace {

QList<Booking> exampleBookings()
{
    QList<Booking> bookings;
    const QDir dir(QStringLiteral(BB_EXAMPLES_DIR));
    for (const QString &name :
         dir.entryList({QStringLiteral("*.booking.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const interop::BookingParseResult parsed =
            interop::parseBooking(file.readAll(), test::kToday);
        REQUIRE(parsed.booking.has_value());
        bookings << *parsed.booking;
    }
    REQUIRE(bookings.size() >= 5);
    return bookings;
}

/// The lines around `block`, one per row: page, block, what it is and its text, to show
/// where a page breaks badly.
std::string around(const QTextDocument &doc, const QList<PlacedLine> &lines, int block)
{
    if (block < 0)
        return {};
    QString text;
    for (const PlacedLine &line : lines) {
        if (std::abs(line.block - block) > 3)
            continue;
        text += QStringLiteral("\n  page %1 block %2%3%4: %5")
                    .arg(line.page + 1)
                    .arg(line.block)
                    .arg(line.heading ? QStringLiteral(" heading") : QString())
                    .arg(line.table >= 0 ? QStringLiteral(" row %1").arg(line.row) : QString())
                    .arg(doc.findBlockByNumber(line.block).text().left(60));
    }
    return text.toStdString();
}

} // namespace

TEST_CASE("the printed plan breaks into pages cleanly on every week she may print it", "[print]")
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
        FAIL("the test main must create a QGuiApplication: text layout needs fonts");
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setResolution(kCarePlanResolution);
    writer.setPageLayout(carePlanPageLayout());

    int layouts = 0;
    for (const Booking &booking : exampleBookings()) {
        CarePlanPrintInput input;
        input.booking = booking;
        input.plan = planOf(booking);
        input.settings = demoPrintSettings();
        input.teamPhone = QStringLiteral("0116 496 0123");
        for (QDate day = booking.pregnancy.bookingDate;
             day <= booking.pregnancy.bookingDate.addDays(7 * 30); day = day.addDays(7)) {
            input.printedOn = day;
            const auto doc = layoutCarePlan(&writer, input);
            const QList<PlacedLine> lines = placedLines(*doc);
            ++layouts;
            INFO(booking.woman.fullName().toStdString()
                 << " printed on " << day.toString(Qt::ISODate).toStdString() << ", "
                 << doc->pageCount() << " pages");
            REQUIRE(!lines.isEmpty());
            const int heading = firstStrandedHeading(lines);
            const int lonely = firstLonelyLine(lines);
            const int split = firstSplitRow(lines);
            const int orphan = firstOrphanedLine(lines);
            INFO("heading ending a page: " << around(*doc, lines, heading));
            CHECK(heading == -1);
            INFO("single line on a page, after: " << around(*doc, lines, lonely));
            CHECK(lonely == -1);
            INFO("row split: " << around(*doc, lines, split));
            CHECK(split == -1);
            INFO("paragraph leaving a line alone: " << around(*doc, lines, orphan));
            CHECK(orphan == -1);
            // A break must never leave a page empty.
            QSet<int> pages;
            for (const PlacedLine &line : lines)
                pages.insert(line.page);
            int empty = -1;
            for (int page = doc->pageCount() - 1; page >= 0; --page) {
                if (!pages.contains(page))
                    empty = page;
            }
            int after = -1;
            for (const PlacedLine &line : lines) {
                if (line.page < empty)
                    after = line.block;
            }
            INFO("empty page " << empty + 1 << ", after:" << around(*doc, lines, after));
            CHECK(empty == -1);
        }
    }
    CHECK(layouts > 100);
}
