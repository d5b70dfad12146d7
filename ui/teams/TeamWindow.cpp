// SPDX-License-Identifier: MIT
#include "teams/TeamWindow.h"

#include "teams/CaseloadView.h"
#include "teams/ContinuityDashboard.h"
#include "teams/RotaView.h"
#include "teams/StaffView.h"
#include "teams/WeekView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace bb::ui {

TeamWindow::TeamWindow(ClinicContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_tabs(new QTabWidget), m_caseload(new CaseloadView(context)),
      m_week(new WeekView(context)), m_rota(new RotaView(context)),
      m_continuity(new ContinuityDashboard(context)), m_staff(new StaffView(context))
{
    setObjectName(QStringLiteral("teamWindow"));
    setWindowTitle(tr("Better Births Clinic - teams and continuity"));
    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_tabs->addTab(m_caseload, tr("&1 Caseloads"));
    m_tabs->addTab(m_week, tr("&2 Week"));
    m_tabs->addTab(m_rota, tr("&3 On-call rota"));
    m_tabs->addTab(m_continuity, tr("&4 Continuity"));
    m_tabs->addTab(m_staff, tr("&5 Staff and teams"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_caseload, &CaseloadView::openWoman, this, &TeamWindow::openWoman);
    resize(1200, 800);
}

void TeamWindow::refresh()
{
    m_caseload->refresh();
    m_week->refresh();
    m_rota->refresh();
    m_continuity->refresh();
    m_staff->refresh();
}

} // namespace bb::ui
