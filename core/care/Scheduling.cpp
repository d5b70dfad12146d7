// SPDX-License-Identifier: MIT
#include "care/Scheduling.h"

#include "care/Audited.h"
#include "care/Writes.h"
#include "clinical/Dating.h"
#include "storage/AppointmentRepository.h"
#include "storage/CarePlanRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <tuple>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Scheduling)
};

} // namespace

using scheduling::Clinician;
using scheduling::HomeBirthWoman;
using scheduling::Placement;
using scheduling::Rebooking;
using scheduling::RebookResult;
using scheduling::ScheduleResult;
using scheduling::SchedulingInputs;
using scheduling::Session;

namespace {

/// The appointment a placement becomes: an antenatal contact with its week, booked.
Appointment appointmentFor(const Placement &p, const QHash<qint64, qint64> &venueOfSession,
                           const QString &by)
{
    Appointment a;
    a.pregnancyId = p.contact.pregnancyId;
    a.clinicianId = p.clinicianId;
    if (const qint64 venue = venueOfSession.value(p.sessionId, 0); venue != 0)
        a.venueId = venue;
    a.date = p.date;
    a.start = p.start;
    a.end = p.end;
    a.kind = AppointmentKind::AntenatalContact;
    if (p.contact.week > 0)
        a.contactWeek = p.contact.week;
    a.status = AppointmentStatus::Booked;
    a.updatedBy = by;
    return a;
}

QHash<qint64, qint64> venuesOfSessions(const QList<Session> &sessions)
{
    QHash<qint64, qint64> venues;
    for (const Session &s : sessions)
        venues.insert(s.id, s.venueId);
    return venues;
}

using AppointmentKey = std::tuple<qint64, qint64, int>; // pregnancy, julian day, start

AppointmentKey keyOf(qint64 pregnancyId, const QDate &date, const QTime &start)
{
    return {pregnancyId, date.toJulianDay(), start.isValid() ? start.msecsSinceStartOfDay() : -1};
}

} // namespace

Scheduling::Scheduling(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

std::optional<Team> Scheduling::team(const QString &name, FieldErrors &problems) const
{
    const storage::StaffRepository staff(m_database);
    if (auto found = staff.teamByName(name))
        return found;
    QStringList names;
    for (const Team &t : staff.teams())
        names << t.name;
    problems.append(
        {QStringLiteral("schedule.team"),
         Words::tr("no team named '%1' (teams: %2)").arg(name, names.join(QStringLiteral(", ")))});
    return std::nullopt;
}

Outcome<ScheduleSummary> Scheduling::runSchedule(const ScheduleRequest &request,
                                                 const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const AuditEntry audit{AuditEventKind::Create, 0,
                           QStringLiteral("contacts booked for %1 weeks from %2%3")
                               .arg(request.weeks)
                               .arg(request.from.toString(Qt::ISODate),
                                    request.teamName.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" for ") + request.teamName)};
    if (auto denied =
            refusedUnless(m_database, m_clock, actor, access::Permission::AdministerTeams, audit))
        return *denied;
    FieldErrors refused = scheduling::periodProblems(request.from, request.weeks);
    const std::optional<Team> only =
        request.teamName.isEmpty() ? std::nullopt : team(request.teamName, refused);
    if (!refused.isEmpty())
        return refused;

    const Outcome<SchedulingInputs> loaded =
        loadInputs(request.from, request.weeks, only ? only->id : 0);
    if (!loaded)
        return loaded.as<ScheduleSummary>();
    const SchedulingInputs &in = loaded.value();
    const ScheduleResult result =
        scheduling::scheduleContacts(in.contacts, in.sessions, in.clinicians, in.absences,
                                     in.booked, request.from, request.weeks);

    // All of them or none: a half-written schedule would leave women with no way to tell which
    // of their contacts were booked.
    const QHash<qint64, qint64> venues = venuesOfSessions(in.sessions);
    const QString by = recordedName(actor);
    const storage::AppointmentRepository appointments(m_database);
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<ScheduleSummary> {
        for (const Placement &p : result.placements) {
            Appointment a = appointmentFor(p, venues, by);
            QString error;
            if (!appointments.save(a, at, &error))
                return Failure{error};
        }
        ScheduleSummary summary;
        summary.booked = static_cast<int>(result.placements.size());
        summary.unplaced = result.unplaced;
        summary.contactsConsidered = result.contactsConsidered;
        summary.withNamedMidwifePercent = result.percentWithNamedMidwife();
        summary.withTeamPercent = result.percentWithinTeam();
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return summary;
    });
}

