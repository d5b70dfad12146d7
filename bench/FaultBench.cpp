// SPDX-License-Identifier: MIT
#include "FaultBench.h"

#include "care/CarePlans.h"
#include "care/ClinicDatabase.h"
#include "care/Integrity.h"
#include "care/Women.h"
#include "demo/DemoData.h"
#include "interop/BookingJson.h"
#include "storage/CarePlanEncoding.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>
#include <random>
#include <vector>

namespace bb::bench {
namespace {

const QString kCli = QStringLiteral(BB_CLI);
const QString kUser = QStringLiteral("priya.mistry"); // a demonstration team lead

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BBCLINIC_USER"));
    env.insert(QStringLiteral("BBCLINIC_PASSWORD"), QStringLiteral("demo"));
    return env;
}

std::unique_ptr<QProcess> startCli(const QStringList &args, const QByteArray &input)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment());
    process->start(kCli, args);
    process->waitForStarted();
    process->write(input);
    process->closeWriteChannel();
    return process;
}

bool makeDemo(const QString &path)
{
    auto init = startCli({QStringLiteral("init"), QStringLiteral("--db"), path,
                          QStringLiteral("--demo"), QStringLiteral("--history")},
                         {});
    return init->waitForFinished(120000) && init->exitCode() == 0;
}

/// Whether the process has ended within `ms`. (waitForFinished() alone says false for a
/// process whose end was already seen, which would leave it waited for forever.)
bool finishedWithin(QProcess &process, int ms)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(ms) ||
           process.state() == QProcess::NotRunning;
}

QByteArray bookingJson(const Booking &booking)
{
    return QJsonDocument(interop::bookingToJson(booking)).toJson(QJsonDocument::Compact);
}

QStringList importArgs(const QString &db)
{
    return {QStringLiteral("import-booking"),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--as"),
            kUser,
            QStringLiteral("-")};
}

/// How many antenatal contacts she has in the file at `database`.
int contactsOf(const storage::Database &database, const QString &nhsNumber)
{
    QSqlQuery q(database.connection());
    storage::execute(database.connection(),
                     QStringLiteral("SELECT count(*) FROM antenatal_contact c JOIN pregnancy p ON "
                                    "p.id = c.pregnancy_id JOIN woman w ON w.id = p.woman_id "
                                    "WHERE w.nhs_number = ?"),
                     {nhsNumber}, nullptr, &q);
    return q.next() ? q.value(0).toInt() : 0;
}

/// What of the acknowledged writes the file no longer holds; -1 when it cannot be opened.
/// `contacts` counts her contacts that should be there: those she had before, and those
/// acknowledged since.
int lostWrites(const QString &db, const QSet<QString> &imported, int contacts,
               const QString &contactNhs)
{
    QString error;
    const auto database = care::openClinicDatabase(db, &error);
    if (!database) {
        std::printf("  cannot open after a kill: %s\n", qPrintable(error));
        return -1;
    }
    const FixedClock clock(QDate::currentDate());
    const care::Women women(*database, clock);
    int lost = 0;
    for (const QString &nhs : imported)
        lost += women.byNhsNumber(nhs) ? 0 : 1;
    // A killed command may have committed before it was killed, so she may hold more than
    // this; never fewer.
    if (!contactNhs.isEmpty())
        lost += std::max(0, contacts - contactsOf(*database, contactNhs));
    if (!database->integrityProblem().isEmpty())
        return -1;
    return lost;
}

/// A woman of the demonstration still booked, and a clinician who sees her: for contacts.
std::pair<QString, qint64> contactTarget(const QString &db)
{
    QString error;
    const auto database = storage::Database::open(db, &error);
    if (!database)
        return {};
    QSqlQuery q(database->connection());
    storage::execute(database->connection(),
                     QStringLiteral("SELECT w.nhs_number, (SELECT min(id) FROM staff) FROM woman "
                                    "w JOIN pregnancy p ON p.woman_id = w.id WHERE p.status = "
                                    "'booked' ORDER BY w.id LIMIT 1"),
                     {}, nullptr, &q);
    return q.next() ? std::pair{q.value(0).toString(), q.value(1).toLongLong()}
                    : std::pair{QString(), qint64(0)};
}

QStringList contactArgs(const QString &db, const QString &nhs, qint64 clinician)
{
    return {QStringLiteral("record-contact"),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--as"),
            kUser,
            QStringLiteral("--nhs-number"),
            nhs,
            QStringLiteral("--date"),
            QDate::currentDate().toString(Qt::ISODate),
            QStringLiteral("--clinician"),
            QString::number(clinician),
            QStringLiteral("--attended"),
            QStringLiteral("yes")};
}

