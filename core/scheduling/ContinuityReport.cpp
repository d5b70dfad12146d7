// SPDX-License-Identifier: MIT
#include "scheduling/ContinuityReport.h"

#include "scheduling/SchedulingInputs.h"

namespace bb::scheduling {
namespace {

void tally(ContinuityFigures &f, const ContinuityOutcome &o)
{
    ++f.women;
    f.placed += o.placed ? 1 : 0;
    f.receiving += o.receiving ? 1 : 0;
    f.notYetMeasurable += o.status == ContinuityStatus::NotYetMeasurable ? 1 : 0;
}

} // namespace

ContinuityReportBuilder::ContinuityReportBuilder(const QDate &asOf, const QList<Staff> &staff,
                                                 const QList<Team> &teams,
                                                 const QList<TeamMembership> &memberships)
{
    m_report.asOf = asOf;
    const QHash<qint64, qint64> teamOfStaff = teamOf(memberships);
    for (const Staff &s : staff) {
        m_clinicians << toClinician(s, teamOfStaff.value(s.id, 0));
        m_staffNames.insert(s.id, s.name);
    }
    for (const Team &t : teams)
        m_teamNames.insert(t.id, t.name);
    for (const TeamMembership &m : memberships)
        m_members[m.teamId].insert(m.staffId);
}

const QList<Clinician> &ContinuityReportBuilder::cliniciansSeenBy(qint64 teamId)
{
    // The measure asks whether a midwife is in *her* team; a midwife in two teams is seen as a
    // member of whichever one the woman belongs to.
    auto found = m_seenByTeam.find(teamId);
    if (found == m_seenByTeam.end()) {
        QList<Clinician> list = m_clinicians;
        for (Clinician &c : list)
            if (m_members.value(teamId).contains(c.id))
                c.teamId = teamId;
        found = m_seenByTeam.insert(teamId, list);
    }
    return *found;
}

void ContinuityReportBuilder::add(const WomanToMeasure &w,
                                  const std::optional<Allocation> &allocation,
                                  const QList<Appointment> &appointments)
{
    ContinuityRecord record;
    record.pregnancyId = w.pregnancyId;
    record.edd = w.edd;
    record.intrapartumClinicianIds = w.birthAttendants;
    if (allocation) {
        record.namedMidwifeId = allocation->midwifeId;
        record.teamId = allocation->teamId;
        record.allocationDate = allocation->recordedOn;
    }
    for (const Appointment &a : appointments) {
        if (a.status == AppointmentStatus::Attended && a.date <= m_report.asOf &&
            a.kind != AppointmentKind::PostnatalContact &&
            (!w.birthDate.isValid() || a.date < w.birthDate))
            record.contacts << AntenatalContact{a.date, a.clinicianId, true};
    }
    const QList<Clinician> &seen = cliniciansSeenBy(record.teamId);

    WomanContinuity woman;
    woman.pregnancyId = w.pregnancyId;
    woman.nhsNumber = w.nhsNumber;
    woman.name = w.name;
    woman.edd = w.edd;
    woman.namedMidwifeId = record.namedMidwifeId;
    woman.namedMidwife = m_staffNames.value(record.namedMidwifeId);
    woman.teamId = record.teamId;
    woman.team = m_teamNames.value(record.teamId);
    woman.allocationDate = record.allocationDate;
    woman.outcome = measureContinuity(record, seen);
    woman.slipping = slippingContinuity(record, seen);
    m_report.women << woman;

    tally(m_report.overall, woman.outcome);
    if (record.teamId != 0)
        tally(m_byTeam[record.teamId], woman.outcome);
    if (record.namedMidwifeId != 0)
        tally(m_byMidwife[record.namedMidwifeId], woman.outcome);
}

ContinuityReport ContinuityReportBuilder::report() const
{
    ContinuityReport report = m_report;
    for (auto it = m_byTeam.cbegin(); it != m_byTeam.cend(); ++it)
        report.teams << ContinuityGroup{it.key(), m_teamNames.value(it.key()), it.value()};
    for (auto it = m_byMidwife.cbegin(); it != m_byMidwife.cend(); ++it)
        report.midwives << ContinuityGroup{it.key(), m_staffNames.value(it.key()), it.value()};
    return report;
}

} // namespace bb::scheduling
