// SPDX-License-Identifier: MIT
// bbclinic-bench: search, open and save on a generated database of trust scale (50,000 women
// by default, up to 500,000), beside the same first pages read straight from SQLite; the team
// window; antenatal contacts; a midwife's day and the referral queues; and the app's start-up time
// and memory on that database. Not a test: it prints median and 95th percentile figures to
// compare with the targets.
#include "BenchDatabase.h"
#include "ContactBench.h"
#include "FaultBench.h"
#include "SearchBench.h"
#include "Stopwatch.h"
#include "TeamWindowBench.h"
#include "WorklistBench.h"

#include "care/Bookings.h"
#include "care/Users.h"
#include "clinical/CarePlanner.h"
#include "documents/CarePlanDocument.h"
#include "domain/StoredCarePlan.h"
#include "storage/PregnancyRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace bb;

namespace {

constexpr int kRuns = 300;
constexpr int kMostWomen = 500'000;
constexpr int kStarts = 10;

/// Women picked at random (a fixed seed): what the searches type and the records open.
QList<Woman> sampleWomen(const storage::WomanRepository &women, int count, int held)
{
    std::mt19937 random(42);
    QList<Woman> sample;
    while (sample.size() < count) {
        if (const auto w = women.byId(1 + qint64(random() % quint32(held))))
            sample << *w;
    }
    return sample;
}

void benchRecords(const storage::Database &db, const Clock &clock, const QList<Woman> &sample)
{
    const storage::WomanRepository women(db);
    const storage::PregnancyRepository pregnancies(db);
    std::printf("\nRecords:\n");
    bench::Samples open;
    for (int i = 0; i < kRuns; ++i) {
        const qint64 id = sample[i % sample.size()].id;
        open.time([&] {
            (void)women.byId(id);
            (void)pregnancies.forWoman(id);
            (void)pregnancies.latestBooking(id);
        });
    }
    open.print("open a record (woman, pregnancies, booking)", 20);
    bench::Samples save;
    const Actor benchActor = Actor::named(QStringLiteral("bench"), UserRole::TeamLead);
    for (int i = 0; i < 100; ++i) {
        auto booking = pregnancies.latestBooking(sample[i % sample.size()].id);
        if (!booking)
            continue;
        booking->assessment.measurements.weightKg = 50 + i % 40;
        save.time([&] { (void)care::Bookings(db, clock).save(*booking, benchActor); });
    }
    save.print("save a booking (one transaction, fsync)", 20);
}

void benchCarePlans(const storage::Database &db, const Clock &clock, const QList<Woman> &sample,
                    const QTemporaryDir &dir)
{
    const storage::PregnancyRepository pregnancies(db);
    QList<Booking> bookings;
    for (int i = 0; i < 200 && i < sample.size(); ++i) {
        if (auto b = pregnancies.latestBooking(sample[i].id))
            bookings << *b;
    }
    if (bookings.isEmpty())
        return;
    std::printf("\nCare plans:\n");
    bench::Samples planning;
    for (int i = 0; i < 2000; ++i)
        planning.time([&] { (void)clinical::planCare(bookings[i % bookings.size()]); });
    planning.print("generate a care plan from a booking", 1);
    // A busy plan (several risks) that prints on three or more pages.
    Booking busy = bookings.front();
    busy.assessment.conditions = {QStringLiteral("chronic_hypertension"),
                                  QStringLiteral("previous_gdm"),
                                  QStringLiteral("severe_mental_illness")};
    busy.assessment.smoking = Smoking::Current;
    busy.woman.social = {QStringLiteral("asylum_seeker")};
    const auto plan = std::get<CarePlan>(clinical::planCare(busy));
    const auto input = documents::printInputFor(initialCarePlan(1, busy, plan),
                                                documents::demoPrintSettings(), clock.today());
    bench::Samples rendering;
    int pages = 0;
    QString error;
    for (int i = 0; i < 20; ++i) {
        const QString pdf = dir.filePath(QStringLiteral("plan-%1.pdf").arg(i));
        rendering.time([&] { documents::writeCarePlanPdf(pdf, input, &error); });
        QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
        probe.setPageSize(QPageSize(QPageSize::A4));
        probe.setResolution(300);
        pages = documents::carePlanPageCount(&probe, input);
    }
    std::printf("  (the rendered plan has %d pages)\n", pages);
    rendering.print("render her printed plan to PDF", 300);
}

// Who the app logs in as when no one can type at it (see the app's whoIsUsing()).
const QString kBenchUser = QStringLiteral("bench.lead");
const QString kBenchPassword = QStringLiteral("bench password, not secret");

/// Adds the user the start-up benchmark logs in as, unless the database has her already.
void addBenchUser(const storage::Database &database, const Clock &clock)
{
    const care::Users users(database, clock);
    const Actor administrator = Actor::named(QStringLiteral("bench"), UserRole::Administrator);
    const auto added =
        users.add({kBenchUser, QStringLiteral("Bench Team Lead"), UserRole::TeamLead, 0},
                  kBenchPassword, administrator);
    if (!added && !added.invalid())
        std::printf("  the benchmark's user was not added: %s\n", qPrintable(added.message()));
}

void benchStartUp(const QString &path)
{
    std::printf("\nThe app on this database (offscreen platform, %d starts):\n", kStarts);
    static const QRegularExpression report(
        QStringLiteral("startup_ms=(\\d+) peak_memory_mb=(-?\\d+)"));
    bench::Samples startUp;
    long memory = 0;
    for (int i = 0; i < kStarts; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("BBCLINIC_USER"), kBenchUser);
        env.insert(QStringLiteral("BBCLINIC_PASSWORD"), kBenchPassword);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BB_APP),
                      {QStringLiteral("--db"), path, QStringLiteral("--startup-report")});
        process.waitForFinished(60000);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const auto m = report.match(out);
        if (!m.hasMatch()) {
            std::printf("  the app did not report: %s%s\n", qPrintable(out),
                        process.readAllStandardError().constData());
            return;
        }
        startUp.add(m.captured(1).toDouble());
        memory = std::max(memory, m.captured(2).toLong());
    }
    startUp.print("start-up until the main window is shown", 400);
    std::printf("  peak memory %ld MB (target <= 200 MB) %s\n", memory,
                memory <= 200 ? "ok" : "OVER");
}

} // namespace

