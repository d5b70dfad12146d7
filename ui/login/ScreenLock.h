// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QWidget;

namespace bb::ui {

struct ClinicContext;

/// Locks the app when she asks (Ctrl+L) or when nobody has touched the keyboard or mouse for
/// the trust's idle period: her windows are hidden and a lock screen covers every screen until
/// the same person types her password (care::Users::unlock). Nothing is closed, so what she
/// was typing is there, unsaved but kept, when she comes back. Locking and unlocking are in the
/// audit trail.
class ScreenLock : public QObject
{
    Q_OBJECT
public:
    ScreenLock(ClinicContext &context, int idleMinutes, QObject *parent = nullptr);
    ~ScreenLock() override;

    /// Hides every window behind the lock screen; `why` is recorded ("on request").
    void lock(const QString &why);
    bool isLocked() const { return !m_screen.isNull(); }
    /// The lock screen while locked, for tests.
    QWidget *screen() const { return m_screen; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tryUnlock();

    ClinicContext &m_context;
    int m_idleMinutes;
    QTimer m_idle;
    QPointer<QWidget> m_screen;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace bb::ui
