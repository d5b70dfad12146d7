// SPDX-License-Identifier: MIT
#include "scheduling/SchedulingTypes.h"

#include "domain/CodeTable.h"

namespace bb::scheduling {

namespace {
const codes::CodeTable<Role, 5> kRoles{{
    {Role::Midwife, "midwife"},
    {Role::MaternitySupportWorker, "maternity_support_worker"},
    {Role::HealthVisitor, "health_visitor"},
    {Role::Obstetrician, "obstetrician"},
    {Role::SpecialistMidwife, "specialist_midwife"},
}};

} // namespace

QString toCode(Role role)
{
    return codes::codeOf(kRoles, role);
}
std::optional<Role> roleFromCode(const QString &code)
{
    return codes::valueOf(kRoles, code);
}

bool isMidwife(Role role)
{
    return role == Role::Midwife || role == Role::SpecialistMidwife;
}

bool Clinician::worksOn(const QDate &date) const
{
    return workingDays.isEmpty() ||
           workingDays.contains(static_cast<Qt::DayOfWeek>(date.dayOfWeek()));
}

} // namespace bb::scheduling