bool killLoop(int rounds, const QString &db)
{
    std::mt19937 random(7);
    demo::BookingGenerator generator(11, QDate::currentDate());
    const auto [contactNhs, clinician] = contactTarget(db);
    QSet<QString> imported;
    int contacts = 0; // hers before the loop, then each acknowledged
    if (QString error; const auto database = storage::Database::open(db, &error))
        contacts = contactsOf(*database, contactNhs);
    int acknowledged = 0;
    int killed = 0;
    int lost = 0;
    int corrupted = 0;
    QElapsedTimer took;
    took.start();
    // How long a command takes here, from a few let run to the end: kills fall anywhere in it.
    qint64 commandMs = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer one;
        one.start();
        const Booking booking = generator.next();
        const auto process = startCli(importArgs(db), bookingJson(booking));
        process->waitForFinished(60000);
        commandMs = std::max(commandMs, one.elapsed());
        if (process->exitCode() == 0)
            imported.insert(booking.woman.nhsNumber);
    }
    for (int round = 0; round < rounds; ++round) {
        const bool import = round % 2 == 0 || contactNhs.isEmpty();
        const Booking booking = generator.next();
        const auto process = import ? startCli(importArgs(db), bookingJson(booking))
                                    : startCli(contactArgs(db, contactNhs, clinician), {});
        // Killed anywhere from before it has read the file to after it has committed.
        const int delayMs = int(random() % quint32(std::max<qint64>(1, commandMs * 5 / 4)));
        if (!finishedWithin(*process, delayMs)) {
            process->kill(); // SIGKILL
            finishedWithin(*process, 5000);
        }
        // One that ended just before the kill landed said it was done: that counts as said.
        if (process->exitStatus() != QProcess::NormalExit) {
            ++killed;
        } else if (process->exitCode() == 0) {
            ++acknowledged;
            if (import)
                imported.insert(booking.woman.nhsNumber);
            else
                ++contacts;
        }
        if (round % 10 == 9 || round == rounds - 1) {
            const int missing = lostWrites(db, imported, contacts, contactNhs);
            if (missing < 0) {
                ++corrupted;
                break;
            }
            lost = missing;
        }
    }
    std::printf("Kill -9 loop (imports and contacts): %d rounds, %d killed, %d acknowledged "
                "writes, %d lost, %d corrupted files (%.0f s)\n",
                rounds, killed, acknowledged, lost, corrupted, double(took.elapsed()) / 1000.0);
    return lost == 0 && corrupted == 0;
}

bool writersAtOnce(int seconds, int writers, const QString &db)
{
    demo::BookingGenerator generator(23, QDate::currentDate());
    std::vector<std::unique_ptr<QProcess>> running(static_cast<size_t>(writers));
    std::vector<QString> writing(static_cast<size_t>(writers));
    QSet<QString> acknowledged;
    int commands = 0;
    int refused = 0;
    QString firstRefusal;
    QElapsedTimer took;
    took.start();
    for (bool any = true; any;) {
        any = false;
        for (size_t i = 0; i < running.size(); ++i) {
            auto &process = running[i];
            if (process && finishedWithin(*process, 5)) {
                ++commands;
                if (process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0) {
                    acknowledged.insert(writing[i]);
                } else {
                    ++refused;
                    if (firstRefusal.isEmpty())
                        firstRefusal = QString::fromUtf8(process->readAllStandardError()).trimmed();
                }
                process.reset();
            }
            if (!process && took.elapsed() < qint64(seconds) * 1000) {
                const Booking booking = generator.next();
                writing[i] = booking.woman.nhsNumber;
                process = startCli(importArgs(db), bookingJson(booking));
            }
            any = any || process;
        }
    }
    const int lost = lostWrites(db, acknowledged, 0, {});
    std::printf("Writers at once: %d processes for %d s, %d commands, %d acknowledged writes, %d "
                "refused, %d lost%s\n",
                writers, seconds, commands, int(acknowledged.size()), refused, std::max(lost, 0),
                lost < 0 ? ", the file corrupted" : "");
    if (!firstRefusal.isEmpty())
        std::printf("  first refusal: %s\n", qPrintable(firstRefusal));
    return lost == 0;
}

