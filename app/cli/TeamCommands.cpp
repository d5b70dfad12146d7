// SPDX-License-Identifier: MIT
#include "cli/TeamCommands.h"

#include "cli/Arguments.h"
#include "clinical/NhsNumber.h"
#include "scheduling/ClinicScheduling.h"
#include "storage/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <memory>

namespace bb::cli {
namespace {

constexpr int kDone = 0;
constexpr int kFailed = 1;
constexpr int kBadInput = 2;

int refuse(const QStringList &lines, QTextStream &err)
{
    for (const QString &line : lines)
        err << line << Qt::endl;
    return kBadInput;
}

/// The options, their required ones, and the checks that need no database; every problem is
/// collected so that one run reports them all.
Arguments parse(const QStringList &args, std::initializer_list<const char *> options,
                std::initializer_list<const char *> required)
{
    Arguments arguments(args, options);
    arguments.require(required);
    for (const QString &extra : arguments.positional())
        arguments.fail(QStringLiteral("%1: unexpected argument").arg(extra));
    const QString db = arguments.value("db");
    // Opening a missing file would create an empty database: bad input must change nothing.
    if (arguments.has("db") && (db.isEmpty() || !QFileInfo::exists(db)))
        arguments.fail(
            QStringLiteral("--db: %1 does not exist (bbclinic-cli init makes one)").arg(db));
    if (arguments.has("format") && arguments.value("format") != QLatin1String("csv"))
        arguments.fail(QStringLiteral("--format: unknown format '%1' (one of: csv)")
                           .arg(arguments.value("format")));
    if (arguments.has("nhs-number")) {
        const QString problem =
            clinical::nhs::problem(clinical::nhs::normalise(arguments.value("nhs-number")));
        if (!problem.isEmpty())
            arguments.fail(QStringLiteral("--nhs-number: ") + problem);
    }
    return arguments;
}

/// Only YYYY-MM-DD, and only a day the calendar has: 2026-02-30 is refused, not moved.
QDate dateOption(Arguments &arguments, const char *name)
{
    if (!arguments.has(name))
        return {};
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString value = arguments.value(name);
    const QDate date =
        iso.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!date.isValid())
        arguments.fail(QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)")
                           .arg(QLatin1String(name), value));
    return date;
}

qint64 idOption(Arguments &arguments, const char *name)
{
    if (!arguments.has(name))
        return 0;
    bool ok = false;
    const qint64 id = arguments.value(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        arguments.fail(
            QStringLiteral(
                "--%1: '%2' is not a staff id (a whole number, as `bbclinic-cli staff` lists)")
                .arg(QLatin1String(name), arguments.value(name)));
    }
    return id;
}

void checkRange(Arguments &arguments, const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && to < from)
        arguments.fail(QStringLiteral("--to: %1 is before --from %2")
                           .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
}

std::unique_ptr<storage::Database> open(const Arguments &arguments, QTextStream &err)
{
    QString error;
    auto database = storage::Database::open(arguments.value("db"), &error);
    if (!database)
        err << "--db: " << error << Qt::endl;
    return database;
}

/// A repository's field path as the option that gave the value, so a refusal names what to fix.
QString asOption(const FieldError &error)
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
    return options.value(error.path, error.path) + QStringLiteral(": ") + error.message;
}

QStringList asOptions(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << asOption(e);
    return lines;
}

/// Her latest pregnancy, found by NHS number; otherwise why not, as an `--nhs-number` line.
std::optional<Pregnancy> latestPregnancy(const storage::Database &database, const Clock &clock,
                                         const Arguments &arguments, QStringList &problems,
                                         QString *who)
{
    const QString nhsNumber = clinical::nhs::normalise(arguments.value("nhs-number"));
    const QString shown = clinical::nhs::format(nhsNumber);
    const auto woman = storage::WomanRepository(database, clock).byNhsNumber(nhsNumber);
    if (!woman) {
        problems << QStringLiteral("--nhs-number: no woman with NHS number %1 in this database")
                        .arg(shown);
        return std::nullopt;
    }
    *who = QStringLiteral("%1 (%2)").arg(woman->fullName(), shown);
    const QList<Pregnancy> pregnancies =
        storage::PregnancyRepository(database, clock).forWoman(woman->id);
    if (pregnancies.isEmpty()) {
        problems << QStringLiteral("--nhs-number: %1 has no booking yet").arg(*who);
        return std::nullopt;
    }
    return pregnancies.front(); // newest first
}

