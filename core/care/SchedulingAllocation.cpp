// SPDX-License-Identifier: MIT
// Her named midwife and team: suggested by the allocation rules, recorded, and read back.
#include "care/Scheduling.h"

#include "care/Audited.h"
#include "care/Writes.h"
#include "storage/AppointmentRepository.h"
#include "storage/CarePlanRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QHash>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(SchedulingAllocation)
};

} // namespace

Outcome<AllocationSuggestion> Scheduling::suggestAllocation(qint64 pregnancyId) const
{
    const QList<WomanInCare> inCare = storage::WomanRepository(m_database).inCare();
    const WomanInCare *her = nullptr;
    for (const WomanInCare &w : inCare)
        if (w.pregnancyId == pregnancyId)
            her = &w;
    if (!her) {
        return FieldErrors{{QStringLiteral("allocation.pregnancy_id"),
                            Words::tr("no pregnancy in care with id %1").arg(pregnancyId)}};
    }
    const storage::StaffRepository staff(m_database);
    QList<scheduling::TeamInfo> teams;
    for (const Team &t : staff.teams())
        teams << scheduling::toTeamInfo(t);
    QString error;
    const auto plan = storage::CarePlanRepository(m_database).latest(pregnancyId, &error);
    if (!error.isEmpty())
        return Failure{error};
    const bool homeBirth = plan && plan->chosenPlaceOfBirth == PlaceOfBirth::Home;

    AllocationSuggestion suggestion;
    suggestion.pregnancyId = pregnancyId;
    suggestion.team = scheduling::localTeam(teams, her->postcode, homeBirth);
    if (!suggestion.team) {
        suggestion.reason =
            Words::tr("no %1 team covers her postcode '%2'")
                .arg(homeBirth ? Words::tr("home birth") : Words::tr("continuity or community"),
                     her->postcode);
        return suggestion;
    }
    suggestion.reason =
        homeBirth
            ? Words::tr("she plans a home birth; %1 covers %2")
                  .arg(suggestion.team->name, outwardCode(her->postcode))
            : Words::tr("%1 covers %2").arg(suggestion.team->name, outwardCode(her->postcode));

    // Her own current allocation is left out, so re-allocating her does not count her twice.
    QHash<qint64, QDate> edds;
    for (const WomanInCare &w : inCare)
        edds.insert(w.pregnancyId, w.edd);
    QHash<qint64, int> caseloads;
    scheduling::DueMonthCounts due;
    for (const Allocation &a : storage::AppointmentRepository(m_database).currentAllocations()) {
        if (a.pregnancyId == pregnancyId || !edds.contains(a.pregnancyId))
            continue;
        ++caseloads[a.midwifeId];
        if (const QDate edd = edds.value(a.pregnancyId); edd.isValid())
            ++due[a.midwifeId][scheduling::monthKey(edd)];
    }
    QList<scheduling::Clinician> members;
    for (const Staff &s : staff.members(suggestion.team->id))
        members << scheduling::toClinician(s, suggestion.team->id);
    suggestion.candidates =
        scheduling::suggestNamedMidwife(*suggestion.team, members, caseloads, due, her->edd);
    return suggestion;
}

Outcome<Allocation> Scheduling::allocate(const Allocation &allocation, const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const AuditEntry audit{AuditEventKind::Create,
                           womanOfPregnancy(m_database, allocation.pregnancyId),
                           QStringLiteral("named midwife %1 in team %2")
                               .arg(allocation.midwifeId)
                               .arg(allocation.teamId)};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::RecordCare, audit))
        return *refused;
    Allocation a = allocation;
    a.id = 0;
    a.recordedBy = recordedName(actor);
    const storage::AppointmentRepository appointments(m_database);
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<Allocation> {
        if (const FieldErrors problems = appointments.problems(a); !problems.isEmpty())
            return problems;
        QString error;
        if (!appointments.recordAllocation(a, at, &error))
            return Failure{error};
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return a;
    });
}

std::optional<NamedCarers> Scheduling::namedCarers(qint64 pregnancyId) const
{
    const auto allocation =
        storage::AppointmentRepository(m_database).currentAllocation(pregnancyId);
    if (!allocation)
        return std::nullopt;
    const storage::StaffRepository staff(m_database);
    const auto midwife = staff.staffById(allocation->midwifeId);
    const auto team = staff.teamById(allocation->teamId);
    return NamedCarers{allocation->midwifeId,  midwife ? midwife->name : QString(),
                       allocation->teamId,     team ? team->name : QString(),
                       allocation->recordedOn, team ? team->phone : QString()};
}

} // namespace bb::care
