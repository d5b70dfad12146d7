// SPDX-License-Identifier: MIT
#include "scheduling/SchedulingTypes.h"

#include <array>
#include <utility>

namespace bb::scheduling {

namespace {
const std::array<std::pair<Role, const char *>, 5> kRoles{{
    {Role::Midwife, "midwife"},
    {Role::MaternitySupportWorker, "maternity_support_worker"},
    {Role::HealthVisitor, "health_visitor"},
    {Role::Obstetrician, "obstetrician"},
    {Role::SpecialistMidwife, "specialist_midwife"},
}};

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, code] : table)
        if (v == value)
            return QString::fromLatin1(code);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<std::pair<Enum, const char *>, N> &table,
                             const QString &code)
{
    for (const auto &[v, c] : table)
        if (code == QLatin1String(c))
            return v;
    return std::nullopt;
}
} // namespace

QString toCode(Role role) { return codeOf(kRoles, role); }
std::optional<Role> roleFromCode(const QString &code) { return fromCode(kRoles, code); }

bool isMidwife(Role role) { return role == Role::Midwife || role == Role::SpecialistMidwife; }

bool Clinician::worksOn(const QDate &date) const
{
    return workingDays.isEmpty()
           || workingDays.contains(static_cast<Qt::DayOfWeek>(date.dayOfWeek()));
}

} // namespace bb::scheduling
