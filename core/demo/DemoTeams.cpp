// SPDX-License-Identifier: MIT
#include "demo/DemoTeams.h"

#include "storage/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace bb::demo {
namespace {

constexpr auto kCity = "City Continuity Team";
constexpr auto kCounty = "County Community Team";
constexpr auto kHomeBirth = "Home Birth Team";
constexpr auto kClinic = "Leicester Royal Infirmary Antenatal Clinic";
constexpr auto kHome = "The woman's home";

struct DemoTeam
{
    const char *name;
    TeamKind kind;
    const char *base;
    const char *areas; ///< space-separated
    const char *phone; ///< in Ofcom's drama range, like every demonstration number
};

constexpr std::array<DemoTeam, 9> kTeams{{
    {kCity, TeamKind::Continuity, "Highfields Children's Centre", "LE1 LE2 LE3 LE4 LE5",
     "0116 496 0301"},
    {kCounty, TeamKind::Community, "Melton Mowbray Children's Centre",
     "LE7 LE8 LE9 LE10 LE11 LE12 LE13 LE14 LE15 LE16 LE17 LE18 LE19 LE65 LE67", "0116 496 0302"},
    {kHomeBirth, TeamKind::HomeBirth, "Leicester General Hospital", "LE", "0116 496 0150"},
    {"Diabetes in Pregnancy Team", TeamKind::Diabetes, kClinic, "LE", "0116 496 0190"},
    {"Hypertension in Pregnancy Team", TeamKind::Hypertension, kClinic, "LE", "0116 496 0200"},
    {"Perinatal Mental Health Team", TeamKind::PerinatalMentalHealth,
     "Brandon Unit, Leicester General Hospital", "LE", "0116 496 0180"},
    {"Bereavement Support Team", TeamKind::Bereavement, "Leicester General Hospital", "LE",
     "0116 496 0303"},
    {"Teenage Pregnancy Team", TeamKind::TeenagePregnancy, "Braunstone Children's Centre", "LE",
     "0116 496 0210"},
    {"Asylum Seekers and Refugees Team", TeamKind::AsylumRefugee, "Highfields Children's Centre",
     "LE", "0116 496 0220"},
}};

struct DemoVenue
{
    const char *name;
    VenueKind kind;
    const char *address;
};

constexpr std::array<DemoVenue, 11> kVenues{{
    {"Highfields Children's Centre", VenueKind::ChildrensCentre,
     "Melbourne Road, Highfields, Leicester"},
    {"Belgrave Medical Centre", VenueKind::GpSurgery, "Belgrave Road, Leicester"},
    {"Spinney Hill Medical Centre", VenueKind::GpSurgery, "St Saviours Road, Leicester"},
    {"Braunstone Children's Centre", VenueKind::ChildrensCentre,
     "Hamelin Road, Braunstone, Leicester"},
    {"Melton Mowbray Children's Centre", VenueKind::ChildrensCentre, "Wilton Road, Melton Mowbray"},
    {"Loughborough Children's Centre", VenueKind::ChildrensCentre, "Storer Road, Loughborough"},
    {"Oakham Medical Practice", VenueKind::GpSurgery, "Cold Overton Road, Oakham, Rutland"},
    {"Hinckley Children's Centre", VenueKind::ChildrensCentre, "Rugby Road, Hinckley"},
    {"Market Harborough Medical Centre", VenueKind::GpSurgery, "Coventry Road, Market Harborough"},
    {kClinic, VenueKind::HospitalClinic, "Infirmary Square, Leicester"},
    {kHome, VenueKind::Home, ""},
}};

// Where each team's clinics are held, in the order its members take them.
constexpr std::array<const char *, 4> kCityVenues{
    {"Highfields Children's Centre", "Belgrave Medical Centre", "Spinney Hill Medical Centre",
     "Braunstone Children's Centre"}};
constexpr std::array<const char *, 5> kCountyVenues{
    {"Melton Mowbray Children's Centre", "Loughborough Children's Centre",
     "Oakham Medical Practice", "Hinckley Children's Centre", "Market Harborough Medical Centre"}};

struct DemoPerson
{
    const char *name;
    StaffRole role;
    double fte;
    const char *skills; ///< space-separated skill codes
    const char *team;   ///< null for none
};

constexpr StaffRole kMidwife = StaffRole::Midwife;
constexpr StaffRole kMsw = StaffRole::MaternitySupportWorker;
constexpr StaffRole kSpecialist = StaffRole::SpecialistMidwife;

constexpr std::array<DemoPerson, 32> kPeople{{
    {"Priya Mistry", kMidwife, 1.0, "newborn_examination", kCity},
    {"Hannah Cooper", kMidwife, 1.0, "infant_feeding", kCity},
    {"Aisha Khan", kMidwife, 0.8, "safeguarding", kCity},
    {"Grace Okonkwo", kMidwife, 1.0, "newborn_examination phlebotomy", kCity},
    {"Harpreet Sandhu", kMidwife, 0.6, "", kCity},
    {"Emma Whitfield", kMidwife, 1.0, "phlebotomy", kCity},
    {"Zainab Hussain", kMidwife, 0.8, "infant_feeding", kCity},
    {"Joanna Kowalczyk", kMidwife, 1.0, "", kCity},
    {"Claire Hollis", kMidwife, 1.0, "newborn_examination", kCounty},
    {"Bethany Marsh", kMidwife, 0.8, "", kCounty},
    {"Kiran Chauhan", kMidwife, 1.0, "safeguarding", kCounty},
    {"Louise Atkinson", kMidwife, 0.6, "infant_feeding", kCounty},
    {"Nkechi Adebayo", kMidwife, 1.0, "phlebotomy", kCounty},
    {"Fiona MacLeod", kMidwife, 0.8, "newborn_examination", kCounty},
    {"Ruth Ellison", kMidwife, 1.0, "home_birth newborn_examination", kHomeBirth},
    {"Sunita Lad", kMidwife, 0.8, "home_birth", kHomeBirth},
    {"Megan Price", kMidwife, 1.0, "home_birth infant_feeding", kHomeBirth},
    {"Abena Owusu", kMidwife, 0.6, "home_birth", kHomeBirth},
    {"Catriona Byrne", kMidwife, 1.0, "home_birth newborn_examination", kHomeBirth},
    {"Ewa Zielinska", kMidwife, 0.8, "home_birth", kHomeBirth},
    {"Shazia Begum", kMsw, 1.0, "infant_feeding phlebotomy", kCity},
    {"Tracey Holmes", kMsw, 0.8, "phlebotomy", kCounty},
    {"Lucy Barrett", kMsw, 0.6, "infant_feeding", kHomeBirth},
    {"Jasmine Campbell", StaffRole::HealthVisitor, 1.0, "infant_feeding safeguarding", nullptr},
    {"Anand Raghavan", StaffRole::Obstetrician, 1.0, "diabetes", "Diabetes in Pregnancy Team"},
    {"Helen Whitaker", StaffRole::Obstetrician, 1.0, "hypertension",
     "Hypertension in Pregnancy Team"},
    {"Farzana Ali", kSpecialist, 1.0, "diabetes", "Diabetes in Pregnancy Team"},
    {"Deborah Osei", kSpecialist, 0.8, "hypertension", "Hypertension in Pregnancy Team"},
    {"Kate Ashworth", kSpecialist, 0.8, "perinatal_mental_health", "Perinatal Mental Health Team"},
    {"Moira Dunne", kSpecialist, 0.6, "bereavement", "Bereavement Support Team"},
    {"Precious Moyo", kSpecialist, 0.8, "teenage_pregnancy safeguarding", "Teenage Pregnancy Team"},
    {"Hodan Farah", kSpecialist, 1.0, "asylum_refugee safeguarding",
     "Asylum Seekers and Refugees Team"},
}};

QString qs(const char *value)
{
    return QString::fromUtf8(value);
}
QStringList words(const char *value)
{
    return qs(value).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Weekdays for a part-time week: as many as her FTE fills, starting on a different day for
/// each person so that the team has cover every day.
QList<int> workingDays(double fte, int index)
{
    const int count = qBound(1, qRound(fte * 5), 5);
    QList<int> days;
    for (int k = 0; k < count; ++k)
        days << 1 + (index + k) % 5;
    std::sort(days.begin(), days.end());
    return days;
}

/// Her weekly sessions: 2 or 3 half days, spread across her working days, morning and
/// afternoon in turn, at the team's venues in turn.
QList<ClinicSession> sessionsFor(const Staff &s, int index, int count, const QList<qint64> &venues,
                                 int slotMinutes)
{
    QList<ClinicSession> list;
    const auto size = static_cast<int>(s.workingDays.size());
    for (int k = 0; k < count && k < size; ++k) {
        const bool morning = (index + k) % 2 == 0;
        ClinicSession session;
        session.staffId = s.id;
        session.venueId = venues.at((index + k) % venues.size());
        session.dayOfWeek = s.workingDays.at(k * size / count);
        session.start = morning ? QTime(9, 0) : QTime(13, 30);
        session.end = morning ? QTime(12, 30) : QTime(17, 0);
        session.slotMinutes = slotMinutes;
        list << session;
    }
    return list;
}

template <std::size_t N>
QList<qint64> venueIds(const std::array<const char *, N> &names, const QHash<QString, qint64> &ids)
{
    QList<qint64> list;
    for (const char *name : names)
        list << ids.value(qs(name));
    return list;
}

bool store(const storage::Database &database, const Clock &clock, const QList<Booking> &bookings,
           QString *error)
{
    const storage::StaffRepository staff(database);
    const storage::AppointmentRepository appointments(database);
    const QDateTime at = clock.now();

    QHash<QString, qint64> teamIds;
    for (const DemoTeam &t : kTeams) {
        Team team{0, qs(t.name), t.kind, qs(t.base), words(t.areas), 35, qs(t.phone)};
        if (!staff.saveTeam(team, at, error))
            return false;
        teamIds.insert(team.name, team.id);
    }
    QHash<QString, qint64> venueIdsByName;
    for (const DemoVenue &v : kVenues) {
        Venue venue{0, qs(v.name), v.kind, qs(v.address)};
        if (!staff.saveVenue(venue, error))
            return false;
        venueIdsByName.insert(venue.name, venue.id);
    }
    const QList<qint64> city = venueIds(kCityVenues, venueIdsByName);
    const QList<qint64> county = venueIds(kCountyVenues, venueIdsByName);
    const QList<qint64> clinic{venueIdsByName.value(qs(kClinic))};
    const QList<qint64> home{venueIdsByName.value(qs(kHome))};

    QHash<qint64, QList<qint64>> midwivesByTeam; // in the order they take women
    for (int i = 0; i < static_cast<int>(kPeople.size()); ++i) {
        const DemoPerson &p = kPeople.at(static_cast<std::size_t>(i));
        Staff person{0, qs(p.name), p.role, p.fte, words(p.skills), workingDays(p.fte, i)};
        if (!staff.saveStaff(person, at, error))
            return false;
        const QString teamName = p.team ? qs(p.team) : QString();
        const qint64 teamId = teamIds.value(teamName);
        if (teamId != 0 && !staff.addMember(teamId, person.id, error))
            return false;
        QList<ClinicSession> sessions;
        if (teamName == qs(kCity) && person.isMidwife())
            sessions = sessionsFor(person, i, p.fte >= 0.8 ? 3 : 2, city, 30);
        else if (teamName == qs(kCounty) && person.isMidwife())
            sessions = sessionsFor(person, i, p.fte >= 0.8 ? 3 : 2, county, 30);
        else if (teamName == qs(kHomeBirth) && person.isMidwife())
            sessions = sessionsFor(person, i, 2, home, 60); // visits at home take longer
        else if (p.role == StaffRole::Obstetrician || p.role == kSpecialist)
            sessions = sessionsFor(person, i, 1, clinic, 30);
        for (ClinicSession &session : sessions) {
            if (!staff.saveSession(session, error))
                return false;
        }
        if (person.isMidwife() && teamId != 0)
            midwivesByTeam[teamId] << person.id;
    }

    // Her named midwife, a few days after booking, from the team that would care for her.
    QHash<qint64, int> turns;
    for (int i = 0; i < static_cast<int>(bookings.size()); ++i) {
        const Booking &b = bookings.at(i);
        qint64 teamId = 0;
        if (b.assessment.preferredPlaceOfBirth == PlaceOfBirth::Home) {
            teamId = teamIds.value(qs(kHomeBirth));
        } else {
            for (const char *name : {kCity, kCounty}) {
                const auto t = staff.teamById(teamIds.value(qs(name)));
                if (teamId == 0 && t && t->covers(b.woman.postcode))
                    teamId = t->id;
            }
        }
        const QList<qint64> midwives = midwivesByTeam.value(teamId);
        if (midwives.isEmpty() || b.pregnancy.id == 0)
            continue; // outside the demo teams' areas: left for the scheduler to place
        Allocation allocation;
        allocation.pregnancyId = b.pregnancy.id;
        allocation.teamId = teamId;
        allocation.midwifeId = midwives.at(turns[teamId]++ % midwives.size());
        allocation.recordedOn = std::min(b.pregnancy.bookingDate.addDays(2 + i % 4), clock.today());
        allocation.recordedBy = QStringLiteral("demo");
        if (!appointments.recordAllocation(allocation, at, error))
            return false;
    }
    return true;
}

} // namespace

bool storeDemoTeams(const storage::Database &database, const Clock &clock,
                    const QList<Booking> &bookings, QString *error)
{
    storage::Transaction transaction(database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!store(database, clock, bookings, error))
        return false; // the transaction rolls back
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace bb::demo
