// SPDX-License-Identifier: MIT
#include "WorklistBench.h"

#include "Stopwatch.h"

#include "ClinicContext.h"
#include "care/Clinic.h"
#include "demo/DemoHistory.h"
#include "domain/Referral.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "teams/ReferralQueueView.h"
#include "teams/WorklistView.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTableWidget>
#include <QTreeWidget>

#include <cstdio>

namespace bb::bench {
namespace {

constexpr int kDaysBefore = 20; // the days listed: three weeks back to a week ahead
constexpr int kDays = 28;
constexpr int kQueueRuns = 5;
constexpr int kResultEvery = 40;   // one woman in 40 has a result to act on
constexpr int kWorkPresent = 1000; // appointments around today: the work was added before
constexpr int kPage = 500;
constexpr int kShownDays = 4; // the tab opened on today and the three days before

/// Every woman on a named midwife's caseload, as the caseload pages list them.
QList<WomanInCare> womenInCare(const care::Clinic &clinic)
{
    QList<WomanInCare> women;
    const auto counts = clinic.scheduling.caseloadCounts();
    if (!counts)
        return women;
    for (const CaseloadCount &c : counts.value()) {
        if (c.midwifeId == 0)
            continue;
        for (int offset = 0; offset < c.women; offset += kPage) {
            const auto page = clinic.scheduling.caseload(c.teamId, c.midwifeId, offset, kPage);
            if (!page || page->isEmpty())
                break;
            for (const CaseloadWoman &w : page.value())
                women << w.woman;
        }
    }
    return women;
}

Birth birthOf(const WomanInCare &her, const QDate &day, qint64 attendant)
{
    Birth birth;
    birth.pregnancyId = her.pregnancyId;
    birth.date = day;
    birth.time = QTime(4, 30);
    birth.plannedSetting = BirthSetting::AlongsideMidwiferyUnit;
    birth.setting = BirthSetting::AlongsideMidwiferyUnit;
    birth.bloodLossMl = 300;
    birth.perineum = Perineum::Intact;
    birth.attendants = {attendant};
    Baby baby;
    baby.weightGrams = 3000 + int(her.pregnancyId % 900);
    baby.apgar1 = 9;
    baby.apgar5 = 10;
    birth.babies = {baby};
    return birth;
}

/// The work a midwife's day lists, added once to a generated trust in one transaction: the
/// scheduler books every woman's planned contacts from ten weeks back (those past attended, one
/// in ten not: demo::storeDemoHistory), one woman in 40 has a result to act on, and the women
/// due in the last weeks have given birth, their babies waiting for the blood spot sample.
bool addDayWork(const storage::Database &database, const Clock &clock, QString *error)
{
    const care::Clinic clinic(database, clock);
    const QDate today = clock.today();
    if (clinic.scheduling.appointmentsBetween(today.addDays(-90), today.addDays(30)).size() >=
        kWorkPresent)
        return true;
    std::printf("  (adding a trust's day work to this database, once: contacts, results and "
                "births)\n");
    QElapsedTimer timer;
    timer.start();
    const Actor bench = Actor::named(QStringLiteral("bench"), UserRole::TeamLead);
    storage::Transaction batch(database.connection());
    if (!batch.isActive()) {
        *error = batch.error();
        return false;
    }
    if (!demo::storeDemoHistory(database, clock, error))
        return false;
    const QList<WomanInCare> women = womenInCare(clinic);
    const QList<Staff> staff = clinic.staffing.staff();
    if (staff.isEmpty()) {
        *error = QStringLiteral("no staff to attend the births");
        return false;
    }
    int results = 0;
    int births = 0;
    for (const WomanInCare &her : women) {
        if (her.pregnancyId % kResultEvery == 0) {
            TestResult hb;
            hb.pregnancyId = her.pregnancyId;
            hb.kind = QStringLiteral("fbc");
            hb.date = std::max(her.bookingDate, today.addDays(-(her.pregnancyId % 20)));
            hb.value = QStringLiteral("Hb 97 g/L");
            hb.needsAction = true;
            results += clinic.results.record(hb, bench) ? 1 : 0;
        }
        // Born in the last twelve days, at 37+0 or later.
        const QDate born = today.addDays(-1 - her.pregnancyId % 12);
        if (her.edd.isValid() && born >= her.edd.addDays(-21) && born <= her.edd.addDays(7))
            births += clinic.births.record(
                          birthOf(her, born, staff[her.pregnancyId % staff.size()].id), bench)
                          ? 1
                          : 0;
    }
    if (!batch.commit()) {
        *error = batch.error();
        return false;
    }
    std::printf(
        "  (added in %.1f s: %lld appointments around today, %d results, %d births)\n",
        double(timer.elapsed()) / 1000,
        static_cast<long long>(
            clinic.scheduling.appointmentsBetween(today.addDays(-90), today.addDays(30)).size()),
        results, births);
    return true;
}

qsizetype itemsOf(const Worklist &w)
{
    return w.due.size() + w.overdue.size() + w.results.size() + w.referrals.size() +
           w.near41Weeks.size() + w.homeBirthsNear.size() + w.bloodSpotsDue.size();
}

} // namespace

void benchWorklists(const storage::Database &database, const Clock &clock)
{
    std::printf("\nA midwife's day (My day) and the referral queues:\n");
    QString error;
    if (!addDayWork(database, clock, &error)) {
        std::printf("  (the day's work could not be added: %s)\n", qPrintable(error));
        return;
    }
    const care::Clinic clinic(database, clock);
    QList<Staff> midwives = clinic.staffing.staff();
    midwives.removeIf([](const Staff &s) { return !s.isMidwife(); });
    const QDate first = clock.today().addDays(-kDaysBefore);
    Samples days;
    qsizetype items = 0;
    qsizetype most = 0;
    int refused = 0;
    for (const Staff &midwife : midwives) {
        for (int d = 0; d < kDays; ++d) {
            care::Outcome<Worklist> list = care::Outcome<Worklist>::failure({});
            days.time([&] { list = clinic.worklists.forClinician(midwife.id, first.addDays(d)); });
            if (!list) {
                ++refused;
                continue;
            }
            items += itemsOf(list.value());
            most = std::max(most, itemsOf(list.value()));
        }
    }
    days.printWithMax("a midwife's day (Worklists::forClinician)", 100);
    std::printf("  (%lld midwives x %d days; %.1f items a day on average, %lld at most%s)\n",
                static_cast<long long>(midwives.size()), kDays,
                days.size() > 0 ? double(items) / double(days.size() - refused) : 0.0,
                static_cast<long long>(most),
                refused > 0 ? qPrintable(QStringLiteral("; %1 refused").arg(refused)) : "");

    Samples queues;
    qsizetype listed = 0;
    // Looking at a queue is recorded in the audit trail, as the team lead's would be.
    const Actor lead = Actor::named(QStringLiteral("bench"), UserRole::TeamLead);
    QStringList teams = codes::referralTeamCodes();
    teams.prepend(QString()); // every team's
    for (int run = 0; run < kQueueRuns; ++run) {
        for (const QString &team : std::as_const(teams)) {
            queues.time([&] {
                const auto queue = clinic.referrals.queue(team, lead);
                if (queue && run == 0)
                    listed += queue->size();
            });
        }
    }
    queues.printWithMax("a team's referral queue (Referrals::queue)", 100);
    std::printf("  (%lld queues, every team's among them; %lld referrals listed in all)\n",
                static_cast<long long>(teams.size()), static_cast<long long>(listed));

    // The two tabs as a midwife opens them, shown offscreen, until their rows are on screen.
    ui::ClinicContext context(clinic);
    Samples shownDays;
    {
        ui::WorklistView view(context);
        view.resize(1300, 700);
        view.show();
        for (const Staff &midwife : std::as_const(midwives)) {
            for (int d = 0; d < kShownDays; ++d) {
                shownDays.time([&] {
                    view.showDay(midwife.id, clock.today().addDays(-d));
                    QCoreApplication::processEvents();
                });
            }
        }
    }
    shownDays.printWithMax("show a midwife's day (My day tab)", 100);
    Samples shownQueues;
    {
        ui::ReferralQueueView view(context);
        view.resize(1300, 700);
        view.show();
        for (int run = 0; run < kQueueRuns; ++run) {
            for (const QString &team : std::as_const(teams)) {
                shownQueues.time([&] {
                    view.showTeam(team);
                    QCoreApplication::processEvents();
                });
            }
        }
    }
    shownQueues.printWithMax("show a referral queue (Referrals tab, 500 rows at most)", 0);
}

} // namespace bb::bench
