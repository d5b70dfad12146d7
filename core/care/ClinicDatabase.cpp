// SPDX-License-Identifier: MIT
#include "care/ClinicDatabase.h"

#include "care/CarePlans.h"
#include "storage/CarePlanRepository.h"
#include "storage/Seals.h"
#include "util/Clock.h"

#include <QDir>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ClinicDatabase)
};

} // namespace

std::unique_ptr<storage::Database> openClinicDatabase(const QString &path, QString *error,
                                                      storage::Database::Access access,
                                                      storage::Database::FullCheck fullCheck)
{
    auto database = storage::Database::open(path, error, access, fullCheck);
    if (!database)
        return nullptr;
    auto refuse = [&](const QString &why) -> std::unique_ptr<storage::Database> {
        if (error)
            *error = Words::tr("%1 was not opened: %2").arg(QDir::toNativeSeparators(path), why);
        return nullptr;
    };
    if (database->isReadOnly()) { // asked for, or all a file that cannot be written allows
        QString problem;
        if (storage::CarePlanRepository(*database).anyInPublicFormats(&problem))
            return refuse(Words::tr("its care plans need upgrading to this version's "
                                    "storage, which a read-only open cannot do"));
        if (!problem.isEmpty())
            return refuse(problem);
        return database;
    }
    const Clock clock; // stamps when the first seals were made; the upgrade stamps nothing
    const Outcome<int> upgraded = CarePlans(*database, clock).upgradeStoredPlans();
    if (!upgraded)
        return refuse(Words::tr("its saved care plans could not be upgraded, and were left as "
                                "they were: ") +
                      upgraded.message());
    // Rows written before seals were kept are sealed once, in short batches (storage::Seals).
    QString problem;
    if (!storage::Seals(*database).sealUnsealed(clock.now(), &problem))
        return refuse(Words::tr("its records could not be sealed: ") + problem);
    return database;
}

} // namespace bb::care
