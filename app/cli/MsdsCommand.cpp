// SPDX-License-Identifier: MIT
#include "cli/MsdsCommand.h"

#include "care/MonthlyReturn.h"
#include "cli/CommandSupport.h"
#include "interop/MsdsReturn.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace bb::cli {
namespace {

/// The tables whose files are empty but for their header when no baby was born in the period.
const QStringList kBirthTables{QStringLiteral("MSD301LabourDelivery"),
                               QStringLiteral("MSD401BabyDemographics")};

/// An ODS organisation code as MSDS takes it (min an3 max an5: `RWE`, `RWE01`), upper case.
QString organisationOption(Arguments &arguments)
{
    static const QRegularExpression ods(QStringLiteral("^[A-Za-z0-9]{3,5}$"));
    const QString code = arguments.value("org").trimmed();
    if (arguments.has("org") && !ods.match(code).hasMatch())
        arguments.fail(QStringLiteral("--org: '%1' is not an ODS organisation code (3 to 5 letters "
                                      "and digits, such as RWE)")
                           .arg(arguments.value("org")));
    return code.toUpper();
}

/// Refuses a `--dir` that is a file, and one where a table's file would be the database itself:
/// written over, it would destroy every record in it.
void checkDir(Arguments &arguments)
{
    if (!arguments.has("dir"))
        return;
    const QString dir = arguments.value("dir");
    if (dir.isEmpty()) {
        arguments.fail(QStringLiteral("--dir: needs a folder name"));
        return;
    }
    const QFileInfo folder(dir);
    if (folder.exists() && !folder.isDir()) {
        arguments.fail(QStringLiteral("--dir: %1 is a file, not a folder").arg(dir));
        return;
    }
    const QString database = QFileInfo(arguments.value("db")).canonicalFilePath();
    if (database.isEmpty())
        return;
    // The files a return writes: those of an empty one.
    for (const interop::msds::Table &table : interop::msds::msdsReturn({}, {}, {})) {
        const QString file = QDir(dir).filePath(interop::msds::fileName(table));
        if (QFileInfo(file).canonicalFilePath() == database)
            arguments.fail(
                QStringLiteral("--dir: %1 is the database itself; give another folder").arg(file));
    }
}

QByteArray csvOf(const interop::msds::Table &table)
{
    QByteArray bytes;
    QTextStream stream(&bytes);
    writeCsvRow(stream, table.columns);
    for (const QStringList &row : table.rows)
        writeCsvRow(stream, row);
    stream.flush();
    return bytes;
}

/// Writes each table to its file in `dir`, each whole or not at all; false, having said why,
/// when one cannot be written.
bool writeTables(const QList<interop::msds::Table> &tables, const QString &dir, QTextStream &err)
{
    if (!QDir().mkpath(dir)) {
        err << "--dir: cannot make the folder " << dir << Qt::endl;
        return false;
    }
    for (const interop::msds::Table &table : tables) {
        const QByteArray bytes = csvOf(table);
        QSaveFile file(QDir(dir).filePath(interop::msds::fileName(table)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            err << "--dir: cannot write " << file.fileName() << ": " << file.errorString()
                << Qt::endl;
            return false;
        }
    }
    return true;
}

/// Records the export in the audit trail of each woman in it, once each.
bool audit(const ClinicRun &run, const QList<interop::msds::ReturnPregnancy> &pregnancies,
           const QString &what, QTextStream &err)
{
    QSet<qint64> done;
    for (const interop::msds::ReturnPregnancy &p : pregnancies) {
        const qint64 womanId = p.record.booking.woman.id;
        if (done.contains(womanId))
            continue;
        done.insert(womanId);
        const auto audited = run->audit.record(run.actor, AuditEventKind::Export, womanId, what);
        if (!audited) {
            err << "--db: " << audited.message() << Qt::endl;
            return false;
        }
    }
    return true;
}

void report(const QList<interop::msds::Table> &tables, const QString &period, const QString &dir,
            QTextStream &out)
{
    out << "The MSDS return of " << period << ", written to " << dir << ":" << Qt::endl;
    bool births = false;
    for (const interop::msds::Table &table : tables) {
        out << "  " << interop::msds::fileName(table) << "  " << table.rows.size() << " row(s)"
            << Qt::endl;
        births = births || (kBirthTables.contains(table.name) && !table.rows.isEmpty());
    }
    if (!births)
        out << "No births in " << period << ": " << kBirthTables.join(QStringLiteral(".csv and "))
            << ".csv have their header only." << Qt::endl;
}

} // namespace

int runExportMsds(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments =
        parseOptions(args, {"db", "from", "to", "dir", "org"}, {"db", "from", "to", "dir", "org"});
    const QDate from = dateOption(arguments, "from");
    const QDate to = dateOption(arguments, "to");
    if (from.isValid() && to.isValid() && to < from)
        arguments.fail(QStringLiteral("--to: %1 is before --from %2")
                           .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    const QString organisation = organisationOption(arguments);
    checkDir(arguments);
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;

    const auto pregnancies = care::monthlyReturn(*run->clinic, from, to, run->actor);
    if (pregnancies.invalid())
        return refuse(asOptions(pregnancies.fieldErrors(),
                                {{QStringLiteral("viewer"), QStringLiteral("--as")},
                                 {QStringLiteral("from"), QStringLiteral("--from")},
                                 {QStringLiteral("to"), QStringLiteral("--to")}}),
                      err);
    if (!pregnancies) {
        err << "--db: " << pregnancies.message() << Qt::endl;
        return kFailed;
    }
    const QList<interop::msds::Table> tables =
        interop::msds::msdsReturn(pregnancies.value(), {from, to}, organisation);
    const QString dir = arguments.value("dir");
    if (!writeTables(tables, dir, err))
        return kFailed;
    const QString period =
        QStringLiteral("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!audit(*run, pregnancies.value(), QStringLiteral("MSDS return ") + period, err))
        return kFailed;
    report(tables, period, dir, out);
    return kDone;
}

} // namespace bb::cli
