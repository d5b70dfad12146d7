// SPDX-License-Identifier: MIT
#pragma once

#include "scheduling/SchedulingTypes.h"

#include <QHash>

#include <optional>

namespace bb::scheduling {

/// The outward code of a postcode (`LE15 6AB` → `LE15`; `le156ab` → `LE15`; `LE15` → `LE15`),
/// upper case. Empty when the text is not a UK postcode or outward code.
QString outwardCode(const QString &postcode);

/// The team whose area covers the postcode. A team's areas may be sectors (`LE15 6`), districts
/// (`LE15`) or whole areas (`LE`); the most specific match wins, so LE15 is found before LE1 and
/// LE1 never claims LE15 (a district matches its own outward code only). Ties go to the lower
/// team id. Empty when no team covers it or the postcode cannot be read.
std::optional<TeamInfo> teamForPostcode(const QString &postcode, const QList<TeamInfo> &teams);

/// Months are keyed as year × 100 + month (`202611`), the same as monthKey().
int monthKey(const QDate &date);

/// clinician id → (monthKey → women on her caseload due that month).
using DueMonthCounts = QHash<qint64, QHash<int, int>>;

/// A midwife who could be named for a woman, with the figures behind her place in the list.
struct MidwifeCandidate
{
    qint64 clinicianId = 0;
    QString name;
    int capacity = 0;     ///< whole women: floor(FTE × the team's caseload target)
    int caseload = 0;     ///< active women she is named midwife for now
    int capacityLeft = 0; ///< capacity − caseload; negative when over
    int dueSameMonth = 0; ///< women on her caseload due the same month as this woman
    bool hasCapacity() const { return capacityLeft > 0; }
    bool operator==(const MidwifeCandidate &) const = default;
};

/// Every midwife (midwife or specialist midwife) of the team, best first, for a midwife to
/// confirm or pick another. Those with capacity left come first, ordered by the most capacity
/// left (FTE × caseload target − current caseload), then by the fewest women due in the same
/// month as `edd` (so births, and on-call demand, spread over the year), then by id. Those at or
/// over capacity follow in the same order, so an overfull team still shows its least full
/// midwife first. `caseloads` maps clinician id → active women; a missing id means none.
QList<MidwifeCandidate> suggestNamedMidwife(const TeamInfo &team,
                                            const QList<Clinician> &clinicians,
                                            const QHash<qint64, int> &caseloads,
                                            const DueMonthCounts &dueMonthCounts, const QDate &edd);

} // namespace bb::scheduling
