// SPDX-License-Identifier: MIT
#include "scheduling/Scheduler.h"

#include "scheduling/SlotBook.h"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

namespace bb::scheduling {

namespace {

using detail::SlotBook;

struct Job
{
    int index = 0; // position in the caller's list, for stable output
    ContactToPlace contact;
    QDate from;
    QDate to;
};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// Each tier for every job before the next tier, earliest-ending window first: a woman falls
/// back to her team only once every woman has had her own midwife's free slots offered.
std::vector<std::optional<Placement>> placeInTiers(SlotBook &book, const std::vector<Job> &jobs)
{
    std::vector<std::size_t> order(jobs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&jobs](std::size_t a, std::size_t b) {
        const Job &x = jobs[a];
        const Job &y = jobs[b];
        return std::make_tuple(x.to.toJulianDay(), x.from.toJulianDay(), x.contact.pregnancyId,
                               x.contact.week, x.index) <
               std::make_tuple(y.to.toJulianDay(), y.from.toJulianDay(), y.contact.pregnancyId,
                               y.contact.week, y.index);
    });
    std::vector<std::optional<Placement>> placed(jobs.size());
    for (const SlotBook::Tier tier :
         {SlotBook::Tier::NamedMidwife, SlotBook::Tier::Team, SlotBook::Tier::Other}) {
        for (std::size_t i : order)
            if (!placed[i])
                placed[i] = book.place(jobs[i].contact, jobs[i].from, jobs[i].to, tier);
    }
    return placed;
}

Unplaced noFreeSlot(const Job &job)
{
    return {
        job.contact, UnplacedReason::NoFreeSlot,
        QStringLiteral("no free %1 slot with any midwife from %2 to %3")
            .arg(job.contact.homeVisit ? QStringLiteral("home-visit") : QStringLiteral("clinic"),
                 isoDate(job.from), isoDate(job.to))};
}

void sortPlacements(QList<Placement> &list)
{
    std::sort(list.begin(), list.end(), [](const Placement &a, const Placement &b) {
        return std::make_tuple(a.date, a.start, a.clinicianId, a.contact.pregnancyId) <
               std::make_tuple(b.date, b.start, b.clinicianId, b.contact.pregnancyId);
    });
}

double percent(int part, int whole)
{
    return whole == 0 ? 0.0 : 100.0 * part / whole;
}

} // namespace

double ScheduleResult::percentWithNamedMidwife() const
{
    return percent(withNamedMidwife, contactsConsidered);
}
double ScheduleResult::percentWithinTeam() const
{
    return percent(withinTeam, contactsConsidered);
}

ScheduleResult scheduleContacts(const QList<ContactToPlace> &contacts,
                                const QList<Session> &sessions, const QList<Clinician> &clinicians,
                                const QList<Absence> &absences, const QList<Booked> &alreadyBooked,
                                const QDate &from, int weeks)
{
    ScheduleResult result;
    const QDate last = from.addDays(7 * std::max(weeks, 0) - 1);
    std::vector<Job> jobs;
    std::vector<std::pair<int, Unplaced>> unplaced;
    std::vector<std::pair<int, ContactToPlace>> later;
    for (int i = 0; i < contacts.size(); ++i) {
        const ContactToPlace &c = contacts.at(i);
        const QDate weekEnd = c.weekStart.addDays(6);
        if (!c.weekStart.isValid()) {
            unplaced.push_back(
                {i, {c, UnplacedReason::NoDate, QStringLiteral("the contact has no date")}});
        } else if (c.weekStart > last) {
            later.push_back({i, c});
        } else if (weekEnd < from) {
            unplaced.push_back({i,
                                {c, UnplacedReason::WindowPassed,
                                 QStringLiteral("its week (%1 to %2) ended before %3")
                                     .arg(isoDate(c.weekStart), isoDate(weekEnd), isoDate(from))}});
        } else if (c.bookingDate.isValid() && c.bookingDate >= weekEnd) {
            unplaced.push_back(
                {i,
                 {c, UnplacedReason::BookedTooLate,
                  QStringLiteral("its week (%1 to %2) ended by the booking date %3")
                      .arg(isoDate(c.weekStart), isoDate(weekEnd), isoDate(c.bookingDate))}});
        } else {
            QDate start = std::max(c.weekStart, from);
            if (c.bookingDate.isValid())
                start = std::max(start, c.bookingDate.addDays(1));
            jobs.push_back({i, c, start, std::min(weekEnd, last)});
        }
    }

    SlotBook book(sessions, clinicians, absences, alreadyBooked, from, last);
    const auto placed = placeInTiers(book, jobs);
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        if (placed[j])
            result.placements << *placed[j];
        else if (jobs[j].contact.weekStart.addDays(6) > last)
            // Her week runs on past the period: the next run can still find her a slot there.
            later.push_back({jobs[j].index, jobs[j].contact});
        else
            unplaced.push_back({jobs[j].index, noFreeSlot(jobs[j])});
    }
    sortPlacements(result.placements);
    std::stable_sort(unplaced.begin(), unplaced.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &u : unplaced)
        result.unplaced << u.second;
    std::stable_sort(later.begin(), later.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &c : later)
        result.notInPeriod << c.second;

    for (const Placement &p : std::as_const(result.placements)) {
        result.withNamedMidwife += p.match == Placement::NamedMidwife ? 1 : 0;
        result.withinTeam += p.match != Placement::Other ? 1 : 0;
    }
    result.contactsConsidered = static_cast<int>(result.placements.size() + result.unplaced.size());
    return result;
}

