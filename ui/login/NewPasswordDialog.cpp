// SPDX-License-Identifier: MIT
#include "login/NewPasswordDialog.h"

#include "widgets/FieldRows.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

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
    auto *what = new QLabel(explanation);
    what->setWordWrap(true);
    if (askCurrent) {
        m_current = passwordField("currentPassword");
        m_rows->add(tr("&Current password"), m_current, QStringLiteral("user.current_password"));
    }
    m_rows->add(tr("&New password"), m_password, QStringLiteral("user.password"));
    m_rows->add(tr("The same &again"), m_again, QStringLiteral("user.password_again"));

    auto *go = new QPushButton(tr("&Save the password"));
    go->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(go, &QPushButton::clicked, this, &NewPasswordDialog::tryIt);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(go, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(m_rows);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(520, sizeHint().height()));
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
    const FieldErrors rest = m_rows->show(saved.fieldErrors());
    if (saved.failed() || !rest.isEmpty())
        setMessage(m_message, saved.failed() ? saved.message() : rest.front().toString());
    growToFitContents(this);
    if (QWidget *first = m_rows->fieldFor(saved.fieldErrors().value(0).path))
        first->setFocus();
}

} // namespace bb::ui