std::optional<Staff> clinician(const storage::StaffRepository &staff, const char *option, qint64 id,
                               QStringList &problems)
{
    auto found = staff.staffById(id);
    if (!found)
        problems << QStringLiteral("--%1: no staff member with id %2")
                        .arg(QLatin1String(option))
                        .arg(id);
    return found;
}

QString csv(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    return QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

void writeRow(QTextStream &out, const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csv(field);
    out << quoted.join(QLatin1Char(',')) << '\n';
}

/// Each staff member's team names, joined with ';' when she is in more than one.
QHash<qint64, QString> teamNamesByStaff(const storage::StaffRepository &staff)
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
    const Arguments arguments = parse(args, {"db", "format"}, {"db"});
    if (!arguments.ok())
        return refuse(arguments.errors(), err);
    const auto database = open(arguments, err);
    if (!database)
        return kFailed;
    const storage::StaffRepository staff(*database, clock);
    const QHash<qint64, QString> teams = teamNamesByStaff(staff);
    writeRow(out, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
                   QStringLiteral("team"), QStringLiteral("fte"), QStringLiteral("skills")});
    for (const Staff &s : staff.staff()) {
        writeRow(out, {QString::number(s.id), s.name, codes::toCode(s.role), teams.value(s.id),
                       QString::number(s.fte), s.skills.join(QLatin1Char(';'))});
    }
    out.flush();
    return kDone;
}

int runAssign(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parse(args, {"db", "nhs-number", "midwife", "team", "date"},
                                {"db", "nhs-number", "midwife", "team", "date"});
    const qint64 midwifeId = idOption(arguments, "midwife");
    const QDate date = dateOption(arguments, "date");
    if (!arguments.ok())
        return refuse(arguments.errors(), err);
    const auto database = open(arguments, err);
    if (!database)
        return kFailed;

    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*database, clock, arguments, problems, &who);
    const storage::StaffRepository staff(*database, clock);
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

    const storage::AppointmentRepository appointments(*database, clock);
    Allocation allocation{0, pregnancy->id, midwifeId, team->id, date, {}};
    const FieldErrors refused = appointments.problems(allocation);
    if (!refused.isEmpty())
        return refuse(asOptions(refused), err);
    QString error;
    if (!appointments.recordAllocation(allocation, &error)) {
        const FieldErrors now =
            appointments.problems(allocation); // changed by another user meanwhile
        if (!now.isEmpty())
            return refuse(asOptions(now), err);
        err << "not recorded: " << error << Qt::endl;
        return kFailed;
    }
    out << "Recorded " << midwife->name << " (" << team->name << ") as the named midwife of " << who
        << " from " << date.toString(Qt::ISODate) << "." << Qt::endl;
    return kDone;
}

