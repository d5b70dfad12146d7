// SPDX-License-Identifier: MIT
// Search as she types: name, NHS number, date of birth, postcode.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

using namespace bb;
using namespace bb::storage;

TEST_CASE("What was typed is read as the thing it can be", "[search]")
{
    using K = SearchQuery::Kind;
    CHECK(SearchQuery::parse(QStringLiteral("  ")).kind == K::Empty);
    CHECK(SearchQuery::parse(QStringLiteral("943 47")).kind == K::NhsNumberPrefix);
    CHECK(SearchQuery::parse(QStringLiteral("943 47")).prefix == QStringLiteral("94347"));
    CHECK(SearchQuery::parse(QStringLiteral("14/03/1996")).date == QDate(1996, 3, 14));
    CHECK(SearchQuery::parse(QStringLiteral("1996-03-14")).date == QDate(1996, 3, 14));
    CHECK(SearchQuery::parse(QStringLiteral("le4 6")).kind == K::PostcodePrefix);
    CHECK(SearchQuery::parse(QStringLiteral("le4 6")).prefix == QStringLiteral("LE46"));
    CHECK(SearchQuery::parse(QStringLiteral("Pat")).kind == K::Name);
    CHECK(SearchQuery::parse(QStringLiteral("Zoë O'Connor")).words ==
          QStringList{QStringLiteral("zoe"), QStringLiteral("o'connor")});
}

TEST_CASE("Search finds her by each of the four keys", "[search]")
{
    test::ScratchDir scratch;
    FixedClock clock(QDate(2026, 11, 1));
    QString error;
    auto db = Database::open(scratch.file(QStringLiteral("c.sqlite")), &error);
    REQUIRE(db);
    PregnancyRepository pregnancies(*db, clock);
    Booking asha = test::lowRiskBooking();
    Booking nur = test::lowRiskBooking();
    nur.woman.nhsNumber = QStringLiteral("9434765870");
    nur.woman.givenName = QStringLiteral("Nur");
    nur.woman.familyName = QStringLiteral("Al-Huda");
    nur.woman.postcode = QStringLiteral("LE15 6AB");
    nur.woman.dateOfBirth = QDate(1990, 1, 2);
    REQUIRE(pregnancies.saveBooking(asha, &error));
    REQUIRE(pregnancies.saveBooking(nur, &error));
    WomanRepository women(*db, clock);

    auto ids = [&](const QString &text) {
        QList<qint64> list;
        for (const auto &row : women.search(SearchQuery::parse(text)))
            list << row.id;
        return list;
    };
    CHECK(ids(QStringLiteral("pat")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("ASHA")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("asha pa")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("patel a")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("al hu")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("nur al")) == QList<qint64>{nur.woman.id});
    // Results come in family-name order: Al-Huda before Patel.
    CHECK(ids(QStringLiteral("943 476 5")) == QList<qint64>{nur.woman.id, asha.woman.id});
    CHECK(ids(QStringLiteral("9434765870")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("02/01/1990")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("le15")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("LE4 6AB")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("xyz")).isEmpty());

    const auto row = women.search(SearchQuery::parse(QStringLiteral("asha"))).front();
    CHECK(row.edd == QDate(2027, 5, 17)); // LMP 2026-08-10 + 280
    CHECK(row.nhsNumber == QStringLiteral("9434765919"));
}
