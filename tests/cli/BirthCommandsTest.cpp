// SPDX-License-Identifier: MIT
// record-birth end to end: twins (found only at the birth) given with --baby, the JSON it prints,
// the pregnancy delivered with no antenatal appointment left booked, and bad input refused whole.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bb;
using namespace bb::clitest;

namespace {

/// A demo clinic with one more woman, booked 30 weeks ago at 9 weeks: 39 weeks today.
struct BirthDb
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    QDate today = QDate::currentDate();
    QString nhs = QStringLiteral("9434765919");

    BirthDb()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                    .exitCode == 0);
        importAsha(db, today, 30, 9);
        // Her 41-week contact booked, which the birth cancels.
        const Run scheduled =
            cli({QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                 today.toString(Qt::ISODate), QStringLiteral("--weeks"), QStringLiteral("4")});
        INFO(scheduled.err.toStdString());
        REQUIRE(scheduled.exitCode == 0);
    }
    Run record(const QStringList &more) const
    {
        return cli(QStringList{QStringLiteral("record-birth"), QStringLiteral("--db"), db,
                               QStringLiteral("--nhs-number"), nhs, QStringLiteral("--date"),
                               today.toString(Qt::ISODate), QStringLiteral("--as"),
                               QStringLiteral("hannah.cooper")} +
                   more);
    }
    int booked(const char *kindCondition) const
    {
        return rowCount(db, QStringLiteral("SELECT count(*) FROM appointment a JOIN pregnancy p "
                                           "ON p.id = a.pregnancy_id JOIN woman w ON w.id = "
                                           "p.woman_id WHERE w.nhs_number = '%1' AND a.status = "
                                           "'booked' AND %2")
                                .arg(nhs, QLatin1String(kindCondition)));
    }
};

