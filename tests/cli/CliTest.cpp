// SPDX-License-Identifier: MIT
// bbclinic-cli end to end on the worked examples of the booking format.
#include "CliSupport.h"
#include "TestSupport.h"

#include "clinical/NhsNumber.h"
#include "interop/BookingJson.h"
#include "storage/Database.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace bb;
using namespace bb::clitest;

namespace {

QStringList exampleBookings()
{
    QStringList files;
    const QDir dir(test::examplesDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.booking.json")}))
        files << dir.filePath(name);
    REQUIRE(files.size() >= 3);
    return files;
}

QString nhsNumberOf(const QString &bookingFile)
{
    return interop::parseBooking(test::readFile(bookingFile)).booking->woman.nhsNumber;
}

const QByteArray kInvalidBooking = R"({
  "format": "bbclinic-booking/1",
  "woman": {"nhs_number": "943 476 5918", "given_name": "Asha", "family_name": "Patel",
            "date_of_birth": "1996-03-14"},
  "pregnancy": {"booking_date": "2026-10-20", "lmp": "2026-09-01", "fetuses": 0},
  "measurements": {"height_cm": 320, "weight_kg": 70},
  "conditions": ["unicorn_allergy"]
})";

} // namespace

TEST_CASE("bbclinic-cli --version says which version it is, and does nothing else", "[cli]")
{
    const Run run = cli({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QByteArray("bbclinic-cli " BB_VERSION));
    CHECK(run.err.isEmpty());
}

TEST_CASE("init makes a database with WAL, foreign keys and a sound file", "[cli][file]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    const Run init =
        cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains("with 60 women"));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        WARN("sqlite3 not installed: file checks skipped");
        return;
    }
    QProcess check;
    check.start(sqlite3,
                {db, QStringLiteral("pragma integrity_check; pragma journal_mode; "
                                    "select count(*) from pragma_foreign_key_list('pregnancy');")});
    REQUIRE(check.waitForFinished());
    CHECK(check.readAllStandardOutput() == "ok\nwal\n1\n");
    const Run again =
        cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("already holds 60 women"));
}

TEST_CASE("Every worked example imports and exports back with the same content", "[cli][examples]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    initEmpty(db);
    for (const QString &file : exampleBookings()) {
        INFO(file.toStdString());
        const Run import =
            cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, file});
        INFO(import.err.toStdString());
        REQUIRE(import.exitCode == 0);
        const Run exported = cli({QStringLiteral("export-booking"), QStringLiteral("--db"), db,
                                  QStringLiteral("--nhs-number"), nhsNumberOf(file)});
        REQUIRE(exported.exitCode == 0);
        const auto original = interop::parseBooking(test::readFile(file));
        const auto roundTrip = interop::parseBooking(exported.out);
        REQUIRE(roundTrip.errors.isEmpty());
        CHECK(*roundTrip.booking == *original.booking);
        // Every value the example gives is in the export, as given (the NHS number as digits).
        const QJsonObject in = QJsonDocument::fromJson(test::readFile(file)).object();
        const QJsonObject out = QJsonDocument::fromJson(exported.out).object();
        for (const QString &section :
             {QStringLiteral("pregnancy"), QStringLiteral("measurements")}) {
            const QJsonObject given = in.value(section).toObject();
            for (auto it = given.begin(); it != given.end(); ++it)
                CHECK(out.value(section).toObject().value(it.key()) == it.value());
        }
        CHECK(out.value(QStringLiteral("conditions")).toArray().size() ==
              in.value(QStringLiteral("conditions")).toArray().size());
    }
    // Importing the same booking again updates her open pregnancy rather than adding one.
    const QString first = exampleBookings().front();
    REQUIRE(cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, first}).exitCode ==
            0);
    const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), db});
    CHECK(summary.out.contains("3 women, 3 pregnancies"));
    // An administrator gets the counts, which name nobody, and not the list of women.
    const Run administrator = cli({QStringLiteral("summary"), QStringLiteral("--db"), db,
                                   QStringLiteral("--as"), QStringLiteral("admin")});
    CHECK(administrator.exitCode == 0);
    CHECK(administrator.out.contains("3 women, 3 pregnancies"));
    CHECK(administrator.out.count('\n') == 1);
    CHECK(administrator.err.startsWith("An administrator may not open a woman's record"));
}

TEST_CASE("An invalid booking is refused with exit 2, a line per problem, nothing stored", "[cli]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const Run run =
        cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, QStringLiteral("-")},
            kInvalidBooking);
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    const QStringList lines = run.errLines();
    for (const char *path : {"woman.nhs_number: ", "pregnancy.fetuses: ",
                             "measurements.height_cm: ", "conditions: "}) {
        INFO(path << " in " << run.err.toStdString());
        CHECK(std::any_of(lines.cbegin(), lines.cend(),
                          [&](const QString &l) { return l.startsWith(QLatin1String(path)); }));
    }
    CHECK(lines.size() == 4);
    CHECK(cli({QStringLiteral("summary"), QStringLiteral("--db"), db}).out.contains("0 women"));
}

