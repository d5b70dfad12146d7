// SPDX-License-Identifier: MIT
#include "cli/SchedulingCommands.h"

#include "care/Scheduling.h"
#include "cli/CommandSupport.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace bb::cli {
namespace {

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

/// Core's field paths as the options that gave the values.
QStringList asOptions(const FieldErrors &errors)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("schedule.team"), QStringLiteral("--team")},
        {QStringLiteral("schedule.from"), QStringLiteral("--from")},
        {QStringLiteral("schedule.weeks"), QStringLiteral("--weeks")},
    };
    return cli::asOptions(errors, options);
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
        parseOptions(args, {"db", "from", "weeks", "team"}, {"db", "from", "weeks"}, {});
    const QDate from = dateOption(arguments, "from");
    const int weeks = weeksOption(arguments);
    if (arguments.has("team") && arguments.value("team").trimmed().isEmpty())
        arguments.fail(QStringLiteral("--team: give a team name"));
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    const auto summary =
        run->clinic->scheduling.runSchedule({from, weeks, arguments.value("team")}, run->actor);
    if (summary.invalid())
        return refuse(asOptions(summary.fieldErrors()), err);
    if (!summary) {
        err << "nothing booked: " << summary.message() << Qt::endl;
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
    Arguments arguments = parseOptions(args, {"db", "team", "from", "weeks", "format"},
                                       {"db", "team", "from", "weeks"}, {QStringLiteral("csv")});
    const QDate from = dateOption(arguments, "from");
    const int weeks = weeksOption(arguments);
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    const auto rota = run->clinic->scheduling.homeBirthRota({arguments.value("team"), from, weeks});
    if (rota.invalid())
        return refuse(asOptions(rota.fieldErrors()), err);
    if (!rota) {
        err << "no rota: " << rota.message() << Qt::endl;
        return kFailed;
    }
    QHash<qint64, QString> names;
    for (const scheduling::Clinician &c : rota->midwives)
        names.insert(c.id, c.name);
    writeCsvRow(out, {QStringLiteral("date"), QStringLiteral("shift"),
                      QStringLiteral("clinician_id"), QStringLiteral("clinician_name")});
    for (const scheduling::RotaShift &shift : rota->rota.shifts) {
        QList<qint64> ids = shift.midwifeIds;
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids)
            writeCsvRow(out, {shift.date.toString(Qt::ISODate),
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

int runContinuity(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(args, {"db", "as-of", "format"}, {"db", "as-of"},
                                       {QStringLiteral("json"), QStringLiteral("csv")});
    const QDate asOf = dateOption(arguments, "as-of");
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    const scheduling::ContinuityReport report = run->clinic->scheduling.continuityReport(asOf);
    if (arguments.value("format") == QLatin1String("csv")) {
        writeCsvRow(out,
                    {QStringLiteral("nhs_number"), QStringLiteral("named_midwife_id"),
                     QStringLiteral("team"), QStringLiteral("placed"), QStringLiteral("receiving"),
                     QStringLiteral("attended_contacts"), QStringLiteral("with_named_midwife"),
                     QStringLiteral("with_team"), QStringLiteral("distinct_clinicians")});
        for (const scheduling::WomanContinuity &w : report.women) {
            const scheduling::ContinuityOutcome &o = w.outcome;
            writeCsvRow(out,
                        {w.nhsNumber,
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
        women.append(
            QJsonObject{{QStringLiteral("nhs_number"), w.nhsNumber},
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
