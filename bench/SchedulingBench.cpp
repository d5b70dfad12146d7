// SPDX-License-Identifier: MIT
// bbclinic-schedule-bench: the scheduler on one team and on a whole trust (generated diaries),
// then the scheduling use cases on the demo database. Not a test: it prints time, peak memory
// and the continuity the schedule achieved, to compare with the targets.
#include "care/Bookings.h"
#include "care/Scheduling.h"
#include "demo/DemoData.h"
#include "demo/DemoTeams.h"
#include "demo/SchedulingScenario.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace bb;

namespace {

/// A /proc/self/status figure in MB (VmHWM: the peak resident set so far), 0 off Linux.
double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

void report(const char *what, double ms, double targetMs)
{
    std::printf("  %-44s %9.1f ms  (target < %.0f ms) %s   peak memory %.1f MB\n", what, ms,
                targetMs, ms < targetMs ? "ok" : "OVER", statusMb("VmHWM:"));
}

void runScenario(const char *what, int teams, int women, double targetMs)
{
    const scheduling::Scenario sc = scheduling::makeScenario(teams, women);
    QElapsedTimer timer;
    timer.start();
    const scheduling::ScheduleResult r = scheduling::scheduleContacts(
        sc.contacts, sc.sessions, sc.clinicians, sc.absences, sc.booked, sc.from, sc.weeks);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%s: %d teams, %lld clinicians, %d women, %lld contacts, %d weeks\n", what, teams,
                static_cast<long long>(sc.clinicians.size()), women,
                static_cast<long long>(sc.contacts.size()), sc.weeks);
    report("schedule", ms, targetMs);
    std::printf("  placed %lld, unplaced %lld, later %lld; with named midwife %.1f%%, within team "
                "%.1f%%\n\n",
                static_cast<long long>(r.placements.size()),
                static_cast<long long>(r.unplaced.size()),
                static_cast<long long>(r.notInPeriod.size()), r.percentWithNamedMidwife(),
                r.percentWithinTeam());
}

int runDemo()
{
    QTemporaryDir dir;
    const FixedClock clock(QDate::currentDate());
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("demo.sqlite")), &error);
    const Actor bench = Actor::named(QStringLiteral("bench"), UserRole::TeamLead);
    const auto stored =
        db ? care::Bookings(*db, clock).saveAll(demo::demoBookings(clock.today()), bench)
           : care::Outcome<QList<Booking>>::failure(error);
    if (!stored)
        error = stored.message();
    const QList<Booking> bookings = stored ? stored.value() : QList<Booking>{};
    if (!stored || !demo::storeDemoTeams(*db, clock, bookings, &error)) {
        std::fprintf(stderr, "demo database: %s\n", qPrintable(error));
        return 1;
    }
    const care::Scheduling scheduling(*db, clock);
    const QDate monday = clock.today().addDays(8 - clock.today().dayOfWeek());
    std::printf("Demo database (%lld women), runSchedule from %s:\n",
                static_cast<long long>(bookings.size()), qPrintable(monday.toString(Qt::ISODate)));
    QElapsedTimer timer;
    timer.start();
    const auto first = scheduling.runSchedule({monday, 12, {}}, bench);
    report("load, schedule and book 12 weeks", double(timer.nsecsElapsed()) / 1e6, 1000);
    if (!first) {
        std::fprintf(stderr, "runSchedule: %s\n", qPrintable(first.message()));
        return 1;
    }
    std::printf("  booked %d, unplaced %lld; with named midwife %.1f%%, within team %.1f%%\n",
                first->booked, static_cast<long long>(first->unplaced.size()),
                first->withNamedMidwifePercent, first->withTeamPercent);
    timer.restart();
    const auto again = scheduling.runSchedule({monday, 12, {}}, bench);
    report("rerun (nothing new to book)", double(timer.nsecsElapsed()) / 1e6, 1000);
    std::printf("  booked %d\n", again ? again->booked : -1);
    timer.restart();
    const scheduling::ContinuityReport continuity = scheduling.continuityReport(clock.today());
    report("continuity report", double(timer.nsecsElapsed()) / 1e6, 1000);
    std::printf("  %d women, %d placed, %d receiving, %d not yet measurable\n",
                continuity.overall.women, continuity.overall.placed, continuity.overall.receiving,
                continuity.overall.notYetMeasurable);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Smallest first: VmHWM only grows, so each figure is the peak up to that run.
    runScenario("One team", 1, 300, 1000);
    runScenario("Whole trust", 40, 11000, 30000);
    return runDemo();
}