TEST_CASE("export-booking: bad or unknown NHS numbers exit 2", "[cli]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const Run bad = cli({QStringLiteral("export-booking"), QStringLiteral("--db"), db,
                         QStringLiteral("--nhs-number"), QStringLiteral("9434765918")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.startsWith("--nhs-number: check digit does not match"));
    const Run unknown = cli({QStringLiteral("export-booking"), QStringLiteral("--db"), db,
                             QStringLiteral("--nhs-number"), QStringLiteral("943 476 5919")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("no woman with NHS number 943 476 5919"));
    CHECK(cli({QStringLiteral("export-booking"), QStringLiteral("--db")}).exitCode == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
}

TEST_CASE("careplan gives each example's expected fields", "[cli][careplan][examples]")
{
    for (const QString &file : exampleBookings()) {
        INFO(file.toStdString());
        const Run run = cli({QStringLiteral("careplan"), QStringLiteral("--booking"), file});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject plan = QJsonDocument::fromJson(run.out).object();
        QString expectedFile = file;
        expectedFile.replace(QStringLiteral(".booking.json"), QStringLiteral(".expected.json"));
        const QJsonObject expected = QJsonDocument::fromJson(test::readFile(expectedFile)).object();
        CHECK(plan.value(QStringLiteral("format")).toString() ==
              QStringLiteral("bbclinic-careplan/1"));
        for (const char *key : {"edd", "edd_method", "gestation_at_booking", "age_at_booking",
                                "bmi", "nulliparous", "first_pregnancy", "pathway", "vte_score"}) {
            INFO(key);
            CHECK(plan.value(QLatin1String(key)) == expected.value(QLatin1String(key)));
        }
        QStringList codes;
        for (const auto &r : plan.value(QStringLiteral("recommendations")).toArray())
            codes << r.toObject().value(QStringLiteral("code")).toString();
        codes.sort();
        QStringList expectedCodes;
        for (const auto &c : expected.value(QStringLiteral("recommendations")).toArray())
            expectedCodes << c.toString();
        CHECK(codes == expectedCodes);
        QJsonObject windows;
        for (const auto &r : plan.value(QStringLiteral("recommendations")).toArray()) {
            const QJsonObject o = r.toObject();
            if (o.contains(QStringLiteral("from")))
                windows.insert(
                    o.value(QStringLiteral("code")).toString(),
                    QJsonArray{o.value(QStringLiteral("from")), o.value(QStringLiteral("to"))});
        }
        CHECK(windows == expected.value(QStringLiteral("windows")).toObject());
        CHECK(plan.value(QStringLiteral("scans")) == expected.value(QStringLiteral("scans")));
        for (const auto &place : plan.value(QStringLiteral("birth_places")).toArray()) {
            const QString setting = place.toObject().value(QStringLiteral("setting")).toString();
            CHECK(place.toObject().value(QStringLiteral("advice")) ==
                  expected.value(QStringLiteral("birth_places")).toObject().value(setting));
        }
        const QJsonArray contacts = plan.value(QStringLiteral("contacts")).toArray();
        const QJsonArray expectedContacts = expected.value(QStringLiteral("contacts")).toArray();
        REQUIRE(contacts.size() == expectedContacts.size());
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            CHECK(contacts[i].toObject().value(QStringLiteral("week")) ==
                  expectedContacts[i].toObject().value(QStringLiteral("week")));
            CHECK(contacts[i].toObject().value(QStringLiteral("date")) ==
                  expectedContacts[i].toObject().value(QStringLiteral("date")));
        }
    }
}

TEST_CASE("careplan refuses an invalid booking: exit 2, nothing written", "[cli][careplan]")
{
    test::ScratchDir scratch;
    const QString out = scratch.file(QStringLiteral("plan.pdf"));
    const Run run =
        cli({QStringLiteral("careplan"), QStringLiteral("--booking"), QStringLiteral("-"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out},
            kInvalidBooking);
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFile::exists(out));
    CHECK(run.errLines().size() == 4);
}

namespace {

/// A valid booking in every way but its dates, which are `bookingDate` and 5 weeks before.
QByteArray bookingOn(const QString &bookingDate)
{
    const QDate booked = QDate::fromString(bookingDate, Qt::ISODate);
    return QStringLiteral(R"({"format": "bbclinic-booking/1",
  "woman": {"nhs_number": "943 476 5919", "given_name": "Asha", "family_name": "Patel",
            "date_of_birth": "1996-03-14"},
  "pregnancy": {"booking_date": "%1", "lmp": "%2"}})")
        .arg(bookingDate, booked.addDays(-35).toString(Qt::ISODate))
        .toUtf8();
}

} // namespace

TEST_CASE("A booking dated after today is refused by import-booking and careplan", "[cli][dates]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString importBooking = QStringLiteral("import-booking");
    const QStringList importArgs{importBooking, QStringLiteral("--db"), db};
    const QStringList careplanArgs{QStringLiteral("careplan"), QStringLiteral("--booking"),
                                   QStringLiteral("-")};
    const QStringList today{QStringLiteral("--today"), QStringLiteral("2026-11-30")};

    for (const QStringList &command : {importArgs, careplanArgs}) {
        INFO(command.front().toStdString());
        // import-booking reads standard input from its positional `-`; careplan has --booking -.
        const auto run = [&](const QStringList &options, const QString &bookingDate) {
            QStringList args = command + options;
            if (command.front() == importBooking)
                args << QStringLiteral("-");
            return cli(args, bookingOn(bookingDate));
        };
        // The day after --today: refused, with the field's path, and nothing on stdout.
        const Run future = run(today, QStringLiteral("2026-12-01"));
        CHECK(future.exitCode == 2);
        CHECK(future.out.isEmpty());
        CHECK(future.errLines() ==
              QStringList{QStringLiteral("pregnancy.booking_date: is in the future")});
        // On --today itself: accepted.
        const Run onTheDay = run(today, QStringLiteral("2026-11-30"));
        INFO(onTheDay.err.toStdString());
        CHECK(onTheDay.exitCode == 0);
        // Without --today the system clock decides: 2091 has not come.
        const Run later = run({}, QStringLiteral("2091-01-08"));
        CHECK(later.exitCode == 2);
        CHECK(later.out.isEmpty());
        CHECK(
            later.errLines().contains(QStringLiteral("pregnancy.booking_date: is in the future")));
        // --today must be a date.
        const Run badToday = run({QStringLiteral("--today"), QStringLiteral("2026-02-30")},
                                 QStringLiteral("2026-11-30"));
        CHECK(badToday.exitCode == 2);
        CHECK(badToday.err.startsWith("--today: '2026-02-30' is not a date (YYYY-MM-DD)"));
    }
    // Only the booking dated on --today was stored.
    CHECK(cli({QStringLiteral("summary"), QStringLiteral("--db"), db})
              .out.contains("1 women, 1 pregnancies"));
}

