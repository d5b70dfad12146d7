// SPDX-License-Identifier: MIT
// A record changed behind the app's back is never printed or exported as if it were right: the
// command names her, says what to do, and exits 1; `check` finds it in the whole file.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QFile>

using namespace bb;
using namespace bb::clitest;

namespace {

/// A clinic holding Asha Patel, and the command that prints her care plan.
struct HerClinic
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    QString pdf = scratch.file(QStringLiteral("plan.pdf"));
    QStringList print{
        QStringLiteral("print"),        QStringLiteral("--db"),       db,
        QStringLiteral("--nhs-number"), QStringLiteral("9434765919"), QStringLiteral("--document"),
        QStringLiteral("careplan"),     QStringLiteral("--out"),      pdf};

    HerClinic()
    {
        initEmpty(db);
        importAsha(db, QDate::currentDate(), 2, 10);
    }
};

} // namespace

TEST_CASE("A damaged care plan is refused by print, export-booking and check, naming her, and "
          "nothing is written",
          "[cli][integrity]")
{
    HerClinic her;
    const QString &db = her.db;
    const QString &pdf = her.pdf;
    const QStringList &print = her.print;
    const QStringList check{QStringLiteral("check"), QStringLiteral("--db"), db};
    REQUIRE(cli(check).exitCode == 0);
    REQUIRE(cli(print).exitCode == 0);
    REQUIRE(QFile::remove(pdf));

    // Her plan still reads as a plan: only its seal tells that it is not what was saved.
    behindTheAppsBack(db, QStringLiteral("UPDATE care_plan_version SET plan_json = "
                                         "replace(plan_json, '\"pathway\":\"midwife_led\"', "
                                         "'\"pathway\":\"obstetric_led\"')"));
    const QString named = QStringLiteral("The record of Asha Patel (943 476 5919) is damaged");

    const Run printed = cli(print);
    CHECK(printed.exitCode == 1);
    CHECK(QString::fromUtf8(printed.err).contains(named));
    CHECK(QString::fromUtf8(printed.err).contains(QStringLiteral("version 1 of her care plan")));
    CHECK_FALSE(QFile::exists(pdf));

    const Run exported = cli({QStringLiteral("export-booking"), QStringLiteral("--db"), db,
                              QStringLiteral("--nhs-number"), QStringLiteral("9434765919")});
    CHECK(exported.exitCode == 1);
    CHECK(exported.out.isEmpty());
    CHECK(QString::fromUtf8(exported.err).contains(named));

    const Run checked = cli(check);
    CHECK(checked.exitCode == 1);
    CHECK(QString::fromUtf8(checked.err).contains(named));
}

TEST_CASE("A care plan that cannot be read at all is refused, naming her, never printed empty",
          "[cli][integrity]")
{
    HerClinic her;
    behindTheAppsBack(her.db, QStringLiteral("UPDATE care_plan_version SET plan_json = '{}'"));
    const Run printed = cli(her.print);
    CHECK(printed.exitCode == 1);
    CHECK(QString::fromUtf8(printed.err).contains(QStringLiteral("Asha Patel (943 476 5919)")));
    CHECK_FALSE(QFile::exists(her.pdf));
}
