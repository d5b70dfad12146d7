// SPDX-License-Identifier: MIT
#pragma once

#include "scheduling/SchedulingTypes.h"

#include <QMap>

#include <optional>

namespace bb::scheduling {

/// One antenatal contact in her record, as the continuity measure sees it.
struct AntenatalContact
{
    QDate date;
    qint64 clinicianId = 0;
    bool attended = true; ///< did-not-attend and cancelled contacts count neither way
    bool operator==(const AntenatalContact &) const = default;
};

/// What the NHS England continuity measure needs to know about one pregnancy.
struct ContinuityRecord
{
    qint64 pregnancyId = 0;
    QDate edd;
    QDate allocationDate;      ///< when the care plan recorded her named midwife and team
    qint64 namedMidwifeId = 0; ///< 0 when none recorded
    qint64 teamId = 0;         ///< 0 when none recorded
    QList<AntenatalContact> contacts;
    /// Who attended her birth; empty (none) while she has not given birth.
    std::optional<QList<qint64>> intrapartumClinicianIds;
    bool operator==(const ContinuityRecord &) const = default;
};

enum class ContinuityStatus
{
    NotPlaced,        ///< no named midwife and team recorded by 29+0
    NotYetMeasurable, ///< placed, but no counted contact after allocation yet
    Receiving,
    NotReceiving
};

struct ContinuityOutcome
{
    qint64 pregnancyId = 0;
    bool placed = false;
    bool receiving = false;
    ContinuityStatus status = ContinuityStatus::NotPlaced;
    int attendedContacts = 0;        ///< counted: attended, with a midwife, after allocation
    int withNamedMidwife = 0;        ///< of those, with her named midwife
    int withTeam = 0;                ///< of those, with her named midwife or a member of her team
    int distinctClinicians = 0;      ///< everyone she saw at attended antenatal contacts, any role
    bool intrapartumWithTeam = true; ///< true until she has given birth
    bool operator==(const ContinuityOutcome &) const = default;
};

/// The last day she can be placed: 29+0 weeks (EDD − 280 + 203 days).
QDate placementDeadline(const QDate &edd);

/// The NHS England continuity-of-carer measure (MSDS) for one woman, exactly as the rules page
/// defines it:
/// - placed: a named midwife and a team are recorded, on or before 29+0 weeks;
/// - counted contacts: attended, dated strictly after the allocation date (a contact on the day
///   of allocation is usually the one at which it was made, so it is not "after"), and with a
///   midwife (role midwife or specialist midwife); contacts with doctors, health visitors,
///   support workers or anyone not in `clinicians` count neither way;
/// - receiving: placed, at least one counted contact, at least 70% of them (70% exactly
///   included) with the named midwife or a member of her team (by the clinician's teamId), and
///   intrapartum care by the named midwife or a midwife of that team (one of the midwives who
///   attended her birth), or no birth yet.
/// With no counted contact yet the 70% cannot be worked out: she is NotYetMeasurable and not
/// receiving. The rules page asks whether 70% of contacts "were with" her team, which none
/// have been; counting her as receiving would credit care that has not happened, and the
/// summary keeps these women visible in their own column.
ContinuityOutcome measureContinuity(const ContinuityRecord &record,
                                    const QList<Clinician> &clinicians);

struct ContinuityFigures
{
    int women = 0; ///< caseload: women with this team or named midwife recorded
    int placed = 0;
    int receiving = 0;
    int notYetMeasurable = 0;
    bool operator==(const ContinuityFigures &) const = default;
};

struct ContinuitySummary
{
    QList<ContinuityOutcome> women; ///< in the order given
    ContinuityFigures overall;      ///< every woman given, with or without a team
    QMap<qint64, ContinuityFigures> byTeam;
    QMap<qint64, ContinuityFigures> byMidwife;
};

ContinuitySummary summariseContinuity(const QList<ContinuityRecord> &records,
                                      const QList<Clinician> &clinicians);

/// True when her last two attended contacts with a midwife were both with midwives outside her
/// team (strangers): continuity is slipping and her team should look at her next appointments.
/// Contacts with doctors and others are skipped, as in the measure. Needs a team recorded.
bool slippingContinuity(const ContinuityRecord &history, const QList<Clinician> &clinicians);

} // namespace bb::scheduling
