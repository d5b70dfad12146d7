// SPDX-License-Identifier: MIT
#include "cli/CommandSupport.h"

#include "cli/Login.h"

#include "util/Csv.h"

#include <QJsonDocument>

#include "care/ClinicDatabase.h"
#include "clinical/NhsNumber.h"
#include "domain/Woman.h"
#include "storage/DatabaseLocation.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

#include <unistd.h>

namespace bb::cli {

std::optional<ClinicRun> openClinic(const Arguments &arguments, const Clock &clock,
                                    QTextStream &err, storage::Database::Access access)
{
    auto database = openDatabase(arguments.value("db"), err, access);
    if (!database)
        return std::nullopt;
    ClinicRun run;
    run.clinic = std::make_unique<care::Clinic>(*database, clock);
    run.database = std::move(database);
    const auto actor = logIn(*run.clinic, arguments, err);
    if (!actor)
        return std::nullopt;
    run.actor = *actor;
    return run;
}

int refuse(const QStringList &lines, QTextStream &err)
{
    for (const QString &line : lines)
        err << line << Qt::endl;
    return kBadInput;
}

int badArguments(const Arguments &arguments, QTextStream &err)
{
    return refuse(arguments.errors(), err);
}

std::unique_ptr<storage::Database> openDatabase(const QString &path, QTextStream &err,
                                                storage::Database::Access access)
{
    QString error;
    auto database = care::openClinicDatabase(path, &error, access);
    // A team server that wants a password neither ~/.pgpass nor PGPASSWORD gave: asked for on
    // the terminal, never taken from the command line.
    if (!database && storage::Database::wantsPassword(error)) {
        QString why;
        if (const auto password =
                passwordFrom("PGPASSWORD", QStringLiteral("Team server password: "), &why)) {
            storage::Database::setServerPassword(*password);
            database = care::openClinicDatabase(path, &error, access);
        } else {
            error += QStringLiteral(" (%1)").arg(why);
        }
    }
    if (!database)
        err << "--db: " << error << Qt::endl;
    return database;
}

void rejectPositional(Arguments &arguments)
{
    for (const QString &extra : arguments.positional())
        arguments.fail(QStringLiteral("%1: unexpected argument").arg(extra));
}

bool databaseMissing(const Arguments &arguments)
{
    const QString db = arguments.value("db");
    return arguments.has("db") &&
           (db.isEmpty() ||
            (!storage::DatabaseLocation::looksLikeServer(db) && !QFileInfo::exists(db)));
}

void checkOutFile(Arguments &arguments)
{
    if (!arguments.has("out"))
        return;
    const QString file = arguments.value("out");
    if (file.isEmpty()) {
        arguments.fail(QStringLiteral("--out: needs a file name"));
        return;
    }
    const QString canonical = QFileInfo(file).canonicalFilePath();
    if (arguments.has("db") && !canonical.isEmpty() &&
        canonical == QFileInfo(arguments.value("db")).canonicalFilePath())
        arguments.fail(QStringLiteral("--out: is the database itself; give a new file name"));
}

void checkNhsNumber(Arguments &arguments)
{
    if (!arguments.has("nhs-number"))
        return;
    // A woman not yet registered with the NHS is found by her temporary identifier.
    const QString problem =
        clinical::nhs::identifierProblem(clinical::nhs::normalise(arguments.value("nhs-number")));
    if (!problem.isEmpty())
        arguments.fail(QStringLiteral("--nhs-number: ") + problem);
}

Arguments parseOptions(const QStringList &args, std::initializer_list<const char *> options,
                       std::initializer_list<const char *> required, const QStringList &formats)
{
    Arguments arguments(args, options);
    arguments.require(required);
    rejectPositional(arguments);
    if (databaseMissing(arguments))
        arguments.fail(QStringLiteral("--db: %1 does not exist (bbclinic-cli init makes one)")
                           .arg(arguments.value("db")));
    if (arguments.has("format") && !formats.contains(arguments.value("format")))
        arguments.fail(QStringLiteral("--format: unknown format '%1' (one of: %2)")
                           .arg(arguments.value("format"), formats.join(QStringLiteral(", "))));
    checkNhsNumber(arguments);
    return arguments;
}

QDate isoDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QString notADate(const char *name, const QString &value)
{
    return QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)").arg(QLatin1String(name), value);
}

