// SPDX-License-Identifier: MIT
#include "cli/PreferencesCommand.h"

#include "cli/CommandSupport.h"
#include "clinical/NhsNumber.h"
#include "interop/BirthPreferencesJson.h"
#include "util/Clock.h"

namespace bb::cli {

int runImportPreferences(const QStringList &args, const Clock &clock, QTextStream &out,
                         QTextStream &err)
{
    Arguments arguments(args, {"db", "today"});
    arguments.require({"db"});
    if (arguments.positional().size() != 1)
        arguments.fail(QStringLiteral("PREFERENCES.json: give exactly one file (or - for "
                                      "standard input)"));
    if (databaseMissing(arguments)) // opening would make an empty database
        arguments.fail(QStringLiteral("--db: %1 does not exist").arg(arguments.value("db")));
    const QDate today = todayOption(arguments, clock);
    if (!arguments.ok())
        return badArguments(arguments, err);

    const QString path = arguments.positional().front();
    QString readError;
    const auto json = readFileOrStdin(path, &readError);
    if (!json) {
        err << QStringLiteral("cannot read %1: %2").arg(path, readError) << Qt::endl;
        return kFailed;
    }
    const auto parsed = interop::parseBirthPreferences(*json, today);
    if (!parsed.preferences) {
        for (const FieldError &error : parsed.errors)
            err << error.toString() << Qt::endl;
        return kBadInput;
    }
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const auto received = run->clinic->herPreferences.receive(*parsed.preferences, run->actor);
    if (received.invalid())
        return refuse(received.message().split(QLatin1Char('\n')), err);
    if (!received) {
        err << "preferences not stored: " << received.message() << Qt::endl;
        return kFailed;
    }
    out << "Kept the birth preferences of " << clinical::nhs::format(parsed.preferences->nhsNumber)
        << ", written on " << parsed.preferences->writtenOn.toString(Qt::ISODate)
        << ", as a proposed change to her plan (pregnancy " << received->pregnancyId
        << "): her midwife goes through them with her on her care plan page." << Qt::endl;
    return kDone;
}

} // namespace bb::cli
