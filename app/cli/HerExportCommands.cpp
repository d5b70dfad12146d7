// SPDX-License-Identifier: MIT
#include "cli/HerExportCommands.h"

#include "care/HerCopies.h"
#include "cli/CommandSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

/// Writes the whole of `bytes` to `--out` or nothing (a half-written file is never left),
/// then records the export of `what` in the audit trail.
int writeExport(const ClinicRun &run, const Arguments &arguments, qint64 womanId,
                const QByteArray &bytes, const QString &what, QTextStream &err)
{
    QSaveFile file(arguments.value("out"));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "--out: cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return kFailed;
    }
    const auto audited = run->audit.record(run.actor, AuditEventKind::Export, womanId, what);
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
    const Arguments arguments = parse(args);
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
    const int written = writeExport(*run, arguments, pregnancy->womanId,
                                    care::herCalendarFile(*run->clinic, pregnancy->id),
                                    care::calendarExportName(), err);
    if (written == kDone)
        out << "Wrote " << care::herBookedAppointments(*run->clinic, pregnancy->id).size()
            << " booked appointment(s) of " << who << " to " << arguments.value("out") << "."
            << Qt::endl;
    return written;
}

int runExportFhir(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    const Arguments arguments = parse(args, {"her-copy"});
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
    const bool herCopy = arguments.flag("her-copy");
    const auto fhir = care::fhirRecord(*run->clinic, pregnancy->id, run->actor, herCopy);
    if (!fhir) {
        err << "--db: " << fhir.message() << Qt::endl;
        return kFailed;
    }
    const QJsonObject &bundle = fhir.value();
    const int written = writeExport(*run, arguments, pregnancy->womanId,
                                    QJsonDocument(bundle).toJson(QJsonDocument::Indented),
                                    care::fhirExportName(herCopy), err);
    if (written == kDone)
        out << "Wrote " << bundle.value(QLatin1String("entry")).toArray().size()
            << " FHIR resource(s) of " << who << (herCopy ? " (her copy)" : "") << " to "
            << arguments.value("out") << "." << Qt::endl;
    return written;
}

} // namespace bb::cli
