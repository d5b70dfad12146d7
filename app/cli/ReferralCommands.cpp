// SPDX-License-Identifier: MIT
#include "cli/ReferralCommands.h"

#include "cli/CommandSupport.h"
#include "cli/OptionReaders.h"
#include "domain/Referral.h"
#include "util/Clock.h"

#include <QJsonArray>

namespace bb::cli {
namespace {

QString iso(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

// `--team` as its code (`bereavement`) or as its name (`Bereavement midwives`), any case.
QString teamCode(const QString &given)
{
    const QString wanted = given.trimmed();
    for (const QString &code : codes::referralTeamCodes()) {
        if (wanted.compare(code, Qt::CaseInsensitive) == 0 ||
            wanted.compare(codes::referralTeamLabel(code), Qt::CaseInsensitive) == 0)
            return code;
    }
    return wanted;
}

QJsonObject listingJson(const ReferralListing &l)
{
    const Referral &r = l.referral;
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("nhs_number"), l.nhsNumber},
            {QStringLiteral("name"), l.womanName},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("team"), r.team},
            {QStringLiteral("status"), codes::toCode(r.status)},
            {QStringLiteral("source"), codes::toCode(r.source)},
            {QStringLiteral("created"), iso(r.createdOn)},
            {QStringLiteral("sent"), iso(r.sentOn)},
            {QStringLiteral("updated"), iso(r.updatedOn)},
            {QStringLiteral("updated_by"), r.updatedBy},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("send_by"), iso(l.sendBy)},
            {QStringLiteral("late"), l.lateToSend},
            {QStringLiteral("after_loss"), l.afterLoss}};
}

QJsonArray itemsJson(const QList<WorklistItem> &items)
{
    QJsonArray list;
    for (const WorklistItem &item : items) {
        QJsonObject o{{QStringLiteral("nhs_number"), item.nhsNumber},
                      {QStringLiteral("name"), item.womanName},
                      {QStringLiteral("date"), iso(item.date)},
                      {QStringLiteral("what"), item.what},
                      {QStringLiteral("code"), item.code},
                      {QStringLiteral("late"), item.late},
                      {QStringLiteral("after_loss"), item.afterLoss}};
        if (item.appointmentId != 0)
            o.insert(QStringLiteral("appointment_id"), item.appointmentId);
        if (item.referralId != 0)
            o.insert(QStringLiteral("referral_id"), item.referralId);
        list.append(o);
    }
    return list;
}

void writeSection(QTextStream &out, const char *title, const QList<WorklistItem> &items)
{
    out << title << " (" << items.size() << ")\n";
    for (const WorklistItem &item : items)
        out << "  " << item.nhsNumber << "  " << item.womanName << "  " << item.what
            << (item.late ? "  [late]" : "") << (item.afterLoss ? "  [after a loss]" : "") << '\n';
}

} // namespace

int runReferrals(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(args, {"db", "team", "format"}, {"db"},
                                       {QStringLiteral("csv"), QStringLiteral("json")});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const auto queue = run->clinic->referrals.queue(teamCode(arguments.value("team")), run->actor);
    if (queue.invalid())
        return refuse(
            asOptions(queue.fieldErrors(), {{QStringLiteral("team"), QStringLiteral("--team")}}),
            err);
    if (!queue) {
        err << "--db: " << queue.message() << Qt::endl;
        return kFailed;
    }
    if (arguments.value("format") == QLatin1String("json")) {
        QJsonArray list;
        for (const ReferralListing &l : queue.value())
            list.append(listingJson(l));
        writeJson(out, QJsonObject{{QStringLiteral("referrals"), list}});
        return kDone;
    }
    writeCsvRow(out,
                {QStringLiteral("nhs_number"), QStringLiteral("code"), QStringLiteral("team"),
                 QStringLiteral("status"), QStringLiteral("created"), QStringLiteral("updated")});
    for (const ReferralListing &l : queue.value())
        writeCsvRow(out, {l.nhsNumber, l.referral.code, l.referral.team,
                          codes::toCode(l.referral.status), iso(l.referral.createdOn),
                          iso(l.referral.updatedOn)});
    out.flush();
    return kDone;
}

int runReferral(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments =
        parseOptions(args, {"db", "id", "status", "date", "note"}, {"db", "id", "status"});
    const qint64 id = idOption(arguments, "id");
    const ReferralStatus status =
        codeOption(arguments, "status", codes::referralStatusFromCode, codes::referralStatusCodes(),
                   ReferralStatus::Suggested);
    const QDate on = arguments.has("date") ? dateOption(arguments, "date") : clock.today();
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const auto changed =
        run->clinic->referrals.setStatus(id, status, arguments.value("note"), on, run->actor);
    if (changed.invalid())
        return refuse(asOptions(changed.fieldErrors(),
                                {{QStringLiteral("id"), QStringLiteral("--id")},
                                 {QStringLiteral("status"), QStringLiteral("--status")},
                                 {QStringLiteral("note"), QStringLiteral("--note")},
                                 {QStringLiteral("date"), QStringLiteral("--date")}}),
                      err);
    if (!changed) {
        err << "not changed: " << changed.message() << Qt::endl;
        return kFailed;
    }
    out << "Referral " << id << " (" << changed->code << ", "
        << codes::referralTeamLabel(changed->team) << ") is " << codes::toCode(changed->status)
        << " on " << iso(on) << "." << Qt::endl;
    return kDone;
}

int runWorklist(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments =
        parseOptions(args, {"db", "clinician", "date", "format"}, {"db", "clinician", "date"},
                     {QStringLiteral("json"), QStringLiteral("text")});
    const qint64 clinicianId = idOption(arguments, "clinician");
    const QDate day = dateOption(arguments, "date");
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const auto list = run->clinic->worklists.forClinician(clinicianId, day);
    if (list.invalid())
        return refuse(asOptions(list.fieldErrors(),
                                {{QStringLiteral("clinician"), QStringLiteral("--clinician")},
                                 {QStringLiteral("date"), QStringLiteral("--date")}}),
                      err);
    if (!list) {
        err << "--db: " << list.message() << Qt::endl;
        return kFailed;
    }
    const Worklist &w = list.value();
    if (arguments.value("format") == QLatin1String("text")) {
        out << "Worklist for clinician " << clinicianId << " on " << iso(day) << "\n\n";
        writeSection(out, "Contacts due", w.due);
        writeSection(out, "Contacts not recorded", w.overdue);
        writeSection(out, "Results needing action", w.results);
        writeSection(out, "Referrals to send", w.referrals);
        writeSection(out, "Reaching 41 weeks", w.near41Weeks);
        writeSection(out, "Home births near", w.homeBirthsNear);
        writeSection(out, "Blood spot samples", w.bloodSpotsDue);
        out.flush();
        return kDone;
    }
    writeJson(out, QJsonObject{{QStringLiteral("clinician"), clinicianId},
                               {QStringLiteral("date"), iso(day)},
                               {QStringLiteral("due"), itemsJson(w.due)},
                               {QStringLiteral("overdue"), itemsJson(w.overdue)},
                               {QStringLiteral("results"), itemsJson(w.results)},
                               {QStringLiteral("referrals"), itemsJson(w.referrals)},
                               {QStringLiteral("near_41_weeks"), itemsJson(w.near41Weeks)},
                               {QStringLiteral("home_births_near"), itemsJson(w.homeBirthsNear)},
                               {QStringLiteral("blood_spots_due"), itemsJson(w.bloodSpotsDue)}});
    return kDone;
}

} // namespace bb::cli
