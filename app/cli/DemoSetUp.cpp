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
        QString error;
        if (const auto seeded = clinic.settings.seedDefaultsIfEmpty(); !seeded)
            error = QStringLiteral("print settings not stored: ") + seeded.message();
        else if (!demo::storeDemoClinic(*database, clinic, history, &error))
            error = error.isEmpty() ? QStringLiteral("demo data not stored") : error;
        if (!error.isEmpty()) {
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
        else if (const auto seeded = clinic.settings.seedDefaultsIfEmpty(); !seeded)
            error = QStringLiteral("print settings not stored: ") + seeded.message();
        else if (!demo::storeDemoClinic(*database, clinic, history, &error))
            error = error.isEmpty() ? QStringLiteral("demo data not stored") : error;
        else if (!whole.commit())
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
