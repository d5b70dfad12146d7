// SPDX-License-Identifier: MIT
// export-msds end to end: the monthly MSDS return of a demonstration clinic read back by an
// independent CSV reader (Python's csv module), its headers in TOS order, its codes checked
// against what the database holds, only the period's contacts and births, and bad input
// refused with nothing written.
#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace bb;
using namespace bb::clitest;

namespace {

// Reads each CSV file of the folder as Python's csv module does, and says what it found, as
// JSON: each table's rows, its header first.
constexpr auto kReader = R"(
import csv, json, os, sys
tables = {}
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name), newline='', encoding='utf-8') as f:
        tables[name] = list(csv.reader(f))
print(json.dumps(tables))
)";

const QStringList kFiles{
    QStringLiteral("MSD001MotherDemog.csv"),    QStringLiteral("MSD101PregnancyBooking.csv"),
    QStringLiteral("MSD102MatCarePlan.csv"),    QStringLiteral("MSD201CareContactPreg.csv"),
    QStringLiteral("MSD301LabourDelivery.csv"), QStringLiteral("MSD401BabyDemographics.csv"),
};

// The first columns of each table as the MSDS v2.0 TOS names and orders them, and how many
// there are in all (tests/core/MsdsReturnTest.cpp checks every one).
const QHash<QString, std::pair<QStringList, int>> kHeaders{
    {QStringLiteral("MSD001MotherDemog.csv"),
     {{QStringLiteral("LPIDMother"), QStringLiteral("OrgIDLPID"),
       QStringLiteral("PersonBirthDateMother"), QStringLiteral("OrgIDResidenceResp"),
       QStringLiteral("NHSNumberMother"), QStringLiteral("NHSNumberStatusMother"),
       QStringLiteral("Postcode"), QStringLiteral("EthnicCategoryMother")},
      10}},
    {QStringLiteral("MSD101PregnancyBooking.csv"),
     {{QStringLiteral("PregnancyID"), QStringLiteral("LPIDMother"), QStringLiteral("OrgIDComm"),
       QStringLiteral("AntenatalAppDate"), QStringLiteral("PregFirstConDate"),
       QStringLiteral("EDDAgreed"), QStringLiteral("OrgSiteIDBooking"),
       QStringLiteral("EDDMethodAgreed")},
      28}},
    {QStringLiteral("MSD102MatCarePlan.csv"),
     {{QStringLiteral("PregnancyID"), QStringLiteral("CarePlanDate"),
       QStringLiteral("CarePlanType"), QStringLiteral("MatPersCarePlanInd"),
       QStringLiteral("ContCarePathInd"), QStringLiteral("CareProfLID"),
       QStringLiteral("TeamLocalID"), QStringLiteral("OrgSiteIDPlannedDelivery"),
       QStringLiteral("PlannedDeliverySetting"), QStringLiteral("ReasonChangeDelSettingAnt")},
      10}},
    {QStringLiteral("MSD201CareContactPreg.csv"),
     {{QStringLiteral("CareConID"), QStringLiteral("PregnancyID"), QStringLiteral("CContactDate"),
       QStringLiteral("CContactTime")},
      18}},
    {QStringLiteral("MSD301LabourDelivery.csv"),
     {{QStringLiteral("LabourDeliveryID"), QStringLiteral("PregnancyID"),
       QStringLiteral("OrgSiteIDIntra"), QStringLiteral("SettingIntraCare")},
      20}},
    {QStringLiteral("MSD401BabyDemographics.csv"),
     {{QStringLiteral("LPIDBaby"), QStringLiteral("LabourDeliveryID"),
       QStringLiteral("OrgIDLocalPatientIdBaby"), QStringLiteral("PersonBirthDateBaby"),
       QStringLiteral("PersonBirthTimeBaby"), QStringLiteral("PregOutcome"),
       QStringLiteral("PersonPhenSex")},
      27}},
};

/// One CSV file as read back: its header and its rows, a row's value by column name.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;

    QString value(qsizetype row, const QString &column) const
    {
        const qsizetype at = header.indexOf(column);
        REQUIRE(at >= 0);
        return rows.at(row).value(at);
    }
    QStringList column(const QString &name) const
    {
        QStringList values;
        for (qsizetype i = 0; i < rows.size(); ++i)
            values << value(i, name);
        return values;
    }
};