/// What the app reads of her that a seal covers (storage::Seals): identity, her latest
/// pregnancy's dates and history, its booking assessment and its latest care plan.
QString sealedView(const care::Women &women, const care::CarePlans &plans, qint64 id)
{
    const auto w = women.byId(id);
    if (!w)
        return QStringLiteral("(not read)");
    QStringList parts{
        w->nhsNumber, w->givenName, w->familyName, w->dateOfBirth.toString(Qt::ISODate),
        w->address,   w->postcode,  w->phone,      w->gpPractice};
    const auto booking = women.latestBooking(id);
    if (booking && booking.value()) {
        const Pregnancy &p = booking.value()->pregnancy;
        const BookingAssessment &a = booking.value()->assessment;
        parts << p.bookingDate.toString(Qt::ISODate) << p.lmp.toString(Qt::ISODate)
              << (p.datingScan ? p.datingScan->date.toString(Qt::ISODate) +
                                     QString::number(p.datingScan->crlMm)
                               : QString())
              << QString::number(p.fetuses) << QString::number(p.previousBirths)
              << QString::number(p.previousLosses) << QString::number(p.previousCaesareans)
              << QString::number(p.yearsSinceLastPregnancy.value_or(-1))
              << QString::number(int(p.conception))
              << QString::number(a.measurements.heightCm.value_or(-1))
              << QString::number(a.measurements.weightKg.value_or(-1))
              << QString::number(a.measurements.coPpm.value_or(-1))
              << QString::number(int(a.smoking)) << QString::number(a.mentalHealth.lowMood)
              << QString::number(a.mentalHealth.littleInterest)
              << QString::number(a.mentalHealth.gad2Score)
              << QString::number(int(a.preferredPlaceOfBirth));
        const auto plan = plans.latest(p.id);
        if (plan && plan.value()) {
            const StoredCarePlan &s = *plan.value();
            parts << storage::encoding::encodePlan(s.plan) << QString::number(s.version)
                  << s.whatMatters << s.birthPreferences << s.savedBy
                  << QString::number(int(s.chosenPlaceOfBirth));
        } else if (!plan) {
            parts << QStringLiteral("(plan not read)");
        }
    } else if (!booking) {
        parts << QStringLiteral("(booking not read)");
    }
    return parts.join(QLatin1Char('|'));
}

bool byteFlips(int files, const QString &db, const QString &folder)
{
    const FixedClock clock(QDate::currentDate());
    QHash<qint64, QString> original;
    {
        QString error;
        const auto database = care::openClinicDatabase(db, &error);
        if (!database) {
            std::printf("  cannot open %s: %s\n", qPrintable(db), qPrintable(error));
            return false;
        }
        const care::Women women(*database, clock);
        const care::CarePlans plans(*database, clock);
        QSqlQuery q(database->connection());
        storage::execute(database->connection(), QStringLiteral("SELECT id FROM woman"), {},
                         nullptr, &q);
        while (q.next())
            original.insert(q.value(0).toLongLong(), QString());
        for (auto it = original.begin(); it != original.end(); ++it)
            it.value() = sealedView(women, plans, it.key());
    }
    const QByteArray bytes = [&] {
        QFile file(db);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    std::mt19937 random(3);
    int refused = 0;
    int failedCheck = 0;
    int openedQuietly = 0;
    int detected = 0;
    int served = 0;
    for (int f = 0; f < files; ++f) {
        QByteArray flipped = bytes;
        for (int i = 0; i < 8; ++i) {
            const qsizetype at = qsizetype(random() % quint32(flipped.size()));
            flipped[at] = char(flipped.at(at) ^ char(1 + random() % 255));
        }
        const QString copy = QStringLiteral("%1/flipped-%2.sqlite").arg(folder).arg(f);
        QFile out(copy);
        out.open(QIODevice::WriteOnly);
        out.write(flipped);
        out.close();
        QString error;
        const auto database =
            care::openClinicDatabase(copy, &error, storage::Database::Access::ReadOnly);
        if (!database) {
            ++refused;
            continue;
        }
        const bool checkFails = !database->integrityProblem().isEmpty();
        failedCheck += checkFails ? 1 : 0;
        const care::Women women(*database, clock);
        const care::CarePlans plans(*database, clock);
        const care::Integrity integrity(*database, clock);
        bool anyDetected = false;
        for (auto it = original.cbegin(); it != original.cend(); ++it) {
            const auto damage = integrity.ofWoman(it.key());
            if (!damage || damage.value()) {
                ++detected;
                anyDetected = true;
                continue; // shown and printed as damaged, or not read at all
            }
            const QString now = sealedView(women, plans, it.key());
            if (now != it.value() && !now.contains(QStringLiteral("not read"))) {
                ++served;
                std::printf("  file %d, woman %lld: served changed without a warning\n", f,
                            it.key());
            }
        }
        openedQuietly += !checkFails && !anyDetected ? 1 : 0;
    }
    std::printf("Byte flips: %d files with 8 bytes changed: %d refused at opening, %d failing the "
                "full check, %d records shown as damaged, %d opened with nothing found (the "
                "flips fell where nothing is read), %d damaged rows served\n",
                files, refused, failedCheck, detected, openedQuietly, served);
    return served == 0;
}

} // namespace