int runRecordContact(const QStringList &args, const Clock &clock, QTextStream &out,
                     QTextStream &err)
{
    Arguments arguments = parse(args, {"db", "nhs-number", "date", "clinician", "attended"},
                                {"db", "nhs-number", "date", "clinician", "attended"});
    const QDate date = dateOption(arguments, "date");
    const qint64 clinicianId = idOption(arguments, "clinician");
    const QString attended = arguments.value("attended");
    if (arguments.has("attended") && attended != QLatin1String("yes") &&
        attended != QLatin1String("no"))
        arguments.fail(QStringLiteral("--attended: '%1' must be yes or no").arg(attended));
    // Whether she came is known only afterwards.
    if (date.isValid() && date > clock.today())
        arguments.fail(
            QStringLiteral("--date: %1 is in the future; record a contact once it is due")
                .arg(date.toString(Qt::ISODate)));
    if (!arguments.ok())
        return refuse(arguments.errors(), err);
    const auto database = open(arguments, err);
    if (!database)
        return kFailed;

    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*database, clock, arguments, problems, &who);
    const auto person =
        clinician(storage::StaffRepository(*database, clock), "clinician", clinicianId, problems);
    if (!problems.isEmpty())
        return refuse(problems, err);

    Appointment contact;
    contact.pregnancyId = pregnancy->id;
    contact.clinicianId = clinicianId;
    contact.date = date;
    contact.kind = AppointmentKind::AntenatalContact;
    contact.status = attended == QLatin1String("yes") ? AppointmentStatus::Attended
                                                      : AppointmentStatus::DidNotAttend;
    const storage::AppointmentRepository appointments(*database, clock);
    const FieldErrors refused = appointments.problems(contact);
    if (!refused.isEmpty())
        return refuse(asOptions(refused), err);
    QString error;
    if (!appointments.save(contact, &error)) {
        const FieldErrors now = appointments.problems(contact);
        if (!now.isEmpty())
            return refuse(asOptions(now), err);
        err << "not recorded: " << error << Qt::endl;
        return kFailed;
    }
    out << "Recorded an antenatal contact with " << person->name << " on "
        << date.toString(Qt::ISODate) << " for " << who << ": "
        << codes::label(contact.status).toLower() << "." << Qt::endl;
    return kDone;
}

int runAbsence(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parse(args, {"db", "clinician", "from", "to", "reason"},
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
        return refuse(arguments.errors(), err);
    const auto database = open(arguments, err);
    if (!database)
        return kFailed;

    const storage::StaffRepository staff(*database, clock);
    QStringList problems;
    const auto person = clinician(staff, "clinician", clinicianId, problems);
    if (!problems.isEmpty())
        return refuse(problems, err);
    // Stored and rebooked together: an absence never leaves her appointments unexamined.
    FieldErrors refused;
    QString error;
    const auto result = scheduling::ClinicScheduling(*database, clock)
                            .recordAbsenceAndRebook({0, clinicianId, from, to, *reason}, &refused,
                                                    &error);
    if (!refused.isEmpty())
        return refuse(asOptions(refused), err);
    if (!result) {
        err << "not recorded: " << error << Qt::endl;
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
    Arguments arguments = parse(args, {"db", "from", "to", "format"}, {"db", "from", "to"});
    const QDate from = dateOption(arguments, "from");
    const QDate to = dateOption(arguments, "to");
    checkRange(arguments, from, to);
    if (!arguments.ok())
        return refuse(arguments.errors(), err);
    const auto database = open(arguments, err);
    if (!database)
        return kFailed;

    const QHash<qint64, QString> teams =
        teamNamesByStaff(storage::StaffRepository(*database, clock));
    const auto hhmm = [](const QTime &time) {
        return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
    };
    writeRow(out, {QStringLiteral("date"), QStringLiteral("start"), QStringLiteral("end"),
                   QStringLiteral("clinician_id"), QStringLiteral("clinician_name"),
                   QStringLiteral("team"), QStringLiteral("nhs_number"), QStringLiteral("kind"),
                   QStringLiteral("venue"), QStringLiteral("status")});
    for (const storage::AppointmentListing &row :
         storage::AppointmentRepository(*database, clock).between(from, to)) {
        const Appointment &a = row.appointment;
        writeRow(out,
                 {a.date.toString(Qt::ISODate), hhmm(a.start), hhmm(a.end),
                  QString::number(a.clinicianId), row.clinicianName, teams.value(a.clinicianId),
                  row.nhsNumber, codes::toCode(a.kind), row.venueName, codes::toCode(a.status)});
    }
    out.flush();
    return kDone;
}

} // namespace bb::cli