QDate dateOption(Arguments &arguments, const char *name)
{
    if (!arguments.has(name))
        return {};
    const QString value = arguments.value(name);
    const QDate date = isoDate(value);
    if (!date.isValid())
        arguments.fail(notADate(name, value));
    return date;
}

QDate todayOption(Arguments &arguments, const Clock &clock)
{
    return arguments.has("today") ? dateOption(arguments, "today") : clock.today();
}

QStringList asOptions(const FieldErrors &errors, const QHash<QString, QString> &options)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << options.value(e.path, e.path) + QStringLiteral(": ") + e.message;
    return lines;
}

std::optional<Woman> womanByNhsNumber(const care::Clinic &clinic, const QString &nhsNumber,
                                      QStringList &problems)
{
    auto woman = clinic.women.byNhsNumber(nhsNumber);
    if (!woman)
        problems << QStringLiteral("--nhs-number: no woman with %1 in this database")
                        .arg(clinical::nhs::isTemporary(nhsNumber)
                                 ? QStringLiteral("temporary identifier %1").arg(nhsNumber)
                                 : QStringLiteral("NHS number %1")
                                       .arg(clinical::nhs::format(nhsNumber)));
    return woman;
}

std::optional<Pregnancy> latestPregnancy(const ClinicRun &run, const Arguments &arguments,
                                         QStringList &problems, QString *who)
{
    const care::Clinic &clinic = *run.clinic;
    const QString nhsNumber = clinical::nhs::normalise(arguments.value("nhs-number"));
    const auto woman = womanByNhsNumber(clinic, nhsNumber, problems);
    if (!woman)
        return std::nullopt;
    if (const auto opened = clinic.women.open(woman->id, run.actor); !opened) {
        problems << QStringLiteral("--as: ") + opened.message();
        return std::nullopt;
    }
    *who = QStringLiteral("%1 (%2)").arg(woman->fullName(), clinical::nhs::format(nhsNumber));
    const auto read = clinic.women.pregnancies(woman->id);
    if (!read) {
        problems << QStringLiteral("--nhs-number: %1: %2").arg(*who, read.message());
        return std::nullopt;
    }
    const QList<Pregnancy> &pregnancies = read.value();
    if (pregnancies.isEmpty()) {
        problems << QStringLiteral("--nhs-number: %1 has no booking yet").arg(*who);
        return std::nullopt;
    }
    return pregnancies.front(); // newest first
}

void writeCsvRow(QTextStream &out, const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csv::quoted(field);
    out << quoted.join(QLatin1Char(',')) << '\n';
}

std::optional<QByteArray> readFileOrStdin(const QString &path, QString *why)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *why = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

qint64 idOption(Arguments &arguments, const char *name)
{
    if (!arguments.has(name))
        return 0;
    bool ok = false;
    const qint64 id = arguments.value(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        arguments.fail(
            QStringLiteral(
                "--%1: '%2' is not a staff id (a whole number, as `bbclinic-cli staff` lists)")
                .arg(QLatin1String(name), arguments.value(name)));
    }
    return id;
}

std::optional<Staff> clinician(const care::Staffing &staff, const char *option, qint64 id,
                               QStringList &problems)
{
    auto found = staff.staffById(id);
    if (!found)
        problems << QStringLiteral("--%1: no staff member with id %2")
                        .arg(QLatin1String(option))
                        .arg(id);
    return found;
}

void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void requireOneDocument(Arguments &arguments, const char *name, const char *what)
{
    if (arguments.positional().size() != 1)
        arguments.fail(QStringLiteral("%1: give exactly one %2 file (or - for standard input)")
                           .arg(QLatin1String(name), QLatin1String(what)));
}

std::optional<QByteArray> readDocument(const Arguments &arguments, QTextStream &err)
{
    const QString path = arguments.positional().front();
    QString why;
    auto read = readFileOrStdin(path, &why);
    if (!read)
        err << QStringLiteral("cannot read %1: %2").arg(path, why) << Qt::endl;
    return read;
}

int refuseDocument(const FieldErrors &errors, QTextStream &err)
{
    for (const FieldError &error : errors)
        err << error.toString() << Qt::endl;
    return kBadInput;
}

} // namespace bb::cli
