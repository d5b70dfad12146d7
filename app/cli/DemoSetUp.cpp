// SPDX-License-Identifier: MIT
#include "cli/DemoSetUp.h"

#include "care/Clinic.h"
#include "cli/CommandSupport.h"
#include "demo/DemoClinic.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace bb::cli {
namespace {

/// Removes a database file and the journal files SQLite keeps beside it.
void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Stores the demonstration in `database` (its print settings, then the clinic); the reason when
/// it could not, else empty.
QString storeDemonstration(const storage::Database &database, const care::Clinic &clinic,
                           bool history)
{
    if (const auto seeded = clinic.settings.seedDefaultsIfEmpty(); !seeded)
        return QStringLiteral("print settings not stored: ") + seeded.message();
    QString error;
    if (!demo::storeDemoClinic(database, clinic, history, &error))
        return error.isEmpty() ? QStringLiteral("demo data not stored") : error;
    return {};
}

} // namespace

QString demoPartFor(const QString &path)
{
    return path + QStringLiteral(".demo-part");
}

int makeDemoClinic(const QString &path, bool history, const Clock &clock, QTextStream &out,
                   QTextStream &err)
{
    const QString part = demoPartFor(path);
    removeWithCompanions(part); // what a killed earlier run left
    int women = 0;
    int schema = 0;
    {
        const auto database = openDatabase(part, err);
        if (!database)
            return kFailed;
        const care::Clinic clinic(*database, clock);
        if (const QString error = storeDemonstration(*database, clinic, history);
            !error.isEmpty()) {
            err << error << " (" << QDir::toNativeSeparators(path) << " was not made)" << Qt::endl;
            removeWithCompanions(part);
            return kFailed;
        }
        women = clinic.women.count();
        schema = database->schemaVersion();
    } // closed: its log is written into the file and removed
    // rename(2) gives the whole clinic the name in one step; QFile::rename will not replace.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) !=
        0) {
        err << "--db: the demonstration was made but could not be named "
            << QDir::toNativeSeparators(path) << Qt::endl;
        removeWithCompanions(part);
        return kFailed;
    }
    out << "Database " << path << " ready at schema " << schema << " with " << women << " women."
        << Qt::endl;
    return kDone;
}

int makeDemoClinicOnServer(const QString &address, bool history, const Clock &clock,
                           QTextStream &out, QTextStream &err)
{
    const auto database = openDatabase(address, err);
    if (!database)
        return kFailed;
    const care::Clinic clinic(*database, clock);
    const auto anyone = clinic.users.anyone();
    if (!anyone || anyone.value() || clinic.women.count() > 0) {
        err << "--demo: the demonstration is made only in a new database, and " << address
            << " has users or women already" << Qt::endl;
        return kBadInput;
    }
    QString error;
    {
        // Every save below joins this transaction as a savepoint: all of it, or nothing.
        storage::Transaction whole(database->connection());
        if (!whole.isActive())
            error = whole.error();
        else
            error = storeDemonstration(*database, clinic, history);
        if (error.isEmpty() && !whole.commit())
            error = whole.error();
    }
    if (!error.isEmpty()) {
        err << error << " (nothing was stored in " << address << ")" << Qt::endl;
        return kFailed;
    }
    out << "Database " << address << " ready at schema " << database->schemaVersion() << " with "
        << clinic.women.count() << " women." << Qt::endl;
    return kDone;
}

} // namespace bb::cli
