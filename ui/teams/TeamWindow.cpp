// SPDX-License-Identifier: MIT
#include "teams/TeamWindow.h"

#include "ClinicContext.h"

#include "teams/BabiesAwayView.h"
#include "teams/CaseloadView.h"
#include "teams/ContinuityDashboard.h"
#include "teams/FeedbackView.h"
#include "teams/ReferralQueueView.h"
#include "teams/RotaView.h"
#include "teams/StaffView.h"
#include "teams/WeekView.h"
#include "teams/WorklistView.h"
#include "widgets/ScreenFit.h"
#include "widgets/WindowPlaces.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bb::ui {

TeamWindow::TeamWindow(ClinicContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_server(context.server.get()),
      m_places(context.desktopSettings), m_tabs(new QTabWidget),
      m_caseload(new CaseloadView(context)), m_week(new WeekView(context)),
      m_rota(new RotaView(context)), m_continuity(new ContinuityDashboard(context)),
      m_staff(new StaffView(context)), m_babiesAway(new BabiesAwayView(context)),
      m_feedback(new FeedbackView(context)), m_referrals(new ReferralQueueView(context)),
      m_worklist(new WorklistView(context))
{
    setObjectName(QStringLiteral("teamWindow"));
    setWindowTitle(tr("Better Births Clinic - teams and continuity"));
    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_tabs->addTab(m_caseload, tr("&1 Caseloads"));
    m_tabs->addTab(m_week, tr("&2 Week"));
    m_tabs->addTab(m_rota, tr("&3 On-call rota"));
    m_tabs->addTab(m_continuity, tr("&4 Continuity"));
    m_tabs->addTab(m_staff, tr("&5 Staff and teams"));
    m_tabs->addTab(m_babiesAway, tr("&6 Babies away from home"));
    m_tabs->addTab(m_feedback, tr("&7 Friends and Family Test"));
    m_tabs->addTab(m_referrals, tr("&8 Referrals"));
    m_tabs->addTab(m_worklist, tr("&9 My day"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_caseload, &CaseloadView::openWoman, this, &TeamWindow::openWoman);
    connect(m_babiesAway, &BabiesAwayView::openWoman, this, &TeamWindow::openWoman);
    connect(m_referrals, &ReferralQueueView::openWoman, this, &TeamWindow::openWoman);
    connect(m_worklist, &WorklistView::openWoman, this, &TeamWindow::openWoman);
    connect(m_week, &WeekView::recordContact, this, &TeamWindow::recordContact);
    connect(m_worklist, &WorklistView::recordContact, this, &TeamWindow::recordContact);
    m_stale = QList<bool>(m_tabs->count(), true);
    // A referral moved on in its queue is read again on a midwife's day when that is next shown.
    connect(m_referrals, &ReferralQueueView::referralChanged, this, [this] {
        for (int index = 0; index < m_tabs->count(); ++index)
            m_stale[index] = m_stale[index] || index != m_tabs->currentIndex();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && m_stale.value(index))
            refreshTab(index);
    });
    resizeWithinScreen(this, QSize(1200, 800));
    WindowPlaces(m_places).restore(this, QStringLiteral("teams"));
}

void TeamWindow::rememberPlace() const
{
    WindowPlaces(m_places).save(this, QStringLiteral("teams"));
}

void TeamWindow::hideEvent(QHideEvent *event)
{
    // Closing only hides it (it is the main window's child): either way where it was left.
    rememberPlace();
    QWidget::hideEvent(event);
}

void TeamWindow::refresh()
{
    noteChangesShown();
    for (int index = 0; index < m_tabs->count(); ++index)
        refreshTab(index);
}

void TeamWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_server &&
        m_server->changedSince(&m_seenChange))
        refreshShown();
}

void TeamWindow::noteChangesShown()
{
    // What is read from here on holds every change made so far: coming to the front does not
    // read it again for those.
    if (m_server)
        m_seenChange = m_server->lastChange();
}

void TeamWindow::refreshShown()
{
    noteChangesShown();
    m_stale.fill(true);
    refreshTab(m_tabs->currentIndex());
}

void TeamWindow::refreshTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (tab == m_caseload)
        m_caseload->refresh();
    else if (tab == m_week)
        m_week->refresh();
    else if (tab == m_rota)
        m_rota->refresh();
    else if (tab == m_continuity)
        m_continuity->refresh();
    else if (tab == m_staff)
        m_staff->refresh();
    else if (tab == m_babiesAway)
        m_babiesAway->refresh();
    else if (tab == m_feedback)
        m_feedback->refresh();
    else if (tab == m_referrals)
        m_referrals->refresh();
    else if (tab == m_worklist)
        m_worklist->refresh();
    m_stale[index] = false;
}

} // namespace bb::ui
