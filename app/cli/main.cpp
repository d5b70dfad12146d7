// SPDX-License-Identifier: MIT
// bbclinic-cli: the headless commands, for scripts, other systems and checks.
#include "cli/AuditCommands.h"
#include "cli/BirthCommands.h"
#include "cli/CarePlanCommand.h"
#include "cli/ContactCommands.h"
#include "cli/DatabaseCommands.h"
#include "cli/DischargeCommands.h"
#include "cli/FeedbackCommand.h"
#include "cli/HerExportCommands.h"
#include "cli/LossCommands.h"
#include "cli/MigrateCommand.h"
#include "cli/MsdsCommand.h"
#include "cli/PreferencesCommand.h"
#include "cli/PrintCommand.h"
#include "cli/ReferralCommands.h"
#include "cli/RestoreCommand.h"
#include "cli/SchedulingCommands.h"
#include "cli/TeamCommands.h"
#include "cli/UserCommands.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr char kUsage[] = R"(Usage: bbclinic-cli COMMAND [OPTIONS]
  or:  bbclinic-cli --version

Commands:
  init --db FILE (--admin USER | --demo [--history])
                                              create or upgrade a database: a new one needs its
                                              first administrator (password: BBCLINIC_PASSWORD
                                              or asked for), or is the demonstration (users
                                              admin and one per staff member, password demo;
                                              demo women, teams and, with --history, their
                                              appointments, three births, a miscarriage,
                                              referrals on the move and the team's feedback)
  users --db FILE                             everyone who can log in (administrators)
  user add|change --db FILE --username U [--name NAME] [--role midwife|support_worker|
      health_visitor|team_lead|administrator] [--staff ID]
  user disable|enable|reset --db FILE --username U
  user password --db FILE                     add, change, disable, enable a user or reset her
                                              password (administrators), or change your own;
                                              new passwords from BBCLINIC_NEW_PASSWORD or asked
                                              for; nobody is ever deleted
  audit --db FILE [--nhs-number N] [--user U] [--format csv]
                                              the audit trail, newest first (team leads and
                                              administrators)
  audit verify --db FILE                      check the audit trail's hash chain: exit 0 when
                                              intact, 1 naming the first broken row
  import-booking --db FILE [--today YYYY-MM-DD] BOOKING.json
                                              store a bbclinic-booking/1 booking (- = stdin)
  import-preferences --db FILE [--today YYYY-MM-DD] PREFERENCES.json
                                              her birth preferences (bbclinic-birth-
                                              preferences/1, - = stdin) as a proposed
                                              change to her plan, for her midwife
  export-booking --db FILE --nhs-number N [--out FILE]
                                              write her latest booking as bbclinic-booking/1
  careplan --booking FILE [--format json|html|pdf] [--out FILE] [--today YYYY-MM-DD]
                                              the personalised care plan of a booking
  print --db FILE --nhs-number N --document careplan|handover|discharge|signposting
      --out FILE.pdf                          print her latest stored care plan, the handover
                                              to the health visitor (confidential), her
                                              discharge summary, or after a loss her sheet of
                                              bereavement support
  export-calendar --db FILE --nhs-number N --out FILE.ics
                                              her booked appointments for her phone's
                                              calendar (RFC 5545), by her copy's rules
  export-fhir --db FILE --nhs-number N [--her-copy] --out FILE.json
                                              her pregnancy as a FHIR R4 (UK Core) bundle;
                                              --her-copy by her copy's rules
  export-msds --db FILE --from YYYY-MM-DD --to YYYY-MM-DD --dir DIR --org CODE
                                              the monthly Maternity Services Data Set v2.0
                                              return of those days: one CSV file per table in
                                              DIR; CODE is the trust's ODS code (e.g. RWE)
  generate --db FILE --women N [--seed S]     add N synthetic women (for benchmarks)
  summary --db FILE [--limit N]               what the database holds
  backup --db FILE --to DIR                   a checked copy of the database in DIR
  backup-passphrase --db FILE [--off]         encrypt backups from now on with a passphrase
                                              (BBCLINIC_BACKUP_PASSPHRASE or typed twice;
                                              administrators), or with --off no longer
  restore --from BACKUP --db FILE             put a checked backup in place of FILE (kept);
                                              an encrypted one asks for its passphrase
                                              (BBCLINIC_BACKUP_PASSPHRASE)
  migrate --from FILE --to postgresql://HOST/DB
                                              copy a clinic's file into a new database on the
                                              team server, checking every table's rows and
                                              checksum on both (administrators)
  check --db FILE                             check the file and every record's seal: exit 0
                                              when nothing is damaged, 1 naming each record
  staff --db FILE [--format csv]              staff with role, team, FTE and skills
  assign --db FILE --nhs-number N --midwife ID --team NAME --date YYYY-MM-DD
                                              record her named midwife and team
  record-contact --db FILE --nhs-number N --date YYYY-MM-DD --clinician ID --attended yes|no
      [--venue TEXT] [--bp SYS/DIA] [--urine-protein negative|trace|1+|2+|3+|4+]
      [--urine-glucose (same)] [--sfh-cm X] [--fetal-heart yes|no] [--movements normal|reduced]
      [--presentation cephalic|breech|transverse|unsure] [--co-ppm N] [--condition CODE]...
      [--notes TEXT] [--format text|json]
                                              record an antenatal contact; prints what the
                                              rules ask for and any change to her plan
  contacts --db FILE --nhs-number N [--format text|json]
                                              her antenatal contacts, measurements and actions
  take-plan-change --db FILE --nhs-number N   make the plan version her diagnoses call for
  record-birth --db FILE --nhs-number N --date YYYY-MM-DD [--time HH:MM] --setting S
      [--planned-setting S --setting-reason TEXT] [--onset spontaneous|induced|caesarean_before_labour]
      --mode spontaneous_vaginal|instrumental|planned_caesarean|emergency_caesarean
      [--mid-cavity yes|no] [--labour-over-24h yes|no] [--blood-loss-ml N] [--transfused yes|no]
      [--perineum P] --clinicians ID[,ID] --outcome live_birth|stillbirth --weight-g W
      [--sex female|male|indeterminate] [--apgar A1/A5[/A10]] [--resuscitation yes|no]
      [--skin-to-skin yes|no] [--first-feed F] [--vitamin-k K]
      [--baby OUTCOME:WEIGHT_G[:SEX[:A1/A5[/A10]]]]... [--format text|json]
                                              record the birth (settings: home,
                                              freestanding_midwifery_unit, alongside_midwifery_unit,
                                              obstetric_unit, before_arrival); each --baby is one
                                              more baby; cancels antenatal appointments still to
                                              come and books the postnatal contacts
  record-postnatal --db FILE --nhs-number N --date YYYY-MM-DD --clinician ID
      --role midwife|support_worker|health_visitor [--attended yes|no] [--bp SYS/DIA]
      [--temperature C] [--low-mood yes|no] [--little-interest yes|no] [--gad2 N]
      [--feeding breast|mixed|formula] [--contraception yes|no] [--notes TEXT] [--baby N]
      [--baby-weight-g W] [--jaundice none|under_24h|after_24h] [--baby-feeding F]
      [--blood-spot-taken yes|no] [--hearing-screened yes|no] [--examined yes|no]
      [--format text|json]
                                              record a postnatal contact (the baby options are
                                              for baby N, the first when not given); prints
                                              what the rules ask for
  move-baby --db FILE --nhs-number N [--baby N] --date YYYY-MM-DD
      --to with_mother|transitional_care|neonatal_unit [--unit NAME] [--reason TEXT]
                                              where her baby (the first when not given) is
                                              cared for from that day; the unit as the service
                                              directory names it
  discharge --db FILE --nhs-number N --date YYYY-MM-DD [--health-visitor TEXT] [--notes TEXT]
      [--baby-nhs-number N[,N]] [--fft very_good|good|neither|poor|very_poor|dont_know]
      [--comment TEXT]
                                              discharge her from maternity care to the health
                                              visitor; her Friends and Family Test answer and
                                              words are kept with her team and the month only
  record-loss --db FILE --nhs-number N --date YYYY-MM-DD
      --kind miscarriage|ectopic|termination|stillbirth|neonatal_death [--notes TEXT]
      [--format text|json]
                                              record the loss of her latest pregnancy: cancels
                                              what was still to come, makes the referrals to the
                                              bereavement midwife, her GP and health visitor
  entered-in-error --db FILE --nhs-number N --reason TEXT [--scope pregnancy|record]
                                              hide her latest pregnancy (or whole record) from
                                              every list; kept for the record
  referrals --db FILE [--team NAME] [--format csv|json]
                                              a team's referral queue (every team's without
                                              --team; safeguarding only with --team
                                              safeguarding); json gives each referral's id
  referral --db FILE --id ID --status suggested|sent|accepted|seen|declined|not_needed
      [--date YYYY-MM-DD] [--note TEXT]
                                              move a referral on (declined and not_needed say
                                              why in --note)
  worklist --db FILE --clinician ID --date YYYY-MM-DD [--format json|text]
                                              a midwife's day: contacts due and not recorded,
                                              results, referrals, 41 weeks, home births, blood
                                              spot samples
  absence --db FILE --clinician ID --from YYYY-MM-DD --to YYYY-MM-DD --reason leave|sickness|training
                                              record a clinician's days away and rebook her
                                              appointments in them
  appointments --db FILE --from YYYY-MM-DD --to YYYY-MM-DD [--format csv]
                                              appointments in a date range
  schedule --db FILE --from YYYY-MM-DD --weeks N [--team NAME]
                                              book the contacts still to book (JSON summary)
  rota --db FILE --team NAME --from YYYY-MM-DD --weeks N [--format csv]
                                              the team's home-birth on-call rota
  continuity --db FILE --as-of YYYY-MM-DD [--format json|csv]
                                              continuity of carer for every booked woman
  feedback --db FILE --team NAME --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|text]
                                              the team's Friends and Family Test answers,
                                              month by month, with the comments

