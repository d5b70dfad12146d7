// SPDX-License-Identifier: MIT
#include "cli/LossCommands.h"

#include "cli/CommandSupport.h"
#include "cli/OptionReaders.h"
#include "clinical/LossRules.h"
#include "domain/Referral.h"

#include <QJsonArray>

namespace bb::cli {
namespace {

const QHash<QString, QString> kLossOptions{
    {QStringLiteral("date"), QStringLiteral("--date")},
    {QStringLiteral("kind"), QStringLiteral("--kind")},
    {QStringLiteral("notes"), QStringLiteral("--notes")},
    {QStringLiteral("pregnancy"), QStringLiteral("--nhs-number")},
};

QJsonArray referralsJson(const QList<Referral> &referrals)
{
    QJsonArray list;
    for (const Referral &r : referrals)
        list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("code"), r.code},
                                {QStringLiteral("team"), r.team},
                                {QStringLiteral("status"), codes::toCode(r.status)}});
    return list;
}

void writeText(QTextStream &out, const QString &who, const care::LossRecorded &done)
{
    const PregnancyLoss &loss = done.loss.loss;
    out << "Recorded " << codes::label(loss.kind).toLower() << " on "
        << loss.date.toString(Qt::ISODate) << " for " << who << "." << Qt::endl;
    out << "Cancelled " << done.cancelled.size()
        << " appointment(s) from that day (reason: pregnancy loss)." << Qt::endl;
    for (const Referral &r : done.referrals)
        out << "  Referral made: " << codes::referralTeamLabel(r.team) << " (" << r.code << ")"
            << Qt::endl;
    for (const Referral &r : done.notNeeded)
        out << "  No longer needed: " << codes::referralTeamLabel(r.team) << " (" << r.code << ")"
            << Qt::endl;
    if (postnatalCareContinues(loss.kind) && !done.birthRecorded)
        out << "Record her birth too (record-birth, on the same day) so that her postnatal "
               "contacts are booked."
            << Qt::endl;
    if (!done.postnatal.isEmpty()) {
        out << "Postnatal care continues, with:" << Qt::endl;
        writeActions(out, done.postnatal, QStringLiteral("  "));
    }
    out << "Her bereavement support sheet: bbclinic-cli print --document signposting" << Qt::endl;
}

} // namespace

int runRecordLoss(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments =
        parseOptions(args, {"db", "nhs-number", "date", "kind", "notes", "format"},
                     {"db", "nhs-number", "date", "kind"}, {"text", "json"});
    PregnancyLoss loss;
    loss.date = dateOption(arguments, "date");
    loss.kind = codeOption(arguments, "kind", codes::lossKindFromCode, codes::lossKindCodes(),
                           LossKind::Miscarriage);
    loss.notes = arguments.value("notes").trimmed();
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*run, arguments, problems, &who);
    if (!pregnancy)
        return refuse(problems, err);
    loss.pregnancyId = pregnancy->id;
    const auto done = run->clinic->losses.record(loss, run->actor);
    if (done.invalid())
        return refuse(asOptions(done.fieldErrors(), kLossOptions), err);
    if (!done) {
        err << "not recorded: " << done.message() << Qt::endl;
        return kFailed;
    }
    if (arguments.value("format") == QLatin1String("json")) {
        QJsonArray cancelled;
        for (const Appointment &a : done->cancelled)
            cancelled.append(a.id);
        writeJson(out, QJsonObject{
                           {QStringLiteral("kind"), codes::toCode(loss.kind)},
                           {QStringLiteral("date"), loss.date.toString(Qt::ISODate)},
                           {QStringLiteral("cancelled_appointments"), cancelled},
                           {QStringLiteral("referrals"), referralsJson(done->referrals)},
                           {QStringLiteral("not_needed"), referralsJson(done->notNeeded)},
                           {QStringLiteral("postnatal_actions"), actionsJson(done->postnatal)},
                       });
    } else {
        writeText(out, who, done.value());
    }
    return kDone;
}

int runEnteredInError(const QStringList &args, const Clock &clock, QTextStream &out,
                      QTextStream &err)
{
    Arguments arguments =
        parseOptions(args, {"db", "nhs-number", "reason", "scope"}, {"db", "nhs-number", "reason"});
    const QString scope = arguments.value("scope", QStringLiteral("pregnancy"));
    if (scope != QLatin1String("pregnancy") && scope != QLatin1String("record"))
        arguments.fail(QStringLiteral("--scope: '%1' is not pregnancy or record").arg(scope));
    const bool wholeRecord = scope == QLatin1String("record");
    if (arguments.value("reason").trimmed().isEmpty())
        arguments.fail(QStringLiteral("--reason: say why it was entered in error"));
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    QStringList problems;
    QString who;
    const auto pregnancy = latestPregnancy(*run, arguments, problems, &who);
    if (!pregnancy && !wholeRecord)
        return refuse(problems, err);
    const auto woman = womanByNhsNumber(*run->clinic, arguments.value("nhs-number"), problems);
    if (!woman)
        return refuse(problems, err);
    const auto done = run->clinic->losses.enterInError(woman->id, wholeRecord ? 0 : pregnancy->id,
                                                       arguments.value("reason"), run->actor);
    if (done.invalid())
        return refuse(asOptions(done.fieldErrors(),
                                {{QStringLiteral("reason"), QStringLiteral("--reason")},
                                 {QStringLiteral("pregnancy"), QStringLiteral("--nhs-number")},
                                 {QStringLiteral("woman"), QStringLiteral("--nhs-number")}}),
                      err);
    if (!done) {
        err << "not changed: " << done.message() << Qt::endl;
        return kFailed;
    }
    out << (wholeRecord ? "Her whole record" : "Her latest pregnancy")
        << " is marked as entered in error and hidden from every list; it is kept. Cancelled "
        << done->size() << " appointment(s)." << Qt::endl;
    return kDone;
}

} // namespace bb::cli
