// SPDX-License-Identifier: MIT
#pragma once

#include "domain/User.h"

#include <QDialog>
#include <QList>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bb::ui {

struct ClinicContext;

/// Everyone who can log in, for an administrator: add a user, change one, disable a leaver
/// (or enable her again) and reset a forgotten password. Nobody is deleted: every audit row
/// still names someone who existed.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(ClinicContext &context, QWidget *parent = nullptr);

    /// Reads the users again, keeping the current one (or choosing `selectId`); false, with
    /// the reason shown, when she may not see them.
    bool load(qint64 selectId = 0);
    /// The user on the current row.
    std::optional<User> current() const;

    void addUser();
    void changeUser();
    void toggleDisabled();
    void resetPassword();

private:
    void showUsers(qint64 selectId);
    void updateButtons();
    /// What was just done, said plainly (problems go under the list, as warnings).
    void said(const QString &done);

    ClinicContext &m_context;
    QTableWidget *m_table;
    QLabel *m_message;
    QLabel *m_done;
    QPushButton *m_change;
    QPushButton *m_disable;
    QPushButton *m_reset;
    QList<User> m_users;
};

} // namespace bb::ui
