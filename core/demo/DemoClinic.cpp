// SPDX-License-Identifier: MIT
#include "demo/DemoClinic.h"

#include "care/Clinic.h"
#include "demo/DemoAfterBirth.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "demo/DemoLosses.h"
#include "demo/DemoTeams.h"
#include "storage/StaffRepository.h"
#include "util/Clock.h"

#include <QSet>

namespace bb::demo {
namespace {

UserRole roleOf(const Staff &staff, bool leadsTeam)
{
    switch (staff.role) {
    case StaffRole::MaternitySupportWorker:
        return UserRole::SupportWorker;
    case StaffRole::HealthVisitor:
        return UserRole::HealthVisitor;
    case StaffRole::Midwife:
        return leadsTeam ? UserRole::TeamLead : UserRole::Midwife;
    case StaffRole::Obstetrician:
    case StaffRole::SpecialistMidwife:
        break;
    }
    return UserRole::Midwife;
}

// Everyone on the staff list, the first midwife of each community team leading it.
QList<UserChange> demoPeople(const storage::Database &database)
{
    const storage::StaffRepository staffing(database);
    QSet<qint64> leads;
    for (const Team &team : staffing.teams()) {
        if (team.kind != TeamKind::Continuity && team.kind != TeamKind::Community &&
            team.kind != TeamKind::HomeBirth)
            continue;
        for (const Staff &member : staffing.members(team.id)) {
            if (member.role == StaffRole::Midwife) {
                leads.insert(member.id);
                break;
            }
        }
    }
    QList<UserChange> people{{QStringLiteral("admin"), QStringLiteral("Demo Administrator"),
                              UserRole::Administrator, 0}};
    for (const Staff &staff : staffing.staff())
        people.append({demoUsername(staff.name), staff.name,
                       roleOf(staff, leads.contains(staff.id)), staff.id});
    return people;
}

} // namespace

QString demoUsername(const QString &staffName)
{
    QString name = staffName.simplified().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('.'));
    name.remove(QLatin1Char('\''));
    return name;
}

bool storeDemoClinic(const storage::Database &database, const care::Clinic &clinic, bool history,
                     QString *error)
{
    const Clock &clock = clinic.clock();
    // The demonstration data is written by the generator, recorded as "demo".
    const Actor demo = Actor::named(QStringLiteral("demo"), UserRole::TeamLead);
    const auto stored = clinic.bookings.saveAll(demoBookings(clock.today()), demo);
    if (!stored) {
        *error = QStringLiteral("demo data not stored: %1").arg(stored.message());
        return false;
    }
    const QList<Booking> &bookings = stored.value();
    if (!storeDemoTeams(database, clock, bookings, error)) {
        *error = QStringLiteral("demo teams not stored: %1").arg(*error);
        return false;
    }
    const auto users = clinic.users.addDemonstrationUsers(demoPeople(database),
                                                          QString::fromLatin1(kDemoPassword), demo);
    if (!users) {
        *error = QStringLiteral("demo users not stored: %1").arg(users.message());
        return false;
    }
    if (!history)
        return true;
    if (!storeDemoHistory(database, clock, error)) {
        *error = QStringLiteral("demo appointments not stored: %1").arg(*error);
        return false;
    }
    if (!storeDemoAfterBirth(database, clock, bookings, error)) {
        *error = QStringLiteral("demo births not stored: %1").arg(*error);
        return false;
    }
    if (!storeDemoLosses(database, clock, bookings, error)) {
        *error = QStringLiteral("demo loss and referrals not stored: %1").arg(*error);
        return false;
    }
    return true;
}

} // namespace bb::demo
