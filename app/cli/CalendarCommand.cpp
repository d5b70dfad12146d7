// SPDX-License-Identifier: MIT
#include "cli/CalendarCommand.h"

#include "care/Scheduling.h"
#include "cli/CommandSupport.h"
#include "documents/HerCalendar.h"
#include "documents/HerCopy.h"
#include "util/Clock.h"

#include <QSaveFile>

namespace bb::cli {
namespace {

Arguments parse(const QStringList &args)
{
    Arguments arguments(args, {"db", "nhs-number", "out"});
    arguments.require({"db", "nhs-number", "out"});
    rejectPositional(arguments);
    checkNhsNumber(arguments);
    if (databaseMissing(arguments)) // opening would make an empty database
        arguments.fail(QStringLiteral("--db: %1 does not exist").arg(arguments.value("db")));
    checkOutFile(arguments);
    return arguments;
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
    const QList<AppointmentListing> booked =
        documents::herCopyOf(run->clinic->scheduling.appointmentsOf(pregnancy->id));
    QSaveFile file(arguments.value("out"));
    const QByteArray calendar = documents::herCalendar(booked, clock.now());
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size() ||
        !file.commit()) {
        err << "--out: cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
        return kFailed;
    }
    const auto audited = run->clinic->audit.record(
        run->actor, AuditEventKind::Export, pregnancy->womanId, QStringLiteral("her calendar"));
    if (!audited) {
        err << "--db: " << audited.message() << Qt::endl;
        return kFailed;
    }
    out << "Wrote " << booked.size() << " booked appointment(s) of " << who << " to "
        << file.fileName() << "." << Qt::endl;
    return kDone;
}

} // namespace bb::cli
