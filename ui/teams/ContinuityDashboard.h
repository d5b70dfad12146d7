// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;
class DateField;

/// Continuity of carer as NHS England measures it, for a team lead to read at a glance: per team
/// the women on the caseload, placed on a continuity pathway and receiving continuity; per
/// midwife the same; and the women whose continuity is slipping.
class ContinuityDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit ContinuityDashboard(ClinicContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *women() const { return m_slipping; }
    QLabel *headline() const { return m_headline; }

private:
    ClinicContext &m_context;
    DateField *m_asOf;
    QLabel *m_headline;
    QChartView *m_teams;
    QTableWidget *m_midwives;
    QTableWidget *m_slipping; ///< every woman, slipping first
};

} // namespace bb::ui