Outcome<AbsenceRebookResult> Scheduling::recordAbsenceAndRebook(const Absence &absence,
                                                                const Actor &actor) const
{
    if (const auto refusal = unknownActor(actor))
        return *refusal;
    const AuditEntry audit{
        AuditEventKind::Create, 0,
        QStringLiteral("absence of staff member %1 from %2 to %3")
            .arg(absence.staffId)
            .arg(absence.from.toString(Qt::ISODate), absence.to.toString(Qt::ISODate))};
    if (auto denied =
            refusedUnless(m_database, m_clock, actor, access::Permission::AdministerTeams, audit))
        return *denied;
    const storage::StaffRepository staff(m_database);
    FieldErrors refused = validate(absence);
    const auto person = absence.staffId > 0 ? staff.staffById(absence.staffId) : std::nullopt;
    if (absence.staffId > 0 && !person)
        refused.append({QStringLiteral("absence.staff_id"),
                        Words::tr("no staff member with id %1").arg(absence.staffId)});
    if (!refused.isEmpty())
        return refused;

    const storage::AppointmentRepository appointments(m_database);
    // Her women's details, to say which contact each appointment is and where it may move.
    QHash<qint64, WomanInCare> women;
    for (const WomanInCare &w : storage::WomanRepository(m_database).inCare())
        women.insert(w.pregnancyId, w);
    QHash<qint64, Allocation> allocations;
    for (const Allocation &a : appointments.currentAllocations())
        allocations.insert(a.pregnancyId, a);

    // A contact's week starts up to six days before its appointment and ends up to six after.
    const QDate first = std::min(absence.from, m_clock.today()).addDays(-7);
    const QDate last = absence.to.addDays(7);
    const SchedulingInputs diary = loadDiary(first, last);
    QHash<qint64, bool> homeVenue;
    for (const Venue &v : staff.venues())
        homeVenue.insert(v.id, v.kind == VenueKind::Home);

    QList<Placement> affected;
    QMap<AppointmentKey, qint64> ids;
    for (const Appointment &a :
         appointments.forClinician(absence.staffId, absence.from, absence.to)) {
        if (a.status != AppointmentStatus::Booked)
            continue;
        const WomanInCare w = women.value(a.pregnancyId);
        Placement p;
        p.contact.pregnancyId = a.pregnancyId;
        p.contact.nhsNumber = w.nhsNumber;
        p.contact.bookingDate = w.bookingDate;
        p.contact.week = a.contactWeek.value_or(0);
        if (a.contactWeek && w.edd.isValid())
            p.contact.weekStart =
                clinical::dateAtGestation(w.edd, clinical::Gestation::fromWeeks(*a.contactWeek));
        p.contact.homeVisit = a.venueId && homeVenue.value(*a.venueId, false);
        if (allocations.contains(a.pregnancyId)) {
            p.contact.namedMidwifeId = allocations.value(a.pregnancyId).midwifeId;
            p.contact.teamId = allocations.value(a.pregnancyId).teamId;
        } else if (const auto t =
                       scheduling::localTeam(diary.teams, w.postcode, p.contact.homeVisit)) {
            p.contact.teamId = t->id;
        }
        p.date = a.date;
        p.start = a.start;
        p.end = a.end;
        p.clinicianId = a.clinicianId;
        affected << p;
        ids.insert(keyOf(a.pregnancyId, a.date, a.start), a.id);
    }

    const RebookResult moved = scheduling::rebookForAbsence(
        scheduling::toAbsence(absence), affected, diary.sessions, diary.clinicians, diary.absences,
        diary.booked, m_clock.today());

    const QHash<qint64, qint64> venues = venuesOfSessions(diary.sessions);
    const QString by = recordedName(actor);
    const QString reason =
        Words::tr("%1 away (%2) from %3 to %4")
            .arg(person->name, codes::label(absence.reason).toLower(),
                 absence.from.toString(Qt::ISODate), absence.to.toString(Qt::ISODate));
    const QDateTime at = m_clock.now();
    return inOneTransaction(m_database, [&]() -> Outcome<AbsenceRebookResult> {
        AbsenceRebookResult result;
        result.absence = absence;
        result.toActOn = moved.toActOn;
        QString error;
        if (!staff.saveAbsence(result.absence, at, &error))
            return Failure{error};
        for (const Rebooking &r : moved.rebooked) {
            Appointment replacement = appointmentFor(r.now, venues, by);
            // The week the appointment had (none for an untimed, unweekly one) goes with it.
            if (r.was.contact.week == 0)
                replacement.contactWeek.reset();
            const qint64 oldId =
                ids.value(keyOf(r.was.contact.pregnancyId, r.was.date, r.was.start));
            if (!appointments.reschedule(oldId, replacement, reason, at, &error))
                return Failure{error};
            result.rebooked << r;
            result.newAppointmentIds << replacement.id;
        }
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return result;
    });
}

Outcome<HomeBirthRota> Scheduling::homeBirthRota(const RotaRequest &request) const
{
    FieldErrors refused = scheduling::periodProblems(request.from, request.weeks);
    const auto found = team(request.teamName, refused);
    if (!refused.isEmpty())
        return refused;
    const storage::StaffRepository staff(m_database);
    HomeBirthRota result;
    result.team = *found;
    for (const Staff &s : staff.members(found->id)) {
        const Clinician c = scheduling::toClinician(s, found->id);
        if (scheduling::isMidwife(c.role) &&
            c.skills.contains(QLatin1String(scheduling::kHomeBirthSkill)))
            result.midwives << c;
    }
    // A night shift on the last day ends the morning after the period.
    QList<scheduling::Absence> absences;
    for (const Absence &a :
         staff.absencesBetween(request.from, request.from.addDays(7 * request.weeks)))
        absences << scheduling::toAbsence(a);
    result.rota =
        scheduling::buildHomeBirthRota(result.midwives, absences, request.from, request.weeks);

    const auto chosen = storage::CarePlanRepository(m_database).bookedChoosing(PlaceOfBirth::Home);
    const QSet<qint64> home(chosen.cbegin(), chosen.cend());
    QList<HomeBirthWoman> women;
    for (const WomanInCare &w : storage::WomanRepository(m_database).inCare()) {
        if (home.contains(w.pregnancyId))
            women << HomeBirthWoman{w.nhsNumber, w.edd, w.name};
    }
    result.women = scheduling::homeBirthWindows(women);
    return result;
}

} // namespace bb::care
