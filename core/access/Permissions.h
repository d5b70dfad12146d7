// SPDX-License-Identifier: MIT
#pragma once

#include "domain/User.h"

#include <QString>

namespace bb::access {

/// What a person may be allowed to do. One table (refusal()) decides it for every role, so the
/// window, the command line and the use cases cannot disagree.
enum class Permission
{
    OpenRecord,      ///< see a woman's record (a health visitor: once she is handed over)
    RecordCare,      ///< booking, care plan, antenatal contacts, results, birth, loss, referrals
    RecordPostnatal, ///< postnatal contacts and where her baby is cared for
    SeeSafeguarding, ///< safeguarding details and the referrals restricted to those working with
                     ///< them
    AdministerTeams, ///< staff, teams, allocations, absences, rota and booking of contacts
    ManageUsers,     ///< add, disable and reset users
    ChangeSettings,  ///< the trust's settings
    RestoreBackup,   ///< put a backup in place of the clinic's database
    SeeFigures,      ///< figures that name no woman: continuity, feedback, what the file holds
    ReadAuditTrail   ///< the whole audit trail, of every woman and user
};

/// Why `role` may not do `what`, in words for the person refused ("A maternity support worker
/// may not change a booking, care plan, birth or referral: a midwife or team lead does."); empty
/// when she may.
QString refusal(UserRole role, Permission what);

inline bool may(UserRole role, Permission what)
{
    return refusal(role, what).isEmpty();
}

/// Why `role` may not open a woman's record, given whether her care has been handed over to the
/// health visitor; empty when she may. A health visitor sees the women handed over to her.
QString recordRefusal(UserRole role, bool handedOver);

} // namespace bb::access
