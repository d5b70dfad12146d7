// SPDX-License-Identifier: MIT
#include "cli/SchedulingCommands.h"

#include "cli/Arguments.h"
#include "scheduling/ClinicScheduling.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
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

/// The options, the required ones, and the checks that need no database, all reported at once.
Arguments parse(const QStringList &args, std::initializer_list<const char *> options,
                std::initializer_list<const char *> required, const QStringList &formats)
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
    if (arguments.has("format") && !formats.contains(arguments.value("format")))
        arguments.fail(QStringLiteral("--format: unknown format '%1' (one of: %2)")
                           .arg(arguments.value("format"), formats.join(QStringLiteral(", "))));
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

/// Weeks as a whole number; the range is checked with the rest of the period by core.
int weeksOption(Arguments &arguments)
{
    if (!arguments.has("weeks"))
        return 0;
    bool ok = false;
    const int weeks = arguments.value("weeks").toInt(&ok);
    const FieldErrors problems = scheduling::periodProblems(QDate(2000, 1, 3), ok ? weeks : 0);
    if (!problems.isEmpty())
        arguments.fail(QStringLiteral("--weeks: '%1' %2")
                           .arg(arguments.value("weeks"), problems.front().message));
    return weeks;
}

std::unique_ptr<storage::Database> open(const Arguments &arguments, QTextStream &err)
{
    QString error;
    auto database = storage::Database::open(arguments.value("db"), &error);
    if (!database)
        err << "--db: " << error << Qt::endl;
    return database;
}

/// Core's field paths as the options that gave the values.
QStringList asOptions(const FieldErrors &errors)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("schedule.team"), QStringLiteral("--team")},
        {QStringLiteral("schedule.from"), QStringLiteral("--from")},
        {QStringLiteral("schedule.weeks"), QStringLiteral("--weeks")},
    };
    QStringList lines;
    for (const FieldError &e : errors)
        lines << options.value(e.path, e.path) + QStringLiteral(": ") + e.message;
    return lines;
}

QString csv(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    return QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

void writeRow(QTextStream &out, const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csv(field);
    out << quoted.join(QLatin1Char(',')) << '\n';
}

double oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

int runSchedule(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments =
        parse(args, {"db", "from", "weeks", "team"}, {"db", "from", "weeks"}, {});
    const QDate from = dateOption(arguments, "from");
    const int weeks = weeksOption(arguments);
    if (arguments.has("team") && arguments.value("team").trimmed().isEmpty())
        arguments.fail(QStringLiteral("--team: give a team name"));
    if (!arguments.ok())
        return refuse(arguments.errors(), err);
    const auto database = open(arguments, err);
    if (!database)
        return kFailed;

    FieldErrors problems;
    QString error;
    const auto summary = scheduling::ClinicScheduling(*database, clock)
                             .runSchedule(from, weeks, arguments.value("team"), &problems, &error);
    if (!problems.isEmpty())
        return refuse(asOptions(problems), err);
    if (!summary) {
        err << "nothing booked: " << error << Qt::endl;
        return kFailed;
    }
    QJsonArray unplaced;
    for (const scheduling::Unplaced &u : summary->unplaced) {
        unplaced.append(QJsonObject{{QStringLiteral("nhs_number"), u.contact.nhsNumber},
                                    {QStringLiteral("week"), u.contact.week},
                                    {QStringLiteral("reason"), u.reason}});
    }
    const QJsonObject json{
        {QStringLiteral("booked"), summary->booked},
        {QStringLiteral("unplaced"), unplaced},
        {QStringLiteral("with_named_midwife_pct"), oneDecimal(summary->withNamedMidwifePercent)},
        {QStringLiteral("with_team_pct"), oneDecimal(summary->withTeamPercent)}};
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
    return kDone;
}

int runRota(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parse(args, {"db", "team", "from", "weeks", "format"},
                                {"db", "team", "from", "weeks"}, {QStringLiteral("csv")});
    const QDate from = dateOption(arguments, "from");
    const int weeks = weeksOption(arguments);
    if (!arguments.ok())
        return refuse(arguments.errors(), err);
    const auto database = open(arguments, err);
    if (!database)
        return kFailed;

    FieldErrors problems;
    const auto rota = scheduling::ClinicScheduling(*database, clock)
                          .homeBirthRota(arguments.value("team"), from, weeks, &problems);
    if (!problems.isEmpty() || !rota)
        return refuse(asOptions(problems), err);
    QHash<qint64, QString> names;
    for (const scheduling::Clinician &c : rota->midwives)
        names.insert(c.id, c.name);
    writeRow(out, {QStringLiteral("date"), QStringLiteral("shift"), QStringLiteral("clinician_id"),
                   QStringLiteral("clinician_name")});
    for (const scheduling::RotaShift &shift : rota->rota.shifts) {
        QList<qint64> ids = shift.midwifeIds;
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids)
            writeRow(out, {shift.date.toString(Qt::ISODate),
                           shift.kind == scheduling::ShiftKind::Day ? QStringLiteral("day")
                                                                    : QStringLiteral("night"),
                           QString::number(id), names.value(id)});
    }
    out.flush();
    // The rota is still printed; who must find cover needs to know where the holes are.
    if (!rota->rota.gaps.isEmpty())
        err << "warning: " << rota->rota.gaps.size()
            << " shift(s) have fewer than two midwives on call" << Qt::endl;
    return kDone;
}