TEST_CASE("generate makes reproducible synthetic women", "[cli]")
{
    test::ScratchDir scratch;
    const QString a = test::databaseAt(scratch, QStringLiteral("a.sqlite"));
    const QString b = test::databaseAt(scratch, QStringLiteral("b.sqlite"));
    for (const QString &db : {a, b}) {
        initEmpty(db);
        const Run run =
            cli({QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--women"),
                 QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains("now holds 300"));
    }
    const Run summaryA = cli({QStringLiteral("summary"), QStringLiteral("--db"), a});
    const Run summaryB = cli({QStringLiteral("summary"), QStringLiteral("--db"), b});
    CHECK(summaryA.out.mid(summaryA.out.indexOf('\n')) ==
          summaryB.out.mid(summaryB.out.indexOf('\n')));
    CHECK(cli({QStringLiteral("generate"), QStringLiteral("--db"), a, QStringLiteral("--women"),
               QStringLiteral("lots")})
              .exitCode == 2);
}

TEST_CASE("print writes her latest stored care plan, and bad arguments exit 2 writing nothing",
          "[cli][print]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    const QString booked =
        QDir(test::examplesDir())
            .filePath(QStringLiteral("obese-smoker-first-pregnancy.booking.json"));
    const QString unplanned =
        QDir(test::examplesDir())
            .filePath(QStringLiteral("hypertension-previous-gdm-asylum.booking.json"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    for (const QString &file : {booked, unplanned})
        REQUIRE(
            cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, file}).exitCode ==
            0);
    const QString nhsNumber = nhsNumberOf(booked);
    const QString noBooking = QStringLiteral("9434765919"); // registered, never booked
    {
        // Set up what the command line cannot make: a woman with no booking, and a booking
        // whose stored plan is gone.
        QString error;
        const auto database = storage::Database::open(db, &error);
        REQUIRE(database);
        const FixedClock clock(QDate(2026, 10, 1));
        Woman woman = test::lowRiskBooking().woman;
        woman.nhsNumber = noBooking;
        REQUIRE(storage::WomanRepository(*database).save(woman, clock.now(), &error));
        QSqlQuery q(database->connection());
        REQUIRE(q.prepare(QStringLiteral(
            "DELETE FROM care_plan_version WHERE pregnancy_id IN (SELECT p.id FROM pregnancy p "
            "JOIN woman w ON w.id = p.woman_id WHERE w.nhs_number = ?)")));
        q.addBindValue(nhsNumberOf(unplanned));
        REQUIRE(q.exec());
    }

    const QString pdf = scratch.file(QStringLiteral("plan.pdf"));
    const auto print = [&](const QString &nhs, const QString &document, const QString &out) {
        QStringList args{QStringLiteral("print"),
                         QStringLiteral("--db"),
                         db,
                         QStringLiteral("--nhs-number"),
                         nhs,
                         QStringLiteral("--document"),
                         document};
        if (!out.isNull())
            args << QStringLiteral("--out") << out;
        return cli(args);
    };
    const Run run = print(nhsNumber, QStringLiteral("careplan"), pdf);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(QFile::exists(pdf));
    CHECK(run.out.contains("Printed version 1 of the care plan of"));

    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdfinfo.isEmpty() || pdftotext.isEmpty()) {
        WARN("poppler (pdfinfo, pdftotext) is not installed: the printed PDF was not read back");
    } else {
        QProcess info;
        info.start(pdfinfo, {pdf});
        REQUIRE(info.waitForFinished(30000));
        CHECK(info.exitCode() == 0);
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        CHECK(infoText.contains(QStringLiteral("Pregnancy care plan")));
        CHECK(infoText.contains(QStringLiteral("A4")));
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30000));
        const QString page1 = QString::fromUtf8(text.readAllStandardOutput());
        INFO(page1.left(600).toStdString());
        CHECK(page1.contains(QStringLiteral("NHS number ") + clinical::nhs::format(nhsNumber)));
        CHECK(page1.contains(QStringLiteral("Page 1 of")));
        CHECK(page1.contains(QStringLiteral("University Hospitals of Leicester NHS Trust")));
    }

    const QString nothing = scratch.file(QStringLiteral("nothing.pdf"));
    struct Bad
    {
        QString nhs;
        QString document;
        QString out;
        const char *message;
    };
    QList<Bad> bad{
        {QStringLiteral("9434765918"), QStringLiteral("careplan"), nothing,
         "--nhs-number: check digit does not match"},
        {QStringLiteral("943 476 5927"), QStringLiteral("careplan"), nothing,
         "--nhs-number: no woman with NHS number 943 476 5927"},
        {noBooking, QStringLiteral("careplan"), nothing,
         "--nhs-number: Asha Patel (943 476 5919) has no booking yet"},
        {nhsNumberOf(unplanned), QStringLiteral("careplan"), nothing, "--nhs-number: "},
        {nhsNumber, QStringLiteral("letter"), nothing, "--document: unknown document 'letter'"},
        {nhsNumber, QStringLiteral("careplan"), QString(), "--out: is required"},
    };
    if (!test::onServer()) // a PDF over the database's own file would destroy it
        bad.push_back({nhsNumber, QStringLiteral("careplan"), db, "--out: is the database itself"});
    for (const Bad &b : bad) {
        const Run refused = print(b.nhs, b.document, b.out);
        INFO(b.message << " / " << refused.err.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.startsWith(b.message));
        CHECK_FALSE(QFile::exists(nothing));
    }
    CHECK(print(nhsNumberOf(unplanned), QStringLiteral("careplan"), nothing)
              .err.contains("has no stored care plan"));
    CHECK(cli({QStringLiteral("print"), QStringLiteral("--db"),
               scratch.file(QStringLiteral("none.sqlite")), QStringLiteral("--nhs-number"),
               nhsNumber, QStringLiteral("--document"), QStringLiteral("careplan"),
               QStringLiteral("--out"), nothing})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(scratch.file(QStringLiteral("none.sqlite"))));

    const QString unwritable = scratch.file(QStringLiteral("no/such/folder/plan.pdf"));
    const Run failed = print(nhsNumber, QStringLiteral("careplan"), unwritable);
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.startsWith("--out: cannot write"));
    CHECK_FALSE(QFile::exists(unwritable));
}

