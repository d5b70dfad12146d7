// SPDX-License-Identifier: MIT
#pragma once

// A generated diary for the scheduler: teams of midwives with weekly clinics and home-visit
// sessions, absences, existing appointments and women at every stage of pregnancy, with their
// NICE NG201 contacts. Built by plain arithmetic, so it is the same on every run and platform.
// Also the checks every schedule must pass, whatever the scenario.

#include "TestSupport.h"

#include "clinical/AntenatalSchedule.h"
#include "scheduling/Scheduler.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace bb::schedulingtest {

using namespace bb::scheduling;

struct Scenario
{
    QList<Clinician> clinicians;
    QList<Session> sessions;
    QList<Absence> absences;
    QList<Booked> booked;
    QList<ContactToPlace> contacts;
    QDate from;
    int weeks = 12;
};

inline Session weekly(qint64 id, qint64 clinician, Qt::DayOfWeek day, QTime start, QTime end,
                      int slot, bool home, const QString &venue = QStringLiteral("Clinic"))
{
    Session s;
    s.id = id;
    s.venueId = home ? 0 : 1;
    s.venueName = venue;
    s.homeVisits = home;
    s.weekday = day;
    s.start = start;
    s.end = end;
    s.slotMinutes = slot;
    s.clinicianId = clinician;
    return s;
}

/// `teams` teams of eight midwives (ids team × 100 + 1..8, one obstetrician at team × 100 + 99)
/// and `women` pregnancies spread over them, scheduled from Monday `from` for `weeks` weeks.
inline Scenario makeScenario(int teams, int women, QDate from = QDate(2026, 11, 2), int weeks = 12)
{
    Scenario sc;
    sc.from = from;
    sc.weeks = weeks;
    qint64 sessionId = 1;
    const QTime nine(9, 0), halfTwelve(12, 30), halfOne(13, 30), halfFour(16, 30);
    for (int t = 1; t <= teams; ++t) {
        for (int k = 1; k <= 8; ++k) {
            Clinician c;
            c.id = t * 100 + k;
            c.name = QStringLiteral("Midwife %1").arg(c.id);
            c.teamId = t;
            c.fte = k % 4 == 0 ? 0.6 : 1.0;
            c.workingDays = c.fte < 1.0 ? QList<Qt::DayOfWeek>{Qt::Monday, Qt::Tuesday, Qt::Wednesday}
                                        : QList<Qt::DayOfWeek>{Qt::Monday, Qt::Tuesday, Qt::Wednesday,
                                                               Qt::Thursday, Qt::Friday};
            sc.clinicians << c;
            // Clinics on three of her days (two when part time), home visits on another.
            const QList<Qt::DayOfWeek> &days = c.workingDays;
            const int n = static_cast<int>(days.size());
            for (int i = 0; i < (n == 5 ? 3 : 2); ++i)
                sc.sessions << weekly(sessionId++, c.id, days.at((k + 2 * i) % n), nine, halfTwelve, 30, false);
            sc.sessions << weekly(sessionId++, c.id, days.at((k + 1) % n), halfOne, halfFour, 60, true);
            if (k == 2) // on a day she does not work: must never be used
                sc.sessions << weekly(sessionId++, c.id, Qt::Saturday, nine, halfTwelve, 30, false);
            if (k == 3) // overlaps her own clinic by half an hour
                sc.sessions << weekly(sessionId++, c.id, days.at(k % n), QTime(12, 0), QTime(13, 0), 30,
                                      false, QStringLiteral("Children's centre"));
            if (k == 5) // two weeks' leave
                sc.absences << Absence{c.id, from.addDays(14), from.addDays(27)};
            if (k == 7) // a day's training
                sc.absences << Absence{c.id, from.addDays(2), from.addDays(2)};
            // Existing appointments, one of them off the slot grid.
            sc.booked << Booked{from, nine, QTime(9, 30), c.id, 9000000 + c.id}
                      << Booked{from.addDays(1), QTime(10, 15), QTime(10, 45), c.id, 9100000 + c.id};
        }
        Clinician doctor;
        doctor.id = t * 100 + 99;
        doctor.role = Role::Obstetrician;
        doctor.teamId = t;
        sc.clinicians << doctor;
    }

    for (int i = 0; i < women; ++i) {
        const qint64 id = i + 1;
        const int t = i % teams + 1;
        const int j = i / teams; // her place in her team's list
        // 97 is prime to 260, so each team's due dates spread evenly over the 260 days.
        const QDate edd = from.addDays(-10 + (j * 97) % 260);
        const QDate booking = edd.addDays(-280 + 56 + j % 28);
        const bool nulliparous = (j / 8) % 2 == 0; // not tied to her midwife
        ContactToPlace base;
        base.pregnancyId = id;
        base.nhsNumber = QStringLiteral("%1").arg(id, 10, 10, QLatin1Char('0'));
        base.bookingDate = booking;
        base.teamId = t;
        base.namedMidwifeId = j % 50 == 7 ? 0 : t * 100 + j % 8 + 1;
        base.homeVisit = j % 10 == 3;
        for (const PlannedContact &p : clinical::plannedContacts(edd, booking, nulliparous)) {
            if (p.date.addDays(6) < from)
                continue; // already seen
            ContactToPlace c = base;
            c.week = p.week;
            c.weekStart = p.date;
            sc.contacts << c;
            // Her growth scan at the start of one week: she is busy then, whoever is free. A
            // sonographer of her own keeps the scenario's existing diary free of clashes.
            if (j % 25 == 0 && p.date >= from)
                sc.booked << Booked{p.date, nine, QTime(10, 0), 5000000 + id, id};
        }
    }
    return sc;
}

