// SPDX-License-Identifier: MIT
// record-loss, referrals, referral, worklist and entered-in-error end to end: a miscarriage
// cancels her appointments still to come and puts her on the bereavement team's queue and her
// midwife's referrals, never on a routine list; bad input exits 2 and changes nothing.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bb;
using namespace bb::clitest;

namespace {

/// A demo clinic with Asha, booked ten weeks ago at 9 weeks (19 weeks now), named to midwife 1
/// and with her contacts for the next weeks booked.
struct BookedDb
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    QDate today = QDate::currentDate();
    QString nhs = QStringLiteral("9434765919");

    BookedDb()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                    .exitCode == 0);
        importAsha(db, today, 10, 9);
        const Run named =
            run({QStringLiteral("assign"), QStringLiteral("--midwife"), QStringLiteral("1"),
                 QStringLiteral("--team"), QStringLiteral("City Continuity Team"),
                 QStringLiteral("--date"), today.addDays(-70).toString(Qt::ISODate)});
        INFO(named.err.toStdString());
        REQUIRE(named.exitCode == 0);
        const Run booked =
            cli({QStringLiteral("schedule"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                 today.toString(Qt::ISODate), QStringLiteral("--weeks"), QStringLiteral("12")});
        INFO(booked.err.toStdString());
        REQUIRE(booked.exitCode == 0);
        REQUIRE(herBooked() > 0);
    }
    Run run(const QStringList &command) const
    {
        return cli(QStringList{command.front(), QStringLiteral("--db"), db,
                               QStringLiteral("--nhs-number"), nhs} +
                   command.mid(1));
    }
    int herBooked() const
    {
        return rowCount(db, QStringLiteral("SELECT count(*) FROM appointment a JOIN pregnancy p "
                                           "ON p.id = a.pregnancy_id JOIN woman w ON w.id = "
                                           "p.woman_id WHERE w.nhs_number = '%1' AND a.status = "
                                           "'booked'")
                                .arg(nhs));
    }
    QJsonObject json(const QStringList &args) const
    {
        const Run r = cli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out).object();
    }
};

QStringList nhsNumbersIn(const QJsonArray &items)
{
    QStringList numbers;
    for (const QJsonValue &item : items)
        numbers << item.toObject().value(QStringLiteral("nhs_number")).toString();
    return numbers;
}

} // namespace

