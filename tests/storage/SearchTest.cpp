// SPDX-License-Identifier: MIT
// Search as she types: name, NHS number, date of birth, postcode.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QSqlQuery>

#include <tuple>

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
          QStringList{QStringLiteral("zoe"), QStringLiteral("oconnor")});
}

TEST_CASE("A date of birth is read as a midwife types it", "[search]")
{
    using K = SearchQuery::Kind;
    const QDate today(2026, 12, 6);
    const QDate born(2002, 10, 28);
    for (const char *typed : {"28-Oct-2002", "28/10/02", "28 10 2002", "28.10.2002", "28 oct 02",
                              "28 October 2002", "2002-10-28", "28-10-2002"}) {
        INFO(typed);
        const SearchQuery q = SearchQuery::parse(QString::fromLatin1(typed), today);
        CHECK(q.kind == K::DateOfBirth);
        CHECK(q.date == born);
    }
    // A two-digit year is the latest one not after today: 26 is 2026, 27 is 1927.
    CHECK(SearchQuery::parse(QStringLiteral("01/01/26"), today).date == QDate(2026, 1, 1));
    CHECK(SearchQuery::parse(QStringLiteral("01/01/27"), today).date == QDate(1927, 1, 1));
    // Without today a two-digit year is not a date: read as the start of an NHS number.
    CHECK(SearchQuery::parse(QStringLiteral("28/10/02")).kind != K::DateOfBirth);
    // Not a real date: the digits are the start of an NHS number, as before.
    CHECK(SearchQuery::parse(QStringLiteral("943 476 5919"), today).kind == K::NhsNumberPrefix);
    CHECK(SearchQuery::parse(QStringLiteral("31 02 2002"), today).kind == K::NhsNumberPrefix);
    CHECK(SearchQuery::parse(QStringLiteral("28 Octopus 2002"), today).kind == K::Name);
}

TEST_CASE("A name is read either way round, with a comma, and with her date of birth", "[search]")
{
    const QDate today(2026, 12, 6);
    SearchQuery q = SearchQuery::parse(QStringLiteral("Begum, Asha"), today);
    CHECK(q.kind == SearchQuery::Kind::Name);
    CHECK(q.words == QStringList{QStringLiteral("begum"), QStringLiteral("asha")});
    q = SearchQuery::parse(QStringLiteral("asha 11/04/1990"), today);
    CHECK(q.kind == SearchQuery::Kind::Name);
    CHECK(q.words == QStringList{QStringLiteral("asha")});
    CHECK(q.date == QDate(1990, 4, 11));
    q = SearchQuery::parse(QStringLiteral("Asha Begum 11 Apr 1990"), today);
    CHECK(q.words == QStringList{QStringLiteral("asha"), QStringLiteral("begum")});
    CHECK(q.date == QDate(1990, 4, 11));
    CHECK(foldName(QStringLiteral("O\u2019Connor")) == QStringLiteral("oconnor"));
    CHECK(foldName(QStringLiteral("St. John-Smith")) == QStringLiteral("st john smith"));
}

