// SPDX-License-Identifier: MIT
// move-baby, discharge and print --document handover|discharge end to end: a baby moved to the
// neonatal unit, her discharge with her answer, both documents printed with her and her baby's
// identifiers, and bad input refused with exit 2 and nothing changed.
#include "CliSupport.h"
#include "TestSupport.h"

using namespace bb;
using namespace bb::clitest;

namespace {

/// A demo clinic with Asha, whose baby was born five days ago.
struct DeliveredDb
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    QDate today = QDate::currentDate();
    QString nhs = QStringLiteral("9434765919");

    DeliveredDb()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                    .exitCode == 0);
        importAsha(db, today, 30, 9);
        const Run born =
            run({QStringLiteral("record-birth"), QStringLiteral("--date"),
                 today.addDays(-5).toString(Qt::ISODate), QStringLiteral("--setting"),
                 QStringLiteral("obstetric_unit"), QStringLiteral("--mode"),
                 QStringLiteral("spontaneous_vaginal"), QStringLiteral("--clinicians"),
                 QStringLiteral("1"), QStringLiteral("--outcome"), QStringLiteral("live_birth"),
                 QStringLiteral("--weight-g"), QStringLiteral("3300"), QStringLiteral("--apgar"),
                 QStringLiteral("9/10")});
        INFO(born.err.toStdString());
        REQUIRE(born.exitCode == 0);
    }
    Run run(const QStringList &command) const
    {
        QStringList args{command.front(), QStringLiteral("--db"), db,
                         QStringLiteral("--nhs-number"), nhs};
        return cli(args + command.mid(1));
    }
    int rows(const char *table) const
    {
        return rowCount(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
};

} // namespace

TEST_CASE("move-baby records her baby in the neonatal unit and refuses a unit not in the "
          "directory",
          "[cli][discharge]")
{
    DeliveredDb d;
    const QString day = d.today.addDays(-4).toString(Qt::ISODate);
    const Run unknown = d.run({QStringLiteral("move-baby"), QStringLiteral("--date"), day,
                               QStringLiteral("--to"), QStringLiteral("neonatal_unit"),
                               QStringLiteral("--unit"), QStringLiteral("Ward 9")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.errLines().value(0).startsWith(QStringLiteral("--unit: 'Ward 9' is not in")));
    const Run noWhere = d.run({QStringLiteral("move-baby"), QStringLiteral("--date"), day,
                               QStringLiteral("--to"), QStringLiteral("ward")});
    CHECK(noWhere.exitCode == 2);
    CHECK(d.rows("baby_care") == 0);

    const Run moved =
        d.run({QStringLiteral("move-baby"), QStringLiteral("--date"), day, QStringLiteral("--to"),
               QStringLiteral("neonatal_unit"), QStringLiteral("--unit"),
               QStringLiteral("Leicester Neonatal Service, Leicester Royal Infirmary"),
               QStringLiteral("--reason"), QStringLiteral("Breathing fast")});
    INFO(moved.err.toStdString());
    CHECK(moved.exitCode == 0);
    CHECK(d.rows("baby_care") == 1);
}

TEST_CASE("discharge with her answer, then the handover and her summary print", "[cli][discharge]")
{
    DeliveredDb d;
    const QString pdf = d.scratch.file(QStringLiteral("handover.pdf"));
    // Not discharged yet: nothing to print.
    const Run early = d.run({QStringLiteral("print"), QStringLiteral("--document"),
                             QStringLiteral("handover"), QStringLiteral("--out"), pdf});
    CHECK(early.exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));

    const Run discharged =
        d.run({QStringLiteral("discharge"), QStringLiteral("--date"), d.today.toString(Qt::ISODate),
               QStringLiteral("--health-visitor"), QStringLiteral("Belgrave health visiting team"),
               QStringLiteral("--baby-nhs-number"), QStringLiteral("943 476 5870"),
               QStringLiteral("--fft"), QStringLiteral("good"), QStringLiteral("--comment"),
               QStringLiteral("Asha Patel: the midwives were kind")});
    INFO(discharged.err.toStdString());
    REQUIRE(discharged.exitCode == 0);
    CHECK(rowCount(d.db, QStringLiteral("SELECT count(*) FROM feedback WHERE answer = 'good' AND "
                                        "comment = '[name]: the midwives were kind'")) == 1);

    const Run handover = d.run({QStringLiteral("print"), QStringLiteral("--document"),
                                QStringLiteral("handover"), QStringLiteral("--out"), pdf});
    INFO(handover.err.toStdString());
    REQUIRE(handover.exitCode == 0);
    for (const QString &page : test::pdfPages(pdf)) {
        CHECK(page.contains(QStringLiteral("943 476 5919")));
        CHECK(page.contains(QStringLiteral("943 476 5870")));
    }
    const QString summary = d.scratch.file(QStringLiteral("discharge.pdf"));
    const Run hers = d.run({QStringLiteral("print"), QStringLiteral("--document"),
                            QStringLiteral("discharge"), QStringLiteral("--out"), summary});
    REQUIRE(hers.exitCode == 0);
    CHECK(
        test::pdfPages(summary).join(QString()).contains(QStringLiteral("Get help straight away")));
}

TEST_CASE("discharge refuses bad arguments with exit 2 and changes nothing", "[cli][discharge]")
{
    DeliveredDb d;
    const QString today = d.today.toString(Qt::ISODate);
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--date"), QStringLiteral("2026-02-30")},
          QStringList{QStringLiteral("--date"), today, QStringLiteral("--fft"),
                      QStringLiteral("excellent")},
          QStringList{QStringLiteral("--date"), today, QStringLiteral("--comment"),
                      QStringLiteral("words with no answer")},
          QStringList{QStringLiteral("--date"), today, QStringLiteral("--baby-nhs-number"),
                      QStringLiteral("1234567890")},
          QStringList{QStringLiteral("--date"), today, QStringLiteral("--baby-nhs-number"),
                      QStringLiteral("9434765870,4010232137")},
          QStringList{QStringLiteral("--date"), d.today.addDays(-6).toString(Qt::ISODate)},
          QStringList{QStringLiteral("--date"), d.today.addDays(1).toString(Qt::ISODate)}}) {
        const Run refused = d.run(QStringList{QStringLiteral("discharge")} + bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString() << ": " << refused.err.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(d.rows("discharge") == 0);
    CHECK(d.rows("feedback") == 0);
}

TEST_CASE("discharge reads --baby-nhs-number by position", "[cli][discharge]")
{
    DeliveredDb d;
    // Her one baby's number left empty: nothing is recorded for her, and nothing is moved onto
    // another baby.
    const Run discharged =
        d.run({QStringLiteral("discharge"), QStringLiteral("--date"), d.today.toString(Qt::ISODate),
               QStringLiteral("--baby-nhs-number"), QStringLiteral(",4010232137")});
    CHECK(discharged.exitCode == 2);
    CHECK(discharged.errLines().value(0).startsWith(QStringLiteral("--baby-nhs-number: 2 numbers "
                                                                   "for 1 babies")));
    CHECK(d.rows("discharge") == 0);
}
