// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace bb::documents {

/// One printed line of a laid-out document, and where it fell.
struct PlacedLine
{
    int page = 0;         ///< 0-based
    int block = 0;        ///< the block it belongs to
    int topBlock = 0;     ///< the block of the root frame it is in, or its table's first block
    bool heading = false; ///< a line of a heading
    int table = -1;       ///< the table (by its first block) it is inside, or -1
    int row = -1;         ///< its row in that table, or -1
};

/// Every line of `doc` in reading order (blocks in table cells included), with its page. The
/// document must have a page size: a page is a slice of the page height.
QList<PlacedLine> placedLines(const QTextDocument &doc);

/// What is wrong with how a laid-out document breaks into pages. Each is reported as the block
/// before which a page break mends it, or -1 when there is none:
///  - a heading that ends a page (its text is parted from what it heads);
///  - a page after the first that holds a single line;
///  - a table row begun on one page and finished on the next (she reads half a sentence);
///  - a paragraph that leaves one of its lines alone at the foot or the head of a page.
int firstStrandedHeading(const QList<PlacedLine> &lines);
int firstLonelyLine(const QList<PlacedLine> &lines);
int firstSplitRow(const QList<PlacedLine> &lines);
int firstOrphanedLine(const QList<PlacedLine> &lines);

/// Starts a new page at `block`, before layout. In a table (one without merged cells), a block
/// of any row but the first splits the table there, and the new table, its header rows
/// repeated, starts the page: Qt moves a row to the next page only when none of its text fits
/// on this one.
void breakPageBefore(QTextDocument &doc, int block);

} // namespace bb::documents
