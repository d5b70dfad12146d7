// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;

/// The babies of a team's women (or of every team) cared for away from home on a day,
/// in transitional care or a neonatal unit, longest away first: whose baby, where, since when
/// and why. Enter or a double click on a row opens her mother's record.
class BabiesAwayView : public QWidget
{
    Q_OBJECT
public:
    explicit BabiesAwayView(ClinicContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    /// What the view says above the table: how many, or that there are none.
    QLabel *summary() const { return m_summary; }

signals:
    void openWoman(qint64 womanId);

private:
    ClinicContext &m_context;
    QComboBox *m_team;
    DateField *m_day;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace bb::ui