TEST_CASE("Search finds her by each of the four keys", "[search]")
{
    test::ScratchDir scratch;
    FixedClock clock(QDate(2026, 11, 1));
    QString error;
    auto db = Database::open(test::databaseAt(scratch, QStringLiteral("c.sqlite")), &error);
    REQUIRE(db);
    PregnancyRepository pregnancies(*db);
    Booking asha = test::lowRiskBooking();
    Booking nur = test::lowRiskBooking();
    nur.woman.nhsNumber = QStringLiteral("9434765870");
    nur.woman.givenName = QStringLiteral("Nur");
    nur.woman.familyName = QStringLiteral("Al-Huda");
    nur.woman.postcode = QStringLiteral("LE15 6AB");
    nur.woman.dateOfBirth = QDate(1990, 1, 2);
    REQUIRE(test::book(*db, clock, asha, &error));
    REQUIRE(test::book(*db, clock, nur, &error));
    WomanRepository women(*db);

    Booking siobhan = test::lowRiskBooking();
    siobhan.woman.nhsNumber = QStringLiteral("4010232137");
    siobhan.woman.givenName = QStringLiteral("Siobhan");
    siobhan.woman.familyName = QStringLiteral("O'Connor");
    siobhan.woman.dateOfBirth = QDate(2002, 10, 28);
    siobhan.woman.postcode = QStringLiteral("LE2 1XY");
    REQUIRE(test::book(*db, clock, siobhan, &error));

    auto ids = [&](const QString &text) {
        QList<qint64> list;
        for (const auto &row : women.search(SearchQuery::parse(text, clock.today())))
            list << row.id;
        return list;
    };
    // The ways a midwife types: surname first with a comma, no apostrophe, the app's own date
    // form, a two-digit year, spaces, and a name with a date of birth.
    CHECK(ids(QStringLiteral("Patel, Asha")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("oconnor")) == QList<qint64>{siobhan.woman.id});
    CHECK(ids(QStringLiteral("O'Connor")) == QList<qint64>{siobhan.woman.id});
    CHECK(ids(QStringLiteral("28-Oct-2002")) == QList<qint64>{siobhan.woman.id});
    CHECK(ids(QStringLiteral("28/10/02")) == QList<qint64>{siobhan.woman.id});
    CHECK(ids(QStringLiteral("28 10 2002")) == QList<qint64>{siobhan.woman.id});
    CHECK(ids(QStringLiteral("asha 09/07/1994")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("asha 02/01/1990")).isEmpty()); // Nur's birthday, not Asha's
    CHECK(ids(QStringLiteral("nur 02/01/1990")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("pat")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("ASHA")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("asha pa")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("patel a")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("al hu")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("nur al")) == QList<qint64>{nur.woman.id});
    // Results come in family-name order: Al-Huda before Patel.
    CHECK(ids(QStringLiteral("943 476 5")) == QList<qint64>{nur.woman.id, asha.woman.id});
    CHECK(ids(QStringLiteral("401")) == QList<qint64>{siobhan.woman.id});
    CHECK(ids(QStringLiteral("9434765870")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("02/01/1990")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("le15")) == QList<qint64>{nur.woman.id});
    CHECK(ids(QStringLiteral("LE4 6AB")) == QList<qint64>{asha.woman.id});
    CHECK(ids(QStringLiteral("xyz")).isEmpty());

    const auto row = women.search(SearchQuery::parse(QStringLiteral("asha"))).front();
    CHECK(row.edd == QDate(2027, 5, 17)); // LMP 2026-08-10 + 280
    CHECK(row.nhsNumber == QStringLiteral("9434765919"));
}

