// SPDX-License-Identifier: MIT
#include "scheduling/ClinicScheduling.h"

#include "clinical/Dating.h"
#include "scheduling/SchedulingInputs.h"
#include "storage/AppointmentRepository.h"
#include "storage/CarePlanRepository.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <tuple>

namespace bb::scheduling {
namespace {

constexpr int kMaxWeeks = 104; // two years: longer than any pregnancy's schedule

void add(FieldErrors *problems, const QString &path, const QString &message)
{
    if (problems)
        problems->append({path, message});
}

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// The appointment a placement becomes: an antenatal contact with its week, booked.
Appointment appointmentFor(const Placement &p, const QHash<qint64, qint64> &venueOfSession)
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

FieldErrors periodProblems(const QDate &from, int weeks)
{
    FieldErrors errors;
    if (!from.isValid())
        errors.append({QStringLiteral("schedule.from"), QStringLiteral("is not a date")});
    if (weeks < 1 || weeks > kMaxWeeks)
        errors.append({QStringLiteral("schedule.weeks"),
                       QStringLiteral("must be a whole number from 1 to %1").arg(kMaxWeeks)});
    return errors;
}

ClinicScheduling::ClinicScheduling(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

std::optional<Team> ClinicScheduling::team(const QString &name, FieldErrors *problems) const
{
    const storage::StaffRepository staff(m_database, m_clock);
    if (auto found = staff.teamByName(name))
        return found;
    QStringList names;
    for (const Team &t : staff.teams())
        names << t.name;
    add(problems, QStringLiteral("schedule.team"),
        QStringLiteral("no team named '%1' (teams: %2)")
            .arg(name, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<ScheduleSummary> ClinicScheduling::runSchedule(const QDate &from, int weeks,
                                                             const QString &teamName,
                                                             FieldErrors *problems,
                                                             QString *error) const
{
    FieldErrors refused = periodProblems(from, weeks);
    const std::optional<Team> only = teamName.isEmpty() ? std::nullopt : team(teamName, &refused);
    if (!refused.isEmpty()) {
        if (problems)
            *problems << refused;
        return std::nullopt;
    }

    const SchedulingInputs in =
        loadSchedulingInputs(m_database, m_clock, from, weeks, only ? only->id : 0);
    const ScheduleResult result = scheduleContacts(in.contacts, in.sessions, in.clinicians,
                                                   in.absences, in.booked, from, weeks);

    // All of them or none: a half-written schedule would leave women with no way to tell which
    // of their contacts were booked.
    const QHash<qint64, qint64> venues = venuesOfSessions(in.sessions);
    const storage::AppointmentRepository appointments(m_database, m_clock);
    storage::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        failed(error, transaction.error());
        return std::nullopt;
    }
    for (const Placement &p : result.placements) {
        Appointment a = appointmentFor(p, venues);
        if (!appointments.save(a, error))
            return std::nullopt; // the transaction rolls back
    }
    if (!transaction.commit()) {
        failed(error, transaction.error());
        return std::nullopt;
    }

    ScheduleSummary summary;
    summary.booked = static_cast<int>(result.placements.size());
    summary.unplaced = result.unplaced;
    summary.contactsConsidered = result.contactsConsidered;
    summary.withNamedMidwifePercent = result.percentWithNamedMidwife();
    summary.withTeamPercent = result.percentWithinTeam();
    return summary;
}

std::optional<AllocationSuggestion> ClinicScheduling::suggestAllocation(qint64 pregnancyId,
                                                                        FieldErrors *problems) const
{
    const QList<storage::WomanInCare> inCare =
        storage::WomanRepository(m_database, m_clock).inCare();
    const storage::WomanInCare *her = nullptr;
    for (const storage::WomanInCare &w : inCare)
        if (w.pregnancyId == pregnancyId)
            her = &w;
    if (!her) {
        add(problems, QStringLiteral("allocation.pregnancy_id"),
            QStringLiteral("no pregnancy in care with id %1").arg(pregnancyId));
        return std::nullopt;
    }
    const storage::StaffRepository staff(m_database, m_clock);
    QList<TeamInfo> teams;
    for (const Team &t : staff.teams())
        teams << toTeamInfo(t);
    const auto plan = storage::CarePlanRepository(m_database, m_clock).latest(pregnancyId);
    const bool homeBirth = plan && plan->chosenPlaceOfBirth == PlaceOfBirth::Home;

    AllocationSuggestion suggestion;
    suggestion.pregnancyId = pregnancyId;
    suggestion.team = localTeam(teams, her->postcode, homeBirth);
    if (!suggestion.team) {
        suggestion.reason = QStringLiteral("no %1 team covers her postcode '%2'")
                                .arg(homeBirth ? QStringLiteral("home birth")
                                               : QStringLiteral("continuity or community"),
                                     her->postcode);
        return suggestion;
    }
    suggestion.reason =
        homeBirth
            ? QStringLiteral("she plans a home birth; %1 covers %2")
                  .arg(suggestion.team->name, outwardCode(her->postcode))
            : QStringLiteral("%1 covers %2").arg(suggestion.team->name, outwardCode(her->postcode));

    // Her own current allocation is left out, so re-allocating her does not count her twice.
    QHash<qint64, QDate> edds;
    for (const storage::WomanInCare &w : inCare)
        edds.insert(w.pregnancyId, w.edd);
    QHash<qint64, int> caseloads;
    DueMonthCounts due;
    for (const Allocation &a :
         storage::AppointmentRepository(m_database, m_clock).currentAllocations()) {
        if (a.pregnancyId == pregnancyId || !edds.contains(a.pregnancyId))
            continue;
        ++caseloads[a.midwifeId];
        if (const QDate edd = edds.value(a.pregnancyId); edd.isValid())
            ++due[a.midwifeId][monthKey(edd)];
    }
    QList<Clinician> members;
    for (const Staff &s : staff.members(suggestion.team->id))
        members << toClinician(s, suggestion.team->id);
    suggestion.candidates =
        suggestNamedMidwife(*suggestion.team, members, caseloads, due, her->edd);
    return suggestion;
}

std::optional<AbsenceRebookResult>
ClinicScheduling::recordAbsenceAndRebook(const bb::Absence &absence, FieldErrors *problems,
                                         QString *error) const
{
    const storage::StaffRepository staff(m_database, m_clock);
    FieldErrors refused = validate(absence);
    if (absence.staffId > 0 && !staff.staffById(absence.staffId))
        refused.append({QStringLiteral("absence.staff_id"),
                        QStringLiteral("no staff member with id %1").arg(absence.staffId)});
    if (!refused.isEmpty()) {
        if (problems)
            *problems << refused;
        return std::nullopt;
    }

    const storage::AppointmentRepository appointments(m_database, m_clock);
    // Her women's details, to say which contact each appointment is and where it may move.
    QHash<qint64, storage::WomanInCare> women;
    for (const storage::WomanInCare &w : storage::WomanRepository(m_database, m_clock).inCare())
        women.insert(w.pregnancyId, w);
    QHash<qint64, Allocation> allocations;
    for (const Allocation &a : appointments.currentAllocations())
        allocations.insert(a.pregnancyId, a);

    // A contact's week starts up to six days before its appointment and ends up to six after.
    const QDate first = std::min(absence.from, m_clock.today()).addDays(-7);
    const QDate last = absence.to.addDays(7);
    const SchedulingInputs diary = loadDiary(m_database, m_clock, first, last);
    QHash<qint64, bool> homeVenue;
    for (const Venue &v : staff.venues())
        homeVenue.insert(v.id, v.kind == VenueKind::Home);

    QList<Placement> affected;
    QMap<AppointmentKey, qint64> ids;
    for (const Appointment &a :
         appointments.forClinician(absence.staffId, absence.from, absence.to)) {
        if (a.status != AppointmentStatus::Booked)
            continue;
        const storage::WomanInCare w = women.value(a.pregnancyId);
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
        } else if (const auto t = localTeam(diary.teams, w.postcode, p.contact.homeVisit)) {
            p.contact.teamId = t->id;
        }
        p.date = a.date;
        p.start = a.start;
        p.end = a.end;
        p.clinicianId = a.clinicianId;
        affected << p;
        ids.insert(keyOf(a.pregnancyId, a.date, a.start), a.id);
    }

    const Absence away = toAbsence(absence);
    const RebookResult moved = rebookForAbsence(away, affected, diary.sessions, diary.clinicians,
                                                diary.absences, diary.booked, m_clock.today());

    AbsenceRebookResult result;
    result.absence = absence;
    result.toActOn = moved.toActOn;
    const QHash<qint64, qint64> venues = venuesOfSessions(diary.sessions);
    storage::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        failed(error, transaction.error());
        return std::nullopt;
    }
    if (!staff.saveAbsence(result.absence, error))
        return std::nullopt;
    const QString reason =
        QStringLiteral("%1 away (%2) from %3 to %4")
            .arg(staff.staffById(absence.staffId)->name, codes::label(absence.reason).toLower(),
                 absence.from.toString(Qt::ISODate), absence.to.toString(Qt::ISODate));
    for (const Rebooking &r : moved.rebooked) {
        Appointment replacement = appointmentFor(r.now, venues);
        // The week the appointment had (none for an untimed, unweekly one) goes with it.
        if (r.was.contact.week == 0)
            replacement.contactWeek.reset();
        const qint64 oldId = ids.value(keyOf(r.was.contact.pregnancyId, r.was.date, r.was.start));
        if (!appointments.reschedule(oldId, replacement, reason, error))
            return std::nullopt;
        result.rebooked << r;
        result.newAppointmentIds << replacement.id;
    }
    if (!transaction.commit()) {
        failed(error, transaction.error());
        return std::nullopt;
    }
    return result;
}

std::optional<HomeBirthRota> ClinicScheduling::homeBirthRota(const QString &teamName,
                                                             const QDate &from, int weeks,
                                                             FieldErrors *problems) const
{
    FieldErrors refused = periodProblems(from, weeks);
    const auto found = team(teamName, &refused);
    if (!refused.isEmpty()) {
        if (problems)
            *problems << refused;
        return std::nullopt;
    }
    const storage::StaffRepository staff(m_database, m_clock);
    HomeBirthRota result;
    result.team = *found;
    for (const Staff &s : staff.members(found->id)) {
        const Clinician c = toClinician(s, found->id);
        if (isMidwife(c.role) && c.skills.contains(QLatin1String(kHomeBirthSkill)))
            result.midwives << c;
    }
    // A night shift on the last day ends the morning after the period.
    QList<Absence> absences;
    for (const bb::Absence &a : staff.absencesBetween(from, from.addDays(7 * weeks)))
        absences << toAbsence(a);
    result.rota = buildHomeBirthRota(result.midwives, absences, from, weeks);

    const auto chosen =
        storage::CarePlanRepository(m_database, m_clock).bookedChoosing(PlaceOfBirth::Home);
    const QSet<qint64> home(chosen.cbegin(), chosen.cend());
    QList<HomeBirthWoman> women;
    for (const storage::WomanInCare &w : storage::WomanRepository(m_database, m_clock).inCare()) {
        if (home.contains(w.pregnancyId))
            women << HomeBirthWoman{w.nhsNumber, w.edd};
    }
    result.women = homeBirthWindows(women);
    return result;
}

ContinuityReport ClinicScheduling::continuityReport(const QDate &asOf) const
{
    return scheduling::continuityReport(m_database, m_clock, asOf);
}

std::optional<NamedCarers> namedCarers(const storage::Database &database, const Clock &clock,
                                       qint64 pregnancyId)
{
    const auto allocation =
        storage::AppointmentRepository(database, clock).currentAllocation(pregnancyId);
    if (!allocation)
        return std::nullopt;
    const storage::StaffRepository staff(database, clock);
    const auto midwife = staff.staffById(allocation->midwifeId);
    const auto team = staff.teamById(allocation->teamId);
    return NamedCarers{allocation->midwifeId, midwife ? midwife->name : QString(),
                       allocation->teamId, team ? team->name : QString(), allocation->recordedOn};
}

} // namespace bb::scheduling
