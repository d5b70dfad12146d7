// SPDX-License-Identifier: MIT
#include "cli/PrintCommand.h"

#include "cli/Arguments.h"
#include "clinical/NhsNumber.h"
#include "documents/CarePlanDocument.h"
#include "scheduling/ClinicScheduling.h"
#include "storage/CarePlanRepository.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QFileInfo>

namespace bb::cli {
namespace {

constexpr int kDone = 0;
constexpr int kFailed = 1;
constexpr int kBadInput = 2;

// The documents this command prints; more (handover, signposting) will join.
const QStringList &documentNames()
{
    static const QStringList names{QStringLiteral("careplan")};
    return names;
}

int refuse(const QStringList &lines, QTextStream &err)
{
    for (const QString &line : lines)
        err << line << Qt::endl;
    return kBadInput;
}

// The same file under two names is still the same file: a PDF written over the database
// would destroy every record in it.
bool sameFile(const QString &a, const QString &b)
{
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
}

Arguments parse(const QStringList &args)
{
    Arguments arguments(args, {"db", "nhs-number", "document", "out"});
    arguments.require({"db", "nhs-number", "document", "out"});
    for (const QString &extra : arguments.positional())
        arguments.fail(QStringLiteral("%1: unexpected argument").arg(extra));
    if (arguments.has("nhs-number")) {
        const QString problem =
            clinical::nhs::problem(clinical::nhs::normalise(arguments.value("nhs-number")));
        if (!problem.isEmpty())
            arguments.fail(QStringLiteral("--nhs-number: ") + problem);
    }
    const QString document = arguments.value("document");
    if (arguments.has("document") && !documentNames().contains(document)) {
        arguments.fail(QStringLiteral("--document: unknown document '%1' (one of: %2)")
                           .arg(document, documentNames().join(QStringLiteral(", "))));
    }
    const QString db = arguments.value("db");
    const QString pdf = arguments.value("out");
    if (arguments.has("db") && (db.isEmpty() || !QFileInfo::exists(db))) {
        // Opening would create an empty database: a print must change nothing.
        arguments.fail(QStringLiteral("--db: %1 does not exist").arg(db));
    }
    if (arguments.has("out") && pdf.isEmpty())
        arguments.fail(QStringLiteral("--out: needs a file name"));
    else if (arguments.has("out") && arguments.has("db") && sameFile(pdf, db))
        arguments.fail(QStringLiteral("--out: is the database itself; give a new file name"));
    return arguments;
}

} // namespace

int runPrint(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    const Arguments arguments = parse(args);
    if (!arguments.ok())
        return refuse(arguments.errors(), err);

    QString error;
    const auto database = storage::Database::open(arguments.value("db"), &error);
    if (!database) {
        err << "--db: " << error << Qt::endl;
        return kFailed;
    }
    const QString nhsNumber = clinical::nhs::normalise(arguments.value("nhs-number"));
    const QString shown = clinical::nhs::format(nhsNumber);
    const auto woman = storage::WomanRepository(*database, clock).byNhsNumber(nhsNumber);
    if (!woman) {
        return refuse({QStringLiteral("--nhs-number: no woman with NHS number %1 in this "
                                      "database")
                           .arg(shown)},
                      err);
    }
    const QList<Pregnancy> pregnancies =
        storage::PregnancyRepository(*database, clock).forWoman(woman->id);
    if (pregnancies.isEmpty()) {
        return refuse({QStringLiteral("--nhs-number: %1 (%2) has no booking yet")
                           .arg(woman->fullName(), shown)},
                      err);
    }
    // Newest first: her current pregnancy, and the version of her plan she was last given.
    const auto stored =
        storage::CarePlanRepository(*database, clock).latest(pregnancies.front().id);
    if (!stored) {
        return refuse({QStringLiteral("--nhs-number: %1 (%2) has no stored care plan for her "
                                      "latest pregnancy")
                           .arg(woman->fullName(), shown)},
                      err);
    }

    // Her named midwife and team when recorded; otherwise the plan says "not yet assigned".
    const auto carers = scheduling::namedCarers(*database, clock, pregnancies.front().id);
    const documents::CarePlanPrintInput input = documents::printInputFor(
        *stored, storage::SettingsRepository(*database, clock).load(), clock.today(),
        carers ? carers->midwife : QString(), carers ? carers->team : QString());
    const QString pdf = arguments.value("out");
    if (!documents::writeCarePlanPdf(pdf, input, &error)) {
        err << "--out: cannot write " << pdf << ": " << error << Qt::endl;
        return kFailed;
    }
    out << "Printed version " << stored->version << " of the care plan of " << woman->fullName()
        << " (" << shown << ") to " << pdf << "." << Qt::endl;
    return kDone;
}

} // namespace bb::cli
