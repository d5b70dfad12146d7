// SPDX-License-Identifier: MIT
#include "login/ScreenLock.h"

#include "ClinicContext.h"
#include "widgets/FieldRows.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace bb::ui {

ScreenLock::ScreenLock(ClinicContext &context, int idleMinutes, QObject *parent)
    : QObject(parent), m_context(context), m_idleMinutes(idleMinutes)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::chrono::minutes(std::max(1, idleMinutes)));
    connect(&m_idle, &QTimer::timeout, this,
            [this] { lock(tr("idle for %n minute(s)", nullptr, m_idleMinutes)); });
    m_idle.start();
    qApp->installEventFilter(this);
}

ScreenLock::~ScreenLock()
{
    qApp->removeEventFilter(this);
    delete m_screen;
}

bool ScreenLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked())
            m_idle.start(); // any touch of keyboard or mouse starts the idle period again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ScreenLock::lock(const QString &why)
{
    if (isLocked())
        return;
    m_idle.stop();
    m_context.clinic.users.lock(m_context.actor, why); // recorded; a failure does not stop it
    // Her windows go out of sight (and out of the task switcher's thumbnails); dialogs stay
    // open, covered by the lock screen, so nothing she was doing is ended.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && qobject_cast<QMainWindow *>(w)) {
            m_hidden << w;
            w->hide();
        }
    }
    auto *screen =
        new QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    screen->setObjectName(QStringLiteral("lockScreen"));
    screen->setWindowTitle(tr("Better Births Clinic - locked"));
    screen->setWindowModality(Qt::ApplicationModal);
    screen->setAutoFillBackground(true);
    auto *title = new QLabel(tr("Better Births Clinic is locked"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *who = new QLabel(tr("Locked for %1 (%2). What was being typed is kept as it was.\n"
                              "Only %1 can unlock it, with her password.")
                               .arg(m_context.actor.displayName, m_context.actor.id));
    who->setObjectName(QStringLiteral("lockWho"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaximumWidth(360);
    auto *label = new QLabel(tr("&Password"));
    label->setBuddy(m_password);
    m_message = makeMessageLabel();
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    auto *unlock = new QPushButton(tr("&Unlock"));
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    unlock->setAutoDefault(true);
    connect(unlock, &QPushButton::clicked, this, &ScreenLock::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &ScreenLock::tryUnlock);

    auto *box = new QWidget;
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(title);
    inner->addWidget(who);
    inner->addSpacing(12);
    inner->addWidget(label);
    inner->addWidget(m_password);
    inner->addWidget(m_message);
    inner->addWidget(unlock, 0, Qt::AlignLeft);
    box->setMaximumWidth(560);
    auto *outer = new QVBoxLayout(screen);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    // Every screen is covered, whichever one a window was on.
    QRect all;
    for (const QScreen *s : QGuiApplication::screens())
        all = all.united(s->geometry());
    screen->setGeometry(all);
    m_screen = screen;
    screen->show();
    screen->raise();
    screen->activateWindow();
    m_password->setFocus();
}

void ScreenLock::tryUnlock()
{
    const auto unlocked = m_context.clinic.users.unlock(m_context.actor, m_password->text());
    m_password->clear();
    if (!unlocked) {
        setMessage(m_message, unlocked.message());
        m_password->setFocus();
        return;
    }
    m_screen->hide();
    m_screen->deleteLater();
    m_screen = nullptr;
    for (const QPointer<QWidget> &w : std::as_const(m_hidden)) {
        if (w)
            w->show();
    }
    m_hidden.clear();
    m_idle.start();
}

} // namespace bb::ui
