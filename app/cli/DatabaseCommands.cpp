// SPDX-License-Identifier: MIT
#include "cli/DatabaseCommands.h"

#include "care/Bookings.h"
#include "cli/CommandSupport.h"
#include "clinical/BookingValidation.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "demo/DemoAfterBirth.h"
#include "demo/DemoData.h"
#include "demo/DemoHistory.h"
#include "demo/DemoLosses.h"
#include "demo/DemoTeams.h"
#include "interop/BookingJson.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonDocument>

namespace bb::cli {

int runInit(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments(args, {"db"}, {"demo", "history"});
    if (arguments.flag("history") && !arguments.flag("demo"))
        arguments.fail(QStringLiteral("--history: only with --demo"));
    arguments.require({"db"});
    const Actor actor = actorOption(arguments);
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, actor, clock, err);
    if (!run)
        return kFailed;
    const storage::Database &database = *run->database;
    // Stored, the settings show in the file and the settings page edits what is printed.
    if (const auto seeded = run->clinic->settings.seedDefaultsIfEmpty(); !seeded) {
        err << "print settings not stored: " << seeded.message() << Qt::endl;
        return kFailed;
    }
    const care::Women &women = run->clinic->women;
    if (arguments.flag("demo")) {
        if (women.count() > 0) {
            out << "The database already holds " << women.count()
                << " women; demo data was not added." << Qt::endl;
            return kDone;
        }
        const auto stored =
            run->clinic->bookings.saveAll(demo::demoBookings(clock.today()), run->actor);
        if (!stored) {
            err << "demo data not stored: " << stored.message() << Qt::endl;
            return kFailed;
        }
        const QList<Booking> &bookings = stored.value();
        QString error;
        if (!demo::storeDemoTeams(database, clock, bookings, &error)) {
            err << "demo teams not stored: " << error << Qt::endl;
            return kFailed;
        }
        if (arguments.flag("history") && !demo::storeDemoHistory(database, clock, &error)) {
            err << "demo appointments not stored: " << error << Qt::endl;
            return kFailed;
        }
        if (arguments.flag("history") &&
            !demo::storeDemoAfterBirth(database, clock, bookings, &error)) {
            err << "demo births not stored: " << error << Qt::endl;
            return kFailed;
        }
        if (arguments.flag("history") &&
            !demo::storeDemoLosses(database, clock, bookings, &error)) {
            err << "demo loss and referrals not stored: " << error << Qt::endl;
            return kFailed;
        }
    }
    out << "Database " << arguments.value("db") << " ready at schema " << database.schemaVersion()
        << " with " << women.count() << " women." << Qt::endl;
    return kDone;
}

int runImportBooking(const QStringList &args, const Clock &clock, QTextStream &out,
                     QTextStream &err)
{
    Arguments arguments(args, {"db", "today"});
    arguments.require({"db"});
    if (arguments.positional().size() != 1)
        arguments.fail(QStringLiteral("BOOKING.json: give exactly one booking file (or - for "
                                      "standard input)"));
    const QDate today = todayOption(arguments, clock);
    const Actor actor = actorOption(arguments);
    if (!arguments.ok())
        return badArguments(arguments, err);

    const QString path = arguments.positional().front();
    QString readError;
    const auto json = readFileOrStdin(path, &readError);
    if (!json) {
        err << QStringLiteral("cannot read %1: %2").arg(path, readError) << Qt::endl;
        return kFailed;
    }
    const auto parsed = interop::parseBooking(*json, today);
    if (!parsed.booking) {
        for (const FieldError &error : parsed.errors)
            err << error.toString() << Qt::endl;
        return kBadInput;
    }
    // Saved as of the day the command is told it is, so the same file gives the same answer.
    const FixedClock onToday(QDateTime(today, clock.now().time()));
    const auto run = openClinic(arguments, actor, onToday, err);
    if (!run)
        return kFailed;
    const auto received = run->clinic->bookings.receive(*parsed.booking, run->actor);
    if (received.invalid())
        return refuse(received.message().split(QLatin1Char('\n')), err);
    if (!received) {
        err << "booking not stored: " << received.message() << Qt::endl;
        return kFailed;
    }
    const Booking &booking = received.value();
    for (const QString &warning : clinical::bookingWarnings(booking))
        err << "warning: " << warning << Qt::endl;
    out << "Stored the booking of " << booking.woman.fullName() << " ("
        << clinical::nhs::format(booking.woman.nhsNumber) << "), pregnancy " << booking.pregnancy.id
        << "." << Qt::endl;
    return kDone;
}

