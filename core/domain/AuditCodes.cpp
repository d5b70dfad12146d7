// SPDX-License-Identifier: MIT
#include "domain/Audit.h"

#include "domain/CodeTable.h"

namespace bb::codes {
namespace {

// The migration's CHECK lists repeat these codes.
constexpr LabelledCodeTable<AuditEventKind, 10> kEvents{{
    {AuditEventKind::View, "view", QT_TRANSLATE_NOOP("codes", "Viewed")},
    {AuditEventKind::Create, "create", QT_TRANSLATE_NOOP("codes", "Created")},
    {AuditEventKind::Change, "change", QT_TRANSLATE_NOOP("codes", "Changed")},
    {AuditEventKind::Print, "print", QT_TRANSLATE_NOOP("codes", "Printed")},
    {AuditEventKind::Export, "export", QT_TRANSLATE_NOOP("codes", "Exported")},
    {AuditEventKind::LogIn, "log_in", QT_TRANSLATE_NOOP("codes", "Logged in")},
    {AuditEventKind::LogOut, "log_out", QT_TRANSLATE_NOOP("codes", "Logged out")},
    {AuditEventKind::Lock, "lock", QT_TRANSLATE_NOOP("codes", "Locked")},
    {AuditEventKind::Unlock, "unlock", QT_TRANSLATE_NOOP("codes", "Unlocked")},
    {AuditEventKind::Backup, "backup", QT_TRANSLATE_NOOP("codes", "Backed up")},
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