QHash<QString, CsvTable> readReturn(const QString &dir)
{
    QProcess python;
    // Debian's own Python, whose standard library reads CSV (not one a user installed).
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kReader), dir});
    REQUIRE(python.waitForFinished(30000));
    INFO("python3: " << python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QHash<QString, CsvTable> tables;
    for (auto it = read.begin(); it != read.end(); ++it) {
        CsvTable table;
        const QJsonArray lines = it.value().toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QStringList fields;
            for (const QJsonValue &field : lines.at(i).toArray())
                fields << field.toString();
            if (i == 0)
                table.header = fields;
            else
                table.rows << fields;
        }
        tables.insert(it.key(), table);
    }
    return tables;
}

/// Every row of `sql` on the database file `db`, each value as text.
QList<QStringList> rowsOf(const QString &db, const QString &sql)
{
    QString error;
    const auto database = storage::Database::open(db, &error);
    REQUIRE(database);
    QSqlQuery q(database->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QList<QStringList> rows;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        rows << row;
    }
    return rows;
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

/// A demonstration clinic with its history (contacts from ten weeks ago, three births in the last
/// fortnight) and Asha, delivered today of twins by planned caesarean: a first baby of
/// indeterminate sex, then a boy.
struct MsdsClinic
{
    test::ScratchDir scratch;
    QString db = scratch.file(QStringLiteral("clinic.sqlite"));
    QString out = scratch.file(QStringLiteral("returns/2026-11"));
    QDate today = QDate::currentDate();

    MsdsClinic()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"),
                     QStringLiteral("--history")})
                    .exitCode == 0);
        importAsha(db, today, 30, 9);
        const Run born = cli({QStringLiteral("record-birth"),
                              QStringLiteral("--db"),
                              db,
                              QStringLiteral("--nhs-number"),
                              QStringLiteral("9434765919"),
                              QStringLiteral("--date"),
                              iso(today),
                              QStringLiteral("--time"),
                              QStringLiteral("03:12"),
                              QStringLiteral("--setting"),
                              QStringLiteral("obstetric_unit"),
                              QStringLiteral("--onset"),
                              QStringLiteral("caesarean_before_labour"),
                              QStringLiteral("--mode"),
                              QStringLiteral("planned_caesarean"),
                              QStringLiteral("--clinicians"),
                              QStringLiteral("2"),
                              QStringLiteral("--outcome"),
                              QStringLiteral("live_birth"),
                              QStringLiteral("--weight-g"),
                              QStringLiteral("2900"),
                              QStringLiteral("--sex"),
                              QStringLiteral("indeterminate"),
                              QStringLiteral("--baby"),
                              QStringLiteral("live_birth:2700:male:8/9"),
                              QStringLiteral("--apgar"),
                              QStringLiteral("8/9"),
                              QStringLiteral("--as"),
                              QStringLiteral("hannah.cooper")});
        INFO(born.err.toStdString());
        REQUIRE(born.exitCode == 0);
    }
    Run exportMsds(const QDate &from, const QDate &to, const QStringList &more = {}) const
    {
        return cli(QStringList{QStringLiteral("export-msds"), QStringLiteral("--db"), db,
                               QStringLiteral("--from"), iso(from), QStringLiteral("--to"), iso(to),
                               QStringLiteral("--dir"), out, QStringLiteral("--org"),
                               QStringLiteral("RWE")} +
                   more);
    }
};

/// MSDS codes as the app's words give them.
const QHash<QString, QString> kPlannedSetting{
    {QStringLiteral("home"), QStringLiteral("04")},
    {QStringLiteral("freestanding_midwifery_unit"), QStringLiteral("03")},
    {QStringLiteral("alongside_midwifery_unit"), QStringLiteral("02")},
    {QStringLiteral("obstetric_unit"), QStringLiteral("01")},
    {QStringLiteral("undecided"), QStringLiteral("96")},
};
const QHash<QString, QString> kSex{{QStringLiteral("male"), QStringLiteral("1")},
                                   {QStringLiteral("female"), QStringLiteral("2")},
                                   {QStringLiteral("indeterminate"), QStringLiteral("9")}};
const QHash<QString, QString> kDeliveryMethod{
    {QStringLiteral("planned_caesarean"), QStringLiteral("7")},
    {QStringLiteral("emergency_caesarean"), QStringLiteral("8")},
    // A vaginal birth's presentation or instrument is not recorded: not coded.
    {QStringLiteral("spontaneous_vaginal"), QString()},
    {QStringLiteral("instrumental"), QString()},
};
const QHash<QString, QString> kAttendCode{{QStringLiteral("attended"), QStringLiteral("5")},
                                          {QStringLiteral("did_not_attend"), QStringLiteral("3")}};

} // namespace

