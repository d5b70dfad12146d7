// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <functional>

class QTableWidget;
class QTableWidgetItem;

namespace bb::ui {

/// Whether one row at a time can be selected (a list whose current row is acted on) or the
/// default extended selection (a list only read).
enum class RowSelection
{
    Extended,
    Single
};

/// A table that shows figures and is never edited in place: whole rows selected, no row
/// numbers, alternating rows, the last column stretched, and Tab leaving the table rather than
/// walking its cells so that keyboard users reach the controls after it.
QTableWidget *makeReadOnlyTable(const char *objectName, const QStringList &headers,
                                RowSelection selection = RowSelection::Extended);

/// Changes an item before it is placed in the table (bold, alignment, data).
using CellDecorator = std::function<void(QTableWidgetItem &item, int column)>;

/// Fills `row` with one item per cell, each passed to `decorate` first when given.
void setRowCells(QTableWidget *table, int row, const QStringList &cells,
                 const CellDecorator &decorate = {});

} // namespace bb::ui
