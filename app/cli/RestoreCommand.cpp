// SPDX-License-Identifier: MIT
#include "cli/RestoreCommand.h"

#include "DatabaseLock.h"
#include "care/Clinic.h"
#include "care/Restore.h"
#include "cli/CommandSupport.h"
#include "cli/Login.h"

#include <QDir>

namespace bb::cli {

int runRestore(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments(args, {"from", "db"});
    arguments.require({"from", "db"});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const QString db = arguments.value("db");
    QString refusal;
    const auto lock = app::lockDatabaseForThisApp(db, &refusal);
    if (!lock) {
        err << "--db: not restored: " << refusal << Qt::endl;
        return kFailed;
    }
    const auto restored = care::restoreBackup(
        arguments.value("from"), db, clock,
        [&](const care::Clinic &clinic) -> care::Outcome<Actor> {
            if (const auto actor = logIn(clinic, arguments, err))
                return *actor;
            return care::Failure{QStringLiteral("nobody logged in to the backup")};
        },
        [&]() -> std::optional<QString> {
            QString why;
            auto given = passwordFrom("BBCLINIC_BACKUP_PASSPHRASE",
                                      QStringLiteral("Backup passphrase: "), &why);
            if (!given)
                err << "--from: " << why << Qt::endl;
            return given;
        });
    if (!restored) {
        err << "--from: not restored: " << restored.message() << Qt::endl;
        return kFailed;
    }
    out << "Restored " << QDir::toNativeSeparators(arguments.value("from")) << " to "
        << QDir::toNativeSeparators(db) << " (" << restored->women << " women, "
        << restored->pregnancies << " pregnancies).";
    if (!restored->keptAs.isEmpty())
        out << " The database it replaced is kept as " << QDir::toNativeSeparators(restored->keptAs)
            << ".";
    out << Qt::endl;
    return kDone;
}

} // namespace bb::cli
