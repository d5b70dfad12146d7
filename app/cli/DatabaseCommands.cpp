// SPDX-License-Identifier: MIT
#include "cli/DatabaseCommands.h"

#include "care/Bookings.h"
#include "cli/CommandSupport.h"
#include "cli/DemoSetUp.h"
#include "cli/Login.h"
#include "clinical/BookingValidation.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "demo/DemoClinic.h"
#include "demo/DemoData.h"
#include "interop/BookingJson.h"
#include "storage/DatabaseLocation.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace bb::cli {

namespace {

/// The first administrator of a database with no users: `--admin USER`, her password from
/// BBCLINIC_PASSWORD or asked for twice on the terminal.
std::optional<Actor> firstAdministrator(const care::Clinic &clinic, const QString &username,
                                        QTextStream &err)
{
    const auto password = newPasswordFrom(
        "BBCLINIC_PASSWORD", QStringLiteral("Password for the administrator %1: ").arg(username),
        QStringLiteral("--admin"), err);
    if (!password)
        return std::nullopt;
    const auto made = clinic.users.createFirstAdministrator(
        {username, QStringLiteral("Administrator"), UserRole::Administrator, 0}, *password,
        workstation());
    if (!made) {
        const QHash<QString, QString> options{
            {QStringLiteral("user.username"), QStringLiteral("--admin")},
            {QStringLiteral("user.password"), QStringLiteral("BBCLINIC_PASSWORD")}};
        for (const QString &line :
             made.invalid() ? asOptions(made.fieldErrors(), options) : QStringList{made.message()})
            err << line << Qt::endl;
        return std::nullopt;
    }
    return made.value();
}

/// For a command on a clinic that must exist already (`--db FILE`, nothing else positional):
/// checks the arguments, opens it and logs in; nothing, with the exit code in `code`, when any
/// of that fails.
std::optional<ClinicRun> openExistingClinic(Arguments &arguments, const Clock &clock,
                                            QTextStream &err, int *code)
{
    arguments.require({"db"});
    rejectPositional(arguments);
    if (databaseMissing(arguments))
        arguments.fail(QStringLiteral("--db: %1 does not exist").arg(arguments.value("db")));
    if (!arguments.ok()) {
        *code = badArguments(arguments, err);
        return std::nullopt;
    }
    auto run = openClinic(arguments, clock, err);
    if (!run)
        *code = kFailed;
    return run;
}

} // namespace

int runInit(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments(args, {"db", "admin"}, {"demo", "history"});
    if (arguments.flag("history") && !arguments.flag("demo"))
        arguments.fail(QStringLiteral("--history: only with --demo"));
    if (arguments.flag("demo") && arguments.has("admin"))
        arguments.fail(QStringLiteral("--admin: not with --demo, whose administrator is admin"));
    arguments.require({"db"});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const QString path = arguments.value("db");
    if (arguments.flag("demo") && storage::DatabaseLocation::looksLikeServer(path))
        return makeDemoClinicOnServer(path, arguments.flag("history"), clock, out, err);
    if (arguments.flag("demo") && !QFileInfo::exists(path))
        return makeDemoClinic(path, arguments.flag("history"), clock, out, err);
    auto database = openDatabase(path, err);
    if (!database)
        return kFailed;
    const care::Clinic clinic(*database, clock);
    // Stored, the settings show in the file and the settings page edits what is printed.
    if (const auto seeded = clinic.settings.seedDefaultsIfEmpty(); !seeded) {
        err << "print settings not stored: " << seeded.message() << Qt::endl;
        return kFailed;
    }
    const auto anyone = clinic.users.anyone();
    if (!anyone) {
        err << "users not read: " << anyone.message() << Qt::endl;
        return kFailed;
    }
    const care::Women &women = clinic.women;
    if (anyone.value() && arguments.has("admin")) {
        err << "--admin: this database has its users already; an administrator adds more with "
               "bbclinic-cli user add"
            << Qt::endl;
        return kBadInput;
    }
    if (!anyone.value() && !arguments.flag("demo")) {
        if (!arguments.has("admin")) {
            err << "--admin: a new database needs its first administrator: --admin USER, with "
                   "the password in BBCLINIC_PASSWORD or typed when asked"
                << Qt::endl;
            return kBadInput;
        }
        if (!firstAdministrator(clinic, arguments.value("admin"), err))
            return kBadInput;
    }
    if (arguments.flag("demo")) {
        if (women.count() > 0) {
            out << "The database already holds " << women.count()
                << " women; demo data was not added." << Qt::endl;
            return kDone;
        }
        if (anyone.value()) {
            err << "--demo: the demonstration is made only in a new database" << Qt::endl;
            return kBadInput;
        }
        // A clinic file with nobody and nothing in it is made again as the demonstration.
        database.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return makeDemoClinic(path, arguments.flag("history"), clock, out, err);
    }
    out << "Database " << arguments.value("db") << " ready at schema " << database->schemaVersion()
        << " with " << women.count() << " women." << Qt::endl;
    return kDone;
}