int runExportBooking(const QStringList &args, const Clock &clock, QTextStream &out,
                     QTextStream &err)
{
    Arguments arguments(args, {"db", "nhs-number", "out"});
    arguments.require({"db", "nhs-number"});
    checkNhsNumber(arguments);
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, cliActor(), clock, err);
    if (!run)
        return kFailed;
    QStringList problems;
    const auto woman = womanByNhsNumber(
        *run->clinic, clinical::nhs::normalise(arguments.value("nhs-number")), problems);
    if (!woman)
        return refuse(problems, err);
    const auto latest = run->clinic->women.latestBooking(woman->id);
    if (!latest) {
        err << "booking not read: " << latest.message() << Qt::endl;
        return kFailed;
    }
    const auto &booking = latest.value();
    if (!booking) {
        err << "--nhs-number: " << woman->fullName() << " has no booking yet" << Qt::endl;
        return kBadInput;
    }
    const QByteArray json =
        QJsonDocument(interop::bookingToJson(*booking)).toJson(QJsonDocument::Indented);
    if (arguments.has("out")) {
        QFile file(arguments.value("out"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(json) != json.size()) {
            err << "--out: cannot write " << file.fileName() << ": " << file.errorString()
                << Qt::endl;
            return kFailed;
        }
        return kDone;
    }
    out << QString::fromUtf8(json);
    return kDone;
}

int runGenerate(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments(args, {"db", "women", "seed"});
    arguments.require({"db", "women"});
    bool countOk = false;
    bool seedOk = true;
    const int count = arguments.value("women").toInt(&countOk);
    const quint32 seed = arguments.value("seed", QStringLiteral("1")).toUInt(&seedOk);
    if (arguments.has("women") && (!countOk || count < 1 || count > 2'000'000))
        arguments.fail(QStringLiteral("--women: must be a whole number from 1 to 2000000"));
    if (!seedOk)
        arguments.fail(QStringLiteral("--seed: must be a whole number"));
    const Actor actor = actorOption(arguments);
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, actor, clock, err);
    if (!run)
        return kFailed;

    const care::Women &women = run->clinic->women;
    demo::BookingGenerator generator(seed, clock.today());
    QList<Booking> bookings;
    bookings.reserve(count);
    while (bookings.size() < count) {
        Booking booking = generator.next();
        if (!women.byNhsNumber(booking.woman.nhsNumber))
            bookings << booking;
    }
    const auto stored = run->clinic->bookings.saveAll(bookings, run->actor);
    if (!stored) {
        err << "nothing generated: " << stored.message() << Qt::endl;
        return kFailed;
    }
    out << "Generated " << count << " women; the database now holds " << women.count() << "."
        << Qt::endl;
    return kDone;
}

int runSummary(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments(args, {"db", "limit"});
    arguments.require({"db"});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run =
        openClinic(arguments, cliActor(), clock, err, storage::Database::Access::ReadOnly);
    if (!run)
        return kFailed;
    const care::Women &women = run->clinic->women;
    out << arguments.value("db") << ": " << women.count() << " women, " << women.pregnancyCount()
        << " pregnancies (schema " << run->database->schemaVersion() << ")" << Qt::endl;
    const int limit = arguments.value("limit", QStringLiteral("1000")).toInt();
    // Every woman, ordered by family name: what an empty search box lists.
    out << Qt::left << qSetFieldWidth(28) << "Name" << qSetFieldWidth(14) << "NHS number"
        << qSetFieldWidth(13) << "Born" << qSetFieldWidth(13) << "EDD" << qSetFieldWidth(0)
        << "Gestation today" << Qt::endl;
    for (const auto &row : women.search(QString(), limit).women) {
        const QString gestation =
            row.edd.isValid() && row.pregnancyStatus == QLatin1String("booked")
                ? clinical::gestationOn(row.edd, clock.today()).toString()
                : QStringLiteral("-");
        out << qSetFieldWidth(28) << (row.familyName + QStringLiteral(", ") + row.givenName)
            << qSetFieldWidth(14) << clinical::nhs::format(row.nhsNumber) << qSetFieldWidth(13)
            << row.dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy")) << qSetFieldWidth(13)
            << (row.edd.isValid() ? row.edd.toString(QStringLiteral("dd-MMM-yyyy"))
                                  : QStringLiteral("-"))
            << qSetFieldWidth(0) << gestation << Qt::endl;
    }
    return kDone;
}

} // namespace bb::cli