int runContinuity(const QStringList &args, const Clock &clock, QTextStream &out,
                  QTextStream &err)
{
    Arguments arguments = parse(args, {"db", "as-of", "format"}, {"db", "as-of"},
                                {QStringLiteral("json"), QStringLiteral("csv")});
    const QDate asOf = dateOption(arguments, "as-of");
    if (!arguments.ok())
        return refuse(arguments.errors(), err);
    const auto database = open(arguments, err);
    if (!database)
        return kFailed;

    const scheduling::ContinuityReport report =
        scheduling::ClinicScheduling(*database, clock).continuityReport(asOf);
    if (arguments.value("format") == QLatin1String("csv")) {
        writeRow(out, {QStringLiteral("nhs_number"), QStringLiteral("named_midwife_id"),
                       QStringLiteral("team"), QStringLiteral("placed"), QStringLiteral("receiving"),
                       QStringLiteral("attended_contacts"), QStringLiteral("with_named_midwife"),
                       QStringLiteral("with_team"), QStringLiteral("distinct_clinicians")});
        for (const scheduling::WomanContinuity &w : report.women) {
            const scheduling::ContinuityOutcome &o = w.outcome;
            writeRow(out, {w.nhsNumber,
                           w.namedMidwifeId != 0 ? QString::number(w.namedMidwifeId) : QString(),
                           w.team, yesNo(o.placed), yesNo(o.receiving),
                           QString::number(o.attendedContacts), QString::number(o.withNamedMidwife),
                           QString::number(o.withTeam), QString::number(o.distinctClinicians)});
        }
        out.flush();
        return kDone;
    }
    QJsonArray teams;
    for (const scheduling::ContinuityGroup &t : report.teams)
        teams.append(QJsonObject{{QStringLiteral("team"), t.name},
                                 {QStringLiteral("women"), t.figures.women},
                                 {QStringLiteral("placed"), t.figures.placed},
                                 {QStringLiteral("receiving"), t.figures.receiving}});
    QJsonArray women;
    for (const scheduling::WomanContinuity &w : report.women) {
        const scheduling::ContinuityOutcome &o = w.outcome;
        women.append(QJsonObject{
            {QStringLiteral("nhs_number"), w.nhsNumber},
            {QStringLiteral("named_midwife_id"),
             w.namedMidwifeId != 0 ? QJsonValue(w.namedMidwifeId) : QJsonValue()},
            {QStringLiteral("team"), w.teamId != 0 ? QJsonValue(w.team) : QJsonValue()},
            {QStringLiteral("placed"), o.placed},
            {QStringLiteral("receiving"), o.receiving},
            {QStringLiteral("attended_contacts"), o.attendedContacts},
            {QStringLiteral("with_named_midwife"), o.withNamedMidwife},
            {QStringLiteral("with_team"), o.withTeam},
            {QStringLiteral("distinct_clinicians"), o.distinctClinicians}});
    }
    const QJsonObject json{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                           {QStringLiteral("teams"), teams},
                           {QStringLiteral("women"), women}};
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
    return kDone;
}

} // namespace bb::cli
