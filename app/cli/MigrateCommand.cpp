// SPDX-License-Identifier: MIT
#include "cli/MigrateCommand.h"

#include "care/Clinic.h"
#include "cli/Arguments.h"
#include "cli/CommandSupport.h"
#include "cli/Login.h"
#include "storage/ClinicCopy.h"
#include "storage/Database.h"

namespace bb::cli {

int runMigrate(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments(args, {"from", "to", "as"});
    arguments.require({"from", "to"});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto from =
        openDatabase(arguments.value("from"), err, storage::Database::Access::ReadOnly);
    if (!from)
        return kFailed;
    {
        const care::Clinic clinic(*from, clock);
        const auto actor = logIn(clinic, arguments, err);
        if (!actor)
            return kFailed;
        if (actor->role != UserRole::Administrator) {
            err << "--as: only an administrator moves a clinic to another database" << Qt::endl;
            return kFailed;
        }
    }
    const auto to = openDatabase(arguments.value("to"), err);
    if (!to)
        return kFailed;
    const storage::ClinicCopy copy = storage::copyClinic(*from, *to);
    for (const storage::CopiedTable &table : copy.tables) {
        out << table.name << ": " << table.rowsFrom << " rows, " << table.checksumFrom.left(16);
        if (table.same())
            out << ", the same on both" << Qt::endl;
        else
            out << " here, " << table.rowsTo << " rows, " << table.checksumTo.left(16) << " there"
                << Qt::endl;
    }
    if (!copy.error.isEmpty()) {
        err << "--to: not migrated: " << copy.error << Qt::endl;
        return kFailed;
    }
    qint64 rows = 0;
    for (const storage::CopiedTable &table : copy.tables)
        rows += table.rowsTo;
    out << "Migrated " << copy.tables.size() << " tables, " << rows << " rows, to "
        << arguments.value("to") << "; every count and checksum is equal." << Qt::endl;
    return kDone;
}

} // namespace bb::cli
