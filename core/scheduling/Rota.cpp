// SPDX-License-Identifier: MIT
#include "scheduling/Rota.h"

#include "clinical/Dating.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace bb::scheduling {

namespace {
const QTime kDayStart(8, 0);
const QTime kNightStart(20, 0);

struct OnCall
{
    const Clinician *who = nullptr;
    int shifts = 0;
    int days = 0;
    int nights = 0;
    qint64 lastEnd = -1; // minutes on the wall clock; -1 until her first shift
};

// Rest is counted on the wall clock, so a change of clocks never makes a rota look different.
qint64 wallMinutes(const QDate &date, const QTime &time)
{
    return date.toJulianDay() * 24 * 60 + time.msecsSinceStartOfDay() / 60000;
}
qint64 startMinutes(const RotaShift &s)
{
    return wallMinutes(s.date, s.kind == ShiftKind::Day ? kDayStart : kNightStart);
}
qint64 endMinutes(const RotaShift &s)
{
    return startMinutes(s) + 12 * 60;
}

bool awayOn(const std::vector<const Absence *> &away, const QDate &date)
{
    return std::any_of(away.cbegin(), away.cend(),
                       [&date](const Absence *a) { return a->covers(date); });
}
} // namespace

QDateTime RotaShift::start() const
{
    return QDateTime(date, kind == ShiftKind::Day ? kDayStart : kNightStart);
}

QDateTime RotaShift::end() const
{
    return kind == ShiftKind::Day ? QDateTime(date, kNightStart)
                                  : QDateTime(date.addDays(1), kDayStart);
}

bool RotaShift::hasGap() const
{
    return midwifeIds.size() < kMidwivesPerShift;
}

RotaResult buildHomeBirthRota(const QList<Clinician> &clinicians, const QList<Absence> &absences,
                              const QDate &start, int weeks)
{
    RotaResult result;
    std::vector<OnCall> team;
    for (const Clinician &c : clinicians)
        if (isMidwife(c.role) && c.fte > 0.0 && c.skills.contains(QLatin1String(kHomeBirthSkill)))
            team.push_back({&c});
    std::sort(team.begin(), team.end(),
              [](const OnCall &a, const OnCall &b) { return a.who->id < b.who->id; });
    std::unordered_map<qint64, std::vector<const Absence *>> away;
    for (const Absence &a : absences)
        away[a.clinicianId].push_back(&a);
    for (const OnCall &m : team)
        result.shiftsPerMidwife.insert(m.who->id, 0);

    for (int d = 0; d < 7 * std::max(weeks, 0); ++d) {
        const QDate date = start.addDays(d);
        for (const ShiftKind kind : {ShiftKind::Day, ShiftKind::Night}) {
            RotaShift shift{date, kind, {}};
            const qint64 from = startMinutes(shift);
            std::vector<OnCall *> eligible;
            for (OnCall &m : team) {
                const auto &hers = away[m.who->id];
                if (awayOn(hers, date) ||
                    (kind == ShiftKind::Night && awayOn(hers, date.addDays(1))))
                    continue;
                // Shifts are filled in time order, so her last shift is the one that matters.
                if (m.lastEnd >= 0 && from - m.lastEnd < kMinimumRestHours * 60)
                    continue;
                eligible.push_back(&m);
            }
            const auto load = [kind](const OnCall *m) {
                const int sameKind = kind == ShiftKind::Day ? m->days : m->nights;
                return std::make_tuple(m->shifts / m->who->fte, sameKind / m->who->fte, m->who->id);
            };
            std::sort(eligible.begin(), eligible.end(),
                      [&load](const OnCall *a, const OnCall *b) { return load(a) < load(b); });
            for (OnCall *m : eligible) {
                if (shift.midwifeIds.size() == kMidwivesPerShift)
                    break;
                shift.midwifeIds << m->who->id;
                ++m->shifts;
                ++(kind == ShiftKind::Day ? m->days : m->nights);
                m->lastEnd = endMinutes(shift);
                ++result.shiftsPerMidwife[m->who->id];
            }
            if (shift.hasGap())
                result.gaps << shift;
            result.shifts << shift;
        }
    }
    return result;
}

QList<HomeBirthWindow> homeBirthWindows(const QList<HomeBirthWoman> &women)
{
    QList<HomeBirthWindow> list;
    for (const HomeBirthWoman &w : women) {
        if (!w.edd.isValid())
            continue;
        list << HomeBirthWindow{
            w.nhsNumber, w.edd,
            clinical::dateAtGestation(w.edd, clinical::Gestation::fromWeeks(37)),
            clinical::dateAtGestation(w.edd, clinical::Gestation::fromWeeks(42)), w.name};
    }
    std::sort(list.begin(), list.end(), [](const HomeBirthWindow &a, const HomeBirthWindow &b) {
        return std::tie(a.from, a.nhsNumber) < std::tie(b.from, b.nhsNumber);
    });
    return list;
}

} // namespace bb::scheduling
