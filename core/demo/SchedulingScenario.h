// SPDX-License-Identifier: MIT
#pragma once

#include "scheduling/SchedulingTypes.h"

namespace bb::scheduling {

/// A generated diary for the scheduler, for tests and the benchmark: teams of midwives with
/// weekly clinics and home-visit sessions, absences, existing appointments and women at every
/// stage of pregnancy, with their NICE NG201 contacts. Built by plain arithmetic, so it is the
/// same on every run and platform.
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

Session weekly(qint64 id, qint64 clinician, Qt::DayOfWeek day, QTime start, QTime end, int slot,
               bool home, const QString &venue = QStringLiteral("Clinic"));

/// `teams` teams of eight midwives (ids team × 100 + 1..8, one obstetrician at team × 100 + 99)
/// and `women` pregnancies spread over them, scheduled from Monday `from` for `weeks` weeks.
Scenario makeScenario(int teams, int women, QDate from = QDate(2026, 11, 2), int weeks = 12);

inline QDate lastDay(const Scenario &sc)
{
    return sc.from.addDays(7 * sc.weeks - 1);
}

} // namespace bb::scheduling
