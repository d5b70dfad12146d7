// SPDX-License-Identifier: MIT
#include "scheduling/Continuity.h"

#include "clinical/Dating.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bb::scheduling {

namespace {

using Directory = QHash<qint64, const Clinician *>;

Directory directoryOf(const QList<Clinician> &clinicians)
{
    Directory d;
    for (const Clinician &c : clinicians)
        d.insert(c.id, &c);
    return d;
}

const Clinician *midwife(const Directory &d, qint64 id)
{
    const Clinician *c = d.value(id, nullptr);
    return c && isMidwife(c->role) ? c : nullptr;
}

bool withTeam(const Clinician &c, const ContinuityRecord &r)
{
    return (r.namedMidwifeId != 0 && c.id == r.namedMidwifeId) ||
           (r.teamId != 0 && c.teamId == r.teamId);
}

ContinuityOutcome measure(const ContinuityRecord &r, const Directory &d)
{
    ContinuityOutcome o;
    o.pregnancyId = r.pregnancyId;
    o.placed = r.namedMidwifeId != 0 && r.teamId != 0 && r.allocationDate.isValid() &&
               r.edd.isValid() && r.allocationDate <= placementDeadline(r.edd);

    QSet<qint64> seen;
    for (const AntenatalContact &c : r.contacts) {
        if (!c.attended)
            continue;
        seen.insert(c.clinicianId);
        if (!r.allocationDate.isValid() || c.date <= r.allocationDate)
            continue;
        const Clinician *m = midwife(d, c.clinicianId);
        if (!m)
            continue;
        ++o.attendedContacts;
        o.withNamedMidwife += m->id == r.namedMidwifeId ? 1 : 0;
        o.withTeam += withTeam(*m, r) ? 1 : 0;
    }
    o.distinctClinicians = static_cast<int>(seen.size());

    if (r.intrapartumClinicianIds) {
        o.intrapartumWithTeam = false;
        for (const qint64 id : *r.intrapartumClinicianIds) {
            const Clinician *m = midwife(d, id);
            o.intrapartumWithTeam = o.intrapartumWithTeam || (m && withTeam(*m, r));
        }
    }

    if (!o.placed)
        o.status = ContinuityStatus::NotPlaced;
    else if (o.attendedContacts == 0)
        o.status = ContinuityStatus::NotYetMeasurable;
    // Whole numbers, so exactly 70% (7 of 10) is not lost to rounding.
    else if (o.withTeam * 10 >= o.attendedContacts * 7 && o.intrapartumWithTeam)
        o.status = ContinuityStatus::Receiving;
    else
        o.status = ContinuityStatus::NotReceiving;
    o.receiving = o.status == ContinuityStatus::Receiving;
    return o;
}

void add(ContinuityFigures &f, const ContinuityOutcome &o)
{
    ++f.women;
    f.placed += o.placed ? 1 : 0;
    f.receiving += o.receiving ? 1 : 0;
    f.notYetMeasurable += o.status == ContinuityStatus::NotYetMeasurable ? 1 : 0;
}

} // namespace

QDate placementDeadline(const QDate &edd)
{
    return clinical::dateAtGestation(edd, clinical::Gestation::fromWeeks(29));
}

ContinuityOutcome measureContinuity(const ContinuityRecord &record,
                                    const QList<Clinician> &clinicians)
{
    return measure(record, directoryOf(clinicians));
}

ContinuitySummary summariseContinuity(const QList<ContinuityRecord> &records,
                                      const QList<Clinician> &clinicians)
{
    const Directory d = directoryOf(clinicians);
    ContinuitySummary s;
    for (const ContinuityRecord &r : records) {
        const ContinuityOutcome o = measure(r, d);
        s.women << o;
        add(s.overall, o);
        if (r.teamId != 0)
            add(s.byTeam[r.teamId], o);
        if (r.namedMidwifeId != 0)
            add(s.byMidwife[r.namedMidwifeId], o);
    }
    return s;
}

bool slippingContinuity(const ContinuityRecord &history, const QList<Clinician> &clinicians)
{
    if (history.teamId == 0 && history.namedMidwifeId == 0)
        return false;
    const Directory d = directoryOf(clinicians);
    QList<AntenatalContact> seen;
    for (const AntenatalContact &c : history.contacts)
        if (c.attended && midwife(d, c.clinicianId))
            seen << c;
    if (seen.size() < 2)
        return false;
    // Stable, so two contacts on one day keep the order they were recorded in.
    std::stable_sort(
        seen.begin(), seen.end(),
        [](const AntenatalContact &a, const AntenatalContact &b) { return a.date < b.date; });
    const auto stranger = [&](const AntenatalContact &c) {
        return !withTeam(*midwife(d, c.clinicianId), history);
    };
    return stranger(seen.at(seen.size() - 1)) && stranger(seen.at(seen.size() - 2));
}

} // namespace bb::scheduling
