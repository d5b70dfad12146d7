// SPDX-License-Identifier: MIT
#pragma once

// The checks every schedule must pass, whatever the scenario. The generated scenarios
// themselves live in core (scheduling/SchedulingScenario.h) so the benchmark can use them.

#include "TestSupport.h"

#include "demo/SchedulingScenario.h"
#include "scheduling/Scheduler.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace bb::schedulingtest {

using namespace bb::scheduling;

inline int minuteOf(const QTime &t)
{
    return t.msecsSinceStartOfDay() / 60000;
}

/// Everything a schedule must be, checked one placement at a time and then across all of them.
inline void checkScheduleInvariants(const Scenario &sc, const ScheduleResult &r)
{
    QHash<qint64, const Clinician *> staff;
    for (const Clinician &c : sc.clinicians)
        staff.insert(c.id, &c);
    QHash<qint64, const Session *> sessions;
    QHash<qint64, QList<const Session *>> sessionsOf;
    for (const Session &s : sc.sessions) {
        sessions.insert(s.id, &s);
        sessionsOf[s.clinicianId] << &s;
    }
    QHash<qint64, QList<qint64>> teamMidwives;
    for (const Clinician &c : sc.clinicians)
        if (isMidwife(c.role))
            teamMidwives[c.teamId] << c.id;

    // Each contact ends up exactly once: placed, unplaced or for a later period.
    CHECK(r.placements.size() + r.unplaced.size() + r.notInPeriod.size() == sc.contacts.size());
    CHECK(r.contactsConsidered == r.placements.size() + r.unplaced.size());

    using Key = std::pair<qint64, qint64>; // (person, julian day)
    std::map<Key, std::vector<std::pair<int, int>>> clinicianDay, pregnancyDay;
    for (const Booked &b : sc.booked) {
        clinicianDay[{b.clinicianId, b.date.toJulianDay()}].push_back(
            {minuteOf(b.start), minuteOf(b.end)});
        pregnancyDay[{b.pregnancyId, b.date.toJulianDay()}].push_back(
            {minuteOf(b.start), minuteOf(b.end)});
    }
    for (const Placement &p : r.placements) {
        const ContactToPlace &c = p.contact;
        const Clinician *who = staff.value(p.clinicianId);
        const Session *s = sessions.value(p.sessionId);
        REQUIRE(who);
        REQUIRE(s);
        CHECK(isMidwife(who->role));
        CHECK(s->clinicianId == p.clinicianId);
        CHECK(s->weekday == p.date.dayOfWeek());
        CHECK(s->homeVisits == c.homeVisit);
        CHECK(p.start >= s->start);
        CHECK(p.end <= s->end);
        CHECK(minuteOf(p.end) - minuteOf(p.start) == s->slotMinutes);
        CHECK((minuteOf(p.start) - minuteOf(s->start)) % s->slotMinutes == 0);
        // Her window: the contact's week, after booking, inside the period.
        CHECK(p.date >= c.weekStart);
        CHECK(p.date <= c.weekStart.addDays(6));
        CHECK(p.date > c.bookingDate);
        CHECK(p.date >= sc.from);
        CHECK(p.date <= lastDay(sc));
        // The clinician is working and not away.
        CHECK(who->worksOn(p.date));
        for (const Absence &a : sc.absences)
            CHECK_FALSE((a.clinicianId == p.clinicianId && a.covers(p.date)));
        const Placement::Match expected = p.clinicianId == c.namedMidwifeId
                                              ? Placement::NamedMidwife
                                          : who->teamId == c.teamId ? Placement::Team
                                                                    : Placement::Other;
        CHECK(p.match == expected);
        clinicianDay[{p.clinicianId, p.date.toJulianDay()}].push_back(
            {minuteOf(p.start), minuteOf(p.end)});
        pregnancyDay[{c.pregnancyId, p.date.toJulianDay()}].push_back(
            {minuteOf(p.start), minuteOf(p.end)});
    }
    // Nobody, clinician or woman, is in two places at once.
    int overlaps = 0;
    for (auto *diary : {&clinicianDay, &pregnancyDay}) {
        for (auto &[key, spans] : *diary) {
            std::sort(spans.begin(), spans.end());
            for (std::size_t i = 1; i < spans.size(); ++i)
                if (spans[i].first < spans[i - 1].second) {
                    ++overlaps;
                    if (overlaps < 5)
                        UNSCOPED_INFO((diary == &clinicianDay ? "clinician " : "pregnancy ")
                                      << key.first << " on " << QDate::fromJulianDay(key.second)
                                      << ": " << spans[i - 1].first << "-" << spans[i - 1].second
                                      << " and " << spans[i].first << "-" << spans[i].second);
                }
        }
    }
    CHECK(overlaps == 0);

    // Named midwife first: whoever else she was given, her own midwife had no free slot of the
    // right kind anywhere in her window (slots only ever fill up, so "free now" means "was free").
    const auto freeSlotWith = [&](qint64 clinicianId, const Placement &p) {
        const Clinician *who = staff.value(clinicianId);
        if (!who)
            return false;
        const QDate first =
            std::max({p.contact.weekStart, sc.from, p.contact.bookingDate.addDays(1)});
        const QDate last = std::min(p.contact.weekStart.addDays(6), lastDay(sc));
        for (const Session *sp : sessionsOf.value(clinicianId)) {
            const Session &s = *sp;
            if (s.homeVisits != p.contact.homeVisit)
                continue;
            for (QDate d = first; d <= last; d = d.addDays(1)) {
                if (d.dayOfWeek() != s.weekday || !who->worksOn(d))
                    continue;
                if (std::any_of(sc.absences.cbegin(), sc.absences.cend(), [&](const Absence &a) {
                        return a.clinicianId == clinicianId && a.covers(d);
                    }))
                    continue;
                for (int m = minuteOf(s.start); m + s.slotMinutes <= minuteOf(s.end);
                     m += s.slotMinutes) {
                    const auto clash = [&](const std::vector<std::pair<int, int>> &spans) {
                        return std::any_of(spans.cbegin(), spans.cend(), [&](const auto &x) {
                            return x.first < m + s.slotMinutes && m < x.second;
                        });
                    };
                    const auto cd = clinicianDay.find({clinicianId, d.toJulianDay()});
                    const auto pd = pregnancyDay.find({p.contact.pregnancyId, d.toJulianDay()});
                    if ((cd == clinicianDay.end() || !clash(cd->second)) &&
                        (pd == pregnancyDay.end() || !clash(pd->second)))
                        return true;
                }
            }
        }
        return false;
    };
    int passedOver = 0;
    for (const Placement &p : r.placements) {
        if (p.match != Placement::NamedMidwife && p.contact.namedMidwifeId != 0)
            passedOver += freeSlotWith(p.contact.namedMidwifeId, p) ? 1 : 0;
        // And her team before anyone else.
        if (p.match == Placement::Other)
            for (qint64 mate : teamMidwives.value(p.contact.teamId))
                passedOver += freeSlotWith(mate, p) ? 1 : 0;
    }
    CHECK(passedOver == 0);
}

} // namespace bb::schedulingtest
