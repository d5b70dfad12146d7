// SPDX-License-Identifier: MIT
#pragma once

#include "care/Clinic.h"
#include "cli/Arguments.h"
#include "domain/Actor.h"
#include "domain/FieldError.h"
#include "domain/Pregnancy.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <memory>
#include <optional>

namespace bb {
class Clock;
struct Woman;
} // namespace bb

namespace bb::cli {

// What every command shares, so that the same input gets the same line and exit code whichever
// command reads it: tests and scripts depend on both.

/// Exit codes: done; the database could not be opened or written; bad input, nothing changed.
inline constexpr int kDone = 0;
inline constexpr int kFailed = 1;
inline constexpr int kBadInput = 2;

/// What a command working on the database holds while it runs: the open file, the use cases
/// over it, and who is making the changes. Commands go through `clinic` and nothing else.
struct ClinicRun
{
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<care::Clinic> clinic;
    Actor actor;

    const care::Clinic *operator->() const { return clinic.get(); }
};

/// Opens `--db` for a command whose arguments are already checked and logs in who runs it
/// (cli::logIn()); on refusal writes `--db: reason` or `--as: reason` and returns nothing.
std::optional<ClinicRun>
openClinic(const Arguments &arguments, const Clock &clock, QTextStream &err,
           storage::Database::Access access = storage::Database::Access::ReadWrite);

/// Writes each line to `err` and returns kBadInput.
int refuse(const QStringList &lines, QTextStream &err);

/// Refuses with every problem the arguments collected.
int badArguments(const Arguments &arguments, QTextStream &err);

/// Opens the database as care::openClinicDatabase() does (checks, migrations, upgrades of what
/// the file holds); on refusal writes `--db: reason` and returns null.
std::unique_ptr<storage::Database>
openDatabase(const QString &path, QTextStream &err,
             storage::Database::Access access = storage::Database::Access::ReadWrite);

/// Records an error for each positional argument, as commands taking only options do.
void rejectPositional(Arguments &arguments);

/// Whether `--db` names no existing file: opening it would create an empty database.
bool databaseMissing(const Arguments &arguments);

/// Records an error when `--nhs-number` is given but is neither a valid NHS number nor a
/// temporary identifier (`TMP0000001`, a woman with no NHS number yet).
void checkNhsNumber(Arguments &arguments);

/// Records an error when `--out` is given empty, or names the database `--db` itself under any
/// name: a file written over the database would destroy every record in it.
void checkOutFile(Arguments &arguments);

/// The options, their required ones, and the checks that need no database (positional
/// arguments, a missing `--db` file, `--format` one of `formats`, a valid `--nhs-number`);
/// every problem is collected so that one run reports them all.
Arguments parseOptions(const QStringList &args, std::initializer_list<const char *> options,
                       std::initializer_list<const char *> required,
                       const QStringList &formats = {});

/// Only YYYY-MM-DD, and only a day the calendar has: 2026-02-30 is refused, not moved.
QDate dateOption(Arguments &arguments, const char *name);
/// The same reading of a date, invalid when the text is not one.
QDate isoDate(const QString &text);
/// The line refusing `--name value` that is not such a date.
QString notADate(const char *name, const QString &value);

/// The date the rules treat as today: `--today` when given, otherwise the clock's date. The
/// command line is the one place that reads it; the rules are handed it.
QDate todayOption(Arguments &arguments, const Clock &clock);

/// Core's field paths as the options that gave the values, so a refusal names what to fix.
QStringList asOptions(const FieldErrors &errors, const QHash<QString, QString> &options);

/// Her, found by NHS number; otherwise the `--nhs-number` line saying so is added to
/// `problems`.
std::optional<Woman> womanByNhsNumber(const care::Clinic &clinic, const QString &nhsNumber,
                                      QStringList &problems);

/// Her latest pregnancy, found by `--nhs-number` and opened as the logged-in user (which the
/// audit records, and which her role may be refused: access::recordRefusal()); otherwise why
/// not, as an `--nhs-number` (or `--as`) line. `who` becomes "Name (NHS number)" once found.
std::optional<Pregnancy> latestPregnancy(const ClinicRun &run, const Arguments &arguments,
                                         QStringList &problems, QString *who);

/// `--name ID` as a staff id (a whole number above 0); 0 when not given, and an error when not
/// such a number.
qint64 idOption(Arguments &arguments, const char *name);

/// The staff member with `id`; otherwise the `--option` line saying there is none is added to
/// `problems`.
std::optional<Staff> clinician(const care::Staffing &staff, const char *option, qint64 id,
                               QStringList &problems);

/// A JSON object, indented, as the commands' `--format json` prints it.
void writeJson(QTextStream &out, const QJsonObject &object);

/// A CSV row, fields quoted only when they must be.
void writeCsvRow(QTextStream &out, const QStringList &fields);

/// The whole of a file, or of standard input for `-`; otherwise null and the file's error
/// in `why`.
std::optional<QByteArray> readFileOrStdin(const QString &path, QString *why);

/// Records an error, under `name` (`BOOKING.json`), unless exactly one positional argument names
/// the document a command reads (`-` for standard input).
void requireOneDocument(Arguments &arguments, const char *name, const char *what);

/// The document requireOneDocument() asked for; otherwise null, with `cannot read FILE: why`
/// written to `err`.
std::optional<QByteArray> readDocument(const Arguments &arguments, QTextStream &err);

/// Writes each problem of a document as `path: message`, and returns kBadInput.
int refuseDocument(const FieldErrors &errors, QTextStream &err);

} // namespace bb::cli