int runContention(const QString &db, int seconds, int writers, int readers)
{
    if (!makeDemo(db)) {
        std::fprintf(stderr, "the demonstration clinic could not be made in %s (it must be new)\n",
                     qPrintable(db));
        return 1;
    }
    // Writers take turns between registering new women and recording a contact of the same
    // woman: every write to her pregnancy contends with the others'.
    demo::BookingGenerator generator(31, QDate::currentDate());
    const auto [contactNhs, clinician] = contactTarget(db);
    int contactsBefore = 0;
    if (QString error; const auto database = storage::Database::open(db, &error))
        contactsBefore = contactsOf(*database, contactNhs);
    struct Slot
    {
        std::unique_ptr<QProcess> process;
        bool writer = false;
        bool importing = false;
        QString nhs;
        int turn = 0;
    };
    std::vector<Slot> processes(static_cast<size_t>(writers + readers));
    for (int i = 0; i < writers; ++i)
        processes[size_t(i)].writer = true;
    QSet<QString> imported;
    int contacts = 0;
    int writes = 0;
    int reads = 0;
    int errors = 0;
    QString firstError;
    QElapsedTimer took;
    took.start();
    for (bool any = true; any;) {
        any = false;
        for (Slot &slot : processes) {
            if (slot.process && finishedWithin(*slot.process, 5)) {
                const bool ok = slot.process->exitStatus() == QProcess::NormalExit &&
                                slot.process->exitCode() == 0;
                if (!ok) {
                    ++errors;
                    if (firstError.isEmpty())
                        firstError =
                            QString::fromUtf8(slot.process->readAllStandardError()).trimmed();
                } else if (!slot.writer) {
                    ++reads;
                } else {
                    ++writes;
                    if (slot.importing)
                        imported.insert(slot.nhs);
                    else
                        ++contacts;
                }
                slot.process.reset();
            }
            if (!slot.process && took.elapsed() < qint64(seconds) * 1000) {
                ++slot.turn;
                if (slot.writer) {
                    slot.importing = slot.turn % 2 == 1;
                    const Booking booking = generator.next();
                    slot.nhs = booking.woman.nhsNumber;
                    slot.process = slot.importing
                                       ? startCli(importArgs(db), bookingJson(booking))
                                       : startCli(contactArgs(db, contactNhs, clinician), {});
                } else {
                    // Reading as a midwife does: what the clinic holds, and her record.
                    slot.process =
                        slot.turn % 2 == 1
                            ? startCli({QStringLiteral("summary"), QStringLiteral("--db"), db,
                                        QStringLiteral("--as"), kUser},
                                       {})
                            : startCli({QStringLiteral("contacts"), QStringLiteral("--db"), db,
                                        QStringLiteral("--as"), kUser,
                                        QStringLiteral("--nhs-number"), contactNhs},
                                       {});
                }
            }
            any = any || slot.process;
        }
    }
    const int lost = lostWrites(db, imported, contactsBefore + contacts, contactNhs);
    std::printf("Contention on %s: %d writers and %d readers for %d s, %d acknowledged writes "
                "(%d women registered, %d contacts of one woman), %d reads, %d lost, %d errors "
                "surfaced\n",
                qPrintable(db), writers, readers, seconds, writes, int(imported.size()), contacts,
                reads, std::max(lost, 0), errors);
    if (!firstError.isEmpty())
        std::printf("  first error: %s\n", qPrintable(firstError));
    return lost == 0 && errors == 0 ? 0 : 1;
}

int runFaults(const FaultRounds &rounds)
{
    QTemporaryDir dir;
    const QString kills = dir.filePath(QStringLiteral("kills.sqlite"));
    const QString writers = dir.filePath(QStringLiteral("writers.sqlite"));
    const QString flips = dir.filePath(QStringLiteral("flips.sqlite"));
    if (!makeDemo(kills) || !makeDemo(writers) || !makeDemo(flips)) {
        std::fprintf(stderr, "the demonstration clinic could not be made with %s\n",
                     qPrintable(kCli));
        return 1;
    }
    std::printf("Faults (each on a demonstration clinic of its own):\n");
    const bool killsKept = killLoop(rounds.killRounds, kills);
    const bool writersKept = writersAtOnce(rounds.writerSeconds, rounds.writers, writers);
    const bool flipsCaught = byteFlips(rounds.flippedFiles, flips, dir.path());
    return killsKept && writersKept && flipsCaught ? 0 : 1;
}

} // namespace bb::bench
