// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

/// What a person does in the service, which decides what the app lets her see and change
/// (access::refusal()).
enum class UserRole
{
    Midwife,
    SupportWorker, ///< a maternity support worker
    HealthVisitor, ///< sees the women handed over to her
    TeamLead,      ///< a midwife who also runs her team's staff, rota and allocations
    Administrator  ///< users and settings; no clinical record
};

/// A person who logs in. Nobody is ever deleted: a leaver is disabled, so every audit row
/// still names someone who existed.
struct User
{
    qint64 id = 0;
    QString username;    ///< lower case, what she types to log in
    QString displayName; ///< as recorded beside what she changes ("Jo Smith")
    UserRole role = UserRole::Midwife;
    qint64 staffId = 0; ///< her staff record, 0 for someone who sees no women (an administrator)
    bool disabled = false;
    bool mustChangePassword = false; ///< after an administrator reset it
    int failedLogins = 0;            ///< since her last successful login
    QDateTime lastFailedAt;          ///< UTC; null when none since
    QDateTime createdAt;             ///< UTC
    QString createdBy;
};

/// A user as an administrator creates or changes one; the password only when it is being set.
struct UserChange
{
    QString username;
    QString displayName;
    UserRole role = UserRole::Midwife;
    qint64 staffId = 0;
};

namespace codes {
QString toCode(UserRole value);
std::optional<UserRole> userRoleFromCode(const QString &code);
QString label(UserRole value);
/// midwife, support_worker, health_visitor, team_lead, administrator
QStringList userRoleCodes();
} // namespace codes

} // namespace bb