namespace {

QStringList csvLines(const Run &run)
{
    return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("staff lists the demo team as CSV, quoting what needs it", "[cli][teams]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    {
        QString error;
        const auto database = storage::Database::open(db, &error);
        REQUIRE(database);
        QSqlQuery q(database->connection());
        REQUIRE(q.prepare(
            QStringLiteral("INSERT INTO staff (name, role, fte, updated_at) VALUES (?, ?, ?, ?)")));
        for (const QVariant &value :
             QVariantList{QStringLiteral("O'Neill, Siobhan \"Shiv\""),
                          QStringLiteral("maternity_support_worker"), 0.5, QStringLiteral("now")})
            q.addBindValue(value);
        REQUIRE(q.exec());
    }
    const Run run = cli({QStringLiteral("staff"), QStringLiteral("--db"), db,
                         QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = csvLines(run);
    REQUIRE(lines.size() > 25);
    CHECK(lines.front() == QStringLiteral("id,name,role,team,fte,skills"));
    CHECK(lines.contains(
        QStringLiteral("1,Priya Mistry,midwife,City Continuity Team,1,newborn_examination")));
    CHECK(lines.filter(QStringLiteral(",Home Birth Team,"))
              .filter(QStringLiteral("home_birth"))
              .size() == 6);
    CHECK(lines.filter(QStringLiteral(",County Community Team,"))
              .filter(QStringLiteral(",midwife,"))
              .size() == 6);
    CHECK(lines.filter(QStringLiteral(",health_visitor,,")).size() == 1); // no team: empty
    CHECK(lines.back().endsWith(
        QStringLiteral(",\"O'Neill, Siobhan \"\"Shiv\"\"\",maternity_support_worker,,0.5,")));
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM allocation")) == 60);

    const Run badFormat = cli({QStringLiteral("staff"), QStringLiteral("--db"), db,
                               QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.startsWith("--format: unknown format 'xml'"));
    const QString missing = scratch.file(QStringLiteral("none.sqlite"));
    CHECK(cli({QStringLiteral("staff"), QStringLiteral("--db"), missing}).exitCode == 2);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("assign records her named midwife, and bad arguments exit 2 and change nothing",
          "[cli][teams]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QString nhs = firstDemoNhsNumber(db);
    const auto assign = [&](const QString &number, const QString &midwife, const QString &team,
                            const QString &date) {
        return cli({QStringLiteral("assign"), QStringLiteral("--db"), db,
                    QStringLiteral("--nhs-number"), number, QStringLiteral("--midwife"), midwife,
                    QStringLiteral("--team"), team, QStringLiteral("--date"), date});
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run ok = assign(nhs, QStringLiteral("15"), QStringLiteral("home birth team"), today);
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains("Recorded Ruth Ellison (Home Birth Team) as the named midwife of"));
    CHECK(
        rowCount(
            db,
            QStringLiteral(
                "SELECT midwife_id FROM allocation WHERE id = (SELECT max(id) FROM allocation)")) ==
        15);
    const int before = rowCount(db, QStringLiteral("SELECT count(*) FROM allocation"));

    struct Bad
    {
        QString nhs, midwife, team, date;
        const char *message;
    };
    const QString city = QStringLiteral("City Continuity Team");
    const QList<Bad> bad{
        {QStringLiteral("9434765919"), QStringLiteral("1"), city, today,
         "--nhs-number: no woman with NHS number 943 476 5919"},
        {QStringLiteral("9434765918"), QStringLiteral("1"), city, today,
         "--nhs-number: check digit does not match"},
        {nhs, QStringLiteral("999"), city, today, "--midwife: no staff member with id 999"},
        {nhs, QStringLiteral("one"), city, today, "--midwife: 'one' is not a staff id"},
        {nhs, QStringLiteral("25"), QStringLiteral("Diabetes in Pregnancy Team"), today,
         "--midwife: Anand Raghavan is an obstetrician, not a midwife"},
        {nhs, QStringLiteral("9"), city, today,
         "--midwife: Claire Hollis is not a member of City Continuity Team"},
        {nhs, QStringLiteral("1"), QStringLiteral("Nowhere Team"), today,
         "--team: no team named 'Nowhere Team'"},
        {nhs, QStringLiteral("1"), city, QStringLiteral("2026-02-30"),
         "--date: '2026-02-30' is not a date (YYYY-MM-DD)"},
        {nhs, QStringLiteral("1"), city, QStringLiteral("30/10/2026"),
         "--date: '30/10/2026' is not a date (YYYY-MM-DD)"},
    };
    for (const Bad &b : bad) {
        const Run refused = assign(b.nhs, b.midwife, b.team, b.date);
        INFO(b.message << " / " << refused.err.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.startsWith(b.message));
    }
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM allocation")) == before);
}

TEST_CASE("record-contact, absence and appointments work together", "[cli][teams]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QString nhs = firstDemoNhsNumber(db);
    const QDate today = QDate::currentDate();
    const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
    const QString lastWeek = today.addDays(-7).toString(Qt::ISODate);
    const auto contact = [&](const QString &date, const QString &clinician,
                             const QString &attended) {
        return cli({QStringLiteral("record-contact"), QStringLiteral("--db"), db,
                    QStringLiteral("--nhs-number"), nhs, QStringLiteral("--date"), date,
                    QStringLiteral("--clinician"), clinician, QStringLiteral("--attended"),
                    attended});
    };
    const Run came = contact(yesterday, QStringLiteral("2"), QStringLiteral("yes"));
    INFO(came.err.toStdString());
    REQUIRE(came.exitCode == 0);
    REQUIRE(contact(lastWeek, QStringLiteral("25"), QStringLiteral("no")).exitCode == 0);

    const auto absence = [&](const QString &clinician, const QString &from, const QString &to,
                             const QString &reason) {
        return cli({QStringLiteral("absence"), QStringLiteral("--db"), db,
                    QStringLiteral("--clinician"), clinician, QStringLiteral("--from"), from,
                    QStringLiteral("--to"), to, QStringLiteral("--reason"), reason});
    };
    const QString twoDaysAgo = today.addDays(-2).toString(Qt::ISODate);
    const Run away =
        absence(QStringLiteral("3"), twoDaysAgo, yesterday, QStringLiteral("sickness"));
    INFO(away.err.toStdString());
    REQUIRE(away.exitCode == 0);
    CHECK(away.out.contains("Recorded sickness for Aisha Khan"));
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM absence")) == 1);

    struct Bad
    {
        Run run;
        const char *message;
    };
    const QList<Bad> bad{
        {contact(yesterday, QStringLiteral("3"), QStringLiteral("yes")),
         "--clinician: Aisha Khan is away on"},
        {contact(yesterday, QStringLiteral("99"), QStringLiteral("yes")),
         "--clinician: no staff member with id 99"},
        {contact(yesterday, QStringLiteral("2"), QStringLiteral("maybe")),
         "--attended: 'maybe' must be yes or no"},
        {contact(today.addDays(3).toString(Qt::ISODate), QStringLiteral("2"),
                 QStringLiteral("yes")),
         "--date: "},
        {absence(QStringLiteral("3"), yesterday, twoDaysAgo, QStringLiteral("leave")), "--to: "},
        {absence(QStringLiteral("3"), yesterday, yesterday, QStringLiteral("holiday")),
         "--reason: 'holiday' is not a reason"},
        {absence(QStringLiteral("77"), yesterday, yesterday, QStringLiteral("leave")),
         "--clinician: no staff member with id 77"},
        {absence(QStringLiteral("3"), QStringLiteral("2026-13-01"), yesterday,
                 QStringLiteral("leave")),
         "--from: '2026-13-01' is not a date"},
    };
    for (const Bad &b : bad) {
        INFO(b.message << " / " << b.run.err.toStdString());
        CHECK(b.run.exitCode == 2);
        CHECK(b.run.out.isEmpty());
        CHECK(b.run.err.startsWith(b.message));
    }
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM absence")) == 1);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM appointment")) == 2);
    // Each records the user who logged in to run the command.
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM appointment WHERE updated_by = "
                                      "'Priya Mistry'")) == 2);

    const Run listed =
        cli({QStringLiteral("appointments"), QStringLiteral("--db"), db, QStringLiteral("--from"),
             lastWeek, QStringLiteral("--to"), today.toString(Qt::ISODate),
             QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = csvLines(listed);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          QStringLiteral(
              "date,start,end,clinician_id,clinician_name,team,nhs_number,kind,venue,status"));
    CHECK(lines[1] == lastWeek +
                          QStringLiteral(",,,25,Anand Raghavan,Diabetes in Pregnancy Team,") + nhs +
                          QStringLiteral(",antenatal_contact,,did_not_attend"));
    CHECK(lines[2] == yesterday + QStringLiteral(",,,2,Hannah Cooper,City Continuity Team,") + nhs +
                          QStringLiteral(",antenatal_contact,,attended"));
    const Run backwards =
        cli({QStringLiteral("appointments"), QStringLiteral("--db"), db, QStringLiteral("--from"),
             yesterday, QStringLiteral("--to"), lastWeek});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.startsWith("--to: "));
}

