// SPDX-License-Identifier: MIT
// The settings printed documents draw on: demonstration values until a clinic saves its own,
// saved in one transaction that replaces the directory, refused whole when anything is wrong.
#include "TestSupport.h"

#include "care/Settings.h"
#include "documents/PrintSettings.h"
#include "domain/PhoneNumber.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace bb;
using namespace bb::documents;
using namespace bb::storage;
using care::Settings;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 11, 1), QTime(9, 30))};
    QString error;
    std::unique_ptr<Database> db =
        Database::open(test::databaseAt(scratch, QStringLiteral("s.sqlite")), &error);
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

TEST_CASE("A fresh database prints with the demonstration settings", "[care][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    CHECK_FALSE(settings.hasStoredSettings());
    CHECK(settings.printSettings().value() == demoPrintSettings());

    REQUIRE(settings.seedDefaultsIfEmpty());
    CHECK(settings.hasStoredSettings());
    CHECK(settings.printSettings().value() == demoPrintSettings());
    CHECK(rows(*f.db, QStringLiteral("service_directory")) == demoPrintSettings().services.size());

    // Seeding again, after a clinic saved its own, changes nothing.
    REQUIRE(settings.save(otherTrust(), test::testAdministrator()));
    REQUIRE(settings.seedDefaultsIfEmpty());
    CHECK(settings.printSettings().value() == otherTrust());
}

TEST_CASE("Saved settings load back the same, directory order kept", "[care][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    REQUIRE(settings.save(otherTrust(), test::testAdministrator()));
    INFO(f.error);
    CHECK(settings.printSettings().value() == otherTrust());
    // From another connection too: nothing is cached.
    const auto again = Database::open(f.db->path(), &f.error);
    REQUIRE(again);
    CHECK(Settings(*again, f.clock).printSettings().value() == otherTrust());

    // A save replaces the directory: a stored empty one stays empty, never Leicester's.
    PrintSettings none = otherTrust();
    none.services.clear();
    REQUIRE(settings.save(none, test::testAdministrator()));
    CHECK(settings.printSettings().value() == none);
    CHECK(rows(*f.db, QStringLiteral("service_directory")) == 0);
}

TEST_CASE("Settings with a bad kind are refused and nothing changes", "[care][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    REQUIRE(settings.save(otherTrust(), test::testAdministrator()));

    PrintSettings bad = otherTrust();
    bad.trustName = QStringLiteral("Changed");
    bad.services[1].kind = QStringLiteral("unicorn_sanctuary");
    bad.services.append({QString(), QStringLiteral("safeguarding"), {}, {}});
    const auto refused = settings.save(bad, test::testAdministrator());
    CHECK(refused.invalid());
    f.error = refused.message();
    CHECK(f.error.contains(QStringLiteral("settings.services[1].kind: unknown kind "
                                          "'unicorn_sanctuary'")));
    CHECK(f.error.contains(QStringLiteral("settings.services[3].name: is required")));
    CHECK(settings.printSettings().value() == otherTrust());

    PrintSettings noLine = otherTrust();
    noLine.assessmentLinePhone = QStringLiteral("  ");
    const auto noNumber = settings.save(noLine, test::testAdministrator());
    CHECK(noNumber.invalid());
    f.error = noNumber.message();
    CHECK(f.error.startsWith(QStringLiteral("settings.assessment_line_phone: ")));
    CHECK(settings.printSettings().value() == otherTrust());
}

TEST_CASE("Printed phone numbers must be UK phone numbers she can dial", "[care][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    PrintSettings s = otherTrust();
    s.assessmentLinePhone = QStringLiteral("ring the ward");
    s.services[0].phone = QStringLiteral("0113 496 05"); // too short
    const auto refused = settings.save(s, test::testAdministrator());
    REQUIRE(refused.invalid());
    QStringList paths;
    for (const FieldError &e : refused.fieldErrors())
        paths << e.path;
    CHECK(paths == QStringList{QStringLiteral("settings.assessment_line_phone"),
                               QStringLiteral("settings.services[0].phone")});
    CHECK(refused.message().contains(QStringLiteral("a UK phone number, such as")));

    // Spaces, dashes, brackets and +44 are how numbers are written; an empty service phone is
    // allowed (her plan then gives the address alone).
    for (const char *number : {"0116 496 0100", "01164960100", "(0116) 496-0100",
                               "+44 116 496 0100", "0800 123 4567", "0800 111 999"}) {
        INFO(number);
        CHECK(ukPhoneNumberProblem(QString::fromLatin1(number)).isEmpty());
    }
    for (const char *number : {"999", "116 496 0100", "0116 496 01000", "01164 ext 12",
                               "ring the ward", "+1 555 0100"}) {
        INFO(number);
        CHECK_FALSE(ukPhoneNumberProblem(QString::fromLatin1(number)).isEmpty());
    }
    s = otherTrust();
    s.services[1].phone.clear();
    CHECK(settings.save(s, test::testAdministrator()));
}

TEST_CASE("The directory's kinds in the schema are exactly the documents' kinds",
          "[care][settings]")
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

TEST_CASE("A save that fails part way leaves the settings as they were", "[care][settings][file]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    REQUIRE(settings.save(otherTrust(), test::testAdministrator()));
    // A database failure after the keys and part of the directory are written.
    QSqlQuery trigger(f.db->connection());
    REQUIRE(trigger.exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON main.service_directory "
                       "WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    PrintSettings changed = demoPrintSettings();
    changed.services.append({QStringLiteral("Boom"), QStringLiteral("safeguarding"), {}, {}});
    const auto failed = settings.save(changed, test::testAdministrator());
    CHECK(failed.failed());
    f.error = failed.message();
    CHECK(f.error.contains(QStringLiteral("disk on fire")));
    CHECK(settings.printSettings().value() == otherTrust());
}

TEST_CASE("Settings that cannot be read are a failure, never the demonstration ones",
          "[care][settings]")
{
    Fixture f;
    REQUIRE(f.db);
    const Settings settings(*f.db, f.clock);
    REQUIRE(settings.save(otherTrust(), test::testAdministrator()));
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE setting SET value = '2' WHERE key = 'version'")));
    const auto layoutTwo = settings.printSettings();
    CHECK(layoutTwo.failed());
    CHECK(layoutTwo.message().contains(QStringLiteral("layout 2")));

    REQUIRE(q.exec(QStringLiteral("UPDATE setting SET value = '1' WHERE key = 'version'")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM setting WHERE key = 'assessment_line_phone'")));
    const auto noLine = settings.printSettings();
    CHECK(noLine.failed());
    CHECK(noLine.message().contains(QStringLiteral("assessment_line_phone")));
}
