// SPDX-License-Identifier: MIT
// record-contact with measurements, contacts and take-plan-change, end to end: the JSON the
// issue documents, the plan change taken into a new version, and bad input refused whole.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bb;
using namespace bb::clitest;

namespace {

/// A demo clinic with one more woman, booked 20 weeks ago at 8 weeks: 28 weeks today.
struct ContactDb
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    QDate today = QDate::currentDate();
    QString nhs = QStringLiteral("9434765919");

    ContactDb()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                    .exitCode == 0);
        importAsha(db, today, 20, 8);
    }
    Run record(const QStringList &more) const
    {
        return cli(QStringList{QStringLiteral("record-contact"), QStringLiteral("--db"), db,
                               QStringLiteral("--nhs-number"), nhs, QStringLiteral("--clinician"),
                               QStringLiteral("2"), QStringLiteral("--attended"),
                               QStringLiteral("yes"), QStringLiteral("--as"),
                               QStringLiteral("hannah.cooper")} +
                   more);
    }
};

QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    INFO(run.out.toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("record-contact prints the rules' actions and the plan change as JSON, and "
          "take-plan-change makes the new version",
          "[cli][contacts]")
{
    ContactDb c;
    const Run run = c.record(
        {QStringLiteral("--date"), c.today.toString(Qt::ISODate), QStringLiteral("--bp"),
         QStringLiteral("150/95"), QStringLiteral("--urine-protein"), QStringLiteral("2+"),
         QStringLiteral("--sfh-cm"), QStringLiteral("28"), QStringLiteral("--movements"),
         QStringLiteral("normal"), QStringLiteral("--condition"), QStringLiteral("pre_eclampsia"),
         QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject out = jsonOf(run);
    CHECK(out[QStringLiteral("contact_id")].toInteger() > 0);
    CHECK(out[QStringLiteral("gestation")].toString() == QStringLiteral("28+0"));
    QStringList codes;
    for (const QJsonValue &a : out[QStringLiteral("actions")].toArray()) {
        codes << a[QStringLiteral("code")].toString();
        CHECK_FALSE(a[QStringLiteral("source")].toString().isEmpty());
        CHECK_FALSE(a[QStringLiteral("reasons")].toArray().isEmpty());
    }
    CHECK(codes == QStringList{QStringLiteral("bp_same_day_assessment")});
    const QJsonObject change = out[QStringLiteral("plan_change")].toObject();
    CHECK(change[QStringLiteral("pathway")][QStringLiteral("from")] ==
          QStringLiteral("midwife_led"));
    CHECK(change[QStringLiteral("pathway")][QStringLiteral("to")] ==
          QStringLiteral("obstetric_led"));
    const QJsonObject places = change[QStringLiteral("birth_places")].toObject();
    for (const char *setting : {"home", "freestanding_midwifery_unit", "alongside_midwifery_unit"})
        CHECK(places[QLatin1String(setting)][QStringLiteral("to")] ==
              QStringLiteral("obstetric_unit_recommended"));

    const Run listed = cli({QStringLiteral("contacts"), QStringLiteral("--db"), c.db,
                            QStringLiteral("--nhs-number"), c.nhs, QStringLiteral("--format"),
                            QStringLiteral("json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray contacts = jsonOf(listed)[QStringLiteral("contacts")].toArray();
    REQUIRE(contacts.size() == 1);
    CHECK(contacts[0][QStringLiteral("bp")] == QStringLiteral("150/95"));
    CHECK(contacts[0][QStringLiteral("urine_protein")] == QStringLiteral("2+"));
    CHECK(contacts[0][QStringLiteral("sfh_cm")].toDouble() == 28.0);
    CHECK(contacts[0][QStringLiteral("actions")].toArray().size() == 1);

    const QStringList take{QStringLiteral("take-plan-change"),
                           QStringLiteral("--db"),
                           c.db,
                           QStringLiteral("--nhs-number"),
                           c.nhs,
                           QStringLiteral("--as"),
                           QStringLiteral("hannah.cooper")};
    const QString versions = QStringLiteral("SELECT count(*) FROM care_plan_version");
    const int before = rowCount(c.db, versions);
    const Run taken = cli(take);
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    CHECK(taken.out.contains("Made version 2"));
    CHECK(rowCount(c.db, versions) == before + 1);
    const Run again = cli(take);
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains("nothing to take"));
}

TEST_CASE("record-contact refuses bad input with one line per problem and stores nothing",
          "[cli][contacts]")
{
    ContactDb c;
    const int appointments = rowCount(c.db, QStringLiteral("SELECT count(*) FROM appointment"));
    const Run bad = c.record({QStringLiteral("--date"), c.today.addDays(1).toString(Qt::ISODate),
                              QStringLiteral("--bp"), QStringLiteral("300/20"),
                              QStringLiteral("--presentation"), QStringLiteral("sideways"),
                              QStringLiteral("--condition"), QStringLiteral("pre-eclampsia"),
                              QStringLiteral("--urine-glucose"), QStringLiteral("lots")});
    CHECK(bad.exitCode == 2);
    const QStringList lines = bad.errLines();
    INFO(bad.err.toStdString());
    CHECK(lines.filter(QStringLiteral("--date: ")).size() == 1);
    CHECK(lines.filter(QStringLiteral("--bp: ")).size() == 2);
    CHECK(lines.filter(QStringLiteral("--presentation: 'sideways'")).size() == 1);
    CHECK(lines.filter(QStringLiteral("--condition: 'pre-eclampsia'")).size() == 1);
    CHECK(lines.filter(QStringLiteral("--urine-glucose: 'lots'")).size() == 1);
    const Run before = c.record({QStringLiteral("--date"), QStringLiteral("2020-01-01")});
    CHECK(before.exitCode == 2);
    CHECK(before.err.contains("--date: 2020-01-01 is before her booking"));
    CHECK(rowCount(c.db, QStringLiteral("SELECT count(*) FROM antenatal_contact")) == 0);
    CHECK(rowCount(c.db, QStringLiteral("SELECT count(*) FROM appointment")) == appointments);
}

TEST_CASE("record-contact refuses a control character or an overlong note or venue, naming the "
          "option, and stores nothing",
          "[cli][contacts][input]")
{
    ContactDb f;
    const QString date = f.today.toString(Qt::ISODate);
    const Run bell = f.record(
        {QStringLiteral("--date"), date, QStringLiteral("--notes"), QStringLiteral("BP fine\aok")});
    CHECK(bell.exitCode == 2);
    CHECK(bell.errLines() == QStringList{QStringLiteral(
                                 "--notes: holds a control character (U+0007 at character 8)")});
    const Run long_ = f.record({QStringLiteral("--date"), date, QStringLiteral("--venue"),
                                QString(201, QLatin1Char('v'))});
    CHECK(long_.exitCode == 2);
    CHECK(long_.errLines() ==
          QStringList{QStringLiteral("--venue: is longer than 200 characters")});
    CHECK(rowCount(f.db, QStringLiteral("SELECT count(*) FROM antenatal_contact")) == 0);
}

TEST_CASE("import-booking refuses a key given twice and half a surrogate pair, with the path",
          "[cli][input]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    initEmpty(db);
    const QByteArray twice = R"({"format": "bbclinic-booking/1",
        "woman": {"nhs_number": "9434765919", "given_name": "Asha", "family_name": "Patel",
                  "family_name": "Smith", "date_of_birth": "1994-07-09"},
        "pregnancy": {"booking_date": "2026-10-12", "lmp": "2026-08-10"}})";
    const Run doubled = cli(
        {QStringLiteral("import-booking"), QStringLiteral("--db"), db, QStringLiteral("-")}, twice);
    CHECK(doubled.exitCode == 2);
    CHECK(doubled.errLines() ==
          QStringList{QStringLiteral("woman.family_name: is given more than once in its object")});
    QByteArray half = twice;
    half.replace(R"("family_name": "Smith", )", "");
    half.replace("Asha", R"(Ash\udc00a)");
    const Run surrogate = cli(
        {QStringLiteral("import-booking"), QStringLiteral("--db"), db, QStringLiteral("-")}, half);
    CHECK(surrogate.exitCode == 2);
    CHECK(surrogate.errLines() ==
          QStringList{QStringLiteral("woman.given_name: holds \\udc00, half of a surrogate pair, "
                                     "which is not a character")});
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM woman")) == 0);
}