// ---- scheduling, rota and continuity ----

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// A booking whose pregnancy is `weeksToday` weeks along today, booked at 8 weeks.
QByteArray bookingAt(const QString &nhsNumber, int weeksToday, const QString &postcode)
{
    const QDate lmp = QDate::currentDate().addDays(-7 * weeksToday);
    const QJsonObject booking{
        {QStringLiteral("format"), QStringLiteral("bbclinic-booking/1")},
        {QStringLiteral("woman"),
         QJsonObject{{QStringLiteral("nhs_number"), nhsNumber},
                     {QStringLiteral("given_name"), QStringLiteral("Test")},
                     {QStringLiteral("family_name"), QStringLiteral("Woman") + nhsNumber.right(2)},
                     {QStringLiteral("date_of_birth"), QStringLiteral("1995-05-05")},
                     {QStringLiteral("postcode"), postcode}}},
        {QStringLiteral("pregnancy"),
         QJsonObject{{QStringLiteral("booking_date"), iso(lmp.addDays(56))},
                     {QStringLiteral("lmp"), iso(lmp)},
                     {QStringLiteral("previous_births"), 1}}},
        {QStringLiteral("measurements"),
         QJsonObject{{QStringLiteral("height_cm"), 165}, {QStringLiteral("weight_kg"), 62}}},
    };
    return QJsonDocument(booking).toJson();
}

QJsonObject womanIn(const QJsonObject &report, const QString &nhsNumber)
{
    for (const auto &w : report.value(QStringLiteral("women")).toArray())
        if (w.toObject().value(QStringLiteral("nhs_number")).toString() == nhsNumber)
            return w.toObject();
    FAIL("no row for " << nhsNumber.toStdString());
    return {};
}

QDate nextMonday()
{
    const QDate today = QDate::currentDate();
    return today.addDays(8 - today.dayOfWeek());
}

} // namespace

