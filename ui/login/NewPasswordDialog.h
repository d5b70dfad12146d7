// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace bb::ui {

class FieldRows;

/// A new password typed twice, and the current one when she is changing her own: for her own
/// change, for the one she must choose after an administrator reset hers, and for the reset
/// itself. What it is for is done by `save`, whose refusal is shown by its field; the dialog
/// closes only once it is saved.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<care::Outcome<care::Done>(const QString &current,
                                                         const QString &replacement)>;

    NewPasswordDialog(const QString &title, const QString &explanation, bool askCurrent, Save save,
                      QWidget *parent = nullptr);

private:
    void tryIt();

    Save m_save;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_again;
    FieldRows *m_rows;
    QLabel *m_message;
};

} // namespace bb::ui
