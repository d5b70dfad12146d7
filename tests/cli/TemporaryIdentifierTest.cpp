// SPDX-License-Identifier: MIT
// A woman with no NHS number yet is found on the command line by her temporary identifier,
// wherever a command takes --nhs-number.
#include "CliSupport.h"
#include "TestSupport.h"

#include "care/Women.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace bb;
using namespace bb::clitest;

namespace {

/// A clinic holding one woman registered without an NHS number (TMP0000001), booked.
struct TemporaryDb
{
    test::ScratchDir scratch;
    QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));

    TemporaryDb()
    {
        initEmpty(db);
        const FixedClock clock{QDateTime(test::kToday, QTime(9, 0))};
        QString error;
        const auto database = storage::Database::open(db, &error);
        REQUIRE(database);
        Booking booking = test::lowRiskBooking();
        const auto registered = care::Women(*database, clock)
                                    .registerWithoutNhsNumber(booking.woman, test::testMidwife());
        REQUIRE(registered);
        REQUIRE(registered->nhsNumber == QStringLiteral("TMP0000001"));
        booking.woman = registered.value();
        REQUIRE(test::book(*database, clock, booking, &error));
    }
    Run run(const QString &command, const QString &nhsNumber) const
    {
        return cli(
            {command, QStringLiteral("--db"), db, QStringLiteral("--nhs-number"), nhsNumber});
    }
};

} // namespace

TEST_CASE("A command finds a woman by her temporary identifier, typed as people type it",
          "[cli][temporary]")
{
    TemporaryDb t;
    for (const char *typed : {"TMP0000001", "tmp0000001", "TMP 000 0001"}) {
        INFO(typed);
        const Run contacts = t.run(QStringLiteral("contacts"), QString::fromLatin1(typed));
        INFO(contacts.err.toStdString());
        REQUIRE(contacts.exitCode == 0);
        CHECK(QString::fromUtf8(contacts.out)
                  .startsWith(QStringLiteral("Antenatal contacts for Asha Patel (TMP0000001): 0")));
    }
    const Run exported = t.run(QStringLiteral("export-booking"), QStringLiteral("TMP0000001"));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QJsonObject booking = QJsonDocument::fromJson(exported.out).object();
    CHECK(booking[QStringLiteral("woman")][QStringLiteral("nhs_number")].toString() ==
          QStringLiteral("TMP0000001"));
}

TEST_CASE("A temporary identifier no woman has, or one mistyped, is refused on its own line",
          "[cli][temporary]")
{
    TemporaryDb t;
    const Run nobody = t.run(QStringLiteral("contacts"), QStringLiteral("TMP0000009"));
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.errLines() ==
          QStringList{QStringLiteral(
              "--nhs-number: no woman with temporary identifier TMP0000009 in this database")});
    const Run mistyped = t.run(QStringLiteral("contacts"), QStringLiteral("TMP00001"));
    CHECK(mistyped.exitCode == 2);
    REQUIRE(mistyped.errLines().size() == 1);
    CHECK(mistyped.errLines().front().startsWith(QStringLiteral("--nhs-number: ")));
    CHECK(mistyped.out.isEmpty());
}