TEST_CASE("A page of results is the start of the whole list, in the order results are shown",
          "[search]")
{
    test::ScratchDir scratch;
    FixedClock clock(QDate(2026, 11, 1));
    QString error;
    auto db = Database::open(test::databaseAt(scratch, QStringLiteral("p.sqlite")), &error);
    REQUIRE(db);
    // Few names among many women, so every name is shared and pages cut lists short.
    demo::BookingGenerator generator(11, clock.today());
    QList<Booking> bookings;
    for (int i = 0; i < 400; ++i)
        bookings << generator.next();
    REQUIRE(test::bookAll(*db, clock, bookings, &error));
    WomanRepository women(*db);

    // What each typed text should find, worked out here from the stored women.
    auto starts = [](const QString &name, const QString &prefix) {
        return foldName(name).startsWith(prefix);
    };
    auto matches = [&](const Woman &w, const SearchQuery &q) {
        switch (q.kind) {
        case SearchQuery::Kind::Everyone:
            return true;
        case SearchQuery::Kind::NhsNumberPrefix:
            return w.nhsNumber.startsWith(q.prefix);
        case SearchQuery::Kind::PostcodePrefix:
            return foldPostcode(w.postcode).startsWith(q.prefix);
        case SearchQuery::Kind::DateOfBirth:
            return w.dateOfBirth == q.date;
        case SearchQuery::Kind::Name: {
            const QString whole = q.words.join(QLatin1Char(' '));
            const QString first = q.words.front();
            const QString rest = QStringList(q.words.mid(1)).join(QLatin1Char(' '));
            return starts(w.givenName, whole) || starts(w.familyName, whole) ||
                   (q.words.size() > 1 &&
                    ((starts(w.givenName, first) && starts(w.familyName, rest)) ||
                     (starts(w.familyName, first) && starts(w.givenName, rest))));
        }
        case SearchQuery::Kind::Empty:
            break;
        }
        return false;
    };
    auto expected = [&](const SearchQuery &q) {
        QList<Woman> found;
        for (const Booking &b : std::as_const(bookings)) {
            if (matches(b.woman, q))
                found << b.woman;
        }
        auto key = [&](const Woman &w) {
            const QString name = foldName(w.familyName) + QChar(0) + foldName(w.givenName);
            return q.kind == SearchQuery::Kind::PostcodePrefix
                       ? std::make_tuple(foldPostcode(w.postcode), name, w.id)
                       : std::make_tuple(QString(), name, w.id);
        };
        std::sort(found.begin(), found.end(),
                  [&](const Woman &a, const Woman &b) { return key(a) < key(b); });
        QList<qint64> ids;
        for (const Woman &w : std::as_const(found))
            ids << w.id;
        return ids;
    };
    auto ids = [&](const SearchQuery &q, int limit) {
        QList<qint64> list;
        for (const auto &row : women.search(q, limit))
            list << row.id;
        return list;
    };

    const Woman &someone = bookings[17].woman;
    SearchQuery everyone;
    everyone.kind = SearchQuery::Kind::Everyone;
    QList<SearchQuery> queries{everyone};
    for (const QString &text :
         {someone.familyName.left(3), someone.givenName.left(3), someone.givenName.left(1),
          someone.givenName + QLatin1Char(' ') + someone.familyName.left(2),
          someone.familyName + QLatin1Char(' ') + someone.givenName.left(1),
          someone.nhsNumber.left(4), someone.postcode.left(3),
          someone.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))})
        queries << SearchQuery::parse(text);
    for (const SearchQuery &q : std::as_const(queries)) {
        INFO("kind " << int(q.kind) << " words " << q.words.join(QLatin1Char(' ')).toStdString()
                     << " prefix " << q.prefix.toStdString());
        const QList<qint64> whole = expected(q);
        REQUIRE_FALSE(whole.isEmpty());
        CHECK(ids(q, 1000) == whole);
        CHECK(ids(q, 5) == whole.mid(0, 5));
    }
}

TEST_CASE("Migration 14 folds the names stored before it the new way", "[search][migration][file]")
{
    test::ScratchDir scratch;
    FixedClock clock(QDate(2026, 11, 1));
    const QString path = test::databaseAt(scratch, QStringLiteral("c.sqlite"));
    QString error;
    Booking siobhan = test::lowRiskBooking();
    siobhan.woman.givenName = QStringLiteral("Mary-Kate");
    siobhan.woman.familyName = QStringLiteral("O'Connor");
    {
        auto db = Database::open(path, &error);
        REQUIRE(db);
        REQUIRE(test::book(*db, clock, siobhan, &error));
        QSqlQuery q(db->connection());
        // As schema 13 stored her: the apostrophe kept in the key.
        REQUIRE(q.exec(QStringLiteral("UPDATE woman SET family_key = 'o''connor'")));
        for (const QString &statement : test::undoSchemasAfter(13))
            REQUIRE(q.exec(statement));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 13")));
    }
    auto db = Database::open(path, &error);
    REQUIRE(db);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT given_key, family_key FROM woman")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("mary kate"));
    CHECK(q.value(1).toString() == QStringLiteral("oconnor"));
    CHECK(WomanRepository(*db).search(SearchQuery::parse(QStringLiteral("oconnor"))).size() == 1);
}
