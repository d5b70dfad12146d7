// SPDX-License-Identifier: MIT
// bbclinic-bench: search, open and save on a generated database of trust scale (50,000 women
// by default), beside the same search run straight on SQLite, and the app's start-up time and
// memory on that database. Not a test: it prints figures to compare with the targets.
#include "Stopwatch.h"

#include "clinical/CarePlanner.h"
#include "demo/DemoData.h"
#include "documents/CarePlanDocument.h"
#include "domain/StoredCarePlan.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <random>

using namespace bb;

namespace {

constexpr int kRuns = 300;

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // printing needs fonts, not a display
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Better Births Clinic benchmark"));
    parser.addHelpOption();
    const QCommandLineOption womenOption(QStringLiteral("women"),
                                         QStringLiteral("Women to generate."), QStringLiteral("N"),
                                         QStringLiteral("50000"));
    parser.addOption(womenOption);
    parser.process(app);
    const int women = parser.value(womenOption).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const Clock clock;
    QString error;
    auto db = storage::Database::open(path, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    storage::WomanRepository womenRepo(*db, clock);
    storage::PregnancyRepository pregnancies(*db, clock);

    QElapsedTimer timer;
    timer.start();
    demo::BookingGenerator generator(2026, clock.today());
    QList<Booking> bookings;
    bookings.reserve(women);
    for (int i = 0; i < women; ++i)
        bookings << generator.next();
    if (!pregnancies.saveBookings(bookings, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("Generated and stored %d women in %.1f s\n\n", women,
                double(timer.elapsed()) / 1000);

    std::mt19937 random(42);
    auto any = [&]() -> const Booking & { return bookings[qsizetype(random() % bookings.size())]; };

    struct Kind
    {
        const char *name;
        std::function<QString(const Booking &)> typed;
    };
    const QList<Kind> kinds{
        {"name prefix (3 letters of family name)",
         [](const Booking &b) { return b.woman.familyName.left(3); }},
        {"name prefix (given + family start)",
         [](const Booking &b) {
             return b.woman.givenName + QStringLiteral(" ") + b.woman.familyName.left(2);
         }},
        {"NHS number prefix (6 digits)",
         [](const Booking &b) { return b.woman.nhsNumber.left(6); }},
        {"NHS number (whole, 3-3-4)",
         [](const Booking &b) {
             return b.woman.nhsNumber.left(3) + QStringLiteral(" ") + b.woman.nhsNumber.mid(3, 3) +
                    QStringLiteral(" ") + b.woman.nhsNumber.mid(6);
         }},
        {"date of birth (dd/mm/yyyy)",
         [](const Booking &b) {
             return b.woman.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
         }},
        {"postcode prefix (outward code)",
         [](const Booking &b) { return b.woman.postcode.section(QLatin1Char(' '), 0, 0); }},
    };
    std::printf("Search as she types, through the repository (what the app runs):\n");
    for (const Kind &kind : kinds) {
        bench::Samples samples;
        for (int i = 0; i < kRuns; ++i) {
            const QString typed = kind.typed(any());
            samples.time([&] { (void)womenRepo.search(storage::SearchQuery::parse(typed)); });
        }
        samples.print(kind.name, 20);
    }

    // The same family-name prefix search written straight against SQLite, prepared once: the
    // floor the repository's search can be compared with.
    std::printf("\nThe same searches straight on SQLite (prepared once, rows read, no objects):\n");
    {
        QSqlQuery raw(db->connection());
        raw.prepare(QStringLiteral(
            "SELECT w.id, w.nhs_number, w.given_name, w.family_name, w.date_of_birth, p.edd "
            "FROM woman w LEFT JOIN pregnancy p ON p.id = (SELECT max(id) FROM pregnancy WHERE "
            "woman_id = w.id) "
            "WHERE (w.family_key >= ? AND w.family_key < ?) OR (w.given_key >= ? AND w.given_key < "
            "?) "
            "ORDER BY w.family_key, w.given_key, w.id LIMIT 50"));
        bench::Samples samples;
        for (int i = 0; i < kRuns; ++i) {
            const QString prefix = storage::foldName(any().woman.familyName.left(3));
            const QString upper = storage::prefixUpperBound(prefix);
            samples.time([&] {
                raw.bindValue(0, prefix);
                raw.bindValue(1, upper);
                raw.bindValue(2, prefix);
                raw.bindValue(3, upper);
                raw.exec();
                while (raw.next()) {
                }
            });
        }
        samples.print("name prefix (3 letters), raw SQL", 20);
        QSqlQuery nhs(db->connection());
        nhs.prepare(QStringLiteral(
            "SELECT id, nhs_number FROM woman WHERE nhs_number >= ? AND nhs_number < ? LIMIT 50"));
        bench::Samples nhsSamples;
        for (int i = 0; i < kRuns; ++i) {
            const QString prefix = any().woman.nhsNumber.left(6);
            nhsSamples.time([&] {
                nhs.bindValue(0, prefix);
                nhs.bindValue(1, storage::prefixUpperBound(prefix));
                nhs.exec();
                while (nhs.next()) {
                }
            });
        }
        nhsSamples.print("NHS number prefix (6 digits), raw SQL", 20);
    }

    std::printf("\nRecords:\n");
    {
        bench::Samples open;
        for (int i = 0; i < kRuns; ++i) {
            const qint64 id = any().woman.id;
            open.time([&] {
                (void)womenRepo.byId(id);
                (void)pregnancies.forWoman(id);
                (void)pregnancies.latestBooking(id);
            });
        }
        open.print("open a record (woman, pregnancies, booking)", 20);
        bench::Samples save;
        for (int i = 0; i < 100; ++i) {
            Booking booking = any();
            booking.assessment.measurements.weightKg = 50 + i % 40;
            save.time([&] { pregnancies.saveBooking(booking, &error); });
        }
        save.print("save a booking (one transaction, fsync)", 20);
    }

    std::printf("\nCare plans:\n");
    {
        bench::Samples planning;
        for (int i = 0; i < 2000; ++i) {
            const Booking &booking = any();
            planning.time([&] { (void)clinical::planCare(booking); });
        }
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

    std::printf("\nThe app on this database (offscreen platform, 5 starts):\n");
    for (int i = 0; i < 5; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BB_APP),
                      {QStringLiteral("--db"), path, QStringLiteral("--startup-report")});
        process.waitForFinished(30000);
        std::printf("  %s", process.readAllStandardOutput().constData());
    }
    std::printf("  targets: start-up < 1000 ms, memory < 200 MB\n");
    return 0;
}
