// SPDX-License-Identifier: MIT
#include "domain/Team.h"

#include "domain/PhoneNumber.h"

#include <QRegularExpression>

#include <set>

namespace bb {
namespace {

const QRegularExpression &outwardPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{1,2}[0-9][0-9A-Z]?$"));
    return pattern;
}

// A team may cover a whole postcode area (LE) as well as single districts (LE15).
const QRegularExpression &areaPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{1,2}([0-9][0-9A-Z]?)?$"));
    return pattern;
}

QString lettersOf(const QString &outward)
{
    qsizetype n = 0;
    while (n < outward.size() && outward.at(n).isLetter())
        ++n;
    return outward.left(n);
}

void require(FieldErrors &errors, bool ok, const QString &path, const QString &message)
{
    if (!ok)
        errors.append({path, message});
}

QString field(const char *value)
{
    return QString::fromLatin1(value);
}

} // namespace

QString outwardCode(const QString &postcode)
{
    const QString simplified = postcode.simplified().toUpper();
    QString outward;
    if (simplified.contains(QLatin1Char(' '))) {
        outward = simplified.section(QLatin1Char(' '), 0, 0);
    } else {
        // A full postcode always ends in its three-character inward code (digit, two letters);
        // an outward code alone has at most four characters.
        outward = simplified.size() >= 5 ? simplified.left(simplified.size() - 3) : simplified;
    }
    return outwardPattern().match(outward).hasMatch() ? outward : QString();
}

bool Team::covers(const QString &postcode) const
{
    const QString outward = outwardCode(postcode);
    if (outward.isEmpty())
        return false;
    const QString letters = lettersOf(outward);
    for (const QString &area : postcodeAreas) {
        if (area == outward || area == letters)
            return true;
    }
    return false;
}

FieldErrors validate(const Staff &staff)
{
    FieldErrors errors;
    require(errors, !staff.name.trimmed().isEmpty(), field("staff.name"), field("is required"));
    require(
        errors, staff.fte > 0.0 && staff.fte <= 1.0, field("staff.fte"),
        QStringLiteral("must be above 0 and at most 1 (%1 hours a week is 1)").arg(kFullTimeHours));
    const QStringList known = codes::skillCodes();
    for (const QString &skill : staff.skills) {
        require(errors, known.contains(skill), field("staff.skills"),
                QStringLiteral("unknown skill '%1' (one of: %2)")
                    .arg(skill, known.join(QStringLiteral(", "))));
    }
    QStringList unique = staff.skills;
    require(errors, unique.removeDuplicates() == 0, field("staff.skills"),
            field("lists a skill twice"));
    std::set<int> days;
    for (int day : staff.workingDays) {
        require(errors, day >= 1 && day <= 7, field("staff.working_days"),
                QStringLiteral("%1 is not a day of the week (1 Monday to 7 Sunday)").arg(day));
        require(errors, days.insert(day).second, field("staff.working_days"),
                QStringLiteral("lists day %1 twice").arg(day));
    }
    return errors;
}

FieldErrors validate(const Team &team)
{
    FieldErrors errors;
    require(errors, !team.name.trimmed().isEmpty(), field("team.name"), field("is required"));
    for (const QString &area : team.postcodeAreas) {
        require(errors, areaPattern().match(area.trimmed().toUpper()).hasMatch(),
                field("team.postcode_areas"),
                QStringLiteral("'%1' is not a postcode area or outward code (LE, LE1, LE15)")
                    .arg(area));
    }
    require(errors, team.caseloadPerFullTimeMidwife > 0,
            field("team.caseload_per_full_time_midwife"), field("must be at least 1 woman a year"));
    if (!team.phone.trimmed().isEmpty()) {
        const QString problem = ukPhoneNumberProblem(team.phone);
        require(errors, problem.isEmpty(), field("team.phone"), problem);
    }
    return errors;
}

FieldErrors validate(const Venue &venue)
{
    FieldErrors errors;
    require(errors, !venue.name.trimmed().isEmpty(), field("venue.name"), field("is required"));
    return errors;
}

FieldErrors validate(const ClinicSession &session)
{
    FieldErrors errors;
    require(errors, session.venueId > 0, field("session.venue_id"), field("is required"));
    require(errors, session.staffId > 0, field("session.staff_id"), field("is required"));
    require(errors, session.dayOfWeek >= 1 && session.dayOfWeek <= 7, field("session.day_of_week"),
            field("must be 1 (Monday) to 7 (Sunday)"));
    const bool timed = session.start.isValid() && session.end.isValid();
    require(errors, timed, field("session.start"), field("start and end times are required"));
    if (timed) {
        require(errors, session.start < session.end, field("session.end"),
                field("must be after the start"));
        require(errors,
                session.slotMinutes >= 5 &&
                    session.slotMinutes * 60 <= session.start.secsTo(session.end),
                field("session.slot_minutes"),
                field("must be at least 5 minutes and fit in the session"));
    }
    return errors;
}

FieldErrors validate(const Absence &absence)
{
    FieldErrors errors;
    require(errors, absence.staffId > 0, field("absence.staff_id"), field("is required"));
    require(errors, absence.from.isValid(), field("absence.from"), field("is required"));
    require(errors, absence.to.isValid(), field("absence.to"), field("is required"));
    if (absence.from.isValid() && absence.to.isValid())
        require(errors, absence.from <= absence.to, field("absence.to"),
                field("is before the start"));
    return errors;
}

FieldErrors validate(const Appointment &appointment)
{
    FieldErrors errors;
    require(errors, appointment.pregnancyId > 0, field("appointment.pregnancy_id"),
            field("is required"));
    require(errors, appointment.clinicianId > 0, field("appointment.clinician_id"),
            field("is required"));
    require(errors, appointment.date.isValid(), field("appointment.date"), field("is required"));
    require(errors, appointment.start.isValid() == appointment.end.isValid(),
            field("appointment.end"), field("give both start and end times, or neither"));
    if (appointment.isTimed())
        require(errors, appointment.start < appointment.end, field("appointment.end"),
                field("must be after the start"));
    if (appointment.contactWeek) {
        require(errors, *appointment.contactWeek >= 4 && *appointment.contactWeek <= 44,
                field("appointment.contact_week"), field("must be a week of pregnancy, 4 to 44"));
    }
    require(errors,
            appointment.status != AppointmentStatus::Cancelled ||
                !appointment.reason.trimmed().isEmpty(),
            field("appointment.reason"), field("a cancellation needs a reason"));
    return errors;
}

} // namespace bb
