// SPDX-License-Identifier: MIT
#include "login/NewPasswordDialog.h"

#include "widgets/FieldRows.h"
#include "widgets/FormDialog.h"
#include "widgets/ScreenFit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bb::ui {
namespace {

QLineEdit *passwordField(const char *objectName)
{
    auto *field = new QLineEdit;
    field->setObjectName(QString::fromLatin1(objectName));
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

NewPasswordDialog::NewPasswordDialog(const QString &title, const QString &explanation,
                                     bool askCurrent, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save)), m_password(passwordField("newPassword")),
      m_again(passwordField("newPasswordAgain")), m_rows(new FieldRows),
      m_message(makeMessageLabel())
{
    setObjectName(QStringLiteral("newPasswordDialog"));
    setWindowTitle(title);
    if (askCurrent) {
        m_current = passwordField("currentPassword");
        m_rows->add(tr("&Current password"), m_current, QStringLiteral("user.current_password"));
    }
    m_rows->add(tr("&New password"), m_password, QStringLiteral("user.password"));
    m_rows->add(tr("The same &again"), m_again, QStringLiteral("user.password_again"));

    layOutFormDialog(
        this, explanation, m_rows, m_message, tr("&Save the password"), tr("Cancel"),
        [this] { tryIt(); }, 520);
    (m_current ? m_current : m_password)->setFocus();
}

void NewPasswordDialog::tryIt()
{
    m_rows->clearMessages();
    setMessage(m_message, QString());
    if (m_password->text() != m_again->text()) {
        m_rows->showMessage(QStringLiteral("user.password_again"), tr("the two passwords differ"));
        m_again->clear();
        m_again->setFocus();
        return;
    }
    const auto saved = m_save(m_current ? m_current->text() : QString(), m_password->text());
    if (saved) {
        accept();
        return;
    }
    showProblems(this, m_rows, m_message, saved.fieldErrors(),
                 saved.failed() ? saved.message() : QString());
}

} // namespace bb::ui
