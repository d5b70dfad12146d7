// SPDX-License-Identifier: MIT
#include "demo/SchedulingScenario.h"

#include "clinical/AntenatalSchedule.h"

namespace bb::scheduling {

Session weekly(qint64 id, qint64 clinician, Qt::DayOfWeek day, QTime start, QTime end, int slot,
               bool home, const QString &venue)
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

Scenario makeScenario(int teams, int women, QDate from, int weeks)
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
            c.workingDays = c.fte < 1.0
                                ? QList<Qt::DayOfWeek>{Qt::Monday, Qt::Tuesday, Qt::Wednesday}
                                : QList<Qt::DayOfWeek>{Qt::Monday, Qt::Tuesday, Qt::Wednesday,
                                                       Qt::Thursday, Qt::Friday};
            sc.clinicians << c;
            // Clinics on three of her days (two when part time), home visits on another.
            const QList<Qt::DayOfWeek> &days = c.workingDays;
            const int n = static_cast<int>(days.size());
            for (int i = 0; i < (n == 5 ? 3 : 2); ++i)
                sc.sessions << weekly(sessionId++, c.id, days.at((k + 2 * i) % n), nine, halfTwelve,
                                      30, false);
            sc.sessions << weekly(sessionId++, c.id, days.at((k + 1) % n), halfOne, halfFour, 60,
                                  true);
            if (k == 2) // on a day she does not work: must never be used
                sc.sessions << weekly(sessionId++, c.id, Qt::Saturday, nine, halfTwelve, 30, false);
            if (k == 3) // overlaps her own clinic by half an hour
                sc.sessions << weekly(sessionId++, c.id, days.at(k % n), QTime(12, 0), QTime(13, 0),
                                      30, false, QStringLiteral("Children's centre"));
            if (k == 5) // two weeks' leave
                sc.absences << Absence{c.id, from.addDays(14), from.addDays(27)};
            if (k == 7) // a day's training
                sc.absences << Absence{c.id, from.addDays(2), from.addDays(2)};
            // Existing appointments, one of them off the slot grid.
            sc.booked << Booked{from, nine, QTime(9, 30), c.id, 9000000 + c.id}
                      << Booked{from.addDays(1), QTime(10, 15), QTime(10, 45), c.id,
                                9100000 + c.id};
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
        for (const PlannedContact &p : clinical::plannedContacts({edd, booking, nulliparous})) {
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

} // namespace bb::scheduling
