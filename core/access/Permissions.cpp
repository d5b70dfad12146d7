// SPDX-License-Identifier: MIT
#include "access/Permissions.h"

#include <initializer_list>

namespace bb::access {
namespace {

struct Rule
{
    Permission what;
    std::initializer_list<UserRole> allowed;
    const char *action; ///< "change a booking…", after "may not"
    const char *who;    ///< who does it instead
};

using enum UserRole;

// Who may do what. Clinical record keeping is for midwives (a team lead is a midwife too);
// a support worker and a health visitor record the postnatal care they give; administrators
// keep users and settings and open no woman's record; safeguarding is seen by those who work
// with it.
const Rule kRules[] = {
    {Permission::OpenRecord,
     {Midwife, SupportWorker, HealthVisitor, TeamLead},
     "open a woman's record",
     "administrators keep users and settings; a clinician opens records"},
    {Permission::RecordCare,
     {Midwife, TeamLead},
     "change a booking, care plan, antenatal contact, result, birth, loss or referral",
     "a midwife or team lead does"},
    {Permission::RecordPostnatal,
     {Midwife, SupportWorker, HealthVisitor, TeamLead},
     "record postnatal care",
     "a midwife, support worker or health visitor does"},
    {Permission::SeeSafeguarding,
     {Midwife, HealthVisitor, TeamLead},
     "see safeguarding details or restricted referrals",
     "they are seen only by the midwives and health visitors who work with them"},
    {Permission::AdministerTeams,
     {TeamLead, Administrator},
     "change staff, teams, allocations, absences or the rota",
     "a team lead or administrator does"},
    {Permission::ManageUsers,
     {Administrator},
     "add, disable or reset users",
     "an administrator does"},
    {Permission::ChangeSettings,
     {Administrator},
     "change the trust's settings",
     "an administrator does"},
    {Permission::RestoreBackup,
     {Administrator},
     "restore a backup over the clinic's database",
     "an administrator does"},
    {Permission::SeeFigures,
     {Midwife, TeamLead, Administrator},
     "see the service's figures",
     "midwives, team leads and administrators do"},
    {Permission::ReadAuditTrail,
     {TeamLead, Administrator},
     "read the whole audit trail",
     "a team lead or administrator does; each record shows its own"},
};

QString withArticle(UserRole role)
{
    const QString name = codes::label(role).toLower();
    const bool vowel = QStringLiteral("aeiou").contains(name.front());
    return (vowel ? QStringLiteral("An ") : QStringLiteral("A ")) + name;
}

} // namespace

QString refusal(UserRole role, Permission what)
{
    for (const Rule &rule : kRules) {
        if (rule.what != what)
            continue;
        for (const UserRole allowed : rule.allowed) {
            if (allowed == role)
                return {};
        }
        return QStringLiteral("%1 may not %2: %3.")
            .arg(withArticle(role), QString::fromUtf8(rule.action), QString::fromUtf8(rule.who));
    }
    return QStringLiteral("%1 may not do this.").arg(withArticle(role));
}

QString recordRefusal(UserRole role, bool handedOver)
{
    if (role == UserRole::HealthVisitor && !handedOver)
        return QStringLiteral("A health visitor sees a woman's record once her care has been "
                              "handed over; hers has not been yet.");
    return refusal(role, Permission::OpenRecord);
}

} // namespace bb::access