RebookResult rebookForAbsence(const Absence &absence, const QList<Placement> &appointments,
                              const QList<Session> &sessions, const QList<Clinician> &clinicians,
                              const QList<Absence> &absences, const QList<Booked> &booked,
                              const QDate &today)
{
    RebookResult result;
    QList<Placement> affected;
    for (const Placement &p : appointments)
        if (p.clinicianId == absence.clinicianId && absence.covers(p.date))
            affected << p;
    std::sort(affected.begin(), affected.end(), [](const Placement &a, const Placement &b) {
        return std::make_tuple(a.date, a.start, a.contact.pregnancyId) <
               std::make_tuple(b.date, b.start, b.contact.pregnancyId);
    });

    // The moved appointments' old times must not block the woman from a new time nearby.
    std::set<std::tuple<qint64, int, qint64, qint64>> moving;
    for (const Placement &p : std::as_const(affected))
        moving.insert({p.date.toJulianDay(), p.start.msecsSinceStartOfDay(), p.clinicianId,
                       p.contact.pregnancyId});
    QList<Booked> diary;
    for (const Booked &b : booked)
        if (!moving.count({b.date.toJulianDay(), b.start.msecsSinceStartOfDay(), b.clinicianId,
                           b.pregnancyId}))
            diary << b;
    QList<Absence> away = absences;
    away << absence;

    std::vector<Job> jobs;
    std::vector<int> affectedIndex;
    QDate first;
    QDate last;
    for (int i = 0; i < affected.size(); ++i) {
        const ContactToPlace &c = affected.at(i).contact;
        // Without its week on record the appointment's own date stands in for it.
        const QDate weekStart = c.weekStart.isValid() ? c.weekStart : affected.at(i).date;
        QDate start = std::max(weekStart, today);
        if (c.bookingDate.isValid())
            start = std::max(start, c.bookingDate.addDays(1));
        const QDate end = weekStart.addDays(6);
        if (start > end) {
            result.toActOn << Unplaced{c, UnplacedReason::WindowPassed,
                                       QStringLiteral("no day of its week (%1 to %2) is left to "
                                                      "rebook in; arrange a new time with her")
                                           .arg(isoDate(weekStart), isoDate(end))};
            continue;
        }
        jobs.push_back({i, c, start, end});
        first = first.isValid() ? std::min(first, start) : start;
        last = last.isValid() ? std::max(last, end) : end;
    }
    if (jobs.empty())
        return result;

    SlotBook book(sessions, clinicians, away, diary, first, last);
    const auto placed = placeInTiers(book, jobs);
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        if (!placed[j]) {
            Unplaced u = noFreeSlot(jobs[j]);
            u.reason += QStringLiteral("; arrange a new time with her");
            result.toActOn << u;
            continue;
        }
        result.rebooked << Rebooking{affected.at(jobs[j].index), *placed[j]};
        result.withNamedMidwife += placed[j]->match == Placement::NamedMidwife ? 1 : 0;
        result.withinTeam += placed[j]->match != Placement::Other ? 1 : 0;
    }
    return result;
}

} // namespace bb::scheduling
