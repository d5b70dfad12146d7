// SPDX-License-Identifier: MIT
#include "documents/PageFlow.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace bb::documents {

QList<PlacedLine> placedLines(const QTextDocument &doc)
{
    QList<PlacedLine> lines;
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const double pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return lines;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (text == nullptr)
            continue;
        PlacedLine base;
        base.block = block.blockNumber();
        base.topBlock = base.block;
        base.heading = block.blockFormat().headingLevel() > 0;
        // Lists are not frames; tables are, and only directly in the root frame here.
        if (const auto *table = qobject_cast<QTextTable *>(doc.frameAt(block.position()))) {
            base.table = doc.findBlock(table->firstPosition()).blockNumber();
            base.topBlock = base.table;
            base.row = table->cellAt(block.position()).row();
        }
        const double top = layout->blockBoundingRect(block).top();
        for (int i = 0; i < text->lineCount(); ++i) {
            PlacedLine line = base;
            // A line's middle decides its page: the layout never lets a line cross a page.
            const QRectF rect = text->lineAt(i).rect();
            line.page = static_cast<int>(std::floor((top + rect.center().y()) / pageHeight));
            lines << line;
        }
    }
    return lines;
}

int firstStrandedHeading(const QList<PlacedLine> &lines)
{
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const PlacedLine &line = lines.at(i);
        if (line.heading && lines.at(i + 1).page != line.page) {
            // Break before the heading's first line, so the whole heading moves.
            return line.block;
        }
    }
    return -1;
}

int firstLonelyLine(const QList<PlacedLine> &lines)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const PlacedLine &line = lines.at(i);
        const bool firstOnPage = lines.at(i - 1).page != line.page;
        const bool lastOnPage = i + 1 == lines.size() || lines.at(i + 1).page != line.page;
        if (firstOnPage && lastOnPage) {
            // Bring the paragraph (or table row) that ends the page before along with it.
            const PlacedLine &before = lines.at(i - 1);
            if (before.table >= 0) {
                qsizetype first = i - 1;
                while (first > 0 && lines.at(first - 1).table == before.table &&
                       lines.at(first - 1).row == before.row)
                    --first;
                return lines.at(first).block;
            }
            return before.topBlock;
        }
    }
    return -1;
}

int firstSplitRow(const QList<PlacedLine> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PlacedLine &line = lines.at(i);
        if (line.table < 0)
            continue;
        // The row's lines run on until the row changes; any on another page split it.
        for (qsizetype j = i + 1;
             j < lines.size() && lines.at(j).table == line.table && lines.at(j).row == line.row;
             ++j) {
            if (lines.at(j).page != line.page)
                return line.block;
        }
    }
    return -1;
}

int firstOrphanedLine(const QList<PlacedLine> &lines)
{
    for (qsizetype i = 0; i < lines.size();) {
        const PlacedLine &first = lines.at(i);
        qsizetype end = i + 1;
        while (end < lines.size() && lines.at(end).block == first.block)
            ++end;
        const PlacedLine &last = lines.at(end - 1);
        if (first.table < 0 && first.page != last.page) {
            const auto onPage = [&](int page) {
                return std::count_if(lines.begin() + i, lines.begin() + end,
                                     [page](const PlacedLine &l) { return l.page == page; });
            };
            if (onPage(first.page) == 1 || onPage(last.page) == 1)
                return first.block;
        }
        i = end;
    }
    return -1;
}

namespace {

void setBreakBefore(QTextTable *table)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

void copyCell(const QTextTableCell &from, QTextTableCell to)
{
    QTextCursor source = from.firstCursorPosition();
    source.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    to.setFormat(from.format());
    to.firstCursorPosition().insertFragment(source.selection());
}

} // namespace

void breakPageBefore(QTextDocument &doc, int block)
{
    const QTextBlock at = doc.findBlockByNumber(block);
    if (!at.isValid())
        return;
    auto *table = qobject_cast<QTextTable *>(doc.frameAt(at.position()));
    if (table == nullptr) {
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(at).mergeBlockFormat(format);
        return;
    }
    const int headerRows = table->format().headerRowCount();
    const int row = table->cellAt(at.position()).row();
    if (row <= headerRows) {
        setBreakBefore(table);
        return;
    }
    // The rows from `row` on go to a new table just after this one, with the same format.
    const int rows = table->rows();
    const int columns = table->columns();
    QTextCursor after(&doc);
    after.setPosition(table->lastPosition() + 1);
    QTextTable *rest = after.insertTable(headerRows + rows - row, columns, table->format());
    for (int column = 0; column < columns; ++column) {
        for (int r = 0; r < headerRows; ++r)
            copyCell(table->cellAt(r, column), rest->cellAt(r, column));
        for (int r = row; r < rows; ++r)
            copyCell(table->cellAt(r, column), rest->cellAt(headerRows + r - row, column));
    }
    setBreakBefore(rest);
    table->removeRows(row, rows - row);
}

} // namespace bb::documents
