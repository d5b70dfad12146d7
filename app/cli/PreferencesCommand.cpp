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
    requireOneDocument(arguments, "PREFERENCES.json", "birth preferences");
    if (databaseMissing(arguments)) // opening would make an empty database
        arguments.fail(QStringLiteral("--db: %1 does not exist").arg(arguments.value("db")));
    const QDate today = todayOption(arguments, clock);
    if (!arguments.ok())
        return badArguments(arguments, err);

    const auto json = readDocument(arguments, err);
    if (!json)
        return kFailed;
    const auto parsed = interop::parseBirthPreferences(*json, today);
    if (!parsed.preferences)
        return refuseDocument(parsed.errors, err);
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
