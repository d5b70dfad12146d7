// SPDX-License-Identifier: MIT
#include "cli/TeamCommands.h"

#include "care/Scheduling.h"
#include "cli/CommandSupport.h"
#include "clinical/NhsNumber.h"
#include "util/Clock.h"

#include <QHash>

namespace bb::cli {
namespace {

void checkRange(Arguments &arguments, const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && to < from)
        arguments.fail(QStringLiteral("--to: %1 is before --from %2")
                           .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
}

/// A repository's field paths as the options that gave the values.
QStringList asOptions(const FieldErrors &errors)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("allocation.midwife_id"), QStringLiteral("--midwife")},
        {QStringLiteral("allocation.team_id"), QStringLiteral("--team")},
        {QStringLiteral("allocation.pregnancy_id"), QStringLiteral("--nhs-number")},
        {QStringLiteral("allocation.recorded_on"), QStringLiteral("--date")},
        {QStringLiteral("appointment.clinician_id"), QStringLiteral("--clinician")},
        {QStringLiteral("appointment.start"), QStringLiteral("--clinician")},
        {QStringLiteral("appointment.date"), QStringLiteral("--date")},
        {QStringLiteral("appointment.pregnancy_id"), QStringLiteral("--nhs-number")},
        {QStringLiteral("absence.staff_id"), QStringLiteral("--clinician")},
        {QStringLiteral("absence.from"), QStringLiteral("--from")},
        {QStringLiteral("absence.to"), QStringLiteral("--to")},
    };
    return cli::asOptions(errors, options);
}

/// Each staff member's team names, joined with ';' when she is in more than one.
QHash<qint64, QString> teamNamesByStaff(const care::Staffing &staff)
{
    QHash<qint64, QString> names;
    const QList<TeamMembership> memberships = staff.memberships();
    for (const Team &team : staff.teams()) {
        for (const TeamMembership &m : memberships) {
            if (m.teamId != team.id)
                continue;
            QString &joined = names[m.staffId];
            joined += (joined.isEmpty() ? QString() : QStringLiteral(";")) + team.name;
        }
    }
    return names;
}

} // namespace

int runStaff(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    const Arguments arguments =
        parseOptions(args, {"db", "format"}, {"db"}, {QStringLiteral("csv")});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const care::Staffing &staff = run->clinic->staffing;
    const QHash<qint64, QString> teams = teamNamesByStaff(staff);
    writeCsvRow(out, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
                      QStringLiteral("team"), QStringLiteral("fte"), QStringLiteral("skills")});
    for (const Staff &s : staff.staff()) {
        writeCsvRow(out, {QString::number(s.id), s.name, codes::toCode(s.role), teams.value(s.id),
                          QString::number(s.fte), s.skills.join(QLatin1Char(';'))});
    }
    out.flush();
    return kDone;
}

int runAssign(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(args, {"db", "nhs-number", "midwife", "team", "date"},
                                       {"db", "nhs-number", "midwife", "team", "date"});
    const qint64 midwifeId = idOption(arguments, "midwife");
    const QDate date = dateOption(arguments, "date");
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*run, arguments, problems, &who);
    const care::Staffing &staff = run->clinic->staffing;
    const auto midwife = clinician(staff, "midwife", midwifeId, problems);
    const auto team = staff.teamByName(arguments.value("team"));
    if (!team) {
        QStringList names;
        for (const Team &t : staff.teams())
            names << t.name;
        problems << QStringLiteral("--team: no team named '%1' (teams: %2)")
                        .arg(arguments.value("team"), names.join(QStringLiteral(", ")));
    }
    if (!problems.isEmpty())
        return refuse(problems, err);

    const auto recorded = run->clinic->scheduling.allocate(
        {0, pregnancy->id, midwifeId, team->id, date, {}}, run->actor);
    if (recorded.invalid())
        return refuse(asOptions(recorded.fieldErrors()), err);
    if (!recorded) {
        err << "not recorded: " << recorded.message() << Qt::endl;
        return kFailed;
    }
    out << "Recorded " << midwife->name << " (" << team->name << ") as the named midwife of " << who
        << " from " << date.toString(Qt::ISODate) << "." << Qt::endl;
    return kDone;
}

int runAbsence(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(args, {"db", "clinician", "from", "to", "reason"},
                                       {"db", "clinician", "from", "to", "reason"});
    const qint64 clinicianId = idOption(arguments, "clinician");
    const QDate from = dateOption(arguments, "from");
    const QDate to = dateOption(arguments, "to");
    checkRange(arguments, from, to);
    const auto reason = codes::absenceReasonFromCode(arguments.value("reason"));
    if (arguments.has("reason") && !reason) {
        arguments.fail(QStringLiteral("--reason: '%1' is not a reason (one of: %2)")
                           .arg(arguments.value("reason"),
                                codes::absenceReasonCodes().join(QStringLiteral(", "))));
    }
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    const care::Staffing &staff = run->clinic->staffing;
    QStringList problems;
    const auto person = clinician(staff, "clinician", clinicianId, problems);
    if (!problems.isEmpty())
        return refuse(problems, err);
    // Stored and rebooked together: an absence never leaves her appointments unexamined.
    const auto result = run->clinic->scheduling.recordAbsenceAndRebook(
        {0, clinicianId, from, to, *reason}, run->actor);
    if (result.invalid())
        return refuse(asOptions(result.fieldErrors()), err);
    if (!result) {
        err << "not recorded: " << result.message() << Qt::endl;
        return kFailed;
    }
    out << "Recorded " << codes::label(*reason).toLower() << " for " << person->name << " from "
        << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate) << "." << Qt::endl;
    if (!result->rebooked.isEmpty())
        out << "Rebooked " << result->rebooked.size() << " appointment(s)." << Qt::endl;
    for (const scheduling::Unplaced &u : result->toActOn) {
        out << "Could not rebook " << clinical::nhs::format(u.contact.nhsNumber);
        if (u.contact.week > 0)
            out << " (week " << u.contact.week << ")";
        out << ": " << u.reason << Qt::endl;
    }
    return kDone;
}

int runAppointments(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(args, {"db", "from", "to", "format"}, {"db", "from", "to"},
                                       {QStringLiteral("csv")});
    const QDate from = dateOption(arguments, "from");
    const QDate to = dateOption(arguments, "to");
    checkRange(arguments, from, to);
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    const QHash<qint64, QString> teams = teamNamesByStaff(run->clinic->staffing);
    const auto hhmm = [](const QTime &time) {
        return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
    };
    writeCsvRow(out, {QStringLiteral("date"), QStringLiteral("start"), QStringLiteral("end"),
                      QStringLiteral("clinician_id"), QStringLiteral("clinician_name"),
                      QStringLiteral("team"), QStringLiteral("nhs_number"), QStringLiteral("kind"),
                      QStringLiteral("venue"), QStringLiteral("status")});
    for (const AppointmentListing &row : run->clinic->scheduling.appointmentsBetween(from, to)) {
        const Appointment &a = row.appointment;
        writeCsvRow(out,
                    {a.date.toString(Qt::ISODate), hhmm(a.start), hhmm(a.end),
                     QString::number(a.clinicianId), row.clinicianName, teams.value(a.clinicianId),
                     row.nhsNumber, codes::toCode(a.kind), row.venueName, codes::toCode(a.status)});
    }
    out.flush();
    return kDone;
}

} // namespace bb::cli
