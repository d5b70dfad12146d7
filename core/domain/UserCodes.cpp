// SPDX-License-Identifier: MIT
#include "domain/User.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// The migration's CHECK list repeats these codes.
constexpr LabelledCodeTable<UserRole, 5> kUserRoles{{
    {UserRole::Midwife, "midwife", "Midwife"},
    {UserRole::SupportWorker, "support_worker", "Maternity support worker"},
    {UserRole::HealthVisitor, "health_visitor", "Health visitor"},
    {UserRole::TeamLead, "team_lead", "Team lead"},
    {UserRole::Administrator, "administrator", "Administrator"},
}};

} // namespace

// clang-format off
QString toCode(UserRole value) { return codeOf(kUserRoles, value); }
std::optional<UserRole> userRoleFromCode(const QString &code) { return valueOf(kUserRoles, code); }
QString label(UserRole value) { return labelOf(kUserRoles, value); }
QStringList userRoleCodes() { return allCodes(kUserRoles); }
// clang-format on

} // namespace bb::codes
