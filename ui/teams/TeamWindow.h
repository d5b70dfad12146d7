// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTabWidget;

namespace bb::ui {

struct ClinicContext;
class CaseloadView;
class WeekView;
class RotaView;
class ContinuityDashboard;
class StaffView;

/// The team lead's window: caseloads, the week's appointments, the on-call rota and the
/// continuity figures, one tab each.
class TeamWindow : public QWidget
{
    Q_OBJECT
public:
    explicit TeamWindow(ClinicContext &context, QWidget *parent = nullptr);

    CaseloadView *caseload() const { return m_caseload; }
    WeekView *week() const { return m_week; }
    RotaView *rota() const { return m_rota; }
    ContinuityDashboard *continuity() const { return m_continuity; }
    StaffView *staff() const { return m_staff; }
    QTabWidget *tabs() const { return m_tabs; }
    void refresh();

signals:
    void openWoman(qint64 womanId);

private:
    QTabWidget *m_tabs;
    CaseloadView *m_caseload;
    WeekView *m_week;
    RotaView *m_rota;
    ContinuityDashboard *m_continuity;
    StaffView *m_staff;
};

} // namespace bb::ui
