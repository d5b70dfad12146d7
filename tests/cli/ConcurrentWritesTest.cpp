// SPDX-License-Identifier: MIT
// Writers at once: processes importing the same new woman together store her once, and each is
// told plainly what became of its booking.
#include "CliSupport.h"
#include "TestSupport.h"

using namespace bb;
using namespace bb::clitest;

TEST_CASE("Imports of the same new woman at once store one woman and tell each what was stored",
          "[cli][concurrency]")
{
    test::ScratchDir scratch;
    const QString db = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    initEmpty(db);
    const QDate booked = QDate::currentDate().addDays(-7);
    const QByteArray booking =
        QStringLiteral(R"({"format": "bbclinic-booking/1",
          "woman": {"nhs_number": "9434765919", "given_name": "Asha", "family_name": "Patel",
                    "date_of_birth": "1994-07-09", "postcode": "LE4 6AB"},
          "pregnancy": {"booking_date": "%1", "lmp": "%2", "previous_births": 1},
          "measurements": {"height_cm": 162, "weight_kg": 58, "co_ppm": 1}})")
            .arg(booked.toString(Qt::ISODate), booked.addDays(-70).toString(Qt::ISODate))
            .toUtf8();
    const QList<Run> runs = cliAtOnce(
        {QStringLiteral("import-booking"), QStringLiteral("--db"), db, QStringLiteral("-")}, 4,
        booking);
    for (const Run &run : runs) {
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith("Stored the booking of Asha Patel (943 476 5919), pregnancy 1."));
        CHECK_FALSE(run.err.contains("UNIQUE"));
    }
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM woman")) == 1);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM pregnancy")) == 1);
    CHECK(rowCount(db, QStringLiteral("SELECT count(*) FROM care_plan_version")) == 1);
}