/// The offscreen platform warns on every window shown that it has no window manager to tell
/// about sizes; that says nothing about what is measured.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietOffscreenWarnings);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // windows and printing, without a display
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Better Births Clinic benchmark"));
    parser.addHelpOption();
    const QCommandLineOption womenOption(QStringLiteral("women"),
                                         QStringLiteral("Women in the database, 1 to 500000."),
                                         QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database to use: generated there when the file does not exist, "
                       "reused when it does (default: one file per N in the temporary folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption prepareOption(
        QStringLiteral("prepare"),
        QStringLiteral("Only generate the database (when missing), time nothing."));
    const QStringList parts{QStringLiteral("search"),    QStringLiteral("records"),
                            QStringLiteral("careplans"), QStringLiteral("teamwindow"),
                            QStringLiteral("contacts"),  QStringLiteral("worklists"),
                            QStringLiteral("startup")};
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Time only these parts, comma separated: %1.")
            .arg(parts.join(QStringLiteral(", "))),
        QStringLiteral("PARTS"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral("Inject faults instead of timing: kill -9 writers, writers at once, "
                       "flipped bytes."));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("With --faults: kill -9 rounds (1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption writerSecondsOption(
        QStringLiteral("writer-seconds"),
        QStringLiteral("With --faults: how long the writers write at once (120)."),
        QStringLiteral("S"), QStringLiteral("120"));
    const QCommandLineOption flippedOption(
        QStringLiteral("flipped-files"),
        QStringLiteral("With --faults: files with bytes changed (60)."), QStringLiteral("N"),
        QStringLiteral("60"));
    const QCommandLineOption contentionOption(
        QStringLiteral("contention"),
        QStringLiteral("Instead of timing: 3 processes writing and 2 reading at once on the new "
                       "database --db (a file, or postgresql://…) for --seconds."));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("With --contention: how long (60)."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    parser.addOption(contentionOption);
    parser.addOption(secondsOption);
    parser.addOption(faultsOption);
    parser.addOption(roundsOption);
    parser.addOption(writerSecondsOption);
    parser.addOption(flippedOption);
    parser.addOption(womenOption);
    parser.addOption(dbOption);
    parser.addOption(prepareOption);
    parser.addOption(onlyOption);
    parser.process(app);
    if (parser.isSet(contentionOption)) {
        if (!parser.isSet(dbOption)) {
            std::fprintf(stderr, "--contention: name the new database with --db\n");
            return 2;
        }
        return bench::runContention(parser.value(dbOption),
                                    std::max(1, parser.value(secondsOption).toInt()), 3, 2);
    }
    if (parser.isSet(faultsOption)) {
        bench::FaultRounds rounds;
        rounds.killRounds = std::max(1, parser.value(roundsOption).toInt());
        rounds.writerSeconds = std::max(1, parser.value(writerSecondsOption).toInt());
        rounds.flippedFiles = std::max(1, parser.value(flippedOption).toInt());
        return bench::runFaults(rounds);
    }
    bool ok = false;
    const int women = parser.value(womenOption).toInt(&ok);
    if (!ok || women < 1 || women > kMostWomen) {
        std::fprintf(stderr, "--women: must be a whole number from 1 to %d\n", kMostWomen);
        return 2;
    }
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : only) {
        if (!parts.contains(part)) {
            std::fprintf(stderr, "--only: '%s' is not one of %s\n", qPrintable(part),
                         qPrintable(parts.join(QStringLiteral(", "))));
            return 2;
        }
    }
    const auto timed = [&only](const char *part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : bench::defaultDatabasePath(women);

    const Clock clock;
    QString error;
    const auto db = bench::openOrGenerate(path, women, clock, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("Database %s: %d women\n\n", qPrintable(path), women);
    if (parser.isSet(prepareOption))
        return 0;
    const QList<Woman> sample =
        sampleWomen(storage::WomanRepository(*db), std::min(kRuns, women), women);

    if (timed("search"))
        bench::benchSearch(*db, sample, kRuns);
    if (timed("records"))
        benchRecords(*db, clock, sample);
    QTemporaryDir dir;
    if (timed("careplans"))
        benchCarePlans(*db, clock, sample, dir);
    if (timed("teamwindow"))
        bench::benchTeamWindow(*db, clock);
    if (timed("contacts"))
        bench::benchContacts(*db, clock, sample);
    if (timed("worklists"))
        bench::benchWorklists(*db, clock);
    if (timed("startup")) {
        addBenchUser(*db, clock);
        benchStartUp(path);
    }
    return 0;
}
