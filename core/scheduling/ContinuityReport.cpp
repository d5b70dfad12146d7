// SPDX-License-Identifier: MIT
#include "scheduling/ContinuityReport.h"

#include "scheduling/SchedulingInputs.h"
#include "storage/AppointmentRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace bb::scheduling {
namespace {

void add(ContinuityFigures &f, const ContinuityOutcome &o)
{
    ++f.women;
    f.placed += o.placed ? 1 : 0;
    f.receiving += o.receiving ? 1 : 0;
    f.notYetMeasurable += o.status == ContinuityStatus::NotYetMeasurable ? 1 : 0;
}

} // namespace

ContinuityReport continuityReport(const storage::Database &database, const Clock &clock,
                                  const QDate &asOf)
{
    const storage::StaffRepository staff(database, clock);
    const storage::AppointmentRepository appointments(database, clock);
    const QList<TeamMembership> memberships = staff.memberships();
    const QHash<qint64, qint64> teamOfStaff = teamOf(memberships);
    QList<Clinician> clinicians;
    QHash<qint64, QString> staffNames;
    for (const Staff &s : staff.staff()) {
        clinicians << toClinician(s, teamOfStaff.value(s.id, 0));
        staffNames.insert(s.id, s.name);
    }
    QHash<qint64, QString> teamNames;
    for (const Team &t : staff.teams())
        teamNames.insert(t.id, t.name);
    QHash<qint64, QSet<qint64>> members;
    for (const TeamMembership &m : memberships)
        members[m.teamId].insert(m.staffId);
    // The measure asks whether a midwife is in *her* team; a midwife in two teams is seen as a
    // member of whichever one the woman belongs to.
    QHash<qint64, QList<Clinician>> asSeenByTeam;
    const auto cliniciansFor = [&](qint64 teamId) -> const QList<Clinician> & {
        auto found = asSeenByTeam.find(teamId);
        if (found == asSeenByTeam.end()) {
            QList<Clinician> list = clinicians;
            for (Clinician &c : list)
                if (members.value(teamId).contains(c.id))
                    c.teamId = teamId;
            found = asSeenByTeam.insert(teamId, list);
        }
        return *found;
    };

    QHash<qint64, Allocation> allocations;
    for (const Allocation &a : appointments.currentAllocations())
        allocations.insert(a.pregnancyId, a);

    ContinuityReport report;
    report.asOf = asOf;
    QMap<qint64, ContinuityFigures> byTeam;
    QMap<qint64, ContinuityFigures> byMidwife;
    for (const storage::WomanInCare &w : storage::WomanRepository(database, clock).inCare()) {
        ContinuityRecord record;
        record.pregnancyId = w.pregnancyId;
        record.edd = w.edd;
        if (const auto a = allocations.find(w.pregnancyId); a != allocations.end()) {
            record.namedMidwifeId = a->midwifeId;
            record.teamId = a->teamId;
            record.allocationDate = a->recordedOn;
        }
        for (const Appointment &a : appointments.forPregnancy(w.pregnancyId)) {
            if (a.status == AppointmentStatus::Attended && a.date <= asOf &&
                a.kind != AppointmentKind::PostnatalContact)
                record.contacts << AntenatalContact{a.date, a.clinicianId, true};
        }
        const QList<Clinician> &seen = cliniciansFor(record.teamId);

        WomanContinuity woman;
        woman.pregnancyId = w.pregnancyId;
        woman.nhsNumber = w.nhsNumber;
        woman.name = w.name;
        woman.edd = w.edd;
        woman.namedMidwifeId = record.namedMidwifeId;
        woman.namedMidwife = staffNames.value(record.namedMidwifeId);
        woman.teamId = record.teamId;
        woman.team = teamNames.value(record.teamId);
        woman.allocationDate = record.allocationDate;
        woman.outcome = measureContinuity(record, seen);
        woman.slipping = slippingContinuity(record, seen);
        report.women << woman;

        add(report.overall, woman.outcome);
        if (record.teamId != 0)
            add(byTeam[record.teamId], woman.outcome);
        if (record.namedMidwifeId != 0)
            add(byMidwife[record.namedMidwifeId], woman.outcome);
    }
    for (auto it = byTeam.cbegin(); it != byTeam.cend(); ++it)
        report.teams << ContinuityGroup{it.key(), teamNames.value(it.key()), it.value()};
    for (auto it = byMidwife.cbegin(); it != byMidwife.cend(); ++it)
        report.midwives << ContinuityGroup{it.key(), staffNames.value(it.key()), it.value()};
    return report;
}

} // namespace bb::scheduling