TEST_CASE("export-msds writes the six MSDS tables of the period, headers in TOS order, codes as "
          "the database holds them, and only the period's contacts",
          "[cli][msds]")
{
    MsdsClinic clinic;
    const QDate from = clinic.today.addDays(-35);
    const QDate to = clinic.today;
    const Run run = clinic.exportMsds(from, to);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (const QString &file : kFiles)
        CHECK(QString::fromUtf8(run.out).contains(file));
    const QHash<QString, CsvTable> tables = readReturn(clinic.out);
    REQUIRE(QStringList(tables.keyBegin(), tables.keyEnd()).size() == kFiles.size());
    for (const QString &file : kFiles) {
        INFO(file.toStdString());
        REQUIRE(tables.contains(file));
        const CsvTable &t = tables.value(file);
        const auto &[first, count] = kHeaders.value(file);
        CHECK(t.header.mid(0, first.size()) == first);
        CHECK(t.header.size() == count);
        CHECK_FALSE(t.rows.isEmpty());
        for (const QStringList &row : t.rows)
            CHECK(row.size() == count);
    }

    // Care contacts: exactly the appointments of the period she attended or missed.
    const CsvTable &contacts = tables.value(QStringLiteral("MSD201CareContactPreg.csv"));
    const QString period =
        QStringLiteral("a.appointment_date BETWEEN '%1' AND '%2'").arg(iso(from), iso(to));
    QHash<QString, QString> expected; // appointment id -> AttendCode
    for (const QStringList &row :
         rowsOf(clinic.db, QStringLiteral("SELECT a.id, a.status FROM appointment a JOIN pregnancy "
                                          "p ON p.id = a.pregnancy_id JOIN woman w ON w.id = "
                                          "p.woman_id WHERE a.status IN ('attended', "
                                          "'did_not_attend') AND p.in_error = 0 AND w.in_error = "
                                          "0 AND %1")
                               .arg(period)))
        expected.insert(row.at(0), kAttendCode.value(row.at(1)));
    REQUIRE(expected.values().contains(QStringLiteral("3"))); // one missed, at least
    QHash<QString, QString> written;
    for (qsizetype i = 0; i < contacts.rows.size(); ++i) {
        written.insert(contacts.value(i, QStringLiteral("CareConID")),
                       contacts.value(i, QStringLiteral("AttendCode")));
        const QDate day =
            QDate::fromString(contacts.value(i, QStringLiteral("CContactDate")), Qt::ISODate);
        CHECK(day >= from);
        CHECK(day <= to);
    }
    CHECK(written == expected);
    const QList<QStringList> before =
        rowsOf(clinic.db, QStringLiteral("SELECT id FROM appointment WHERE status = 'attended' AND "
                                         "appointment_date < '%1'")
                              .arg(iso(from)));
    REQUIRE_FALSE(before.isEmpty()); // contacts before the period, which it leaves out
    for (const QStringList &row : before)
        CHECK_FALSE(written.contains(row.at(0)));

    // Her care plan: the planned setting of the place of birth she chose.
    const CsvTable &plans = tables.value(QStringLiteral("MSD102MatCarePlan.csv"));
    QHash<QString, QString> chosen; // pregnancy id -> her latest plan's place of birth
    for (const QStringList &row :
         rowsOf(clinic.db, QStringLiteral("SELECT v.pregnancy_id, v.chosen_place_of_birth FROM "
                                          "care_plan_version v WHERE v.version = (SELECT "
                                          "max(version) FROM care_plan_version WHERE "
                                          "pregnancy_id = v.pregnancy_id)")))
        chosen.insert(row.at(0), row.at(1));
    QSet<QString> settings;
    for (qsizetype i = 0; i < plans.rows.size(); ++i) {
        const QString pregnancy = plans.value(i, QStringLiteral("PregnancyID"));
        const QString code = plans.value(i, QStringLiteral("PlannedDeliverySetting"));
        INFO("pregnancy " << pregnancy.toStdString() << " chose "
                          << chosen.value(pregnancy).toStdString());
        REQUIRE(chosen.contains(pregnancy));
        CHECK(code == kPlannedSetting.value(chosen.value(pregnancy)));
        settings.insert(code);
        CHECK(plans.value(i, QStringLiteral("CarePlanType")) == QStringLiteral("05"));
    }
    CHECK(settings.contains(QStringLiteral("04"))); // home
    CHECK(settings.contains(QStringLiteral("96"))); // undecided

    // The births: the three of the demonstration and Asha's today.
    const CsvTable &labours = tables.value(QStringLiteral("MSD301LabourDelivery.csv"));
    CHECK(labours.rows.size() == 4);
    const QString ashasBirth = firstValue(
        clinic.db, QStringLiteral("SELECT b.id FROM birth b JOIN pregnancy p ON p.id = "
                                  "b.pregnancy_id JOIN woman w ON w.id = p.woman_id WHERE "
                                  "w.nhs_number = '9434765919'"));
    const qsizetype asha = labours.column(QStringLiteral("LabourDeliveryID")).indexOf(ashasBirth);
    REQUIRE(asha >= 0);
    CHECK(labours.value(asha, QStringLiteral("LabourOnsetMethod")) == QStringLiteral("2"));
    CHECK(labours.value(asha, QStringLiteral("CaesareanDate")) == iso(clinic.today));

    const CsvTable &babies = tables.value(QStringLiteral("MSD401BabyDemographics.csv"));
    CHECK(babies.rows.size() == 5);
    QStringList twins;
    for (qsizetype i = 0; i < babies.rows.size(); ++i) {
        const QString id = babies.value(i, QStringLiteral("LPIDBaby"));
        REQUIRE(id.startsWith(QLatin1Char('B')));
        const QList<QStringList> stored = rowsOf(
            clinic.db, QStringLiteral("SELECT b.sex, bi.mode, b.birth_order, bi.birth_date FROM "
                                      "baby b JOIN birth bi ON bi.id = b.birth_id WHERE b.id = %1")
                           .arg(id.mid(1)));
        REQUIRE(stored.size() == 1);
        INFO("baby " << id.toStdString());
        CHECK(babies.value(i, QStringLiteral("PersonPhenSex")) == kSex.value(stored[0][0]));
        CHECK(babies.value(i, QStringLiteral("DeliveryMethodCode")) ==
              kDeliveryMethod.value(stored[0][1]));
        CHECK(babies.value(i, QStringLiteral("BirthOrderMaternitySUS")) == stored[0][2]);
        CHECK(babies.value(i, QStringLiteral("PersonBirthDateBaby")) == stored[0][3]);
        CHECK(babies.value(i, QStringLiteral("PregOutcome")) == QStringLiteral("01"));
        CHECK(babies.value(i, QStringLiteral("OrgIDLocalPatientIdBaby")) == QStringLiteral("RWE"));
        if (babies.value(i, QStringLiteral("LabourDeliveryID")) == ashasBirth)
            twins << babies.value(i, QStringLiteral("PersonPhenSex")) +
                         babies.value(i, QStringLiteral("PersonBirthTimeBaby"));
    }
    CHECK(twins == QStringList{QStringLiteral("903:12:00"), QStringLiteral("1")});
    // Every demonstration birth's mode is there: 8, and the vaginal births left empty.
    CHECK(babies.column(QStringLiteral("DeliveryMethodCode")).contains(QStringLiteral("8")));
    CHECK(babies.column(QStringLiteral("DeliveryMethodCode")).contains(QString()));

    // Her demographics once each, as stored.
    const CsvTable &mothers = tables.value(QStringLiteral("MSD001MotherDemog.csv"));
    const QStringList ids = mothers.column(QStringLiteral("LPIDMother"));
    CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());
    QHash<QString, QString> nhsNumbers; // woman id -> NHS number
    for (const QStringList &row :
         rowsOf(clinic.db, QStringLiteral("SELECT id, nhs_number FROM woman")))
        nhsNumbers.insert(row.at(0), row.at(1));
    for (qsizetype i = 0; i < mothers.rows.size(); ++i)
        CHECK(mothers.value(i, QStringLiteral("NHSNumberMother")) == nhsNumbers.value(ids[i]));
    const QStringList bookedBy = tables.value(QStringLiteral("MSD101PregnancyBooking.csv"))
                                     .column(QStringLiteral("LPIDMother"));
    CHECK(QSet<QString>(bookedBy.cbegin(), bookedBy.cend()) ==
          QSet<QString>(ids.cbegin(), ids.cend()));

    // Each woman in it has the export in her audit trail.
    CHECK(rowCount(clinic.db, QStringLiteral("SELECT count(DISTINCT woman_id) FROM audit_event "
                                             "WHERE event = 'export' AND what = 'MSDS return %1 "
                                             "to %2'")
                                  .arg(iso(from), iso(to))) == mothers.rows.size());
}

