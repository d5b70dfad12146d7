// SPDX-License-Identifier: MIT
// bbclinic-cli: the headless commands, for scripts, other systems and checks.
#include "cli/CarePlanCommand.h"
#include "cli/DatabaseCommands.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr char kUsage[] = R"(Usage: bbclinic-cli COMMAND [OPTIONS]

Commands:
  init --db FILE [--demo]                     create or upgrade a database (with demo women)
  import-booking --db FILE BOOKING.json       store a bbclinic-booking/1 booking (- = stdin)
  export-booking --db FILE --nhs-number N [--out FILE]
                                              write her latest booking as bbclinic-booking/1
  careplan --booking FILE [--format json|html|pdf] [--out FILE]
                                              the personalised care plan of a booking
  generate --db FILE --women N [--seed S]     add N synthetic women (for benchmarks)
  summary --db FILE [--limit N]               what the database holds

Exit status: 0 done, 1 could not be done, 2 bad input (nothing changed).
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bbclinic-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("help")) {
        out << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.takeFirst();
    const bb::Clock clock;
    if (command == QLatin1String("init"))
        return bb::cli::runInit(args, clock, out, err);
    if (command == QLatin1String("import-booking"))
        return bb::cli::runImportBooking(args, clock, out, err);
    if (command == QLatin1String("export-booking"))
        return bb::cli::runExportBooking(args, clock, out, err);
    if (command == QLatin1String("careplan"))
        return bb::cli::runCarePlanCommand(args, out, err);
    if (command == QLatin1String("generate"))
        return bb::cli::runGenerate(args, clock, out, err);
    if (command == QLatin1String("summary"))
        return bb::cli::runSummary(args, clock, out, err);
    err << "unknown command '" << command << "'\n\n" << kUsage;
    return 2;
}
