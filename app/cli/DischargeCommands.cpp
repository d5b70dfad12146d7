// SPDX-License-Identifier: MIT
#include "cli/DischargeCommands.h"

#include "cli/CommandSupport.h"
#include "cli/OptionReaders.h"
#include "clinical/NhsNumber.h"
#include "util/Clock.h"

namespace bb::cli {
namespace {

// Her birth's babies; a refusal line when the birth is not recorded.
std::optional<QList<Baby>> babiesOf(const ClinicRun &run, qint64 pregnancyId, QStringList &problems,
                                    QTextStream &err, bool &failed)
{
    const auto birth = run->births.birthOf(pregnancyId);
    if (!birth) {
        err << "--db: " << birth.message() << Qt::endl;
        failed = true;
        return std::nullopt;
    }
    if (!birth.value()) {
        problems << QStringLiteral("--nhs-number: her birth is not recorded yet: record it first");
        return std::nullopt;
    }
    return birth.value()->birth.babies;
}

} // namespace

int runDischarge(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(args,
                                       {"db", "nhs-number", "date", "health-visitor", "notes",
                                        "baby-nhs-number", "fft", "comment"},
                                       {"db", "nhs-number", "date"});
    Discharge discharge;
    discharge.date = dateOption(arguments, "date");
    discharge.healthVisitor = arguments.value("health-visitor").trimmed();
    discharge.handoverNotes = arguments.value("notes").trimmed();
    std::optional<Feedback> feedback;
    if (arguments.has("fft")) {
        feedback = Feedback{codeOption(arguments, "fft", codes::feedbackAnswerFromCode,
                                       codes::feedbackAnswerCodes(), FeedbackAnswer::DontKnow),
                            arguments.value("comment").trimmed()};
    } else if (arguments.has("comment")) {
        arguments.fail(QStringLiteral("--comment: give her answer with --fft as well"));
    }
    // By position, in birth order: `,4010232137` is the second baby's number, not the first's.
    const QStringList babyNumbers = arguments.has("baby-nhs-number")
                                        ? arguments.value("baby-nhs-number").split(QLatin1Char(','))
                                        : QStringList{};
    for (const QString &number : babyNumbers) {
        if (number.trimmed().isEmpty())
            continue; // a baby whose number is not given
        if (const QString why = clinical::nhs::problem(number); !why.isEmpty())
            arguments.fail(QStringLiteral("--baby-nhs-number: %1: %2").arg(number.trimmed(), why));
    }
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
    discharge.pregnancyId = pregnancy->id;
    bool failed = false;
    const auto babies = babiesOf(*run, pregnancy->id, problems, err, failed);
    if (failed)
        return kFailed;
    if (!babies)
        return refuse(problems, err);
    // In birth order, one number per baby.
    if (babyNumbers.size() > babies->size())
        return refuse({QStringLiteral("--baby-nhs-number: %1 numbers for %2 babies")
                           .arg(babyNumbers.size())
                           .arg(babies->size())},
                      err);
    for (qsizetype i = 0; i < babyNumbers.size(); ++i) {
        if (!babyNumbers[i].trimmed().isEmpty())
            discharge.babyNhsNumbers.insert(babies->at(i).id, babyNumbers[i].trimmed());
    }

    const auto done = run->clinic->discharges.discharge(discharge, feedback, run->actor);
    if (done.invalid()) {
        static const QHash<QString, QString> options{
            {QStringLiteral("date"), QStringLiteral("--date")},
            {QStringLiteral("pregnancy"), QStringLiteral("--nhs-number")},
            {QStringLiteral("babies"), QStringLiteral("--baby-nhs-number")},
            {QStringLiteral("babies.1.nhs_number"), QStringLiteral("--baby-nhs-number")},
            {QStringLiteral("babies.2.nhs_number"), QStringLiteral("--baby-nhs-number")},
            {QStringLiteral("babies.3.nhs_number"), QStringLiteral("--baby-nhs-number")},
        };
        return refuse(asOptions(done.fieldErrors(), options), err);
    }
    if (!done) {
        err << "not discharged: " << done.message() << Qt::endl;
        return kFailed;
    }
    out << "Discharged " << who << " from maternity care on "
        << discharge.date.toString(Qt::ISODate) << "." << Qt::endl;
    if (!done->cancelled.isEmpty())
        out << "Cancelled " << done->cancelled.size()
            << " postnatal appointment(s) still booked after that day." << Qt::endl;
    out << (feedback ? "Her feedback is kept with her team and the month only."
                     : "She gave no feedback.")
        << Qt::endl;
    return kDone;
}

int runMoveBaby(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments =
        parseOptions(args, {"db", "nhs-number", "baby", "date", "to", "unit", "reason"},
                     {"db", "nhs-number", "date", "to"});
    BabyCareMove move;
    move.from = dateOption(arguments, "date");
    move.location = codeOption(arguments, "to", codes::babyCareLocationFromCode,
                               codes::babyCareLocationCodes(), BabyCareLocation::WithMother);
    move.unit = arguments.value("unit").trimmed();
    move.reason = arguments.value("reason").trimmed();
    const int babyOrder = wholeOption(arguments, "baby", "the baby's birth order").value_or(1);
    if (arguments.has("unit") && move.location == BabyCareLocation::WithMother)
        arguments.fail(QStringLiteral("--unit: a baby with her mother has no unit"));
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
    bool failed = false;
    const auto babies = babiesOf(*run, pregnancy->id, problems, err, failed);
    if (failed)
        return kFailed;
    if (!babies)
        return refuse(problems, err);
    if (babyOrder < 1 || babyOrder > babies->size())
        return refuse({QStringLiteral("--baby: her birth has no baby %1").arg(babyOrder)}, err);
    move.babyId = babies->at(babyOrder - 1).id;

    const auto moved = run->clinic->discharges.moveBaby(pregnancy->id, move, run->actor);
    if (moved.invalid()) {
        static const QHash<QString, QString> options{
            {QStringLiteral("from"), QStringLiteral("--date")},
            {QStringLiteral("unit"), QStringLiteral("--unit")},
            {QStringLiteral("baby"), QStringLiteral("--baby")},
            {QStringLiteral("pregnancy"), QStringLiteral("--nhs-number")},
        };
        return refuse(asOptions(moved.fieldErrors(), options), err);
    }
    if (!moved) {
        err << "not recorded: " << moved.message() << Qt::endl;
        return kFailed;
    }
    out << "Baby " << babyOrder << " of " << who << " is cared for: " << codes::label(move.location)
        << (moved->unit.isEmpty() ? QString() : QStringLiteral(", ") + moved->unit) << ", from "
        << move.from.toString(Qt::ISODate) << "." << Qt::endl;
    return kDone;
}

} // namespace bb::cli
