// SPDX-License-Identifier: MIT
#include "cli/AuditCommands.h"

#include "cli/CommandSupport.h"
#include "clinical/NhsNumber.h"

#include <QJsonDocument>

namespace bb::cli {
namespace {

int verify(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Arguments arguments = parseOptions(args, {"db"}, {"db"});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto database = openDatabase(arguments.value("db"), err);
    if (!database)
        return kFailed;
    const care::Audit audit(*database, clock);
    const auto checked = audit.verify();
    if (!checked) {
        err << "--db: " << checked.message() << Qt::endl;
        return kFailed;
    }
    const AuditChainCheck &check = checked.value();
    if (!check.intact()) {
        err << "audit row " << check.firstBroken << ": " << check.why << Qt::endl;
        return kFailed;
    }
    out << "The audit trail is intact: " << check.rows << " rows." << Qt::endl;
    return kDone;
}

} // namespace

int runAudit(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    if (args.value(0) == QLatin1String("verify"))
        return verify(args.mid(1), clock, out, err);
    Arguments arguments =
        parseOptions(args, {"db", "nhs-number", "user", "format"}, {"db"}, {QStringLiteral("csv")});
    if (!arguments.ok())
        return badArguments(arguments, err);
    const auto run = openClinic(arguments, clock, err);
    if (!run)
        return kFailed;
    AuditFilter filter;
    filter.username = arguments.value("user").trimmed().toLower();
    if (arguments.has("nhs-number")) {
        QStringList problems;
        const auto woman = womanByNhsNumber(
            *run->clinic, clinical::nhs::normalise(arguments.value("nhs-number")), problems);
        if (!woman)
            return refuse(problems, err);
        filter.womanId = woman->id;
    }
    const auto rows = run->clinic->audit.list(filter, run->actor);
    if (!rows) {
        err << rows.message() << Qt::endl;
        return kFailed;
    }
    writeCsvRow(out, {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"),
                      QStringLiteral("role"), QStringLiteral("workstation"),
                      QStringLiteral("event"), QStringLiteral("nhs_number"), QStringLiteral("what"),
                      QStringLiteral("outcome"), QStringLiteral("changes")});
    for (const AuditListing &row : rows.value()) {
        const AuditEvent &e = row.event;
        writeCsvRow(
            out,
            {QString::number(e.id), e.at.toString(Qt::ISODateWithMs), e.username, e.role,
             e.workstation, codes::toCode(e.event), row.nhsNumber, e.what, codes::toCode(e.outcome),
             e.changes.isEmpty()
                 ? QString()
                 : QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact))});
    }
    out.flush();
    return kDone;
}

} // namespace bb::cli
