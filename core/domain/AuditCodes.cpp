// SPDX-License-Identifier: MIT
#include "domain/Audit.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// The migration's CHECK lists repeat these codes.
constexpr LabelledCodeTable<AuditEventKind, 10> kEvents{{
    {AuditEventKind::View, "view", "Viewed"},
    {AuditEventKind::Create, "create", "Created"},
    {AuditEventKind::Change, "change", "Changed"},
    {AuditEventKind::Print, "print", "Printed"},
    {AuditEventKind::Export, "export", "Exported"},
    {AuditEventKind::LogIn, "log_in", "Logged in"},
    {AuditEventKind::LogOut, "log_out", "Logged out"},
    {AuditEventKind::Lock, "lock", "Locked"},
    {AuditEventKind::Unlock, "unlock", "Unlocked"},
    {AuditEventKind::Backup, "backup", "Backed up"},
}};

constexpr CodeTable<AuditOutcome, 3> kOutcomes{{
    {AuditOutcome::Done, "done"},
    {AuditOutcome::Refused, "refused"},
    {AuditOutcome::Failed, "failed"},
}};

} // namespace

// clang-format off
QString toCode(AuditEventKind value) { return codeOf(kEvents, value); }
std::optional<AuditEventKind> auditEventFromCode(const QString &code) { return valueOf(kEvents, code); }
QString label(AuditEventKind value) { return labelOf(kEvents, value); }
QString toCode(AuditOutcome value) { return codeOf(kOutcomes, value); }
std::optional<AuditOutcome> auditOutcomeFromCode(const QString &code) { return valueOf(kOutcomes, code); }
// clang-format on

} // namespace bb::codes
