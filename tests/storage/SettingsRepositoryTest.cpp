// SPDX-License-Identifier: MIT
// The settings printed documents draw on: demonstration values until a clinic saves its own,
// saved in one transaction that replaces the directory, refused whole when anything is wrong.
#include "TestSupport.h"

#include "documents/PrintSettings.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace bb;
using namespace bb::documents;
using namespace bb::storage;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 11, 1), QTime(9, 30))};
    QString error;
    std::unique_ptr<Database> db = Database::open(scratch.file(QStringLiteral("s.sqlite")), &error);
};

int rows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// Another trust's settings: every field differs from the demonstration ones.
PrintSettings otherTrust()
{
    PrintSettings s;
    s.trustName = QStringLiteral("Northshire Hospitals NHS Foundation Trust");
    s.assessmentLinePhone = QStringLiteral("0113 496 0500");
    s.services = {
        {QStringLiteral("Northshire General labour ward"), QStringLiteral("obstetric_unit"),
         QStringLiteral("1 Hospital Road, Northtown"), QStringLiteral("0113 496 0510")},
        {QStringLiteral("Quitters' Club"), QStringLiteral("stop_smoking"), QString(), QString()},
        {QStringLiteral("Northtown birth centre"), QStringLiteral("birth_centre"),
         QStringLiteral("Riverside"), QStringLiteral("0113 496 0520")},
    };
    return s;
}

} // namespace

TEST_CASE("A fresh database prints with the demonstration settings", "[storage][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    SettingsRepository settings(*f.db, f.clock);
    CHECK_FALSE(settings.hasStoredSettings());
    CHECK(settings.load() == demoPrintSettings());

    REQUIRE(settings.seedDefaultsIfEmpty(&f.error));
    CHECK(settings.hasStoredSettings());
    CHECK(settings.load() == demoPrintSettings());
    CHECK(rows(*f.db, QStringLiteral("service_directory")) == demoPrintSettings().services.size());

    // Seeding again, after a clinic saved its own, changes nothing.
    REQUIRE(settings.save(otherTrust(), &f.error));
    REQUIRE(settings.seedDefaultsIfEmpty(&f.error));
    CHECK(settings.load() == otherTrust());
}

TEST_CASE("Saved settings load back the same, directory order kept", "[storage][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    SettingsRepository settings(*f.db, f.clock);
    REQUIRE(settings.save(otherTrust(), &f.error));
    INFO(f.error);
    CHECK(settings.load() == otherTrust());
    // From another connection too: nothing is cached.
    const auto again = Database::open(f.db->path(), &f.error);
    REQUIRE(again);
    CHECK(SettingsRepository(*again, f.clock).load() == otherTrust());

    // A save replaces the directory: a stored empty one stays empty, never Leicester's.
    PrintSettings none = otherTrust();
    none.services.clear();
    REQUIRE(settings.save(none, &f.error));
    CHECK(settings.load() == none);
    CHECK(rows(*f.db, QStringLiteral("service_directory")) == 0);
}

TEST_CASE("Settings with a bad kind are refused and nothing changes", "[storage][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    SettingsRepository settings(*f.db, f.clock);
    REQUIRE(settings.save(otherTrust(), &f.error));

    PrintSettings bad = otherTrust();
    bad.trustName = QStringLiteral("Changed");
    bad.services[1].kind = QStringLiteral("unicorn_sanctuary");
    bad.services.append({QString(), QStringLiteral("safeguarding"), {}, {}});
    CHECK_FALSE(settings.save(bad, &f.error));
    CHECK(f.error.contains(QStringLiteral("settings.services[1].kind: unknown kind "
                                          "'unicorn_sanctuary'")));
    CHECK(f.error.contains(QStringLiteral("settings.services[3].name: is required")));
    CHECK(settings.load() == otherTrust());

    PrintSettings noLine = otherTrust();
    noLine.assessmentLinePhone = QStringLiteral("  ");
    CHECK_FALSE(settings.save(noLine, &f.error));
    CHECK(f.error.startsWith(QStringLiteral("settings.assessment_line_phone: ")));
    CHECK(settings.load() == otherTrust());
}

TEST_CASE("The directory's kinds in the schema are exactly the documents' kinds",
          "[storage][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    QSqlDatabase db = f.db->connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(
        q.prepare(QStringLiteral("INSERT INTO service_directory (name, kind) VALUES ('x', ?)")));
    for (const QString &kind : serviceKinds()) {
        INFO(kind);
        q.addBindValue(kind);
        CHECK(q.exec());
    }
    q.addBindValue(QStringLiteral("unicorn_sanctuary"));
    CHECK_FALSE(q.exec());
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
}

TEST_CASE("A save that fails part way leaves the settings as they were", "[storage][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    SettingsRepository settings(*f.db, f.clock);
    REQUIRE(settings.save(otherTrust(), &f.error));
    // A database failure after the keys and part of the directory are written.
    QSqlQuery trigger(f.db->connection());
    REQUIRE(trigger.exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON main.service_directory "
                       "WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    PrintSettings changed = demoPrintSettings();
    changed.services.append({QStringLiteral("Boom"), QStringLiteral("safeguarding"), {}, {}});
    CHECK_FALSE(settings.save(changed, &f.error));
    CHECK(f.error.contains(QStringLiteral("disk on fire")));
    CHECK(settings.load() == otherTrust());
}