TEST_CASE("continuity counts a hand-worked history exactly as the rules page measures it",
          "[cli][continuity]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    // Four women 30 weeks along today: 29+0 was a week ago (LMP + 203 days).
    const QString receiving = QStringLiteral("4010000007");
    const QString late = QStringLiteral("4010000015");
    const QString unallocated = QStringLiteral("4010000023");
    const QString short70 = QStringLiteral("4010000031");
    for (const QString &nhs : {receiving, late, unallocated, short70}) {
        const Run import =
            cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, QStringLiteral("-")},
                bookingAt(nhs, 30, QStringLiteral("LE2 1AA")));
        INFO(import.err.toStdString());
        REQUIRE(import.exitCode == 0);
    }
    const QDate lmp = QDate::currentDate().addDays(-7 * 30);
    const QDate allocated = lmp.addDays(7 * 12);
    const auto assign = [&](const QString &nhs, const QDate &date) {
        const Run run = cli(
            {QStringLiteral("assign"), QStringLiteral("--db"), db, QStringLiteral("--nhs-number"),
             nhs, QStringLiteral("--midwife"), QStringLiteral("1"), QStringLiteral("--team"),
             QStringLiteral("City Continuity Team"), QStringLiteral("--date"), iso(date)});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    };
    assign(receiving, allocated);
    assign(short70, allocated);
    assign(late, QDate::currentDate().addDays(-3)); // after 29+0: never placed
    int day = 1;
    const auto contact = [&](const QString &nhs, int clinician, bool attended,
                             const QDate &date = {}) {
        const QDate on = date.isValid() ? date : allocated.addDays(day++);
        const Run run = cli({QStringLiteral("record-contact"), QStringLiteral("--db"), db,
                             QStringLiteral("--nhs-number"), nhs, QStringLiteral("--date"), iso(on),
                             QStringLiteral("--clinician"), QString::number(clinician),
                             QStringLiteral("--attended"),
                             attended ? QStringLiteral("yes") : QStringLiteral("no")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    };
    // City team midwives are 1-8, County 9-14; 25 is an obstetrician, 27 a specialist midwife.
    // Receiving: 10 counted contacts, 7 with her team (3 with her named midwife): exactly 70%.
    for (int clinician : {1, 1, 1, 2, 4, 6, 8, 9, 10, 27})
        contact(receiving, clinician, true);
    contact(receiving, 25, true); // a doctor: neither way
    contact(receiving, 25, true);
    contact(receiving, 11, false);                        // did not attend: neither way
    contact(receiving, 12, true, allocated);              // on the day of allocation, not after it
    contact(receiving, 13, true, allocated.addDays(-10)); // before allocation
    // 6 of 9 with her team (66.7%): placed, not receiving.
    day = 1;
    for (int clinician : {1, 2, 3, 4, 5, 6, 9, 10, 11})
        contact(short70, clinician, true);
    // Allocated late: 7 of 10 after her allocation date would be 70%, but she is not placed.
    for (int clinician : {1, 2, 3})
        contact(
            late, clinician, true,
            QDate::currentDate().addDays(-2 + (clinician == 3 ? 1 : 0) - (clinician == 1 ? 1 : 0)));
    contact(unallocated, 9, true, QDate::currentDate().addDays(-5));

    const Run run =
        cli({QStringLiteral("continuity"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
             iso(QDate::currentDate()), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    CHECK(report.value(QStringLiteral("as_of")).toString() == iso(QDate::currentDate()));
    CHECK(report.value(QStringLiteral("women")).toArray().size() == 64); // 60 demo women and ours

    const QJsonObject a = womanIn(report, receiving);
    CHECK(a.size() == 9);
    CHECK(a.value(QStringLiteral("named_midwife_id")).toInt() == 1);
    CHECK(a.value(QStringLiteral("team")).toString() == QStringLiteral("City Continuity Team"));
    CHECK(a.value(QStringLiteral("placed")).toBool());
    CHECK(a.value(QStringLiteral("receiving")).toBool());
    CHECK(a.value(QStringLiteral("attended_contacts")).toInt() == 10);
    CHECK(a.value(QStringLiteral("with_named_midwife")).toInt() == 3);
    CHECK(a.value(QStringLiteral("with_team")).toInt() == 7);
    CHECK(a.value(QStringLiteral("distinct_clinicians")).toInt() ==
          11); // everyone she saw, any role

    const QJsonObject d = womanIn(report, short70);
    CHECK(d.value(QStringLiteral("placed")).toBool());
    CHECK_FALSE(d.value(QStringLiteral("receiving")).toBool());
    CHECK(d.value(QStringLiteral("attended_contacts")).toInt() == 9);
    CHECK(d.value(QStringLiteral("with_team")).toInt() == 6);

    const QJsonObject b = womanIn(report, late);
    CHECK(b.value(QStringLiteral("named_midwife_id")).toInt() == 1);
    CHECK_FALSE(b.value(QStringLiteral("placed")).toBool());
    CHECK_FALSE(b.value(QStringLiteral("receiving")).toBool());

    const QJsonObject c = womanIn(report, unallocated);
    CHECK(c.value(QStringLiteral("named_midwife_id")).isNull());
    CHECK(c.value(QStringLiteral("team")).isNull());
    CHECK_FALSE(c.value(QStringLiteral("placed")).toBool());
    CHECK_FALSE(c.value(QStringLiteral("receiving")).toBool());
    CHECK(c.value(QStringLiteral("attended_contacts")).toInt() == 0);
    CHECK(c.value(QStringLiteral("distinct_clinicians")).toInt() == 1);

    bool cityListed = false;
    for (const auto &t : report.value(QStringLiteral("teams")).toArray()) {
        const QJsonObject team = t.toObject();
        CHECK(team.keys() == QStringList{QStringLiteral("placed"), QStringLiteral("receiving"),
                                         QStringLiteral("team"), QStringLiteral("women")});
        if (team.value(QStringLiteral("team")).toString() ==
            QStringLiteral("City Continuity Team")) {
            cityListed = true;
            CHECK(team.value(QStringLiteral("receiving")).toInt() >= 1);
        }
    }
    CHECK(cityListed);

    const Run asCsv =
        cli({QStringLiteral("continuity"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
             iso(QDate::currentDate()), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(asCsv.exitCode == 0);
    const QStringList lines = csvLines(asCsv);
    REQUIRE(lines.size() == 65);
    CHECK(lines.front() ==
          QStringLiteral("nhs_number,named_midwife_id,team,placed,receiving,attended_contacts,"
                         "with_named_midwife,with_team,distinct_clinicians"));
    CHECK(
        lines.contains(receiving + QStringLiteral(",1,City Continuity Team,true,true,10,3,7,11")));
    CHECK(lines.contains(unallocated + QStringLiteral(",,,false,false,0,0,0,1")));

    // As of before her last contacts, fewer have happened.
    const Run earlier = cli({QStringLiteral("continuity"), QStringLiteral("--db"), db,
                             QStringLiteral("--as-of"), iso(allocated.addDays(3))});
    REQUIRE(earlier.exitCode == 0);
    CHECK(womanIn(QJsonDocument::fromJson(earlier.out).object(), receiving)
              .value(QStringLiteral("attended_contacts"))
              .toInt() == 3);
}

TEST_CASE(
    "schedule books as JSON says and never twice, and rota and absence work on what it booked",
    "[cli][schedule]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QString monday = iso(nextMonday());
    const auto schedule = [&](const QStringList &extra) {
        return cli(QStringList{QStringLiteral("schedule"), QStringLiteral("--db"), db} + extra);
    };
    const Run first = schedule(
        {QStringLiteral("--from"), monday, QStringLiteral("--weeks"), QStringLiteral("4")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(first.out).object();
    CHECK(summary.keys() == QStringList{QStringLiteral("booked"), QStringLiteral("unplaced"),
                                        QStringLiteral("with_named_midwife_pct"),
                                        QStringLiteral("with_team_pct")});
    const int booked = summary.value(QStringLiteral("booked")).toInt();
    CHECK(booked > 20);
    CHECK(summary.value(QStringLiteral("unplaced")).isArray());
    CHECK(summary.value(QStringLiteral("with_named_midwife_pct")).toDouble() >= 90.0);
    CHECK(summary.value(QStringLiteral("with_team_pct")).toDouble() >= 99.0);
    CHECK(rowCount(db, QStringLiteral(
                           "SELECT count(*) FROM appointment WHERE status = 'booked' AND kind = "
                           "'antenatal_contact' AND contact_week IS NOT NULL")) == booked);
    const Run again = schedule(
        {QStringLiteral("--from"), monday, QStringLiteral("--weeks"), QStringLiteral("4")});
    REQUIRE(again.exitCode == 0);
    CHECK(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("booked")).toInt() == 0);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM appointment")) == booked);

    // Rota: two different midwives on every shift, date order, day before night, then id.
    const Run rota = cli({QStringLiteral("rota"), QStringLiteral("--db"), db,
                          QStringLiteral("--team"), QStringLiteral("Home Birth Team"),
                          QStringLiteral("--from"), monday, QStringLiteral("--weeks"),
                          QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(rota.err.toStdString());
    REQUIRE(rota.exitCode == 0);
    const QStringList lines = csvLines(rota);
    REQUIRE(lines.size() == 1 + 14 * 2 * 2);
    CHECK(lines.front() == QStringLiteral("date,shift,clinician_id,clinician_name"));
    for (int i = 1; i < lines.size(); i += 2) {
        const QStringList x = lines.at(i).split(QLatin1Char(','));
        const QStringList y = lines.at(i + 1).split(QLatin1Char(','));
        REQUIRE(x.size() == 4);
        CHECK(x.at(0) == y.at(0));
        CHECK(x.at(1) == y.at(1));
        CHECK(x.at(2).toInt() < y.at(2).toInt()); // two distinct midwives, by id
        CHECK(x.at(1) == ((i / 2) % 2 == 0 ? QStringLiteral("day") : QStringLiteral("night")));
        CHECK(x.at(0) == iso(nextMonday().addDays(i / 4)));
    }

    // An absence over booked appointments rebooks them (or says which it could not).
    QString error;
    qint64 busiest = 0;
    {
        const auto database = storage::Database::open(db, &error);
        REQUIRE(database);
        QSqlQuery q(database->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT clinician_id FROM appointment GROUP BY clinician_id "
                                      "ORDER BY count(*) DESC, clinician_id LIMIT 1")));
        REQUIRE(q.next());
        busiest = q.value(0).toLongLong();
    }
    const Run away =
        cli({QStringLiteral("absence"), QStringLiteral("--db"), db, QStringLiteral("--clinician"),
             QString::number(busiest), QStringLiteral("--from"), monday, QStringLiteral("--to"),
             iso(nextMonday().addDays(27)), QStringLiteral("--reason"), QStringLiteral("leave")});
    INFO(away.err.toStdString());
    REQUIRE(away.exitCode == 0);
    CHECK((away.out.contains("Rebooked ") || away.out.contains("Could not rebook ")));
    const int rescheduled = rowCount(
        db, QStringLiteral("SELECT count(*) FROM appointment WHERE status = 'rescheduled'"));
    CHECK(rescheduled > 0);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM appointment")) == booked + rescheduled);
}

TEST_CASE("schedule, rota and continuity refuse bad arguments with exit 2 and change nothing",
          "[cli][schedule]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QString monday = iso(nextMonday());
    struct Bad
    {
        QStringList args;
        const char *message;
    };
    const QList<Bad> bad{
        {{QStringLiteral("schedule"), QStringLiteral("--from"), monday, QStringLiteral("--weeks"),
          QStringLiteral("0")},
         "--weeks: '0' must be a whole number from 1 to"},
        {{QStringLiteral("schedule"), QStringLiteral("--from"), monday, QStringLiteral("--weeks"),
          QStringLiteral("two")},
         "--weeks: 'two'"},
        {{QStringLiteral("schedule"), QStringLiteral("--from"), QStringLiteral("2026-02-30"),
          QStringLiteral("--weeks"), QStringLiteral("2")},
         "--from: '2026-02-30' is not a date"},
        {{QStringLiteral("schedule"), QStringLiteral("--from"), monday, QStringLiteral("--weeks"),
          QStringLiteral("2"), QStringLiteral("--team"), QStringLiteral("Nowhere")},
         "--team: no team named 'Nowhere'"},
        {{QStringLiteral("schedule"), QStringLiteral("--weeks"), QStringLiteral("2")},
         "--from: is required"},
        {{QStringLiteral("rota"), QStringLiteral("--team"), QStringLiteral("Nowhere"),
          QStringLiteral("--from"), monday, QStringLiteral("--weeks"), QStringLiteral("1")},
         "--team: no team named 'Nowhere'"},
        {{QStringLiteral("rota"), QStringLiteral("--team"), QStringLiteral("Home Birth Team"),
          QStringLiteral("--from"), monday, QStringLiteral("--weeks"), QStringLiteral("-1")},
         "--weeks: '-1'"},
        {{QStringLiteral("rota"), QStringLiteral("--team"), QStringLiteral("Home Birth Team"),
          QStringLiteral("--from"), monday, QStringLiteral("--weeks"), QStringLiteral("1"),
          QStringLiteral("--format"), QStringLiteral("json")},
         "--format: unknown format 'json'"},
        {{QStringLiteral("continuity"), QStringLiteral("--as-of"), QStringLiteral("2026-13-01")},
         "--as-of: '2026-13-01' is not a date"},
        {{QStringLiteral("continuity"), QStringLiteral("--as-of"), monday,
          QStringLiteral("--format"), QStringLiteral("xml")},
         "--format: unknown format 'xml'"},
        {{QStringLiteral("absence"), QStringLiteral("--clinician"), QStringLiteral("99"),
          QStringLiteral("--from"), monday, QStringLiteral("--to"), monday,
          QStringLiteral("--reason"), QStringLiteral("leave")},
         "--clinician: no staff member with id 99"},
    };
    for (const Bad &b : bad) {
        QStringList args = b.args;
        args.insert(1, db);
        args.insert(1, QStringLiteral("--db"));
        const Run refused = cli(args);
        INFO(b.message << " / " << refused.err.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.startsWith(b.message));
    }
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM appointment")) == 0);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM absence")) == 0);
    const QString missing = scratch.file(QStringLiteral("none.sqlite"));
    CHECK(cli({QStringLiteral("continuity"), QStringLiteral("--db"), missing,
               QStringLiteral("--as-of"), monday})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("init --demo --history books the demo women's contacts and marks the past attended",
          "[cli][demo]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"),
                 QStringLiteral("--history")})
                .exitCode == 0);
    const Run continuity =
        cli({QStringLiteral("continuity"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
             QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--format"),
             QStringLiteral("json")});
    REQUIRE(continuity.exitCode == 0);
    int placed = 0;
    int receiving = 0;
    for (const auto &team : QJsonDocument::fromJson(continuity.out)
                                .object()
                                .value(QStringLiteral("teams"))
                                .toArray()) {
        placed += team.toObject().value(QStringLiteral("placed")).toInt();
        receiving += team.toObject().value(QStringLiteral("receiving")).toInt();
    }
    // Every demo woman but the one whose pregnancy ended in a miscarriage: she is no longer in
    // antenatal care.
    CHECK(placed == 59);
    CHECK(receiving > 0);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM pregnancy_loss")) == 1);
    // The weeks after the birth have something to show: births, a baby in the neonatal unit
    // today, a discharge, and the team's answers.
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM birth")) == 3);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM baby_care WHERE location = "
                                      "'neonatal_unit'")) == 1);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM discharge")) == 1);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM feedback")) > 12);
    CHECK(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--history")})
              .exitCode == 2);
}