TEST_CASE(
    "record-loss cancels what was to come and makes the bereavement referrals, then referrals "
    "lists them and referral moves one on",
    "[cli][loss]")
{
    BookedDb d;
    const int booked = d.herBooked();
    const QString yesterday = d.today.addDays(-1).toString(Qt::ISODate);
    const Run lost = d.run({QStringLiteral("record-loss"), QStringLiteral("--date"), yesterday,
                            QStringLiteral("--kind"), QStringLiteral("miscarriage")});
    INFO(lost.err.toStdString());
    REQUIRE(lost.exitCode == 0);
    CHECK(lost.out.contains("Recorded miscarriage on " + yesterday.toUtf8()));
    CHECK(d.herBooked() == 0);
    CHECK(rowCount(d.db, QStringLiteral("SELECT count(*) FROM appointment WHERE reason = "
                                        "'pregnancy loss'")) == booked);

    const Run csv =
        cli({QStringLiteral("referrals"), QStringLiteral("--db"), d.db, QStringLiteral("--team"),
             QStringLiteral("bereavement"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines =
        QString::fromUtf8(csv.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("nhs_number,code,team,status,created,updated"));
    CHECK(lines[1].startsWith(
        QStringLiteral("9434765919,referral_bereavement,bereavement,suggested,")));
    // Her GP and health visitor are told too, each an item on the list.
    const QJsonArray all = d.json({QStringLiteral("referrals"), QStringLiteral("--db"), d.db,
                                   QStringLiteral("--format"), QStringLiteral("json")})
                               .value(QStringLiteral("referrals"))
                               .toArray();
    QStringList hers;
    qint64 bereavementId = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("nhs_number")).toString() != d.nhs)
            continue;
        hers << o.value(QStringLiteral("code")).toString();
        CHECK(o.value(QStringLiteral("after_loss")).toBool());
        if (o.value(QStringLiteral("code")).toString() == QStringLiteral("referral_bereavement"))
            bereavementId = o.value(QStringLiteral("id")).toInteger();
    }
    CHECK(hers == QStringList{QStringLiteral("referral_bereavement"), QStringLiteral("inform_gp"),
                              QStringLiteral("inform_health_visitor")});
    REQUIRE(bereavementId > 0);

    const Run sent =
        cli({QStringLiteral("referral"), QStringLiteral("--db"), d.db, QStringLiteral("--id"),
             QString::number(bereavementId), QStringLiteral("--status"), QStringLiteral("sent"),
             QStringLiteral("--as"), QStringLiteral("priya.mistry")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(rowCount(d.db, QStringLiteral("SELECT count(*) FROM referral_change WHERE referral_id = "
                                        "%1 AND status = 'sent' AND changed_by = 'Priya Mistry'")
                             .arg(bereavementId)) == 1);
    // A second loss of the same pregnancy is refused.
    const Run again = d.run({QStringLiteral("record-loss"), QStringLiteral("--date"), yesterday,
                             QStringLiteral("--kind"), QStringLiteral("miscarriage")});
    CHECK(again.exitCode == 2);
    CHECK(again.errLines().value(0).startsWith(QStringLiteral("--nhs-number:")));
}

TEST_CASE("worklist lists her midwife's day, and after her loss only her referrals", "[cli][loss]")
{
    BookedDb d;
    // The day of her first contact booked with midwife 1.
    const QDate firstContact = QDate::fromString(
        firstValue(d.db, QStringLiteral("SELECT min(a.appointment_date) FROM appointment a JOIN "
                                        "pregnancy p ON p.id = a.pregnancy_id JOIN woman w ON "
                                        "w.id = p.woman_id WHERE w.nhs_number = '%1' AND "
                                        "a.status = 'booked' AND a.clinician_id = 1")
                             .arg(d.nhs)),
        Qt::ISODate);
    REQUIRE(firstContact.isValid());
    const qint64 inDays = d.today.daysTo(firstContact);
    REQUIRE(inDays >= 0);
    const QString contactDay = d.today.addDays(inDays).toString(Qt::ISODate);
    const QJsonObject before =
        d.json({QStringLiteral("worklist"), QStringLiteral("--db"), d.db,
                QStringLiteral("--clinician"), QStringLiteral("1"), QStringLiteral("--date"),
                contactDay, QStringLiteral("--format"), QStringLiteral("json")});
    for (const char *key : {"due", "overdue", "results", "referrals", "near_41_weeks"})
        CHECK(before.value(QLatin1String(key)).isArray());
    CHECK(nhsNumbersIn(before.value(QStringLiteral("due")).toArray()).contains(d.nhs));
    // A later day does not count the days before it that have not come yet as not recorded.
    CHECK(before.value(QStringLiteral("overdue")).toArray().isEmpty());

    REQUIRE(
        d.run({QStringLiteral("record-loss"), QStringLiteral("--date"),
               d.today.toString(Qt::ISODate), QStringLiteral("--kind"), QStringLiteral("ectopic")})
            .exitCode == 0);
    const QJsonObject after = d.json({QStringLiteral("worklist"), QStringLiteral("--db"), d.db,
                                      QStringLiteral("--clinician"), QStringLiteral("1"),
                                      QStringLiteral("--date"), contactDay});
    for (const char *key :
         {"due", "overdue", "results", "near_41_weeks", "home_births_near", "blood_spots_due"})
        CHECK_FALSE(nhsNumbersIn(after.value(QLatin1String(key)).toArray()).contains(d.nhs));
    CHECK(nhsNumbersIn(after.value(QStringLiteral("referrals")).toArray()).count(d.nhs) == 3);
}

TEST_CASE("record-loss, referral and worklist refuse bad arguments with exit 2 and change nothing",
          "[cli][loss]")
{
    BookedDb d;
    const int booked = d.herBooked();
    const QString yesterday = d.today.addDays(-1).toString(Qt::ISODate);
    const QList<QStringList> bad{
        {QStringLiteral("record-loss"), QStringLiteral("--date"), yesterday,
         QStringLiteral("--kind"), QStringLiteral("lost")},
        {QStringLiteral("record-loss"), QStringLiteral("--date"), QStringLiteral("2026-02-30"),
         QStringLiteral("--kind"), QStringLiteral("miscarriage")},
        {QStringLiteral("record-loss"), QStringLiteral("--kind"), QStringLiteral("miscarriage")},
        {QStringLiteral("record-loss"), QStringLiteral("--date"),
         d.today.addDays(1).toString(Qt::ISODate), QStringLiteral("--kind"),
         QStringLiteral("miscarriage")},
        // 19 weeks: a stillbirth is at 24+0 or later.
        {QStringLiteral("record-loss"), QStringLiteral("--date"), yesterday,
         QStringLiteral("--kind"), QStringLiteral("stillbirth")},
        {QStringLiteral("record-loss"), QStringLiteral("--date"), yesterday,
         QStringLiteral("--kind"), QStringLiteral("neonatal_death")},
    };
    for (const QStringList &args : bad) {
        const Run r = d.run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.errLines().isEmpty());
    }
    const Run nobody =
        cli({QStringLiteral("record-loss"), QStringLiteral("--db"), d.db,
             QStringLiteral("--nhs-number"), QStringLiteral("9434765870"), QStringLiteral("--date"),
             yesterday, QStringLiteral("--kind"), QStringLiteral("miscarriage")});
    CHECK(nobody.exitCode == 2);
    for (const QStringList &args :
         {QStringList{QStringLiteral("referral"), QStringLiteral("--db"), d.db,
                      QStringLiteral("--id"), QStringLiteral("99999"), QStringLiteral("--status"),
                      QStringLiteral("sent")},
          QStringList{QStringLiteral("referral"), QStringLiteral("--db"), d.db,
                      QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--status"),
                      QStringLiteral("lost")},
          QStringList{QStringLiteral("referrals"), QStringLiteral("--db"), d.db,
                      QStringLiteral("--team"), QStringLiteral("dentists")},
          QStringList{QStringLiteral("worklist"), QStringLiteral("--db"), d.db,
                      QStringLiteral("--clinician"), QStringLiteral("9999"),
                      QStringLiteral("--date"), yesterday},
          QStringList{QStringLiteral("worklist"), QStringLiteral("--db"), d.db,
                      QStringLiteral("--clinician"), QStringLiteral("1"), QStringLiteral("--date"),
                      QStringLiteral("tomorrow")}}) {
        const Run r = cli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.errLines().isEmpty());
    }
    CHECK(d.herBooked() == booked);
    CHECK(rowCount(d.db, QStringLiteral("SELECT count(*) FROM pregnancy_loss")) == 0);
    CHECK(rowCount(d.db, QStringLiteral("SELECT count(*) FROM referral_change WHERE status <> "
                                        "'suggested'")) == 0);
}

TEST_CASE("entered-in-error hides her pregnancy from the lists and keeps it", "[cli][loss]")
{
    BookedDb d;
    const Run noReason = d.run(
        {QStringLiteral("entered-in-error"), QStringLiteral("--reason"), QStringLiteral(" ")});
    CHECK(noReason.exitCode == 2);
    const Run done = d.run({QStringLiteral("entered-in-error"), QStringLiteral("--reason"),
                            QStringLiteral("Booked on the wrong woman")});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(d.herBooked() == 0);
    CHECK(rowCount(d.db, QStringLiteral("SELECT count(*) FROM pregnancy p JOIN woman w ON w.id = "
                                        "p.woman_id WHERE w.nhs_number = '9434765919' AND "
                                        "p.in_error = 1")) == 1);
    const QJsonObject day =
        d.json({QStringLiteral("worklist"), QStringLiteral("--db"), d.db,
                QStringLiteral("--clinician"), QStringLiteral("1"), QStringLiteral("--date"),
                d.today.addDays(7 * 12).toString(Qt::ISODate)});
    for (const QString &key : day.keys()) {
        if (day.value(key).isArray())
            CHECK_FALSE(nhsNumbersIn(day.value(key).toArray()).contains(d.nhs));
    }
}
