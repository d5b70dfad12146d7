// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "ClinicContext.h"
#include "access/Passwords.h"
#include "access/Permissions.h"
#include "backup/BackupStatus.h"
#include "backup/IntegrityStatus.h"
#include "help/AboutBox.h"
#include "login/NewPasswordDialog.h"
#include "loss/LossActions.h"
#include "record/HerCopyDialog.h"
#include "record/RecordAuditDialog.h"
#include "record/WomanRecordView.h"
#include "search/SearchPanel.h"
#include "settings/SettingsDialog.h"
#include "teams/TeamWindow.h"
#include "users/UsersDialog.h"
#include "widgets/ScreenFit.h"
#include "widgets/WindowPlaces.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bb::ui {

MainWindow::MainWindow(ClinicContext &context, const QString &databaseName, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_search(new SearchPanel(context)),
      m_record(new WomanRecordView(context)), m_splitter(new QSplitter), m_right(new QStackedWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    // [*] shows as * while her record has changes not yet saved.
    const QString readOnly = context.clinic.readOnlyReason();
    setWindowTitle(readOnly.isEmpty()
                       ? tr("Better Births Clinic - %1[*]").arg(databaseName)
                       : tr("Better Births Clinic - %1 (read-only)[*]").arg(databaseName));
    auto *nobodyOpen = new QLabel(tr("Find a woman on the left (Ctrl+F), then press Enter to open "
                                     "her record.\n\nCtrl+N registers a new woman."));
    nobodyOpen->setObjectName(QStringLiteral("nobodyOpen"));
    nobodyOpen->setAlignment(Qt::AlignCenter);
    nobodyOpen->setWordWrap(true);
    m_right->addWidget(nobodyOpen);
    m_right->addWidget(m_record);
    m_splitter->addWidget(m_search);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({450, 910});
    if (readOnly.isEmpty()) {
        setCentralWidget(m_splitter);
    } else {
        // Said before anyone types: every save would be refused.
        auto *banner = new QLabel(tr("\u26A0 Read-only: %1, so nothing can be saved. You can "
                                     "find, read and print records; what you look at is not "
                                     "recorded in the audit trail. To work in this clinic, open "
                                     "a copy on a disk you can write to.")
                                      .arg(readOnly));
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setWordWrap(true);
        banner->setAccessibleName(tr("This database is read-only"));
        banner->setStyleSheet(
            QStringLiteral("QLabel#readOnlyBanner { font-weight: bold; border: 2px solid "
                           "palette(highlight); padding: 4px 8px; }"));
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(banner);
        layout->addWidget(m_splitter, 1);
        setCentralWidget(central);
    }
    createActions();

    connect(m_search, &SearchPanel::womanChosen, this, &MainWindow::openWoman);
    connect(m_record, &WomanRecordView::unsavedChangesChanged, this,
            &MainWindow::setWindowModified);
    connect(m_record, &WomanRecordView::saved, this, [this] {
        if (m_context.server) // her own save is shown: coming to the front need not read it again
            m_seenChange = m_context.server->lastChange();
        m_search->refresh();
        statusBar()->showMessage(tr("Saved."), 4000);
    });
    statusBar()->showMessage(
        tr("Ctrl+F find   Ctrl+N new woman   Ctrl+S save   Ctrl+T teams   Ctrl+L lock"));
    // Every change is recorded with this name, so it is in sight the whole time.
    m_backupStatus = new BackupStatus(context);
    statusBar()->addPermanentWidget(m_backupStatus);
    connect(m_backupStatus, &BackupStatus::backedUpByItself, this,
            [this](const QString &said) { statusBar()->showMessage(said, 10000); });
    statusBar()->addPermanentWidget(new IntegrityStatus(context));
    if (context.server)
        watchServer(*context.server);
    auto *who = new QLabel(tr("Saving as %1").arg(context.actor.displayName));
    who->setObjectName(QStringLiteral("actorLabel"));
    statusBar()->addPermanentWidget(who);
    resizeWithinScreen(this, QSize(1360, 860));
    const WindowPlaces places(context.desktopSettings);
    places.restore(this, QStringLiteral("main"));
    places.restore(m_splitter, QStringLiteral("main"));
    m_search->focusSearch();
}

void MainWindow::watchServer(ServerWatch &server)
{
    m_seenChange = server.lastChange();
    auto *away = new QLabel(tr("\u26A0 Team server not answering: what you type is kept on this "
                               "laptop, and a save waits for it"));
    away->setObjectName(QStringLiteral("serverAway"));
    away->setAccessibleName(tr("The team server is not answering"));
    away->setStyleSheet(QStringLiteral("QLabel#serverAway { font-weight: bold; }"));
    away->hide();
    statusBar()->addPermanentWidget(away);
    away->setToolTip(tr("Typing is kept on this laptop until the team server answers, then sent "
                        "to it. A save you asked for is made then, if her record is still open."));
    // The label says it all; a message beside it would only be cut short.
    connect(&server, &ServerWatch::stoppedAnswering, this, [this, away] {
        statusBar()->clearMessage();
        away->show();
    });
    connect(&server, &ServerWatch::answersAgain, this, [this, away](int draftsSent) {
        away->hide();
        m_search->refresh();
        QString said;
        if (const std::optional<bool> saved = m_record->saveWhatWaited(); saved)
            said = *saved ? tr("The team server answers again, and your save was made.")
                          : tr("The team server answers again, but your save was not made: "
                               "see the messages on the form.");
        else if (draftsSent > 0)
            said = tr("The team server answers again; what you typed while it was away is kept "
                      "there as unsaved changes.");
        else
            said = tr("The team server answers again.");
        statusBar()->showMessage(said, 10000);
    });
    // Typing an earlier session kept here while the server was away goes to it now.
    if (const int sent = server.sendLeftDrafts(); sent > 0)
        statusBar()->showMessage(tr("%n unsaved form(s) kept on this laptop while the team server "
                                    "was away went to it.",
                                    nullptr, sent),
                                 10000);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Woman"));
    QAction *find = file->addAction(tr("&Find a woman"), this, [this] { m_search->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
    QAction *create = file->addAction(tr("&New woman"), this, &MainWindow::newWoman);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNew"));
    QAction *save = file->addAction(tr("&Save"), this, &MainWindow::saveCurrent);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("actionSave"));
    QAction *preview = file->addAction(tr("Print pre&view of her care plan"), this, [this] {
        if (recordOpen())
            m_record->printPreviewOfCurrentPage();
    });
    preview->setShortcut(QKeySequence::Print);
    preview->setObjectName(QStringLiteral("actionPrintPreview"));
    QAction *audit = file->addAction(tr("W&ho has looked at and changed her record..."), this,
                                     &MainWindow::showRecordAudit);
    audit->setObjectName(QStringLiteral("actionRecordAudit"));
    QAction *copy = file->addAction(tr("&Give her a copy..."), this, &MainWindow::giveHerCopy);
    copy->setObjectName(QStringLiteral("actionGiveHerCopy"));
    // A pregnancy that ended in a loss, or a record that should never have been made.
    file->addSeparator();
    m_loss = new LossActions(m_context, m_record, this);
    m_loss->addTo(file);
    connect(file, &QMenu::aboutToShow, m_loss, [this] { m_loss->update(recordOpen()); });
    connect(m_loss, &LossActions::recordChanged, this, [this](const QString &message) {
        m_search->refresh();
        statusBar()->showMessage(message, 6000);
    });
    connect(m_loss, &LossActions::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_loss, &LossActions::womanEnteredInError, this, [this](const QString &message) {
        // Her record is left: nothing of it stays open behind the search.
        m_right->setCurrentIndex(0);
        setWindowModified(false);
        m_search->refresh();
        m_search->focusSearch();
        statusBar()->showMessage(message, 8000);
    });
    QMenu *teams = menuBar()->addMenu(tr("&Teams"));
    QAction *openTeams =
        teams->addAction(tr("&Caseloads, weeks, rota and continuity"), this, [this] {
            TeamWindow *window = teamWindow();
            window->refreshShown();
            window->show();
            window->raise();
            window->activateWindow();
        });
    openTeams->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    openTeams->setObjectName(QStringLiteral("actionTeams"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_record->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_record->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    // Where desktop apps keep their preferences; every record page's Alt+letters stay hers.
    edit->addSeparator();
    addAdministration(edit);
    file->addSeparator();
    QAction *backUp = file->addAction(tr("Back &up the clinic database now"), this, [this] {
        statusBar()->showMessage(m_backupStatus->backUpNow(), 10000);
    });
    backUp->setObjectName(QStringLiteral("actionBackUp"));
    QAction *lock = file->addAction(tr("Loc&k the screen"), this, &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::ApplicationShortcut); // from the teams window too
    lock->setObjectName(QStringLiteral("actionLock"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    // No Alt+letter of its own: every letter is some record page's field. Alt alone, then the
    // arrow keys, reach it.
    QMenu *help = menuBar()->addMenu(tr("Help"));
    QAction *about =
        help->addAction(tr("&About Better Births Clinic"), this, [this] { showAboutBox(this); });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::addAdministration(QMenu *menu)
{
    // Shown greyed to those who may not, with the reason, so nobody hunts for what is not hers.
    menu->setToolTipsVisible(true);
    const auto allowedTo = [this](QAction *action, access::Permission permission) {
        const QString refusal = access::refusal(m_context.actor.role, permission);
        action->setEnabled(refusal.isEmpty());
        action->setToolTip(refusal);
        action->setStatusTip(refusal);
    };
    QAction *users = menu->addAction(tr("U&sers..."), this, [this] {
        UsersDialog dialog(m_context, this);
        if (dialog.load())
            dialog.exec();
    });
    users->setObjectName(QStringLiteral("actionUsers"));
    allowedTo(users, access::Permission::ManageUsers);
    QAction *settings = menu->addAction(tr("Se&ttings for printed plans..."), this,
                                        [this] { SettingsDialog(m_context, this).exec(); });
    settings->setObjectName(QStringLiteral("actionSettings"));
    allowedTo(settings, access::Permission::ChangeSettings);
    menu->addSeparator();
    QAction *password = menu->addAction(tr("Change &my password..."), this, [this] {
        NewPasswordDialog dialog(
            tr("Change my password"),
            tr("Your password is yours alone: at least %1 characters, that nobody else knows.")
                .arg(access::passwords::kMinimumLength),
            true,
            [this](const QString &current, const QString &replacement) {
                return m_context.clinic.users.changePassword(m_context.actor, current, replacement);
            },
            this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password is changed."), 6000);
    });
    password->setObjectName(QStringLiteral("actionChangePassword"));
}

void MainWindow::giveHerCopy()
{
    if (!recordOpen() || m_record->pregnancyId() == 0) {
        statusBar()->showMessage(tr("Open her record first (Ctrl+F to find her)."), 6000);
        return;
    }
    HerCopyDialog dialog(m_context, m_record->womanId(), m_record->pregnancyId(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Saved for her in %1: %2")
                                     .arg(QDir::toNativeSeparators(dialog.savedIn()),
                                          dialog.written().join(QStringLiteral(", "))),
                                 10000);
}

void MainWindow::showRecordAudit()
{
    if (!recordOpen()) {
        statusBar()->showMessage(tr("Open her record first (Ctrl+F to find her)."), 6000);
        return;
    }
    const auto woman = m_context.clinic.women.byId(m_record->womanId());
    RecordAuditDialog dialog(m_context, m_record->womanId(), woman ? woman->fullName() : QString(),
                             this);
    QString problem;
    if (!dialog.load(&problem)) {
        statusBar()->showMessage(problem, 10000);
        return;
    }
    dialog.exec();
}

void MainWindow::openWoman(qint64 womanId)
{
    if (recordOpen() && m_record->womanId() == womanId)
        return m_record->focusFirstField();
    if (recordOpen() && !m_record->confirmLeave())
        return;
    // Opening her record is in its audit trail, and her role may be refused it.
    if (const auto opened = m_context.clinic.women.open(womanId, m_context.actor); !opened) {
        statusBar()->showMessage(opened.message(), 10000);
        return;
    }
    showRecord();
    m_record->openWoman(womanId);
    m_record->focusFirstField();
}

void MainWindow::openContact(qint64 appointmentId)
{
    const auto appointment = m_context.clinic.scheduling.appointment(appointmentId);
    if (!appointment)
        return;
    const auto booking = m_context.clinic.women.booking(appointment->pregnancyId);
    if (!booking || !booking.value())
        return;
    openWoman(booking.value()->woman.id);
    if (recordOpen() && m_record->womanId() == booking.value()->woman.id)
        m_record->showContactFor(*appointment);
}

TeamWindow *MainWindow::teamWindow()
{
    if (!m_teamWindow) {
        m_teamWindow = new TeamWindow(m_context, this);
        connect(m_teamWindow, &TeamWindow::openWoman, this, [this](qint64 womanId) {
            openWoman(womanId);
            activateWindow();
        });
        connect(m_teamWindow, &TeamWindow::recordContact, this, [this](qint64 appointmentId) {
            openContact(appointmentId);
            activateWindow();
        });
    }
    return m_teamWindow;
}

bool MainWindow::recordOpen() const
{
    return m_right->currentWidget() == m_record;
}

void MainWindow::showRecord()
{
    m_right->setCurrentWidget(m_record);
}

void MainWindow::newWoman()
{
    if (recordOpen() && !m_record->confirmLeave())
        return;
    showRecord();
    m_record->startNewWoman();
    m_record->focusFirstField();
}

void MainWindow::saveCurrent()
{
    if (!recordOpen())
        return;
    // With the server away, the status bar already says what happens to the save.
    if (!m_record->saveCurrentPage() && (!m_context.server || m_context.server->isAnswering()))
        statusBar()->showMessage(tr("Not saved: see the messages on the form."), 6000);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::ActivationChange || !isActiveWindow() || !m_context.server ||
        !m_context.server->changedSince(&m_seenChange))
        return;
    m_search->refresh();
    // What she is typing stays as it is; a page with nothing typed shows the colleague's save.
    if (recordOpen() && !m_record->hasUnsavedChanges())
        m_record->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (recordOpen() && !m_record->confirmLeave()) {
        event->ignore();
        return;
    }
    const WindowPlaces places(m_context.desktopSettings);
    places.save(this, QStringLiteral("main"));
    places.save(m_splitter, QStringLiteral("main"));
    if (m_teamWindow && m_teamWindow->isVisible())
        m_teamWindow->rememberPlace();
    event->accept();
}

} // namespace bb::ui