TEST_CASE("The --as option names who logs in and makes a change: an empty name, an unknown user "
          "and a wrong password are refused and change nothing",
          "[cli][actor][login]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QString nhs = firstDemoNhsNumber(db);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const auto contact = [&](const QString &as) {
        return cli({QStringLiteral("record-contact"), QStringLiteral("--db"), db,
                    QStringLiteral("--nhs-number"), nhs, QStringLiteral("--date"), yesterday,
                    QStringLiteral("--clinician"), QStringLiteral("2"),
                    QStringLiteral("--attended"), QStringLiteral("yes"), QStringLiteral("--as"),
                    as});
    };
    const Run blank = contact(QStringLiteral("  "));
    CHECK(blank.exitCode == 2);
    CHECK(blank.err.startsWith("--as: needs the username"));
    const Run stranger = contact(QStringLiteral("jo.smith"));
    CHECK(stranger.exitCode == 1);
    CHECK(stranger.errLines() ==
          QStringList{QStringLiteral("--as: jo.smith: the username or password is not right")});
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM appointment")) == 0);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE event = 'log_in' "
                                      "AND outcome = 'refused' AND username = 'jo.smith'")) == 1);

    const Run named = contact(QStringLiteral("Hannah.Cooper"));
    INFO(named.err.toStdString());
    REQUIRE(named.exitCode == 0);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM appointment WHERE updated_by = "
                                      "'Hannah Cooper'")) == 1);
}

