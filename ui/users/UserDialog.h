// SPDX-License-Identifier: MIT
#pragma once

#include "domain/User.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bb::ui {

struct ClinicContext;
class FieldRows;

/// One user as an administrator adds or changes her: username, name, role and staff record,
/// and for a new user her first password (which she changes when she first logs in). Saved
/// through care::Users; a refusal is shown by its field and nothing typed is lost.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    /// Adds a user when `existing` is empty, otherwise changes her.
    UserDialog(ClinicContext &context, const std::optional<User> &existing,
               QWidget *parent = nullptr);

    /// The user as saved, once accepted.
    const User &saved() const { return m_saved; }

    UserChange typed() const;

private:
    void trySave();

    ClinicContext &m_context;
    std::optional<User> m_existing;
    FieldRows *m_rows;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_staff;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_message;
    User m_saved;
};

} // namespace bb::ui
