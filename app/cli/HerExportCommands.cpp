// SPDX-License-Identifier: MIT
#include "cli/HerExportCommands.h"

#include "care/HerCopies.h"
#include "cli/CommandSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <functional>

namespace bb::cli {
namespace {

Arguments parse(const QStringList &args, std::initializer_list<const char *> flags = {})
{
    Arguments arguments(args, {"db", "nhs-number", "out"}, flags);
    arguments.require({"db", "nhs-number", "out"});
    rejectPositional(arguments);
    checkNhsNumber(arguments);
    if (databaseMissing(arguments)) // opening would make an empty database
        arguments.fail(QStringLiteral("--db: %1 does not exist").arg(arguments.value("db")));
    checkOutFile(arguments);
    return arguments;
}

/// What every export of hers works on: the checked arguments, the open clinic, her latest
/// pregnancy and who she is in words.
struct HerExport
{
    const Arguments &arguments;
    const ClinicRun &run;
    const Pregnancy &pregnancy;
    const QString &who;
};

/// Checks the arguments, opens the clinic and finds her latest pregnancy, then runs `write`;
/// the exit code of the first step that fails, or of `write`.
int exportHers(const QStringList &args, std::initializer_list<const char *> flags,
               const Clock &clock, QTextStream &err,
               const std::function<int(const HerExport &)> &write)
{
    const Arguments arguments = parse(args, flags);
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
    return write({arguments, *run, *pregnancy, who});
}

/// Writes the whole of `bytes` to `--out` or nothing (a half-written file is never left),
/// then records the export of `what` in her audit trail.
int writeExport(const HerExport &her, const QByteArray &bytes, const QString &what,
                QTextStream &err)
{
    QSaveFile file(her.arguments.value("out"));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "--out: cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return kFailed;
    }
    const auto audited =
        her.run->audit.record(her.run.actor, AuditEventKind::Export, her.pregnancy.womanId, what);
    if (!audited) {
        err << "--db: " << audited.message() << Qt::endl;
        return kFailed;
    }
    return kDone;
}

} // namespace

int runExportCalendar(const QStringList &args, const Clock &clock, QTextStream &out,
                      QTextStream &err)
{
    return exportHers(args, {}, clock, err, [&](const HerExport &her) {
        const int written =
            writeExport(her, care::herCalendarFile(*her.run.clinic, her.pregnancy.id),
                        care::calendarExportName(), err);
        if (written == kDone)
            out << "Wrote " << care::herBookedAppointments(*her.run.clinic, her.pregnancy.id).size()
                << " booked appointment(s) of " << her.who << " to " << her.arguments.value("out")
                << "." << Qt::endl;
        return written;
    });
}

int runExportFhir(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    return exportHers(args, {"her-copy"}, clock, err, [&](const HerExport &her) {
        const bool herCopy = her.arguments.flag("her-copy");
        const auto fhir =
            care::fhirRecord(*her.run.clinic, her.pregnancy.id, her.run.actor, herCopy);
        if (!fhir) {
            err << "--db: " << fhir.message() << Qt::endl;
            return kFailed;
        }
        const QJsonObject &bundle = fhir.value();
        const int written = writeExport(her, QJsonDocument(bundle).toJson(QJsonDocument::Indented),
                                        care::fhirExportName(herCopy), err);
        if (written == kDone)
            out << "Wrote " << bundle.value(QLatin1String("entry")).toArray().size()
                << " FHIR resource(s) of " << her.who << (herCopy ? " (her copy)" : "") << " to "
                << her.arguments.value("out") << "." << Qt::endl;
        return written;
    });
}

} // namespace bb::cli
