// SPDX-License-Identifier: MIT
// print --document signposting end to end: refused until a loss is recorded for her latest
// pregnancy, then her sheet of bereavement support with her identifiers on every page and only
// the organisations for her loss.
#include "CliSupport.h"
#include "TestSupport.h"

#include "care/Losses.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QFile>
#include <QSqlQuery>

using namespace bb;
using namespace bb::clitest;

namespace {

/// A demo clinic with Asha at 39 weeks.
struct AshaDb
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    QDate today = QDate::currentDate();
    QString pdf = scratch.file(QStringLiteral("signposting.pdf"));

    AshaDb()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                    .exitCode == 0);
        importAsha(db, today, 30, 9);
    }
    Run print(const QStringList &more = {}) const
    {
        return cli(QStringList{QStringLiteral("print"), QStringLiteral("--db"), db,
                               QStringLiteral("--nhs-number"), QStringLiteral("9434765919")} +
                   more);
    }
    Run printSignposting() const
    {
        return print({QStringLiteral("--document"), QStringLiteral("signposting"),
                      QStringLiteral("--out"), pdf});
    }
    /// Her stillbirth, recorded as the app records it.
    void recordStillbirth() const
    {
        QString error;
        const auto database = storage::Database::open(db, &error);
        REQUIRE(database);
        QSqlQuery q(database->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT p.id FROM pregnancy p JOIN woman w ON w.id = "
                                      "p.woman_id WHERE w.nhs_number = '9434765919'")));
        REQUIRE(q.next());
        PregnancyLoss loss;
        loss.pregnancyId = q.value(0).toLongLong();
        loss.kind = LossKind::Stillbirth;
        loss.date = today;
        loss.notes = QStringLiteral("Safeguarding: partner not to be told of appointments");
        const FixedClock clock(QDateTime(today, QTime(9, 0)));
        const auto recorded =
            care::Losses(*database, clock).record(loss, Actor::named(QStringLiteral("Midwife")));
        INFO(recorded.message().toStdString());
        REQUIRE(recorded);
    }
};

} // namespace

TEST_CASE("print --document signposting is refused with exit 2 until a loss is recorded for her "
          "latest pregnancy",
          "[cli][signposting]")
{
    AshaDb d;
    const Run refused = d.printSignposting();
    CHECK(refused.exitCode == 2);
    INFO(refused.err.toStdString());
    CHECK(refused.errLines().value(0).startsWith(QStringLiteral("--nhs-number: Asha Patel")));
    CHECK(refused.errLines().value(0).contains(QStringLiteral("no loss recorded")));
    CHECK_FALSE(QFile::exists(d.pdf));
}

TEST_CASE("print --document signposting prints her sheet of bereavement support after a loss, "
          "with her identifiers on every page",
          "[cli][signposting]")
{
    AshaDb d;
    d.recordStillbirth();
    const Run printed = d.printSignposting();
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(QString::fromUtf8(printed.out).contains(QStringLiteral("bereavement support")));
    const QStringList pages = test::pdfPages(d.pdf);
    REQUIRE_FALSE(pages.isEmpty());
    for (const QString &page : pages) {
        CHECK(page.contains(QStringLiteral("Asha Patel")));
        CHECK(page.contains(QStringLiteral("943 476 5919")));
        CHECK(page.contains(QStringLiteral("09-Jul-1994")));
    }
    const QString text = pages.join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Support after the loss of your baby")));
    CHECK(text.contains(QStringLiteral("0808 164 3332"))); // Sands
    CHECK_FALSE(text.contains(QStringLiteral("Ectopic Pregnancy Trust")));
    CHECK_FALSE(text.contains(QStringLiteral("afeguarding")));
    CHECK_FALSE(text.contains(QStringLiteral("partner not to be told")));
}

TEST_CASE("print refuses an unknown document and a missing file name with exit 2",
          "[cli][signposting]")
{
    AshaDb d;
    d.recordStillbirth();
    const Run unknown = d.print(
        {QStringLiteral("--document"), QStringLiteral("leaflet"), QStringLiteral("--out"), d.pdf});
    CHECK(unknown.exitCode == 2);
    CHECK(QString::fromUtf8(unknown.err).contains(QStringLiteral("signposting")));
    const Run noOut = d.print({QStringLiteral("--document"), QStringLiteral("signposting")});
    CHECK(noOut.exitCode == 2);
    CHECK_FALSE(QFile::exists(d.pdf));
}
