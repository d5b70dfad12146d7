// SPDX-License-Identifier: MIT
#include "login/LoginDialog.h"

#include "access/Passwords.h"
#include "care/Clinic.h"
#include "login/NewPasswordDialog.h"
#include "widgets/FieldRows.h"
#include "widgets/FormDialog.h"
#include "widgets/ScreenFit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bb::ui {

LoginDialog::LoginDialog(const care::Clinic &clinic, Mode mode, const QString &workstation,
                         const QString &username, QWidget *parent)
    : QDialog(parent), m_clinic(clinic), m_mode(mode), m_workstation(workstation),
      m_username(new QLineEdit(username)), m_password(new QLineEdit), m_rows(new FieldRows),
      m_message(makeMessageLabel())
{
    const bool first = mode == Mode::FirstAdministrator;
    setObjectName(first ? QStringLiteral("firstAdministratorDialog")
                        : QStringLiteral("loginDialog"));
    setWindowTitle(first ? tr("Better Births Clinic - its first administrator")
                         : tr("Better Births Clinic - log in"));
    const QString explanation =
        first ? tr("This clinic database has nobody who can log in yet. Make its first "
                   "administrator: she adds everyone else and keeps the settings. Choose a "
                   "password of at least %1 characters; a few words together are easy to "
                   "remember and hard to guess.")
                    .arg(access::passwords::kMinimumLength)
              : tr("Log in with your own username and password. Everything you look at and "
                   "change is recorded as yours.");

    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_rows->add(tr("&Username"), m_username, QStringLiteral("user.username"));
    if (first) {
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("loginName"));
        m_name->setPlaceholderText(tr("as recorded beside what she changes, e.g. Jo Smith"));
        m_rows->add(tr("Full &name"), m_name, QStringLiteral("user.display_name"));
    }
    m_rows->add(tr("&Password"), m_password, QStringLiteral("user.password"));
    if (first) {
        m_again = new QLineEdit;
        m_again->setObjectName(QStringLiteral("loginAgain"));
        m_again->setEchoMode(QLineEdit::Password);
        m_rows->add(tr("The same &again"), m_again, QStringLiteral("user.password_again"));
    }
    m_message->setObjectName(QStringLiteral("loginMessage"));

    QPushButton *go = layOutFormDialog(
        this, explanation, m_rows, m_message, first ? tr("&Make the administrator") : tr("&Log in"),
        tr("&Quit"), [this] { tryIt(); }, 520);
    go->setObjectName(QStringLiteral("loginButton"));
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::tryIt()
{
    m_rows->clearMessages();
    setMessage(m_message, QString());
    if (m_mode == Mode::FirstAdministrator) {
        if (m_password->text() != m_again->text()) {
            m_rows->showMessage(QStringLiteral("user.password_again"),
                                tr("the two passwords differ"));
            m_again->setFocus();
            return;
        }
        const auto made = m_clinic.users.createFirstAdministrator(
            {m_username->text(), m_name->text(), UserRole::Administrator, 0}, m_password->text(),
            m_workstation);
        if (!made) {
            showProblems(this, m_rows, m_message, made.fieldErrors(),
                         made.failed() ? made.message() : QString());
            return;
        }
        m_actor = made.value();
        accept();
        return;
    }
    const auto in = m_clinic.users.logIn(m_username->text(), m_password->text(), m_workstation);
    if (!in) {
        // The username stays; the password is typed again.
        m_rows->showMessage(QStringLiteral("user.password"), in.message());
        growToFitContents(this);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    if (!chooseOwnPasswordIfReset(in.value()))
        return;
    m_actor = in.value();
    accept();
}

bool LoginDialog::chooseOwnPasswordIfReset(const Actor &actor)
{
    const auto reset = m_clinic.users.mustChangePassword(actor);
    if (reset && !reset.value())
        return true;
    if (!reset) {
        m_rows->showMessage(QStringLiteral("user.password"), reset.message());
        m_clinic.users.logOut(actor);
        return false;
    }
    const QString current = m_password->text();
    NewPasswordDialog choose(
        tr("Better Births Clinic - choose your own password"),
        tr("An administrator reset your password. Choose your own now, of at least %1 "
           "characters, that nobody else knows.")
            .arg(access::passwords::kMinimumLength),
        false,
        [&](const QString &, const QString &replacement) {
            return m_clinic.users.changePassword(actor, current, replacement);
        },
        this);
    if (choose.exec() == QDialog::Accepted)
        return true;
    // Not logged in with a password somebody else chose.
    m_clinic.users.logOut(actor);
    m_password->clear();
    m_password->setFocus();
    m_rows->showMessage(QStringLiteral("user.password"), tr("choose your own password to go on"));
    return false;
}

std::optional<Actor> LoginDialog::ask(const care::Clinic &clinic, const QString &workstation,
                                      const QString &username, QWidget *parent)
{
    const auto anyone = clinic.users.anyone();
    const Mode mode = anyone && !anyone.value() ? Mode::FirstAdministrator : Mode::LogIn;
    LoginDialog dialog(clinic, mode, workstation, username, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

} // namespace bb::ui
