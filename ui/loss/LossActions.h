// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace bb::ui {

struct ClinicContext;
class WomanRecordView;

/// The Woman menu's actions for a pregnancy that ended, or a record that should never have been
/// made: record a pregnancy loss, print her bereavement support sheet, mark as entered in error.
/// Each is enabled only when it applies to the record shown.
class LossActions : public QObject
{
    Q_OBJECT
public:
    LossActions(ClinicContext &context, WomanRecordView *record, QWidget *window);

    /// Adds the actions to `menu`, and keeps them enabled as her record allows each time it opens.
    void addTo(QMenu *menu);
    /// Enables each action as the record shown allows; `recordOpen` is whether one is shown.
    void update(bool recordOpen);

    void recordLoss();
    void printSignposting();
    void markEnteredInError();

    QAction *recordLossAction() const { return m_recordLoss; }
    QAction *printSignpostingAction() const { return m_printSignposting; }
    QAction *enteredInErrorAction() const { return m_enteredInError; }

signals:
    /// Her record changed (a loss, a pregnancy entered in error): lists showing her are read
    /// again. `message` says what was done.
    void recordChanged(const QString &message);
    /// Her whole record was entered in error: it is left, and listed nowhere now.
    void womanEnteredInError(const QString &message);
    /// Something could not be done, in plain words.
    void problem(const QString &message);

private:
    ClinicContext &m_context;
    WomanRecordView *m_record;
    QWidget *m_window;
    bool m_recordOpen = false;
    QAction *m_recordLoss;
    QAction *m_printSignposting;
    QAction *m_enteredInError;
};

} // namespace bb::ui