inline QDate lastDay(const Scenario &sc) { return sc.from.addDays(7 * sc.weeks - 1); }

inline int minuteOf(const QTime &t) { return t.msecsSinceStartOfDay() / 60000; }

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
        clinicianDay[{b.clinicianId, b.date.toJulianDay()}].push_back({minuteOf(b.start), minuteOf(b.end)});
        pregnancyDay[{b.pregnancyId, b.date.toJulianDay()}].push_back({minuteOf(b.start), minuteOf(b.end)});
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
        const Placement::Match expected = p.clinicianId == c.namedMidwifeId ? Placement::NamedMidwife
                                          : who->teamId == c.teamId         ? Placement::Team
                                                                            : Placement::Other;
        CHECK(p.match == expected);
        clinicianDay[{p.clinicianId, p.date.toJulianDay()}].push_back({minuteOf(p.start), minuteOf(p.end)});
        pregnancyDay[{c.pregnancyId, p.date.toJulianDay()}].push_back({minuteOf(p.start), minuteOf(p.end)});
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
        const QDate first = std::max({p.contact.weekStart, sc.from, p.contact.bookingDate.addDays(1)});
        const QDate last = std::min(p.contact.weekStart.addDays(6), lastDay(sc));
        for (const Session *sp : sessionsOf.value(clinicianId)) {
            const Session &s = *sp;
            if (s.homeVisits != p.contact.homeVisit)
                continue;
            for (QDate d = first; d <= last; d = d.addDays(1)) {
                if (d.dayOfWeek() != s.weekday || !who->worksOn(d))
                    continue;
                if (std::any_of(sc.absences.cbegin(), sc.absences.cend(),
                                [&](const Absence &a) { return a.clinicianId == clinicianId && a.covers(d); }))
                    continue;
                for (int m = minuteOf(s.start); m + s.slotMinutes <= minuteOf(s.end); m += s.slotMinutes) {
                    const auto clash = [&](const std::vector<std::pair<int, int>> &spans) {
                        return std::any_of(spans.cbegin(), spans.cend(), [&](const auto &x) {
                            return x.first < m + s.slotMinutes && m < x.second;
                        });
                    };
                    const auto cd = clinicianDay.find({clinicianId, d.toJulianDay()});
                    const auto pd = pregnancyDay.find({p.contact.pregnancyId, d.toJulianDay()});
                    if ((cd == clinicianDay.end() || !clash(cd->second))
                        && (pd == pregnancyDay.end() || !clash(pd->second)))
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
