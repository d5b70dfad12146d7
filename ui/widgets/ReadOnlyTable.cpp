// SPDX-License-Identifier: MIT
#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace bb::ui {

QTableWidget *makeReadOnlyTable(const char *objectName, const QStringList &headers,
                                RowSelection selection)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QLatin1String(objectName));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (selection == RowSelection::Single)
        t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false);
    return t;
}

void setRowCells(QTableWidget *table, int row, const QStringList &cells,
                 const CellDecorator &decorate)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (decorate)
            decorate(*item, column);
        table->setItem(row, column, item);
    }
}

} // namespace bb::ui