TEST_CASE("careplan html and pdf are her copy: a disclosure and an under-16 referral are not shown",
          "[cli][careplan][confidentiality]")
{
    test::ScratchDir scratch;
    const QByteArray booking = R"({
      "format": "bbclinic-booking/1",
      "woman": {"nhs_number": "9434765919", "given_name": "Leah", "family_name": "Moore",
                "date_of_birth": "2011-05-02", "social": ["domestic_abuse", "safeguarding_concern"]},
      "pregnancy": {"booking_date": "2026-11-02", "lmp": "2026-09-07"}
    })";
    const Run json =
        cli({QStringLiteral("careplan"), QStringLiteral("--booking"), QStringLiteral("-"),
             QStringLiteral("--today"), QStringLiteral("2026-12-01")},
            booking);
    REQUIRE(json.exitCode == 0);
    // The staff's format shows everything.
    CHECK(json.out.contains("referral_safeguarding"));
    CHECK(json.out.contains("domestic abuse disclosed"));

    const QStringList forbidden{QStringLiteral("safeguard"), QStringLiteral("abuse"),
                                QStringLiteral("domestic"), QStringLiteral("under 16"),
                                QStringLiteral("0116 496 0230")};
    const Run html = cli({QStringLiteral("careplan"), QStringLiteral("--booking"),
                          QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("html"),
                          QStringLiteral("--today"), QStringLiteral("2026-12-01")},
                         booking);
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.contains("Leah Moore"));
    CHECK(html.out.contains("Week beginning"));
    for (const QString &word : forbidden) {
        INFO(word.toStdString());
        CHECK_FALSE(QString::fromUtf8(html.out)
                        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
                        .contains(word, Qt::CaseInsensitive));
    }

    const QString pdf = scratch.file(QStringLiteral("plan.pdf"));
    const Run printed =
        cli({QStringLiteral("careplan"), QStringLiteral("--booking"), QStringLiteral("-"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
             QStringLiteral("--today"), QStringLiteral("2026-12-01")},
            booking);
    REQUIRE(printed.exitCode == 0);
    const QStringList pages = test::pdfPages(pdf);
    REQUIRE_FALSE(pages.isEmpty());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        for (const QString &word : forbidden) {
            INFO("page " << i + 1 << ": " << word.toStdString());
            CHECK_FALSE(pages.at(i).simplified().contains(word, Qt::CaseInsensitive));
        }
    }
}
