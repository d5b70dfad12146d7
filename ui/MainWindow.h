// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QMenu;
class QSplitter;
class QStackedWidget;

namespace bb::ui {

struct ClinicContext;
class BackupStatus;
class LossActions;
class SearchPanel;
class ServerWatch;
class WomanRecordView;
class TeamWindow;

/// Hosts the search panel and the open record, and the few shortcuts that work everywhere.
/// The work itself is in the panels and forms.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ClinicContext &context, const QString &databaseName, QWidget *parent = nullptr);

    SearchPanel *searchPanel() const { return m_search; }
    WomanRecordView *recordView() const { return m_record; }

    void openWoman(qint64 womanId);
    /// Opens her record at the contact of this appointment: its saved contact, or a new one on
    /// its day with its clinician.
    void openContact(qint64 appointmentId);
    void newWoman();
    void saveCurrent();
    /// The team lead's window (caseloads, weeks, rota, continuity), made on first use.
    TeamWindow *teamWindow();
    /// Recording a loss, her bereavement support sheet, entered in error (the Woman menu).
    LossActions *lossActions() const { return m_loss; }

protected:
    void closeEvent(QCloseEvent *event) override;
    /// On a team server, coming to the front shows what colleagues changed meanwhile.
    void changeEvent(QEvent *event) override;

signals:
    /// She asked to lock the screen (Ctrl+L, from any window of the app).
    void lockRequested();

private:
    /// Who has looked at and changed the open record (the Woman menu).
    void showRecordAudit();
    /// Her care plan, calendar and FHIR record, made for her to take home (HerCopyDialog).
    void giveHerCopy();
    void createActions();
    /// Says in the status bar when the team server does not answer, and when it answers again.
    void watchServer(ServerWatch &server);
    /// Users, settings and her own password; greyed, with the reason, for those who may not.
    void addAdministration(QMenu *menu);

    ClinicContext &m_context;
    SearchPanel *m_search;
    WomanRecordView *m_record;
    QSplitter *m_splitter;
    QStackedWidget *m_right;
    TeamWindow *m_teamWindow = nullptr;
    LossActions *m_loss = nullptr;
    BackupStatus *m_backupStatus = nullptr;
    qint64 m_seenChange = 0; ///< on a server: the change the window last showed (ServerWatch)
    bool recordOpen() const;
    void showRecord();
};

} // namespace bb::ui
