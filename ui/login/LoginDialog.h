// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Actor.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace bb::care {
class Clinic;
}

namespace bb::ui {

class FieldRows;

/// Who is using the app: her username and password (care::Users::logIn), or, the first time a
/// new database is opened, its first administrator. Every change she makes is recorded as
/// hers. A refusal (a wrong password, a wait after failed tries) is said under the password and
/// the username typed is kept.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        LogIn,
        FirstAdministrator
    };

    LoginDialog(const care::Clinic &clinic, Mode mode, const QString &workstation,
                const QString &username = {}, QWidget *parent = nullptr);

    /// The one logged in, once accepted.
    std::optional<Actor> actor() const { return m_actor; }

    /// Logs in (or makes the first administrator, when the database has no users) and returns
    /// who; nothing when she closed the dialog.
    static std::optional<Actor> ask(const care::Clinic &clinic, const QString &workstation,
                                    const QString &username = {}, QWidget *parent = nullptr);

private:
    void tryIt();
    /// After an administrator reset her password she chooses her own before going on; false
    /// (and logged out again) when she does not.
    bool chooseOwnPasswordIfReset(const Actor &actor);

    const care::Clinic &m_clinic;
    Mode m_mode;
    QString m_workstation;
    QLineEdit *m_username;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_again = nullptr;
    FieldRows *m_rows;
    QLabel *m_message;
    std::optional<Actor> m_actor;
};

} // namespace bb::ui
