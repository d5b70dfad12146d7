// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QSettings;
class QTabWidget;

namespace bb::ui {

struct ClinicContext;
class ServerWatch;
class CaseloadView;
class WeekView;
class RotaView;
class ContinuityDashboard;
class StaffView;
class BabiesAwayView;
class FeedbackView;
class ReferralQueueView;
class WorklistView;

/// The team lead's window: caseloads, the week's appointments, the on-call rota, the
/// continuity figures, staff, the babies cared for away from home, the Friends and Family Test
/// answers, the specialist teams' referral queues and a midwife's day, one tab each. A tab reads
/// the database when it is shown, so opening the window costs only its first tab.
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
    BabiesAwayView *babiesAway() const { return m_babiesAway; }
    FeedbackView *feedback() const { return m_feedback; }
    ReferralQueueView *referrals() const { return m_referrals; }
    WorklistView *worklist() const { return m_worklist; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Brings every tab up to date now.
    void refresh();
    /// Brings the tab in front up to date now and each other tab when it is next shown: what
    /// opening the window (Ctrl+T) does.
    void refreshShown();
    /// Keeps where the window is, for the next time the app opens it.
    void rememberPlace() const;

signals:
    void openWoman(qint64 womanId);
    /// Record what happened at an appointment, on her record's contact page.
    void recordContact(qint64 appointmentId);

protected:
    /// On a team server, coming to the front shows what colleagues changed meanwhile.
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshTab(int index);
    /// On a server: the change the window shows up to is the newest now.
    void noteChangesShown();

    ServerWatch *m_server; ///< null for a clinic in a file
    QSettings *m_places;   ///< where the window is left (WindowPlaces.h); may be null
    QTabWidget *m_tabs;
    CaseloadView *m_caseload;
    WeekView *m_week;
    RotaView *m_rota;
    ContinuityDashboard *m_continuity;
    StaffView *m_staff;
    BabiesAwayView *m_babiesAway;
    FeedbackView *m_feedback;
    ReferralQueueView *m_referrals;
    WorklistView *m_worklist;
    QList<bool> m_stale;     ///< per tab: to be read again before it is next shown
    qint64 m_seenChange = 0; ///< on a server: the change the window last showed (ServerWatch)
};

} // namespace bb::ui
