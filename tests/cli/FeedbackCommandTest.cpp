// SPDX-License-Identifier: MIT
// feedback end to end: a woman of the City Continuity Team born and discharged with her answer,
// the team's months as CSV and as a table to read, and bad arguments refused with nothing
// changed.
#include "CliSupport.h"
#include "TestSupport.h"

#include "care/Clinic.h"
#include "care/ClinicDatabase.h"
#include "util/Clock.h"

#include <QRegularExpression>

using namespace bb;
using namespace bb::clitest;

namespace {

const QString kCity = QStringLiteral("City Continuity Team");

/// A demo clinic with Asha Patel of the City Continuity Team, born ten days ago and discharged
/// today with her answer.
struct FeedbackDb
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    QDate today = QDate::currentDate();
    QString nhs = QStringLiteral("9434765919");

    FeedbackDb()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                    .exitCode == 0);
        importAsha(db, today, 30, 9);
        const Run assigned = cli(
            {QStringLiteral("assign"), QStringLiteral("--db"), db, QStringLiteral("--nhs-number"),
             nhs, QStringLiteral("--midwife"), QStringLiteral("1"), QStringLiteral("--team"), kCity,
             QStringLiteral("--date"), today.addDays(-100).toString(Qt::ISODate)});
        INFO(assigned.err.toStdString());
        REQUIRE(assigned.exitCode == 0);
        const Run born = cli({QStringLiteral("record-birth"),
                              QStringLiteral("--db"),
                              db,
                              QStringLiteral("--nhs-number"),
                              nhs,
                              QStringLiteral("--date"),
                              today.addDays(-10).toString(Qt::ISODate),
                              QStringLiteral("--setting"),
                              QStringLiteral("home"),
                              QStringLiteral("--planned-setting"),
                              QStringLiteral("home"),
                              QStringLiteral("--mode"),
                              QStringLiteral("spontaneous_vaginal"),
                              QStringLiteral("--clinicians"),
                              QStringLiteral("1"),
                              QStringLiteral("--outcome"),
                              QStringLiteral("live_birth"),
                              QStringLiteral("--weight-g"),
                              QStringLiteral("3400"),
                              QStringLiteral("--apgar"),
                              QStringLiteral("9/10")});
        INFO(born.err.toStdString());
        REQUIRE(born.exitCode == 0);

        // Her discharge through the care operation, as the app records it.
        QString error;
        const auto database = care::openClinicDatabase(db, &error);
        REQUIRE(database);
        const Clock clock;
        const care::Clinic clinic(*database, clock);
        const auto woman = clinic.women.byNhsNumber(nhs);
        REQUIRE(woman);
        const auto pregnancies = clinic.women.pregnancies(woman->id);
        REQUIRE((pregnancies && !pregnancies->isEmpty()));
        Discharge discharge;
        discharge.pregnancyId = pregnancies->front().id;
        discharge.date = today;
        discharge.healthVisitor = QStringLiteral("Belgrave health visiting team");
        const auto done = clinic.discharges.discharge(
            discharge,
            Feedback{FeedbackAnswer::VeryGood,
                     QStringLiteral("=1+1, Asha says: Priya was \"brilliant\"")},
            test::testMidwife());
        INFO(done.message().toStdString());
        REQUIRE(done);
    }

    Run feedback(const QStringList &more) const
    {
        return cli(QStringList{QStringLiteral("feedback"), QStringLiteral("--db"), db} + more);
    }
    QString from() const
    {
        return QDate(today.year(), today.month(), 1).addMonths(-1).toString(Qt::ISODate);
    }
    int stored() const { return rowCount(db, QStringLiteral("SELECT count(*) FROM feedback")); }
};

} // namespace