Every command that opens a database acts as a user: --as USER (default: BBCLINIC_USER),
with the password from BBCLINIC_PASSWORD or asked for on the terminal, never an argument.
--nhs-number N is her NHS number, or her temporary identifier (TMP0000001) while she has none.
--today is the date the rules treat as today (default: the system clock); a booking, LMP,
dating scan or date of birth after it is refused.

Exit status: 0 done, 1 could not be done, 2 bad input (nothing changed).
)";

/// Qt's GUI layer wants a private runtime folder and warns on stderr without one. Scripts read
/// this program's stderr line by line, so give it one instead of a stray warning.
void ensureRuntimeDir()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    // Named by the numeric user id, which the system gives and no environment can change.
    const QString dir = QDir::temp().filePath(QStringLiteral("bbclinic-runtime-%1").arg(getuid()));
    QDir().mkpath(dir);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything this program creates (the database and its -wal and -shm, PDFs, exports,
    // temporary files) holds patient data: readable and writable by its owner only.
    umask(S_IRWXG | S_IRWXO);
    // Printing lays out text, which needs fonts and so a GUI application; the command line has
    // no window, so it runs on the offscreen platform unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDir();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("bbclinic-cli"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BB_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.front() == QLatin1String("--help") ||
        args.front() == QLatin1String("help")) {
        out << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    if (args.front() == QLatin1String("--version") || args.front() == QLatin1String("version")) {
        out << "bbclinic-cli " << QGuiApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString command = args.takeFirst();
    const bb::Clock clock;
    if (command == QLatin1String("init"))
        return bb::cli::runInit(args, clock, out, err);
    if (command == QLatin1String("users"))
        return bb::cli::runUsers(args, clock, out, err);
    if (command == QLatin1String("user"))
        return bb::cli::runUser(args, clock, out, err);
    if (command == QLatin1String("audit"))
        return bb::cli::runAudit(args, clock, out, err);
    if (command == QLatin1String("import-booking"))
        return bb::cli::runImportBooking(args, clock, out, err);
    if (command == QLatin1String("import-preferences"))
        return bb::cli::runImportPreferences(args, clock, out, err);
    if (command == QLatin1String("export-booking"))
        return bb::cli::runExportBooking(args, clock, out, err);
    if (command == QLatin1String("careplan"))
        return bb::cli::runCarePlanCommand(args, clock, out, err);
    if (command == QLatin1String("print"))
        return bb::cli::runPrint(args, clock, out, err);
    if (command == QLatin1String("export-calendar"))
        return bb::cli::runExportCalendar(args, clock, out, err);
    if (command == QLatin1String("export-fhir"))
        return bb::cli::runExportFhir(args, clock, out, err);
    if (command == QLatin1String("export-msds"))
        return bb::cli::runExportMsds(args, clock, out, err);
    if (command == QLatin1String("generate"))
        return bb::cli::runGenerate(args, clock, out, err);
    if (command == QLatin1String("summary"))
        return bb::cli::runSummary(args, clock, out, err);
    if (command == QLatin1String("backup"))
        return bb::cli::runBackup(args, clock, out, err);
    if (command == QLatin1String("backup-passphrase"))
        return bb::cli::runBackupPassphrase(args, clock, out, err);
    if (command == QLatin1String("check"))
        return bb::cli::runCheck(args, clock, out, err);
    if (command == QLatin1String("restore"))
        return bb::cli::runRestore(args, clock, out, err);
    if (command == QLatin1String("migrate"))
        return bb::cli::runMigrate(args, clock, out, err);
    if (command == QLatin1String("staff"))
        return bb::cli::runStaff(args, clock, out, err);
    if (command == QLatin1String("assign"))
        return bb::cli::runAssign(args, clock, out, err);
    if (command == QLatin1String("record-contact"))
        return bb::cli::runRecordContact(args, clock, out, err);
    if (command == QLatin1String("contacts"))
        return bb::cli::runContacts(args, clock, out, err);
    if (command == QLatin1String("take-plan-change"))
        return bb::cli::runTakePlanChange(args, clock, out, err);
    if (command == QLatin1String("record-birth"))
        return bb::cli::runRecordBirth(args, clock, out, err);
    if (command == QLatin1String("record-postnatal"))
        return bb::cli::runRecordPostnatal(args, clock, out, err);
    if (command == QLatin1String("move-baby"))
        return bb::cli::runMoveBaby(args, clock, out, err);
    if (command == QLatin1String("discharge"))
        return bb::cli::runDischarge(args, clock, out, err);
    if (command == QLatin1String("record-loss"))
        return bb::cli::runRecordLoss(args, clock, out, err);
    if (command == QLatin1String("entered-in-error"))
        return bb::cli::runEnteredInError(args, clock, out, err);
    if (command == QLatin1String("referrals"))
        return bb::cli::runReferrals(args, clock, out, err);
    if (command == QLatin1String("referral"))
        return bb::cli::runReferral(args, clock, out, err);
    if (command == QLatin1String("worklist"))
        return bb::cli::runWorklist(args, clock, out, err);
    if (command == QLatin1String("absence"))
        return bb::cli::runAbsence(args, clock, out, err);
    if (command == QLatin1String("appointments"))
        return bb::cli::runAppointments(args, clock, out, err);
    if (command == QLatin1String("schedule"))
        return bb::cli::runSchedule(args, clock, out, err);
    if (command == QLatin1String("rota"))
        return bb::cli::runRota(args, clock, out, err);
    if (command == QLatin1String("continuity"))
        return bb::cli::runContinuity(args, clock, out, err);
    if (command == QLatin1String("feedback"))
        return bb::cli::runFeedback(args, clock, out, err);
    err << "unknown command '" << command << "'\n\n" << kUsage;
    return 2;
}
