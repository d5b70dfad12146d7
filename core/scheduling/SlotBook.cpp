// SPDX-License-Identifier: MIT
#include "scheduling/SlotBook.h"

#include <algorithm>
#include <tuple>

namespace bb::scheduling::detail {

namespace {
int minutes(const QTime &t)
{
    return t.msecsSinceStartOfDay() / 60000;
}
QTime timeAt(int minute)
{
    return QTime(0, 0).addSecs(minute * 60);
}
} // namespace

SlotBook::SlotBook(const QList<Session> &sessions, const QList<Clinician> &clinicians,
                   const QList<Absence> &absences, const QList<Booked> &booked, const QDate &first,
                   const QDate &last)
    : m_sessions(sessions), m_firstDay(first.toJulianDay()), m_lastDay(last.toJulianDay())
{
    for (const Clinician &c : clinicians) {
        m_clinicians.emplace(c.id, c);
        if (isMidwife(c.role) && c.teamId != 0)
            m_teamMembers[c.teamId].push_back(c.id);
    }
    for (auto &[team, ids] : m_teamMembers)
        std::sort(ids.begin(), ids.end());
    std::unordered_map<qint64, std::vector<const Absence *>> away;
    for (const Absence &a : absences)
        away[a.clinicianId].push_back(&a);
    const auto isAway = [&away](qint64 id, const QDate &date) {
        const auto it = away.find(id);
        return it != away.end() &&
               std::any_of(it->second.cbegin(), it->second.cend(),
                           [&date](const Absence *a) { return a->covers(date); });
    };

    const qint64 days = std::max<qint64>(0, m_lastDay - m_firstDay + 1);
    m_byDate.resize(static_cast<std::size_t>(days));
    for (int s = 0; s < m_sessions.size(); ++s) {
        const Session &session = m_sessions.at(s);
        const Clinician *who = clinician(session.clinicianId);
        const int start = minutes(session.start);
        const int end = minutes(session.end);
        // A session with no midwife, no length or no slot size offers nothing to book.
        if (!who || !isMidwife(who->role) || session.slotMinutes <= 0 || !session.start.isValid() ||
            !session.end.isValid() || end - start < session.slotMinutes)
            continue;
        const int offset = (session.weekday - first.dayOfWeek() + 7) % 7;
        for (QDate date = first.addDays(offset); date <= last; date = date.addDays(7)) {
            if (!who->worksOn(date) || isAway(who->id, date))
                continue;
            SessionDay day;
            day.session = s;
            day.julianDay = date.toJulianDay();
            day.busy = busyIndex(who->id, day.julianDay);
            for (int t = start; t + session.slotMinutes <= end; t += session.slotMinutes)
                day.slotStarts.push_back(t);
            day.taken.assign(day.slotStarts.size(), 0);
            day.free = static_cast<int>(day.slotStarts.size());
            m_sessionDays.push_back(std::move(day));
        }
    }

    for (const Booked &b : booked) {
        const qint64 jd = b.date.toJulianDay();
        if (jd < m_firstDay || jd > m_lastDay)
            continue;
        const Interval span{minutes(b.start), minutes(b.end)};
        m_pregnancyBusy[b.pregnancyId].push_back({jd, span});
        const auto it = m_busyIndex.find({b.clinicianId, jd});
        if (it != m_busyIndex.end())
            m_busy[static_cast<std::size_t>(it->second)].push_back(span);
    }

    for (int i = 0; i < static_cast<int>(m_sessionDays.size()); ++i) {
        const SessionDay &d = m_sessionDays[static_cast<std::size_t>(i)];
        m_byClinician[m_sessions.at(d.session).clinicianId].push_back(i);
        m_byDate[static_cast<std::size_t>(d.julianDay - m_firstDay)].push_back(i);
    }
    // Fixed orders make the result depend on the input only, never on hashing or memory.
    const auto key = [this](int i) {
        const SessionDay &d = m_sessionDays[static_cast<std::size_t>(i)];
        const Session &s = m_sessions.at(d.session);
        return std::make_tuple(d.julianDay, minutes(s.start), s.clinicianId, s.id, d.session);
    };
    const auto byKey = [&key](int a, int b) { return key(a) < key(b); };
    for (auto &[id, list] : m_byClinician)
        std::sort(list.begin(), list.end(), byKey);
    for (auto &list : m_byDate)
        std::sort(list.begin(), list.end(), byKey);
}

const Clinician *SlotBook::clinician(qint64 id) const
{
    const auto it = m_clinicians.find(id);
    return it == m_clinicians.end() ? nullptr : &it->second;
}

Placement::Match SlotBook::matchOf(const ContactToPlace &contact, qint64 clinicianId) const
{
    if (contact.namedMidwifeId != 0 && clinicianId == contact.namedMidwifeId)
        return Placement::NamedMidwife;
    const Clinician *c = clinician(clinicianId);
    if (c && contact.teamId != 0 && c->teamId == contact.teamId)
        return Placement::Team;
    return Placement::Other;
}

int SlotBook::busyIndex(qint64 clinicianId, qint64 julianDay)
{
    const auto [it, added] =
        m_busyIndex.try_emplace({clinicianId, julianDay}, static_cast<int>(m_busy.size()));
    if (added)
        m_busy.emplace_back();
    return it->second;
}

bool SlotBook::pregnancyFree(qint64 pregnancyId, qint64 julianDay, const Interval &slot) const
{
    const auto it = m_pregnancyBusy.find(pregnancyId);
    if (it == m_pregnancyBusy.end())
        return true;
    return std::none_of(it->second.cbegin(), it->second.cend(), [&](const auto &entry) {
        return entry.first == julianDay && entry.second.overlaps(slot);
    });
}

SlotBook::Candidate SlotBook::firstFree(int sessionDayIndex, const ContactToPlace &contact)
{
    SessionDay &d = m_sessionDays[static_cast<std::size_t>(sessionDayIndex)];
    const Session &session = m_sessions.at(d.session);
    if (d.free == 0 || session.homeVisits != contact.homeVisit)
        return {};
    const std::vector<Interval> &busy = m_busy[static_cast<std::size_t>(d.busy)];
    for (std::size_t i = 0; i < d.slotStarts.size(); ++i) {
        if (d.taken[i])
            continue;
        const Interval slot{d.slotStarts[i], d.slotStarts[i] + session.slotMinutes};
        // The clinician's time, not the slot, is what must not be double-booked: another of
        // her sessions may overlap this one, and existing appointments need not sit on slots.
        if (std::any_of(busy.cbegin(), busy.cend(),
                        [&slot](const Interval &b) { return b.overlaps(slot); })) {
            d.taken[i] = 1; // her diary only fills up, so this slot stays unusable
            --d.free;
            continue;
        }
        if (pregnancyFree(contact.pregnancyId, d.julianDay, slot))
            return {sessionDayIndex, static_cast<int>(i)};
    }
    return {};
}

SlotBook::Candidate SlotBook::firstFreeFor(qint64 clinicianId, const ContactToPlace &contact,
                                           qint64 fromDay, qint64 toDay)
{
    const auto it = m_byClinician.find(clinicianId);
    if (it == m_byClinician.end())
        return {};
    const std::vector<int> &list = it->second;
    auto pos = std::lower_bound(list.begin(), list.end(), fromDay, [this](int i, qint64 day) {
        return m_sessionDays[static_cast<std::size_t>(i)].julianDay < day;
    });
    for (; pos != list.end() && m_sessionDays[static_cast<std::size_t>(*pos)].julianDay <= toDay;
         ++pos) {
        const Candidate c = firstFree(*pos, contact);
        if (c.sessionDay >= 0)
            return c;
    }
    return {};
}

SlotBook::Candidate SlotBook::firstFreeAnyone(const ContactToPlace &contact, qint64 fromDay,
                                              qint64 toDay)
{
    for (qint64 day = fromDay; day <= toDay; ++day) {
        for (int i : m_byDate[static_cast<std::size_t>(day - m_firstDay)]) {
            const Candidate c = firstFree(i, contact);
            if (c.sessionDay >= 0)
                return c;
        }
    }
    return {};
}

Placement SlotBook::take(const ContactToPlace &contact, const Candidate &c)
{
    SessionDay &d = m_sessionDays[static_cast<std::size_t>(c.sessionDay)];
    const Session &session = m_sessions.at(d.session);
    const auto slot = static_cast<std::size_t>(c.slot);
    const Interval span{d.slotStarts[slot], d.slotStarts[slot] + session.slotMinutes};
    d.taken[slot] = 1;
    --d.free;
    m_busy[static_cast<std::size_t>(d.busy)].push_back(span);
    m_pregnancyBusy[contact.pregnancyId].push_back({d.julianDay, span});

    Placement p;
    p.contact = contact;
    p.date = QDate::fromJulianDay(d.julianDay);
    p.start = timeAt(span.start);
    p.end = timeAt(span.end);
    p.clinicianId = session.clinicianId;
    p.sessionId = session.id;
    p.venue = session.homeVisits ? QStringLiteral("Home visit") : session.venueName;
    p.match = matchOf(contact, session.clinicianId);
    return p;
}

std::optional<Placement> SlotBook::place(const ContactToPlace &contact, const QDate &from,
                                         const QDate &to, Tier tier)
{
    const qint64 fromDay = std::max(from.toJulianDay(), m_firstDay);
    const qint64 toDay = std::min(to.toJulianDay(), m_lastDay);
    if (fromDay > toDay)
        return std::nullopt;

    Candidate best;
    switch (tier) {
    case Tier::NamedMidwife:
        if (contact.namedMidwifeId != 0)
            best = firstFreeFor(contact.namedMidwifeId, contact, fromDay, toDay);
        break;
    case Tier::Team: {
        const auto it = m_teamMembers.find(contact.teamId);
        if (contact.teamId == 0 || it == m_teamMembers.end())
            break;
        // The earliest free slot among her team; members are in id order, so ties go to the
        // lower id.
        auto bestKey = std::make_pair(m_lastDay + 1, 0);
        for (qint64 id : it->second) {
            if (id == contact.namedMidwifeId)
                continue;
            const Candidate c = firstFreeFor(id, contact, fromDay, std::min(toDay, bestKey.first));
            if (c.sessionDay < 0)
                continue;
            const SessionDay &d = m_sessionDays[static_cast<std::size_t>(c.sessionDay)];
            const auto key =
                std::make_pair(d.julianDay, d.slotStarts[static_cast<std::size_t>(c.slot)]);
            if (key < bestKey) {
                bestKey = key;
                best = c;
            }
        }
        break;
    }
    case Tier::Other:
        best = firstFreeAnyone(contact, fromDay, toDay);
        break;
    }
    if (best.sessionDay < 0)
        return std::nullopt;
    return take(contact, best);
}

} // namespace bb::scheduling::detail
