// SPDX-License-Identifier: MIT
#include "BenchDatabase.h"

#include "care/Bookings.h"
#include "care/ClinicDatabase.h"
#include "demo/DemoData.h"
#include "demo/DemoTeams.h"
#include "storage/DatabaseLocation.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace bb::bench {
namespace {

constexpr int kBatch = 10'000; // bookings per transaction: bounded memory, few commits
constexpr quint32 kSeed = 2026;

/// What storeDemoTeams reads of a stored booking to name her midwife, without the rest.
Booking allocationInput(const Booking &stored)
{
    Booking b;
    b.pregnancy.id = stored.pregnancy.id;
    b.pregnancy.bookingDate = stored.pregnancy.bookingDate;
    b.woman.postcode = stored.woman.postcode;
    b.assessment.preferredPlaceOfBirth = stored.assessment.preferredPlaceOfBirth;
    return b;
}

bool generate(const QString &path, int women, const Clock &clock, QString *error)
{
    auto db = storage::Database::open(path, error);
    if (!db)
        return false;
    const care::Bookings bookings(*db, clock);
    const Actor generatorActor = Actor::named(QStringLiteral("bench"), UserRole::TeamLead);
    demo::BookingGenerator generator(kSeed, clock.today());
    QList<Booking> toAllocate;
    toAllocate.reserve(women);
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < women;) {
        QList<Booking> batch;
        const int size = std::min(kBatch, women - done);
        batch.reserve(size);
        for (int i = 0; i < size; ++i)
            batch << generator.next();
        const auto stored = bookings.saveAll(batch, generatorActor);
        if (!stored) {
            *error = stored.message();
            return false;
        }
        for (const Booking &b : stored.value())
            toAllocate << allocationInput(b);
        done += size;
        std::fprintf(stderr, "\r  stored %d of %d women (%.0f s)", done, women,
                     double(timer.elapsed()) / 1000);
    }
    std::fprintf(stderr, "\n");
    return demo::storeDemoTeams(*db, clock, toAllocate, error);
}

} // namespace

QString defaultDatabasePath(int women)
{
    return QDir::temp().filePath(QStringLiteral("bbclinic-bench-%1.sqlite").arg(women));
}

std::unique_ptr<storage::Database> openOrGenerate(const QString &path, int women,
                                                  const Clock &clock, QString *error)
{
    if (storage::DatabaseLocation::looksLikeServer(path)) {
        // A server database is generated where it is, when it holds nobody yet.
        auto db = care::openClinicDatabase(path, error);
        if (db && storage::WomanRepository(*db).count() == 0) {
            std::printf("Generating %d women into %s (once; later runs reuse it)\n", women,
                        qPrintable(path));
            QElapsedTimer timer;
            timer.start();
            db.reset();
            if (!generate(path, women, clock, error))
                return nullptr;
            std::printf("Generated in %.1f s\n", double(timer.elapsed()) / 1000);
        }
    } else if (!QFileInfo::exists(path)) {
        const QString partial = path + QStringLiteral(".partial");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        std::printf("Generating %d women into %s (once; later runs reuse it)\n", women,
                    qPrintable(path));
        QElapsedTimer timer;
        timer.start();
        if (!generate(partial, women, clock, error))
            return nullptr;
        // The connection is closed, so the write-ahead log is folded in and gone.
        if (!QFile::rename(partial, path)) {
            *error = QStringLiteral("could not rename %1 to %2").arg(partial, path);
            return nullptr;
        }
        std::printf("Generated in %.1f s\n", double(timer.elapsed()) / 1000);
    }
    // A database kept from an earlier run is opened as the app opens it, upgrades included.
    auto db = care::openClinicDatabase(path, error);
    if (!db)
        return nullptr;
    const int held = storage::WomanRepository(*db).count();
    if (held != women) {
        *error = QStringLiteral("%1 holds %2 women, not %3: delete it or name another --db")
                     .arg(path)
                     .arg(held)
                     .arg(women);
        return nullptr;
    }
    return db;
}

} // namespace bb::bench
