// SPDX-License-Identifier: MIT
#include "search/WomanSearchModel.h"

#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"

#include <QFont>

namespace bb::ui {

WomanSearchModel::WomanSearchModel(QObject *parent) : QAbstractTableModel(parent) {}

void WomanSearchModel::setResults(const QList<WomanSummary> &results, const QDate &today,
                                  const QHash<qint64, RecordFlags> &flags)
{
    beginResetModel();
    m_results = results;
    m_flags = flags;
    m_today = today;
    endResetModel();
}

int WomanSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int WomanSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WomanSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WomanSummary &row = m_results.at(index.row());
    if (role == WomanIdRole)
        return row.id;
    const QString flags = flagText(m_flags.value(row.id), FlagStyle::List);
    // Her flags follow her along the row, so a narrow panel that hides the column still tells.
    if (role == Qt::ToolTipRole)
        return flags.isEmpty() ? QVariant() : QVariant(flags);
    // A loss, or a record entered in error, stands out in the list.
    if (role == Qt::FontRole && index.column() == Flags) {
        const RecordFlags &hers = m_flags.value(row.id);
        if (!hers.loss && !hers.enteredInError)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const bool pregnant = row.edd.isValid() && row.pregnancyStatus == QLatin1String("booked");
    switch (index.column()) {
    case Name:
        return QStringLiteral("%1, %2").arg(row.familyName.toUpper(), row.givenName);
    case NhsNumber:
        return clinical::nhs::listed(row.nhsNumber);
    case DateOfBirth:
        return row.dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy"));
    case Postcode:
        return row.postcode;
    case Edd:
        return row.edd.isValid() ? row.edd.toString(QStringLiteral("dd-MMM-yyyy")) : QString();
    case GestationToday: {
        if (!pregnant)
            return row.pregnancyStatus == QLatin1String("delivered") ? tr("delivered") : QString();
        const auto gestation = clinical::gestationOn(row.edd, m_today);
        return gestation.days >= 0 ? gestation.toString() : QString();
    }
    case Flags:
        return flags;
    default:
        return {};
    }
}

QVariant WomanSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case NhsNumber:
        return tr("NHS number");
    case DateOfBirth:
        return tr("Born");
    case Postcode:
        return tr("Postcode");
    case Edd:
        return tr("EDD");
    case GestationToday:
        return tr("Today");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace bb::ui
