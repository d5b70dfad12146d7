// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Team.h"
#include "scheduling/Continuity.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

namespace bb::scheduling {

/// One woman's continuity of carer, as the NHS England measure (clinical rules) counts it.
struct WomanContinuity
{
    qint64 pregnancyId = 0;
    QString nhsNumber;
    QString name;
    QDate edd;
    qint64 namedMidwifeId = 0; ///< 0 when no allocation is recorded
    QString namedMidwife;
    qint64 teamId = 0;    ///< 0 when no allocation is recorded
    QString team;         ///< empty when no allocation is recorded
    QDate allocationDate; ///< invalid when no allocation is recorded
    ContinuityOutcome outcome;
    bool slipping = false; ///< her last two midwife contacts were both outside her team
};

/// A team's or a midwife's figures.
struct ContinuityGroup
{
    qint64 id = 0;
    QString name;
    ContinuityFigures figures;
};

struct ContinuityReport
{
    QDate asOf;
    QList<WomanContinuity> women;    ///< every booked pregnancy, by NHS number
    QList<ContinuityGroup> teams;    ///< teams with at least one woman allocated, by team id
    QList<ContinuityGroup> midwives; ///< named midwives with at least one woman, by staff id
    ContinuityFigures overall;       ///< every woman, allocated or not
};

/// A woman with a booked pregnancy, as the report names her.
struct WomanToMeasure
{
    qint64 pregnancyId = 0;
    QString nhsNumber;
    QString name;
    QDate edd;
    /// Who attended her birth, once she has given birth; none before.
    std::optional<QList<qint64>> birthAttendants;
    /// The birth date once she has given birth: what follows it is not antenatal care.
    QDate birthDate;
};

/// Builds the report one woman at a time, so a trust's women need not all be held at once.
///
/// The measure for each woman: her current allocation (named midwife, team and the date
/// recorded; placed when that date is on or before 29+0 by her EDD) and her attended antenatal
/// appointments (any kind but postnatal) dated on or before `asOf`. Only contacts after the
/// allocation date with a midwife count; a midwife counts as her team's when she is a member of
/// that team (whatever other teams she is in). Intrapartum care counts once she has given birth:
/// by her named midwife or a midwife of her team among those who attended. A woman with no
/// allocation is listed, not placed and not receiving.
class ContinuityReportBuilder
{
public:
    ContinuityReportBuilder(const QDate &asOf, const QList<Staff> &staff, const QList<Team> &teams,
                            const QList<TeamMembership> &memberships);

    /// Adds her, with her allocation in force (none: not placed) and her appointments in this
    /// pregnancy. Women are listed in the order added.
    void add(const WomanToMeasure &woman, const std::optional<Allocation> &allocation,
             const QList<Appointment> &appointments);
    ContinuityReport report() const;

private:
    const QList<Clinician> &cliniciansSeenBy(qint64 teamId);

    ContinuityReport m_report;
    QList<Clinician> m_clinicians;
    QHash<qint64, QString> m_staffNames;
    QHash<qint64, QString> m_teamNames;
    QHash<qint64, QSet<qint64>> m_members;
    QHash<qint64, QList<Clinician>> m_seenByTeam;
    QMap<qint64, ContinuityFigures> m_byTeam;
    QMap<qint64, ContinuityFigures> m_byMidwife;
};

} // namespace bb::scheduling
