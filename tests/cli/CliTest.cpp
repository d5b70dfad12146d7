// SPDX-License-Identifier: MIT
// bbclinic-cli end to end on the worked examples of the booking format.
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

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(BB_CLI), args);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

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

TEST_CASE("init makes a database with WAL, foreign keys and a sound file", "[cli]")
{
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("clinic.sqlite"));
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains("with 60 women"));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        WARN("sqlite3 not installed: file checks skipped");
        return;
    }
    QProcess check;
    check.start(sqlite3, {db, QStringLiteral("pragma integrity_check; pragma journal_mode; "
                                            "select count(*) from pragma_foreign_key_list('pregnancy');")});
    REQUIRE(check.waitForFinished());
    CHECK(check.readAllStandardOutput() == "ok\nwal\n1\n");
    const Run again = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("already holds 60 women"));
}

TEST_CASE("Every worked example imports and exports back with the same content", "[cli][examples]")
{
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("clinic.sqlite"));
    for (const QString &file : exampleBookings()) {
        INFO(file.toStdString());
        const Run import = cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, file});
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
        for (const QString &section : {QStringLiteral("pregnancy"), QStringLiteral("measurements")}) {
            const QJsonObject given = in.value(section).toObject();
            for (auto it = given.begin(); it != given.end(); ++it)
                CHECK(out.value(section).toObject().value(it.key()) == it.value());
        }
        CHECK(out.value(QStringLiteral("conditions")).toArray().size() == in.value(QStringLiteral("conditions")).toArray().size());
    }
    // Importing the same booking again updates her open pregnancy rather than adding one.
    const QString first = exampleBookings().front();
    REQUIRE(cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, first}).exitCode == 0);
    const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), db});
    CHECK(summary.out.contains("3 women, 3 pregnancies"));
}

TEST_CASE("An invalid booking is refused with exit 2, a line per problem, nothing stored", "[cli]")
{
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const Run run = cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, QStringLiteral("-")},
                        kInvalidBooking);
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    const QStringList lines = run.errLines();
    for (const char *path : {"woman.nhs_number: ", "pregnancy.fetuses: ", "measurements.height_cm: ",
                             "conditions: "}) {
        INFO(path << " in " << run.err.toStdString());
        CHECK(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(QLatin1String(path)); }));
    }
    CHECK(lines.size() == 4);
    CHECK(cli({QStringLiteral("summary"), QStringLiteral("--db"), db}).out.contains("0 women"));
}

TEST_CASE("export-booking: bad or unknown NHS numbers exit 2", "[cli]")
{
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("clinic.sqlite"));
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
        CHECK(plan.value(QStringLiteral("format")).toString() == QStringLiteral("bbclinic-careplan/1"));
        for (const char *key : {"edd", "edd_method", "gestation_at_booking", "age_at_booking", "bmi",
                                "nulliparous", "first_pregnancy", "pathway", "vte_score"}) {
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
        for (const auto &place : plan.value(QStringLiteral("birth_places")).toArray()) {
            const QString setting = place.toObject().value(QStringLiteral("setting")).toString();
            CHECK(place.toObject().value(QStringLiteral("advice")) == expected.value(QStringLiteral("birth_places")).toObject().value(setting));
        }
        const QJsonArray contacts = plan.value(QStringLiteral("contacts")).toArray();
        const QJsonArray expectedContacts = expected.value(QStringLiteral("contacts")).toArray();
        REQUIRE(contacts.size() == expectedContacts.size());
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            CHECK(contacts[i].toObject().value(QStringLiteral("week")) == expectedContacts[i].toObject().value(QStringLiteral("week")));
            CHECK(contacts[i].toObject().value(QStringLiteral("date")) == expectedContacts[i].toObject().value(QStringLiteral("date")));
        }
    }
}

TEST_CASE("careplan refuses an invalid booking: exit 2, nothing written", "[cli][careplan]")
{
    test::ScratchDir scratch;
    const QString out = scratch.file(QStringLiteral("plan.pdf"));
    const Run run = cli({QStringLiteral("careplan"), QStringLiteral("--booking"), QStringLiteral("-"),
                         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out},
                        kInvalidBooking);
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFile::exists(out));
    CHECK(run.errLines().size() == 4);
}

