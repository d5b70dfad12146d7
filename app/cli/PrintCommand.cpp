// SPDX-License-Identifier: MIT
#include "cli/PrintCommand.h"

#include "care/CarePlans.h"
#include "care/DischargePrints.h"
#include "care/PrintedPlans.h"
#include "care/Scheduling.h"
#include "cli/CommandSupport.h"
#include "documents/CarePlanDocument.h"
#include "documents/SignpostingDocument.h"
#include "util/Clock.h"

namespace bb::cli {
namespace {

// The documents this command prints.
const QStringList &documentNames()
{
    static const QStringList names{QStringLiteral("careplan"), QStringLiteral("handover"),
                                   QStringLiteral("discharge"), QStringLiteral("signposting")};
    return names;
}

// The handover to the health visitor or her discharge summary, once she is discharged.
int printDischarge(const care::Clinic &clinic, const Arguments &arguments,
                   const Pregnancy &pregnancy, const QString &who, const QDate &today,
                   QTextStream &out, QTextStream &err)
{
    const auto input = care::dischargePrintInput(clinic, pregnancy.id, today);
    if (input.invalid()) {
        return refuse(
            {QStringLiteral("--nhs-number: %1: %2").arg(who, input.fieldErrors().value(0).message)},
            err);
    }
    if (!input) {
        err << "not printed: " << input.message() << Qt::endl;
        return kFailed;
    }
    const bool handover = arguments.value("document") == QLatin1String("handover");
    const QString pdf = arguments.value("out");
    QString error;
    const bool written = handover ? documents::writeHandoverPdf(pdf, input.value(), &error)
                                  : documents::writeDischargeSummaryPdf(pdf, input.value(), &error);
    if (!written) {
        err << "--out: cannot write " << pdf << ": " << error << Qt::endl;
        return kFailed;
    }
    out << "Printed " << (handover ? "the handover to the health visitor" : "the discharge summary")
        << " of " << who << " to " << pdf << "." << Qt::endl;
    return kDone;
}

// Her signposting sheet of bereavement support, once a loss is recorded for her pregnancy.
int printSignposting(const care::Clinic &clinic, const Arguments &arguments,
                     const Pregnancy &pregnancy, const QString &who, QTextStream &out,
                     QTextStream &err)
{
    const auto input = clinic.lossPrints.signpostingFor(pregnancy.id);
    if (input.invalid()) {
        const FieldError problem = input.fieldErrors().value(0);
        if (problem.path == QLatin1String("pregnancy")) {
            return refuse({QStringLiteral("--nhs-number: %1 has no loss recorded for her latest "
                                          "pregnancy: the signposting sheet is printed after a "
                                          "loss")
                               .arg(who)},
                          err);
        }
        return refuse({QStringLiteral("--document: %1").arg(problem.toString())}, err);
    }
    if (!input) {
        err << "not printed: " << input.message() << Qt::endl;
        return kFailed;
    }
    const QString pdf = arguments.value("out");
    QString error;
    if (!documents::writeSignpostingPdf(pdf, input.value(), &error)) {
        err << "--out: cannot write " << pdf << ": " << error << Qt::endl;
        return kFailed;
    }
    out << "Printed the bereavement support sheet of " << who << " to " << pdf << "." << Qt::endl;
    return kDone;
}

Arguments parse(const QStringList &args)
{
    Arguments arguments(args, {"db", "nhs-number", "document", "out"});
    arguments.require({"db", "nhs-number", "document", "out"});
    rejectPositional(arguments);
    checkNhsNumber(arguments);
    const QString document = arguments.value("document");
    if (arguments.has("document") && !documentNames().contains(document)) {
        arguments.fail(QStringLiteral("--document: unknown document '%1' (one of: %2)")
                           .arg(document, documentNames().join(QStringLiteral(", "))));
    }
    if (databaseMissing(arguments)) {
        // Opening would create an empty database: a print must change nothing.
        arguments.fail(QStringLiteral("--db: %1 does not exist").arg(arguments.value("db")));
    }
    checkOutFile(arguments);
    return arguments;
}

} // namespace

int runPrint(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    const Arguments arguments = parse(args);
    if (!arguments.ok())
        return badArguments(arguments, err);

    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    QStringList problems;
    QString who; // "Name (NHS number)"
    const auto pregnancy = latestPregnancy(*run, arguments, problems, &who);
    if (!pregnancy)
        return refuse(problems, err);
    if (const auto damaged = run->clinic->integrity.refusalToPrint(pregnancy->id)) {
        err << "--nhs-number: " << damaged->message << Qt::endl;
        return kFailed;
    }
    // What was printed, and for whom, is in the audit trail.
    const auto recorded = [&](int code, const QString &what) {
        if (code != kDone)
            return code;
        const auto audited =
            run->clinic->audit.record(run->actor, AuditEventKind::Print, pregnancy->womanId, what);
        if (!audited) {
            err << "--db: " << audited.message() << Qt::endl;
            return kFailed;
        }
        return kDone;
    };
    const QString document = arguments.value("document");
    if (document == QLatin1String("signposting"))
        return recorded(printSignposting(*run->clinic, arguments, *pregnancy, who, out, err),
                        QStringLiteral("bereavement support sheet"));
    if (document != QLatin1String("careplan"))
        return recorded(
            printDischarge(*run->clinic, arguments, *pregnancy, who, clock.today(), out, err),
            document == QLatin1String("handover") ? QStringLiteral("handover to the health visitor")
                                                  : QStringLiteral("discharge summary"));
    // Her current pregnancy, and the version of her plan she was last given.
    const auto latest = run->clinic->carePlans.latest(pregnancy->id);
    if (!latest) {
        err << "--db: nothing was printed: the care plan of " << who
            << " cannot be read: " << latest.message() << Qt::endl;
        return kFailed;
    }
    const std::optional<StoredCarePlan> &stored = latest.value();
    if (!stored) {
        return refuse({QStringLiteral("--nhs-number: %1 has no stored care plan for her "
                                      "latest pregnancy")
                           .arg(who)},
                      err);
    }

    // Her named midwife and team when recorded; otherwise the plan says "not yet assigned".
    const auto printed = care::printInput(*run->clinic, *stored, clock.today());
    if (printed.invalid())
        return refuse(asOptions(printed.fieldErrors(),
                                {{QStringLiteral("pregnancy"), QStringLiteral("--nhs-number")}}),
                      err);
    if (!printed) {
        err << "not printed: " << printed.message() << Qt::endl;
        return kFailed;
    }
    const documents::CarePlanPrintInput &input = printed.value();
    const QString pdf = arguments.value("out");
    QString error;
    if (!documents::writeCarePlanPdf(pdf, input, &error)) {
        err << "--out: cannot write " << pdf << ": " << error << Qt::endl;
        return kFailed;
    }
    out << "Printed version " << stored->version << " of the care plan of " << who << " to " << pdf
        << "." << Qt::endl;
    return recorded(kDone, QStringLiteral("care plan version %1").arg(stored->version));
}

} // namespace bb::cli
