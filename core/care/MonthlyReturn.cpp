// SPDX-License-Identifier: MIT
#include "care/MonthlyReturn.h"

#include "access/Permissions.h"
#include "care/Audited.h"
#include "care/Clinic.h"
#include "care/PregnancyRecords.h"
#include "storage/AppointmentRepository.h"
#include "storage/MonthlyReturnRepository.h"

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReturn)
};

/// Her plan as it stood at the end of `day`: the latest version saved by then.
std::optional<StoredCarePlan> planOn(const QList<StoredCarePlan> &versions, const QDate &day)
{
    std::optional<StoredCarePlan> found;
    for (const StoredCarePlan &version : versions) {
        if (version.savedAt.date() <= day && (!found || version.version > found->version))
            found = version;
    }
    return found;
}

/// Names her named midwife and team as `allocation` records them, or no one without it.
void nameCarers(const Clinic &clinic, PregnancyRecord &record,
                const std::optional<Allocation> &allocation)
{
    if (allocation && allocation->midwifeId == record.namedMidwifeId &&
        allocation->teamId == record.teamId && allocation->recordedOn == record.namedSince)
        return; // the record in force now was in force then
    record.namedMidwifeId = allocation ? allocation->midwifeId : 0;
    record.teamId = allocation ? allocation->teamId : 0;
    record.namedSince = allocation ? allocation->recordedOn : QDate();
    record.namedMidwife.clear();
    record.team.clear();
    if (!allocation)
        return;
    if (const auto midwife = clinic.staffing.staffById(allocation->midwifeId))
        record.namedMidwife = midwife->name;
    for (const Team &team : clinic.staffing.teams())
        if (team.id == allocation->teamId)
            record.team = team.name;
}

} // namespace

MonthlyReturns::MonthlyReturns(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<QList<qint64>> MonthlyReturns::activeBetween(const QDate &from, const QDate &to,
                                                     const Actor &viewer) const
{
    if (!from.isValid() || !to.isValid())
        return FieldErrors{{from.isValid() ? QStringLiteral("to") : QStringLiteral("from"),
                            Words::tr("is not a date")}};
    if (to < from)
        return FieldErrors{{QStringLiteral("to"), Words::tr("is before from")}};
    const AuditEntry entry{AuditEventKind::Export, 0,
                           QStringLiteral("MSDS return %1 to %2")
                               .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))};
    for (const access::Permission needed :
         {access::Permission::OpenRecord, access::Permission::SeeFigures}) {
        const QString why = access::refusal(viewer.role, needed);
        if (why.isEmpty())
            continue;
        AuditEntry refused = entry;
        refused.outcome = AuditOutcome::Refused;
        if (auto failure = auditAlone(m_database, m_clock, viewer, refused))
            return *failure;
        return FieldErrors{{QStringLiteral("viewer"), why}};
    }
    QString error;
    const QList<qint64> ids =
        storage::MonthlyReturnRepository(m_database).pregnanciesActiveBetween(from, to, &error);
    if (!error.isEmpty())
        return Failure{error};
    return ids;
}

std::optional<Allocation> MonthlyReturns::allocationOn(qint64 pregnancyId, const QDate &day) const
{
    std::optional<Allocation> inForce;
    // Oldest first, the one in force last: the last recorded by `day` was in force then.
    for (const Allocation &a :
         storage::AppointmentRepository(m_database).allocationHistory(pregnancyId))
        if (a.recordedOn <= day)
            inForce = a;
    return inForce;
}

Outcome<QList<interop::msds::ReturnPregnancy>>
monthlyReturn(const Clinic &clinic, const QDate &from, const QDate &to, const Actor &viewer)
{
    using Result = QList<interop::msds::ReturnPregnancy>;
    const auto ids = clinic.monthlyReturns.activeBetween(from, to, viewer);
    if (!ids)
        return ids.as<Result>();
    Result pregnancies;
    pregnancies.reserve(ids->size());
    for (const qint64 id : ids.value()) {
        auto record = pregnancyRecord(clinic, id, viewer);
        if (!record)
            return Failure{Words::tr("pregnancy %1: %2").arg(id).arg(record.message())};
        const auto versions = clinic.carePlans.versions(id);
        if (!versions)
            return versions.as<Result>();
        const auto discharge = clinic.discharges.dischargeOf(id);
        if (!discharge)
            return discharge.as<Result>();
        interop::msds::ReturnPregnancy p{std::move(record.value()), {}};
        p.record.plan = planOn(versions.value(), to);
        nameCarers(clinic, p.record, clinic.monthlyReturns.allocationOn(id, to));
        if (const auto &d = discharge.value(); d && d->discharge.date <= to)
            p.dischargedOn = d->discharge.date;
        pregnancies << std::move(p);
    }
    return pregnancies;
}

} // namespace bb::care
