// SPDX-License-Identifier: MIT
#include "scheduling/SchedulingInputs.h"

#include "scheduling/Allocation.h"

namespace bb::scheduling {
namespace {
constexpr int kMaxWeeks = 104; // two years: longer than any pregnancy's schedule
} // namespace

Clinician toClinician(const Staff &staff, qint64 teamId)
{
    Clinician c;
    c.id = staff.id;
    c.name = staff.name;
    // The two enums carry the same codes; going through them keeps the mapping in one table.
    c.role = roleFromCode(codes::toCode(staff.role)).value_or(Role::Midwife);
    c.fte = staff.fte;
    c.skills = staff.skills;
    c.teamId = teamId;
    for (int day : staff.workingDays)
        c.workingDays << static_cast<Qt::DayOfWeek>(day);
    return c;
}

Absence toAbsence(const bb::Absence &absence)
{
    return {absence.staffId, absence.from, absence.to};
}

TeamInfo toTeamInfo(const Team &team)
{
    return {team.id, team.name, codes::toCode(team.kind), team.postcodeAreas,
            team.caseloadPerFullTimeMidwife};
}

QHash<qint64, qint64> teamOf(const QList<TeamMembership> &memberships)
{
    QHash<qint64, qint64> teams;
    for (const TeamMembership &m : memberships) {
        const qint64 current = teams.value(m.staffId, 0);
        if (current == 0 || m.teamId < current)
            teams.insert(m.staffId, m.teamId);
    }
    return teams;
}

bool contactCovered(const QList<Appointment> &appointments, int week, const QDate &weekStart)
{
    for (const Appointment &a : appointments) {
        if (!a.holdsTime() ||
            (a.kind != AppointmentKind::AntenatalContact && a.kind != AppointmentKind::HomeVisit))
            continue;
        if (a.contactWeek ? *a.contactWeek == week
                          : (a.date >= weekStart && a.date <= weekStart.addDays(6)))
            return true;
    }
    return false;
}

std::optional<TeamInfo> localTeam(const QList<TeamInfo> &teams, const QString &postcode,
                                  bool homeBirth)
{
    QList<TeamInfo> local;
    const QString homeBirthKind = codes::toCode(TeamKind::HomeBirth);
    for (const TeamInfo &t : teams) {
        const bool isHomeBirth = t.kind == homeBirthKind;
        const bool community = t.kind == codes::toCode(TeamKind::Continuity) ||
                               t.kind == codes::toCode(TeamKind::Community);
        if (homeBirth ? isHomeBirth : community)
            local << t;
    }
    return teamForPostcode(postcode, local);
}

FieldErrors periodProblems(const QDate &from, int weeks)
{
    FieldErrors errors;
    if (!from.isValid())
        errors.append({QStringLiteral("schedule.from"), QStringLiteral("is not a date")});
    if (weeks < 1 || weeks > kMaxWeeks)
        errors.append({QStringLiteral("schedule.weeks"),
                       QStringLiteral("must be a whole number from 1 to %1").arg(kMaxWeeks)});
    return errors;
}

} // namespace bb::scheduling
