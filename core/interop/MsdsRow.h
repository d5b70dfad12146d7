// SPDX-License-Identifier: MIT
#pragma once
// Internal to the MSDS writer: one row filled by column name and laid out in the table's order,
// so that a value can never land in the column beside the one it belongs to.

#include <QString>
#include <QStringList>

namespace bb::interop::msds {

class Row
{
public:
    explicit Row(const QStringList &columns) : m_columns(columns), m_values(columns.size()) {}

    /// Fills `column`, which must be one of the table's: a name mistyped here is a bug.
    void set(const char *column, const QString &value)
    {
        const qsizetype at = m_columns.indexOf(QLatin1String(column));
        Q_ASSERT_X(at >= 0, "msds::Row::set", column);
        if (at >= 0)
            m_values[at] = value;
    }
    void set(const char *column, qint64 number) { set(column, QString::number(number)); }

    const QStringList &values() const { return m_values; }

private:
    const QStringList &m_columns;
    QStringList m_values;
};

} // namespace bb::interop::msds