TEST_CASE("export-msds of a period without births writes the birth tables with their header "
          "only, and says so",
          "[cli][msds]")
{
    MsdsClinic clinic;
    const QDate from = clinic.today.addDays(-70);
    const QDate to = clinic.today.addDays(-40);
    const Run run = clinic.exportMsds(from, to);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QString::fromUtf8(run.out).contains(QStringLiteral("No births")));
    const QHash<QString, CsvTable> tables = readReturn(clinic.out);
    for (const QString &file : {QStringLiteral("MSD301LabourDelivery.csv"),
                                QStringLiteral("MSD401BabyDemographics.csv")}) {
        CHECK(tables.value(file).header.size() == kHeaders.value(file).second);
        CHECK(tables.value(file).rows.isEmpty());
    }
    const CsvTable &contacts = tables.value(QStringLiteral("MSD201CareContactPreg.csv"));
    REQUIRE_FALSE(contacts.rows.isEmpty());
    for (const QString &day : contacts.column(QStringLiteral("CContactDate"))) {
        CHECK(day >= iso(from));
        CHECK(day <= iso(to));
    }
}

TEST_CASE("export-msds refuses bad input with one line per problem naming its option, and "
          "writes nothing",
          "[cli][msds]")
{
    MsdsClinic clinic;
    const QString db = clinic.db;
    const auto refused = [&clinic](const QStringList &args) {
        const Run run = cli(
            QStringList{QStringLiteral("export-msds"), QStringLiteral("--db"), clinic.db} + args);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(clinic.out));
        return run.errLines();
    };
    const QStringList valid{QStringLiteral("--dir"), clinic.out, QStringLiteral("--org"),
                            QStringLiteral("RWE")};

    QStringList lines = refused(QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                                            QStringLiteral("--to"), QStringLiteral("31/03/2026")} +
                                valid);
    CHECK(lines == QStringList{QStringLiteral("--from: '2026-02-30' is not a date (YYYY-MM-DD)"),
                               QStringLiteral("--to: '31/03/2026' is not a date (YYYY-MM-DD)")});

    lines = refused(QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-02-28")} +
                    valid);
    CHECK(lines == QStringList{QStringLiteral("--to: 2026-02-28 is before --from 2026-03-01")});

    lines = refused({QStringLiteral("--from"), QStringLiteral("2026-03-01")});
    CHECK(lines == QStringList{QStringLiteral("--to: is required"),
                               QStringLiteral("--dir: is required"),
                               QStringLiteral("--org: is required")});

    lines = refused({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-03-31"), QStringLiteral("--dir"), clinic.out,
                     QStringLiteral("--org"), QStringLiteral("Royal Infirmary")});
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().startsWith(QStringLiteral("--org: 'Royal Infirmary' is not an ODS")));

    // Who may not see every woman's record and the service's figures: refused, nothing written.
    lines = refused(QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                QStringLiteral("--as"), QStringLiteral("admin")} +
                    valid);
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().startsWith(QStringLiteral("--as: An administrator may not")));

    // A folder that is a file.
    QFile file(clinic.scratch.file(QStringLiteral("not-a-folder")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const Run intoFile = cli(
        {QStringLiteral("export-msds"), QStringLiteral("--db"), db, QStringLiteral("--from"),
         QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
         QStringLiteral("--dir"), file.fileName(), QStringLiteral("--org"), QStringLiteral("RWE")});
    CHECK(intoFile.exitCode == 2);
    CHECK(intoFile.errLines() ==
          QStringList{QStringLiteral("--dir: %1 is a file, not a folder").arg(file.fileName())});
    CHECK(QFileInfo(file.fileName()).size() == 0);
}

TEST_CASE("export-msds never writes over the database, even one named as a table's file",
          "[cli][msds]")
{
    test::ScratchDir scratch;
    const QString dir = scratch.file(QStringLiteral("returns"));
    REQUIRE(QDir().mkpath(dir));
    const QString db = QDir(dir).filePath(QStringLiteral("MSD102MatCarePlan.csv"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QByteArray before = test::readFile(db);
    const Run run =
        cli({QStringLiteral("export-msds"), QStringLiteral("--db"), db, QStringLiteral("--from"),
             QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
             QStringLiteral("--dir"), dir, QStringLiteral("--org"), QStringLiteral("RWE")});
    CHECK(run.exitCode == 2);
    CHECK(run.errLines() ==
          QStringList{
              QStringLiteral("--dir: %1 is the database itself; give another folder").arg(db)});
    CHECK(test::readFile(db) == before);
    CHECK(QDir(dir).entryList({QStringLiteral("*.csv")}, QDir::Files) ==
          QStringList{QStringLiteral("MSD102MatCarePlan.csv")});
}
