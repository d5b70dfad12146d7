// SPDX-License-Identifier: MIT
#include "users/UserDialog.h"

#include "ClinicContext.h"
#include "access/Passwords.h"
#include "widgets/FieldRows.h"
#include "widgets/FormDialog.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace bb::ui {

UserDialog::UserDialog(ClinicContext &context, const std::optional<User> &existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_existing(existing), m_rows(new FieldRows),
      m_username(new QLineEdit), m_name(new QLineEdit), m_role(new QComboBox),
      m_staff(new QComboBox), m_message(makeMessageLabel())
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(existing ? tr("Change user %1").arg(existing->username) : tr("Add a user"));
    m_username->setObjectName(QStringLiteral("userUsername"));
    m_username->setPlaceholderText(tr("what she types to log in, e.g. jo.smith"));
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setPlaceholderText(tr("as recorded beside what she changes, e.g. Jo Smith"));
    m_role->setObjectName(QStringLiteral("userRole"));
    for (const QString &code : codes::userRoleCodes()) {
        const UserRole role = *codes::userRoleFromCode(code);
        m_role->addItem(codes::label(role), code);
    }
    m_staff->setObjectName(QStringLiteral("userStaff"));
    m_staff->addItem(tr("None (she sees no women: an administrator)"), qint64(0));
    QList<Staff> staff = context.clinic.staffing.staff();
    std::ranges::sort(staff, [](const Staff &a, const Staff &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Staff &s : std::as_const(staff))
        m_staff->addItem(s.name, s.id);

    m_rows->add(tr("&Username"), m_username, QStringLiteral("user.username"));
    m_rows->add(tr("Full &name"), m_name, QStringLiteral("user.display_name"));
    m_rows->add(tr("&Role"), m_role, QStringLiteral("user.role"));
    m_rows->add(tr("&Staff record"), m_staff, QStringLiteral("user.staff_id"));
    if (!existing) {
        m_password = new QLineEdit;
        m_password->setObjectName(QStringLiteral("userPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_again = new QLineEdit;
        m_again->setObjectName(QStringLiteral("userPasswordAgain"));
        m_again->setEchoMode(QLineEdit::Password);
        m_rows->add(tr("First &password"), m_password, QStringLiteral("user.password"));
        m_rows->add(tr("The same &again"), m_again, QStringLiteral("user.password_again"));
    } else {
        m_username->setText(existing->username);
        m_username->setReadOnly(true); // the audit trail is kept by it
        m_name->setText(existing->displayName);
        m_role->setCurrentIndex(m_role->findData(codes::toCode(existing->role)));
        m_staff->setCurrentIndex(std::max(0, m_staff->findData(existing->staffId)));
    }
    const QString explanation =
        existing ? tr("Her username, name, role and staff record. Her password is hers: reset "
                      "it from the list if she has forgotten it.")
                 : tr("A new user gets a first password from you, of at least %1 characters; "
                      "she chooses her own when she first logs in.")
                       .arg(access::passwords::kMinimumLength);

    QPushButton *save = layOutFormDialog(
        this, explanation, m_rows, m_message, existing ? tr("&Save") : tr("&Add the user"),
        tr("Cancel"), [this] { trySave(); }, 560);
    save->setObjectName(QStringLiteral("userSave"));
    (existing ? m_name : m_username)->setFocus();
}

UserChange UserDialog::typed() const
{
    UserChange change;
    change.username = m_username->text();
    change.displayName = m_name->text();
    change.role =
        codes::userRoleFromCode(m_role->currentData().toString()).value_or(UserRole::Midwife);
    change.staffId = m_staff->currentData().toLongLong();
    return change;
}

void UserDialog::trySave()
{
    m_rows->clearMessages();
    setMessage(m_message, QString());
    if (m_again && m_password->text() != m_again->text()) {
        m_rows->showMessage(QStringLiteral("user.password_again"), tr("the two passwords differ"));
        m_again->clear();
        m_again->setFocus();
        return;
    }
    const auto &users = m_context.clinic.users;
    const auto saved = m_existing ? users.change(m_existing->id, typed(), m_context.actor)
                                  : users.add(typed(), m_password->text(), m_context.actor);
    if (saved) {
        m_saved = saved.value();
        accept();
        return;
    }
    showProblems(this, m_rows, m_message, saved.fieldErrors(),
                 saved.failed() ? saved.message() : QString());
}

} // namespace bb::ui