QJsonObject jsonOf(const Run &run)
{
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("record-birth records twins by emergency caesarean, delivers the pregnancy and books "
          "her postnatal contacts",
          "[cli][births]")
{
    BirthDb b;
    REQUIRE(b.booked("a.kind <> 'postnatal_contact'") > 0);
    const Run run = b.record({QStringLiteral("--time"),
                              QStringLiteral("03:12"),
                              QStringLiteral("--setting"),
                              QStringLiteral("obstetric_unit"),
                              QStringLiteral("--planned-setting"),
                              QStringLiteral("obstetric_unit"),
                              QStringLiteral("--mode"),
                              QStringLiteral("emergency_caesarean"),
                              QStringLiteral("--clinicians"),
                              QStringLiteral("2,3"),
                              QStringLiteral("--blood-loss-ml"),
                              QStringLiteral("900"),
                              QStringLiteral("--outcome"),
                              QStringLiteral("live_birth"),
                              QStringLiteral("--weight-g"),
                              QStringLiteral("2610"),
                              QStringLiteral("--sex"),
                              QStringLiteral("female"),
                              QStringLiteral("--apgar"),
                              QStringLiteral("8/9"),
                              QStringLiteral("--baby"),
                              QStringLiteral("live_birth:2480:male:7/9"),
                              QStringLiteral("--format"),
                              QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = jsonOf(run);
    CHECK(json.value(QStringLiteral("gestation")).toString() == QStringLiteral("39+0"));
    const QJsonArray babies = json.value(QStringLiteral("babies")).toArray();
    REQUIRE(babies.size() == 2);
    CHECK(babies.at(1).toObject().value(QStringLiteral("weight_g")).toInt() == 2480);
    CHECK(json.value(QStringLiteral("postnatal_contacts")).toArray().size() +
              json.value(QStringLiteral("not_planned")).toArray().size() ==
          3);
    // RCOG GTG 37a: a caesarean in labour scores 2: LMWH for at least 10 days.
    const QJsonObject vte = json.value(QStringLiteral("postnatal_vte")).toObject();
    CHECK(vte.value(QStringLiteral("lmwh")).toString() == QStringLiteral("ten_days"));
    CHECK(vte.value(QStringLiteral("source")).toString() == QStringLiteral("RCOG GTG 37a"));
    CHECK(json.value(QStringLiteral("blood_spot")).toArray().size() == 2);

    CHECK(rowCount(b.db, QStringLiteral("SELECT count(*) FROM baby")) == 2);
    CHECK(rowCount(b.db, QStringLiteral("SELECT count(*) FROM pregnancy p JOIN woman w ON "
                                        "w.id = p.woman_id WHERE w.nhs_number = '%1' AND "
                                        "p.status = 'delivered'")
                             .arg(b.nhs)) == 1);
    CHECK(b.booked("a.kind <> 'postnatal_contact'") == 0);
}

TEST_CASE("record-birth refuses bad input with one line per problem and stores nothing",
          "[cli][births]")
{
    BirthDb b;
    const Run run =
        b.record({QStringLiteral("--setting"), QStringLiteral("car_park"), QStringLiteral("--mode"),
                  QStringLiteral("spontaneous_vaginal"), QStringLiteral("--clinicians"),
                  QStringLiteral("2,x"), QStringLiteral("--outcome"), QStringLiteral("live_birth"),
                  QStringLiteral("--weight-g"), QStringLiteral("3400"), QStringLiteral("--apgar"),
                  QStringLiteral("nine"), QStringLiteral("--baby"), QStringLiteral("twins")});
    CHECK(run.exitCode == 2);
    const QStringList lines = run.errLines();
    CHECK(lines.size() == 4);
    CHECK(lines.filter(QStringLiteral("--setting")).size() == 1);
    CHECK(lines.filter(QStringLiteral("--clinicians")).size() == 1);
    CHECK(lines.filter(QStringLiteral("--apgar")).size() == 1);
    CHECK(lines.filter(QStringLiteral("--baby")).size() == 1);

    // The rules' problems name the option to fix: a home birth that was planned in hospital
    // with no reason, and a 5-minute Apgar of 5 without the 10-minute one.
    const Run refused = b.record(
        {QStringLiteral("--setting"), QStringLiteral("home"), QStringLiteral("--planned-setting"),
         QStringLiteral("obstetric_unit"), QStringLiteral("--mode"),
         QStringLiteral("spontaneous_vaginal"), QStringLiteral("--clinicians"), QStringLiteral("2"),
         QStringLiteral("--outcome"), QStringLiteral("live_birth"), QStringLiteral("--weight-g"),
         QStringLiteral("3400"), QStringLiteral("--apgar"), QStringLiteral("4/5")});
    CHECK(refused.exitCode == 2);
    const QStringList problems = refused.errLines();
    INFO(refused.err.toStdString());
    CHECK(problems.filter(QStringLiteral("--setting-reason")).size() == 1);
    CHECK(problems.filter(QStringLiteral("apgar_10")).size() == 1);
    CHECK(rowCount(b.db, QStringLiteral("SELECT count(*) FROM birth")) == 0);
    CHECK(rowCount(b.db, QStringLiteral("SELECT count(*) FROM pregnancy WHERE status = "
                                        "'delivered'")) == 0);
}

TEST_CASE("record-postnatal judges the mother and her baby by the rules after the birth, and "
          "refuses a contact before the birth",
          "[cli][births][postnatal]")
{
    BirthDb b;
    const QString born = b.today.addDays(-3).toString(Qt::ISODate);
    const Run birth = cli({QStringLiteral("record-birth"),
                           QStringLiteral("--db"),
                           b.db,
                           QStringLiteral("--nhs-number"),
                           b.nhs,
                           QStringLiteral("--date"),
                           born,
                           QStringLiteral("--setting"),
                           QStringLiteral("home"),
                           QStringLiteral("--planned-setting"),
                           QStringLiteral("home"),
                           QStringLiteral("--mode"),
                           QStringLiteral("spontaneous_vaginal"),
                           QStringLiteral("--clinicians"),
                           QStringLiteral("2"),
                           QStringLiteral("--outcome"),
                           QStringLiteral("live_birth"),
                           QStringLiteral("--weight-g"),
                           QStringLiteral("3400"),
                           QStringLiteral("--apgar"),
                           QStringLiteral("9/10")});
    INFO(birth.err.toStdString());
    REQUIRE(birth.exitCode == 0);

    const QStringList common{QStringLiteral("record-postnatal"),
                             QStringLiteral("--db"),
                             b.db,
                             QStringLiteral("--nhs-number"),
                             b.nhs,
                             QStringLiteral("--clinician"),
                             QStringLiteral("2"),
                             QStringLiteral("--role"),
                             QStringLiteral("midwife")};
    const Run run =
        cli(common + QStringList{QStringLiteral("--date"), b.today.toString(Qt::ISODate),
                                 QStringLiteral("--bp"), QStringLiteral("152/96"),
                                 QStringLiteral("--baby-weight-g"), QStringLiteral("3050"),
                                 QStringLiteral("--jaundice"), QStringLiteral("under_24h"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = jsonOf(run);
    CHECK(json.value(QStringLiteral("day")).toInt() == 3);
    QStringList codes;
    for (const QJsonValue &a : json.value(QStringLiteral("actions")).toArray())
        codes << a.toObject().value(QStringLiteral("code")).toString();
    // 3050 g is 10.3% below 3400 g; 152/96 is over 150/100's systolic.
    CHECK(codes == QStringList{QStringLiteral("bp_review"), QStringLiteral("feeding_assessment"),
                               QStringLiteral("jaundice_urgent_assessment")});
    CHECK(rowCount(b.db, QStringLiteral("SELECT count(*) FROM postnatal_contact")) == 1);

    const Run early = cli(
        common + QStringList{QStringLiteral("--date"), b.today.addDays(-4).toString(Qt::ISODate)});
    CHECK(early.exitCode == 2);
    CHECK(early.errLines().filter(QStringLiteral("--date")).size() == 1);
    const Run badRole =
        cli(QStringList{QStringLiteral("record-postnatal"), QStringLiteral("--db"), b.db,
                        QStringLiteral("--nhs-number"), b.nhs, QStringLiteral("--clinician"),
                        QStringLiteral("2"), QStringLiteral("--role"), QStringLiteral("doula"),
                        QStringLiteral("--date"), b.today.toString(Qt::ISODate)});
    CHECK(badRole.exitCode == 2);
    // A weight is whole grams, never rounded; the mood questions are answered together.
    const Run fraction =
        cli(common + QStringList{QStringLiteral("--date"), b.today.toString(Qt::ISODate),
                                 QStringLiteral("--baby-weight-g"), QStringLiteral("3050.7")});
    CHECK(fraction.exitCode == 2);
    CHECK(fraction.errLines().filter(QStringLiteral("--baby-weight-g")).size() == 1);
    const Run halfAsked =
        cli(common + QStringList{QStringLiteral("--date"), b.today.toString(Qt::ISODate),
                                 QStringLiteral("--low-mood"), QStringLiteral("yes")});
    CHECK(halfAsked.exitCode == 2);
    CHECK(rowCount(b.db, QStringLiteral("SELECT count(*) FROM postnatal_contact")) == 1);
}