int runImportBooking(const QStringList &args, const Clock &clock, QTextStream &out,
                     QTextStream &err)
{
    Arguments arguments(args, {"db", "today"});
    arguments.require({"db"});
    requireOneDocument(arguments, "BOOKING.json", "booking");
    const QDate today = todayOption(arguments, clock);
    if (!arguments.ok())
        return badArguments(arguments, err);

    const auto json = readDocument(arguments, err);
    if (!json)
        return kFailed;
    const auto parsed = interop::parseBooking(*json, today);
    if (!parsed.booking)
        return refuseDocument(parsed.errors, err);
    // Saved as of the day the command is told it is, so the same file gives the same answer.
    const FixedClock onToday(QDateTime(today, clock.now().time()));
    const auto run = openClinic(arguments, onToday, err);
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
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    QStringList problems;
    const auto woman = womanByNhsNumber(
        *run->clinic, clinical::nhs::normalise(arguments.value("nhs-number")), problems);
    if (!woman)
        return refuse(problems, err);
    if (const auto opened =
            run->clinic->women.open(woman->id, run->actor, QStringLiteral("her booking, exported"));
        !opened)
        return refuse({QStringLiteral("--as: ") + opened.message()}, err);
    const auto damage = run->clinic->integrity.ofWoman(woman->id);
    if (!damage || damage.value()) {
        err << "--nhs-number: nothing was exported. "
            << (damage ? damage.value()->warning() : damage.message()) << Qt::endl;
        return kFailed;
    }
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
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
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
    // Stored in batches of a few hundred, each its own transaction of well under a second, so
    // that the app and other commands writing meanwhile wait for a batch, not for all of them.
    constexpr qsizetype kBatch = 250;
    for (qsizetype from = 0; from < bookings.size(); from += kBatch) {
        const auto stored = run->clinic->bookings.saveAll(bookings.mid(from, kBatch), run->actor);
        if (!stored) {
            err << (from == 0 ? QStringLiteral("nothing generated: ")
                              : QStringLiteral("%1 women generated, then: ").arg(from))
                << stored.message() << Qt::endl;
            return kFailed;
        }
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
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const care::Women &women = run->clinic->women;
    out << arguments.value("db") << ": " << women.count() << " women, " << women.pregnancyCount()
        << " pregnancies (schema " << run->database->schemaVersion() << ")" << Qt::endl;
    const int limit = arguments.value("limit", QStringLiteral("1000")).toInt();
    // Every woman, ordered by family name: what an empty search box lists.
    const care::WomanSearch everyone = women.search(QString(), limit, run->actor);
    if (!everyone.refusal.isEmpty()) {
        err << everyone.refusal << Qt::endl; // the counts name nobody; the list would
        return kDone;
    }
    out << Qt::left << qSetFieldWidth(28) << "Name" << qSetFieldWidth(14) << "NHS number"
        << qSetFieldWidth(13) << "Born" << qSetFieldWidth(13) << "EDD" << qSetFieldWidth(0)
        << "Gestation today" << Qt::endl;
    for (const auto &row : everyone.women) {
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

int runBackup(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments(args, {"db", "to"});
    arguments.require({"db", "to"});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    const auto made = run->clinic->backups.backUp(arguments.value("to"), run->actor);
    if (!made) {
        err << "--to: not backed up: " << made.message() << Qt::endl;
        return kFailed;
    }
    out << "Backed up to " << QDir::toNativeSeparators(made->file) << " (" << made->women
        << " women, " << made->pregnancies << " pregnancies; checked)." << Qt::endl;
    return kDone;
}

int runBackupPassphrase(const QStringList &args, const Clock &clock, QTextStream &out,
                        QTextStream &err)
{
    Arguments arguments(args, {"db"}, {"off"});
    int code = kDone;
    const auto run = openExistingClinic(arguments, clock, err, &code);
    if (!run)
        return code;
    std::optional<QString> passphrase = QString();
    if (!arguments.flag("off")) {
        passphrase =
            newPasswordFrom("BBCLINIC_BACKUP_PASSPHRASE", QStringLiteral("Backup passphrase: "),
                            QStringLiteral("--db"), err);
        if (!passphrase)
            return kBadInput;
    }
    const auto set = run->clinic->settings.setBackupPassphrase(*passphrase, run->actor);
    if (set.invalid()) {
        err << "BBCLINIC_BACKUP_PASSPHRASE: " << set.fieldErrors().value(0).message << Qt::endl;
        return kBadInput;
    }
    if (!set) {
        err << "--db: " << set.message() << Qt::endl;
        return kFailed;
    }
    out << (passphrase->isEmpty()
                ? "Backups from now on are not encrypted."
                : "Backups from now on are encrypted; keep the passphrase safe: without it they "
                  "cannot be restored.")
        << Qt::endl;
    return kDone;
}

int runCheck(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments(args, {"db"});
    int code = kDone;
    const auto run = openExistingClinic(arguments, clock, err, &code);
    if (!run)
        return code;
    const auto report = run->clinic->integrity.checkAll();
    if (!report) {
        err << "--db: not checked: " << report.message() << Qt::endl;
        return kFailed;
    }
    if (report->sound()) {
        out << report->summary() << "." << Qt::endl;
        return kDone;
    }
    if (!report->fileProblem.isEmpty())
        err << "--db: the file is damaged: " << report->fileProblem << Qt::endl;
    for (const care::DamagedRecord &record : report->records)
        err << "--db: " << record.warning() << Qt::endl;
    return kFailed;
}

} // namespace bb::cli