TEST_CASE("feedback writes the team's answers month by month as CSV, her words guarded and "
          "without her name",
          "[cli][feedback]")
{
    FeedbackDb f;
    const Run run = f.feedback({QStringLiteral("--team"), kCity, QStringLiteral("--from"), f.from(),
                                QStringLiteral("--to"), f.today.toString(Qt::ISODate),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QString csv = QString::fromUtf8(run.out);
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty());
    lines.removeLast();
    REQUIRE(lines.size() == 3); // the header, last month and this one
    CHECK(lines[0] == QStringLiteral("team,month,very_good,good,neither,poor,very_poor,dont_know,"
                                     "responses,percent_good,comments"));
    const QDate lastMonth = QDate(f.today.year(), f.today.month(), 1).addMonths(-1);
    CHECK(lines[1] == QStringLiteral("City Continuity Team,%1,0,0,0,0,0,0,0,,")
                          .arg(lastMonth.toString(QStringLiteral("yyyy-MM"))));
    CHECK(lines[2] == QStringLiteral("City Continuity Team,%1,1,0,0,0,0,0,1,100.0,"
                                     "\"'=1+1, [name] says: Priya was \"\"brilliant\"\"\"")
                          .arg(f.today.toString(QStringLiteral("yyyy-MM"))));

    // Without --format the same CSV; as text, a table to read with the words below it.
    CHECK(f.feedback({QStringLiteral("--team"), kCity, QStringLiteral("--from"), f.from(),
                      QStringLiteral("--to"), f.today.toString(Qt::ISODate)})
              .out == run.out);
    const Run text = f.feedback({QStringLiteral("--team"), kCity, QStringLiteral("--from"),
                                 f.from(), QStringLiteral("--to"), f.today.toString(Qt::ISODate),
                                 QStringLiteral("--format"), QStringLiteral("text")});
    REQUIRE(text.exitCode == 0);
    const QString table = QString::fromUtf8(text.out);
    CHECK(table.startsWith(QStringLiteral("Friends and Family Test: City Continuity Team, ")));
    CHECK(table.contains(QStringLiteral("Neither good nor poor")));
    CHECK(table.contains(
        QRegularExpression(QStringLiteral("\nTotal +1 +0 +0 +0 +0 +0 +1 +100.0%\n"))));
    CHECK(table.contains(QStringLiteral("  - =1+1, [name] says: Priya was \"brilliant\"")));
    CHECK_FALSE(table.contains(QStringLiteral("Asha")));
}

TEST_CASE("feedback refuses bad arguments with a line for each and changes nothing",
          "[cli][feedback]")
{
    FeedbackDb f;
    const int stored = f.stored();
    REQUIRE(stored == 1);

    const Run missing = f.feedback({QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                                    QStringLiteral("--to"), QStringLiteral("yesterday"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.out.isEmpty());
    const QStringList lines = missing.errLines();
    INFO(missing.err.toStdString());
    CHECK(lines.size() == 4);
    CHECK(lines.filter(QStringLiteral("--team")).size() == 1);
    CHECK(lines.contains(QStringLiteral("--from: '2026-02-30' is not a date (YYYY-MM-DD)")));
    CHECK(lines.contains(QStringLiteral("--to: 'yesterday' is not a date (YYYY-MM-DD)")));
    CHECK(lines.filter(QStringLiteral("--format: unknown format 'json'")).size() == 1);

    const Run backwards = f.feedback({QStringLiteral("--team"), kCity, QStringLiteral("--from"),
                                      QStringLiteral("2026-06-01"), QStringLiteral("--to"),
                                      QStringLiteral("2026-05-31")});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.errLines() ==
          QStringList{QStringLiteral("--to: 2026-05-31 is before --from 2026-06-01")});

    const Run unknown = f.feedback({QStringLiteral("--team"), QStringLiteral("Nowhere Team"),
                                    QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-12-31")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    REQUIRE(unknown.errLines().size() == 1);
    CHECK(unknown.errLines().front().startsWith(
        QStringLiteral("--team: no team is called 'Nowhere Team' (teams: ")));
    CHECK(unknown.errLines().front().contains(kCity));

    CHECK(f.stored() == stored);
}
