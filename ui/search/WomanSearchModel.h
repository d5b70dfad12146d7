// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Listings.h"
#include "domain/RecordFlags.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace bb::ui {

/// Search results as a table: name, NHS number, date of birth, EDD, gestation today, postcode
/// and her flags (a loss, an interpreter, her circumstances).
class WomanSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Postcode last: in a narrow panel the columns that tell her apart come first.
    enum Column
    {
        Name,
        Flags, ///< beside her name: a loss, an interpreter, her circumstances
        NhsNumber,
        DateOfBirth,
        Edd,
        GestationToday,
        Postcode,
        ColumnCount
    };
    static constexpr int WomanIdRole = Qt::UserRole + 1;

    explicit WomanSearchModel(QObject *parent = nullptr);

    void setResults(const QList<WomanSummary> &results, const QDate &today,
                    const QHash<qint64, RecordFlags> &flags = {});
    const QList<WomanSummary> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WomanSummary> m_results;
    QHash<qint64, RecordFlags> m_flags;
    QDate m_today;
};

} // namespace bb::ui
