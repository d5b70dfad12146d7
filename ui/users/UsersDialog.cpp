// SPDX-License-Identifier: MIT
#include "users/UsersDialog.h"

#include "ClinicContext.h"
#include "login/NewPasswordDialog.h"
#include "users/UserDialog.h"
#include "widgets/FieldRows.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QString stateOf(const User &user)
{
    if (user.disabled)
        return UsersDialog::tr("Disabled");
    QStringList state;
    if (user.mustChangePassword)
        state << UsersDialog::tr("Password reset: she chooses her own at her next login");
    if (user.failedLogins > 0)
        state << UsersDialog::tr("%n failed login(s) since her last", nullptr, user.failedLogins);
    return state.isEmpty() ? UsersDialog::tr("Active") : state.join(QStringLiteral("; "));
}

} // namespace

UsersDialog::UsersDialog(ClinicContext &context, QWidget *parent)
    : QDialog(parent), m_context(context),
      m_table(makeReadOnlyTable(
          "usersTable", {tr("Username"), tr("Name"), tr("Role"), tr("Staff record"), tr("State")},
          RowSelection::Single)),
      m_message(makeMessageLabel()), m_done(new QLabel),
      m_change(new QPushButton(tr("&Change..."))), m_disable(new QPushButton(tr("&Disable"))),
      m_reset(new QPushButton(tr("&Reset her password...")))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    auto *what = new QLabel(tr("Everyone who can log in. A leaver is disabled, never deleted: "
                               "the audit trail still names her."));
    what->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add a user..."));
    add->setObjectName(QStringLiteral("usersAdd"));
    m_change->setObjectName(QStringLiteral("usersChange"));
    m_disable->setObjectName(QStringLiteral("usersDisable"));
    m_reset->setObjectName(QStringLiteral("usersReset"));
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_change, &QPushButton::clicked, this, &UsersDialog::changeUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_table, &QTableWidget::currentCellChanged, this, &UsersDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, &UsersDialog::changeUser);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {add, m_change, m_disable, m_reset})
        actions->addWidget(button);
    actions->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    m_done->setObjectName(QStringLiteral("usersDone"));
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    layout->addWidget(close);
    resizeWithinScreen(this, QSize(900, 520));
    m_table->setFocus();
}

bool UsersDialog::load(qint64 selectId)
{
    const std::optional<User> was = current();
    const auto all = m_context.clinic.users.all(m_context.actor);
    if (!all) {
        m_done->clear();
        setMessage(m_message, all.message());
        return false;
    }
    m_users = all.value();
    showUsers(selectId != 0 ? selectId : was ? was->id : 0);
    return true;
}

void UsersDialog::showUsers(qint64 selectId)
{
    m_table->setRowCount(int(m_users.size()));
    int selected = 0;
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        const auto staff =
            u.staffId ? m_context.clinic.staffing.staffById(u.staffId) : std::nullopt;
        setRowCells(m_table, row,
                    {u.username, u.displayName, codes::label(u.role),
                     staff ? staff->name : QString(), stateOf(u)});
        if (u.id == selectId)
            selected = row;
    }
    if (!m_users.isEmpty())
        m_table->setCurrentCell(selected, 0);
    updateButtons();
}

std::optional<User> UsersDialog::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users.at(row);
}

void UsersDialog::updateButtons()
{
    const auto user = current();
    for (QPushButton *button : {m_change, m_disable, m_reset})
        button->setEnabled(user.has_value());
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersDialog::said(const QString &done)
{
    setMessage(m_message, QString());
    m_done->setText(done);
}

void UsersDialog::addUser()
{
    UserDialog dialog(m_context, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load(dialog.saved().id);
    said(tr("%1 added: she chooses her own password when she first logs in.")
             .arg(dialog.saved().username));
}

void UsersDialog::changeUser()
{
    const auto user = current();
    if (!user)
        return;
    UserDialog dialog(m_context, user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load();
    said(tr("%1 saved.").arg(dialog.saved().username));
}

void UsersDialog::toggleDisabled()
{
    const auto user = current();
    if (!user)
        return;
    const bool disable = !user->disabled;
    if (disable && !m_context.confirm(this, tr("Disable %1").arg(user->username),
                                      tr("%1 will no longer be able to log in. Everything she "
                                         "recorded stays, under her name; you can enable her "
                                         "again.")
                                          .arg(user->displayName)))
        return;
    const auto done = m_context.clinic.users.setDisabled(user->id, disable, m_context.actor);
    if (!done) {
        m_done->clear();
        setMessage(m_message, done.message());
        return;
    }
    load();
    said(disable ? tr("%1 disabled.").arg(user->username) : tr("%1 enabled.").arg(user->username));
}

void UsersDialog::resetPassword()
{
    const auto user = current();
    if (!user)
        return;
    const Actor &actor = m_context.actor;
    NewPasswordDialog dialog(
        tr("Reset the password of %1").arg(user->username),
        tr("Give %1 a password to log in with once: she then chooses her own. Tell it to her "
           "yourself, not by email.")
            .arg(user->displayName),
        false,
        [&](const QString &, const QString &replacement) {
            return m_context.clinic.users.resetPassword(user->id, replacement, actor);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load();
    said(tr("The password of %1 is reset: she chooses her own at her next login.")
             .arg(user->username));
}

} // namespace bb::ui