TEST_CASE("generate makes reproducible synthetic women", "[cli]")
{
    test::ScratchDir scratch;
    const QString a = scratch.file(QStringLiteral("a.sqlite"));
    const QString b = scratch.file(QStringLiteral("b.sqlite"));
    for (const QString &db : {a, b}) {
        const Run run = cli({QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--women"),
                             QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains("now holds 300"));
    }
    const Run summaryA = cli({QStringLiteral("summary"), QStringLiteral("--db"), a});
    const Run summaryB = cli({QStringLiteral("summary"), QStringLiteral("--db"), b});
    CHECK(summaryA.out.mid(summaryA.out.indexOf('\n')) == summaryB.out.mid(summaryB.out.indexOf('\n')));
    CHECK(cli({QStringLiteral("generate"), QStringLiteral("--db"), a, QStringLiteral("--women"),
               QStringLiteral("lots")}).exitCode == 2);
}

TEST_CASE("print writes her latest stored care plan, and bad arguments exit 2 writing nothing",
          "[cli][print]")
{
    test::ScratchDir scratch;
    const QString db = scratch.file(QStringLiteral("clinic.sqlite"));
    const QString booked = QDir(test::examplesDir()).filePath(QStringLiteral("obese-smoker-first-pregnancy.booking.json"));
    const QString unplanned = QDir(test::examplesDir()).filePath(QStringLiteral("hypertension-previous-gdm-asylum.booking.json"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    for (const QString &file : {booked, unplanned})
        REQUIRE(cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, file}).exitCode == 0);
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
        REQUIRE(storage::WomanRepository(*database, clock).save(woman, &error));
        QSqlQuery q(database->connection());
        REQUIRE(q.prepare(QStringLiteral("DELETE FROM care_plan_version WHERE pregnancy_id IN (SELECT p.id FROM pregnancy p JOIN woman w ON w.id = p.woman_id WHERE w.nhs_number = ?)")));
        q.addBindValue(nhsNumberOf(unplanned));
        REQUIRE(q.exec());
    }

    const QString pdf = scratch.file(QStringLiteral("plan.pdf"));
    const auto print = [&](const QString &nhs, const QString &document, const QString &out) {
        QStringList args{QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--nhs-number"), nhs,
                         QStringLiteral("--document"), document};
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
        text.start(pdftotext, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                               QStringLiteral("-")});
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
    const QList<Bad> bad{
        {QStringLiteral("9434765918"), QStringLiteral("careplan"), nothing, "--nhs-number: check digit does not match"},
        {QStringLiteral("943 476 5927"), QStringLiteral("careplan"), nothing, "--nhs-number: no woman with NHS number 943 476 5927"},
        {noBooking, QStringLiteral("careplan"), nothing, "--nhs-number: Asha Patel (943 476 5919) has no booking yet"},
        {nhsNumberOf(unplanned), QStringLiteral("careplan"), nothing, "--nhs-number: "},
        {nhsNumber, QStringLiteral("letter"), nothing, "--document: unknown document 'letter'"},
        {nhsNumber, QStringLiteral("careplan"), QString(), "--out: is required"},
        {nhsNumber, QStringLiteral("careplan"), db, "--out: is the database itself"},
    };
    for (const Bad &b : bad) {
        const Run refused = print(b.nhs, b.document, b.out);
        INFO(b.message << " / " << refused.err.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.startsWith(b.message));
        CHECK_FALSE(QFile::exists(nothing));
    }
    CHECK(print(nhsNumberOf(unplanned), QStringLiteral("careplan"), nothing).err.contains("has no stored care plan"));
    CHECK(cli({QStringLiteral("print"), QStringLiteral("--db"), scratch.file(QStringLiteral("none.sqlite")),
               QStringLiteral("--nhs-number"), nhsNumber, QStringLiteral("--document"), QStringLiteral("careplan"),
               QStringLiteral("--out"), nothing})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(scratch.file(QStringLiteral("none.sqlite"))));

    const QString unwritable = scratch.file(QStringLiteral("no/such/folder/plan.pdf"));
    const Run failed = print(nhsNumber, QStringLiteral("careplan"), unwritable);
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.startsWith("--out: cannot write"));
    CHECK_FALSE(QFile::exists(unwritable));
}
