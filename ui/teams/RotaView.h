// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;

/// The Home Birth Team's on-call rota: two midwives for every day (08:00-20:00) and night
/// (20:00-08:00) shift, gaps in cover flagged, and the women planning a home birth with their
/// 37-42 week windows.
class RotaView : public QWidget
{
    Q_OBJECT
public:
    explicit RotaView(ClinicContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *shifts() const { return m_shifts; }

private:
    ClinicContext &m_context;
    QComboBox *m_team;
    DateField *m_from;
    QSpinBox *m_weeks;
    QTableWidget *m_shifts;
    QTableWidget *m_women;
    QLabel *m_summary;
};

} // namespace bb::ui
