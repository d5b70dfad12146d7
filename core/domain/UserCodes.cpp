// SPDX-License-Identifier: MIT
#include "domain/User.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// The migration's CHECK list repeats these codes.
constexpr LabelledCodeTable<UserRole, 5> kUserRoles{{
    {UserRole::Midwife, "midwife", QT_TRANSLATE_NOOP("codes", "Midwife")},
    {UserRole::SupportWorker, "support_worker",
     QT_TRANSLATE_NOOP("codes", "Maternity support worker")},
    {UserRole::HealthVisitor, "health_visitor", QT_TRANSLATE_NOOP("codes", "Health visitor")},
    {UserRole::TeamLead, "team_lead", QT_TRANSLATE_NOOP("codes", "Team lead")},
    {UserRole::Administrator, "administrator", QT_TRANSLATE_NOOP("codes", "Administrator")},
}};

} // namespace

// clang-format off
QString toCode(UserRole value) { return codeOf(kUserRoles, value); }
std::optional<UserRole> userRoleFromCode(const QString &code) { return valueOf(kUserRoles, code); }
QString label(UserRole value) { return labelOf(kUserRoles, value); }
QStringList userRoleCodes() { return allCodes(kUserRoles); }
// clang-format on

} // namespace bb::codes
