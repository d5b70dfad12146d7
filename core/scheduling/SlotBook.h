// SPDX-License-Identifier: MIT
#pragma once

#include "scheduling/SchedulingTypes.h"

#include <map>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bb::scheduling::detail {

/// The diary the scheduler fills: every free slot of every usable session between two dates,
/// indexed by clinician and by date so that finding a slot never scans the whole trust.
/// Internal to Scheduler.cpp; not part of the public API.
class SlotBook
{
public:
    /// Slots exist only for midwives' sessions on days they work and are not absent; `booked`
    /// blocks both the clinician and the woman for its time.
    SlotBook(const QList<Session> &sessions, const QList<Clinician> &clinicians,
             const QList<Absence> &absences, const QList<Booked> &booked, const QDate &first,
             const QDate &last);

    enum class Tier
    {
        NamedMidwife,
        Team,
        Other
    };

    /// Takes the first suitable free slot for the contact in [from, to] at this tier, or none.
    std::optional<Placement> place(const ContactToPlace &contact, const QDate &from,
                                   const QDate &to, Tier tier);

    const Clinician *clinician(qint64 id) const;
    Placement::Match matchOf(const ContactToPlace &contact, qint64 clinicianId) const;

private:
    struct Interval
    {
        int start = 0; // minutes since midnight; end exclusive
        int end = 0;
        bool overlaps(const Interval &o) const { return start < o.end && o.start < end; }
    };
    struct SessionDay
    {
        int session = 0; // index into m_sessions
        qint64 julianDay = 0;
        int busy = 0; // index into m_busy: this clinician's appointments that day
        std::vector<int> slotStarts;
        std::vector<char> taken; // a slot once seen to be blocked stays blocked
        int free = 0;
    };
    struct Candidate
    {
        int sessionDay = -1;
        int slot = -1;
    };

    Candidate firstFree(int sessionDayIndex, const ContactToPlace &contact);
    Candidate firstFreeFor(qint64 clinicianId, const ContactToPlace &contact, qint64 fromDay,
                           qint64 toDay);
    Candidate firstFreeAnyone(const ContactToPlace &contact, qint64 fromDay, qint64 toDay);
    bool pregnancyFree(qint64 pregnancyId, qint64 julianDay, const Interval &slot) const;
    Placement take(const ContactToPlace &contact, const Candidate &c);
    int busyIndex(qint64 clinicianId, qint64 julianDay);

    QList<Session> m_sessions;
    std::unordered_map<qint64, Clinician> m_clinicians;
    std::unordered_map<qint64, std::vector<qint64>> m_teamMembers; // sorted ids, midwives only
    qint64 m_firstDay = 0;
    qint64 m_lastDay = -1;
    std::vector<SessionDay> m_sessionDays;
    std::vector<std::vector<Interval>> m_busy;
    std::map<std::pair<qint64, qint64>, int> m_busyIndex; // (clinician, julian day) → m_busy
    std::unordered_map<qint64, std::vector<int>> m_byClinician; // sorted by day, then time
    std::vector<std::vector<int>> m_byDate; // day − m_firstDay → session days by time, clinician
    std::unordered_map<qint64, std::vector<std::pair<qint64, Interval>>> m_pregnancyBusy;
};

} // namespace bb::scheduling::detail
