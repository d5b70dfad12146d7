// SPDX-License-Identifier: MIT
// Input at the edges, the same rules at every door: free text with a length, one line where a
// line is meant, no control characters and nothing that is not Unicode; JSON read as strictly as
// any other reader would read it; dates no record can hold.
#include "TestSupport.h"

#include "clinical/BookingValidation.h"
#include "clinical/ContactRules.h"
#include "clinical/InputRules.h"
#include "interop/BookingJson.h"
#include "storage/SearchQuery.h"

using namespace bb;
using clinical::TextKind;
using clinical::textProblem;

namespace {

QStringList lines(const FieldErrors &errors)
{
    QStringList list;
    for (const auto &error : errors)
        list << error.toString();
    return list;
}

/// A booking document whose woman has `womanFields` (JSON members, without braces) besides her
/// NHS number and date of birth, and whose pregnancy has `pregnancyFields`.
QByteArray bookingWith(const QString &womanFields,
                       const QString &pregnancyFields =
                           QStringLiteral(R"("booking_date": "2026-10-20", "lmp": "2026-09-01")"))
{
    return QStringLiteral(R"({"format": "bbclinic-booking/1",
        "woman": {"nhs_number": "943 476 5919", "date_of_birth": "1996-03-14", %1},
        "pregnancy": {%2}})")
        .arg(womanFields, pregnancyFields)
        .toUtf8();
}

const QString kNames = QStringLiteral(R"("given_name": "Asha", "family_name": "Patel")");

} // namespace

TEST_CASE("Free text has a length for its kind, and one line where one line is meant",
          "[input][text]")
{
    CHECK(textProblem(QString(100, QLatin1Char('a')), TextKind::Name).isEmpty());
    CHECK(textProblem(QString(101, QLatin1Char('a')), TextKind::Name) ==
          QStringLiteral("is longer than 100 characters"));
    CHECK(textProblem(QString(201, QLatin1Char('a')), TextKind::Line) ==
          QStringLiteral("is longer than 200 characters"));
    CHECK(textProblem(QString(5001, QLatin1Char('a')), TextKind::Note) ==
          QStringLiteral("is longer than 5000 characters"));
    CHECK(
        textProblem(QStringLiteral("12 Narborough Road\nLeicester"), TextKind::Address).isEmpty());
    CHECK(textProblem(QStringLiteral("Seen with her partner.\r\nBP fine."), TextKind::Note)
              .isEmpty());
    CHECK(textProblem(QStringLiteral("Asha\nPatel"), TextKind::Name) ==
          QStringLiteral("must be one line"));
    // Accented and other scripts' letters are text like any other.
    CHECK(textProblem(QStringLiteral("Zoë Ó Briain-Nowak ਅਮਨ 陈"), TextKind::Name).isEmpty());
}

TEST_CASE("Control characters and text that is not Unicode are refused, saying where",
          "[input][text]")
{
    CHECK(textProblem(QStringLiteral("Asha\tPatel"), TextKind::Name) ==
          QStringLiteral("holds a control character (U+0009 at character 5)"));
    CHECK(textProblem(QStringLiteral("Note\x07"), TextKind::Note) ==
          QStringLiteral("holds a control character (U+0007 at character 5)"));
    CHECK(textProblem(QStringLiteral("a\rb"), TextKind::Note) ==
          QStringLiteral("holds a control character (U+000d at character 2)"));
    CHECK(textProblem(QString(QChar(0x85)), TextKind::Line)
              .startsWith(QStringLiteral("holds a control character (U+0085")));
    QString lone = QStringLiteral("Ash");
    lone.append(QChar(0xD800));
    lone.append(QLatin1Char('a'));
    CHECK(textProblem(lone, TextKind::Name) ==
          QStringLiteral("is not valid Unicode (a lone surrogate at character 4)"));
    CHECK(textProblem(QStringLiteral("Patel\uFFFD"), TextKind::Name)
              .startsWith(QStringLiteral(
                  "is not valid text: character 6 stands for bytes that were not UTF-8")));
    CHECK(textProblem(QString(QChar(0xFFFE)), TextKind::Line) ==
          QStringLiteral("is not valid Unicode (U+fffe at character 1)"));
    // A pair of surrogates is one character beyond the first plane, and fine.
    CHECK(textProblem(QString::fromUcs4(U"\U0001F476 baby"), TextKind::Note).isEmpty());
}

TEST_CASE("A booking document is read strictly: one value per key, whole characters, UTF-8",
          "[input][json]")
{
    SECTION("a key given twice in one object")
    {
        const auto read = interop::parseBooking(
            bookingWith(kNames + QStringLiteral(R"(, "family_name": "Smith")")), test::kToday);
        CHECK_FALSE(read.booking);
        CHECK(lines(read.errors) ==
              QStringList{QStringLiteral("woman.family_name: is given more than once in its "
                                         "object")});
    }
    SECTION("a key given twice, once spelt with an escape")
    {
        const auto read = interop::parseBooking(
            bookingWith(kNames + QStringLiteral(R"(, "given\u005fname": "Bina")")), test::kToday);
        CHECK_FALSE(read.booking);
        CHECK(lines(read.errors) ==
              QStringList{QStringLiteral("woman.given_name: is given more than once in its "
                                         "object")});
    }
    SECTION("half a surrogate pair escaped, which another reader would join to the next letter")
    {
        const auto read = interop::parseBooking(
            bookingWith(QStringLiteral(R"("given_name": "Ash\ud800a", "family_name": "Patel")")),
            test::kToday);
        CHECK_FALSE(read.booking);
        CHECK(lines(read.errors) ==
              QStringList{QStringLiteral("woman.given_name: holds \\ud800, half of a surrogate "
                                         "pair, which is not a character")});
    }
    SECTION("bytes that are not UTF-8")
    {
        QByteArray json = bookingWith(kNames);
        json.replace("Patel", "Pat\xff\xfel");
        const auto read = interop::parseBooking(json, test::kToday);
        CHECK_FALSE(read.booking);
        REQUIRE_FALSE(read.errors.isEmpty());
        CHECK(read.errors.front().path.startsWith(QLatin1Char('$')));
    }
    SECTION("a control character escaped in a name, and a name too long")
    {
        const auto read = interop::parseBooking(
            bookingWith(QStringLiteral(R"("given_name": "As\u0007ha", "family_name": "%1")")
                            .arg(QString(101, QLatin1Char('p')))),
            test::kToday);
        CHECK_FALSE(read.booking);
        CHECK(lines(read.errors)
                  .contains(QStringLiteral(
                      "woman.given_name: holds a control character (U+0007 at character 3)")));
        CHECK(lines(read.errors)
                  .contains(QStringLiteral("woman.family_name: is longer than 100 characters")));
    }
    SECTION("a well-formed pair stays one character")
    {
        const auto read = interop::parseBooking(
            bookingWith(QStringLiteral(R"("given_name": "Asha", "family_name": "Patel",
                                          "occupation": "Nurse \ud83d\udc76")")),
            test::kToday);
        INFO(lines(read.errors).join(QLatin1Char('\n')).toStdString());
        REQUIRE(read.booking);
        CHECK(read.booking->woman.occupation == QString::fromUcs4(U"Nurse \U0001F476"));
    }
}

TEST_CASE("A date no record can hold is refused where it is typed or imported", "[input][dates]")
{
    CHECK(clinical::implausibleDate(QDate(1899, 12, 31), test::kToday) ==
          QStringLiteral("is before 1900"));
    CHECK(clinical::implausibleDate(test::kToday.addYears(1), test::kToday).isEmpty());
    CHECK(clinical::implausibleDate(test::kToday.addYears(1).addDays(1), test::kToday) ==
          QStringLiteral("is more than a year from today"));

    // A dating scan in the year 2426, imported: refused as the care plan refuses it.
    const auto read =
        interop::parseBooking(bookingWith(kNames, QStringLiteral(R"("booking_date": "2026-10-20",
                        "dating_scan": {"date": "2426-10-20", "crl_mm": 60})")),
                              test::kToday);
    CHECK_FALSE(read.booking);
    CHECK(lines(read.errors)
              .contains(QStringLiteral("pregnancy.dating_scan.date: is in the future")));
    const auto ancient = interop::parseBooking(
        bookingWith(kNames, QStringLiteral(R"("booking_date": "2026-10-20", "lmp": "1826-09-01")")),
        test::kToday);
    CHECK(lines(ancient.errors).contains(QStringLiteral("pregnancy.lmp: is before 1900")));

    Woman old = test::lowRiskBooking().woman;
    old.dateOfBirth = QDate(1850, 1, 1);
    // Her age then says it is a mistyped year.
    const FieldErrors born = clinical::validateWoman(old, test::kToday);
    REQUIRE(born.size() == 1);
    CHECK(born.front().path == QStringLiteral("woman.date_of_birth"));

    AntenatalContact contact;
    contact.date = QDate(2427, 1, 1);
    contact.notes = QStringLiteral("BP 120/80\x1b[2J");
    const QStringList problems =
        lines(clinical::contactProblems(contact, QDate(2026, 10, 20), test::kToday));
    CHECK(problems.contains(
        QStringLiteral("date: 2427-01-01 is after today; record a contact once it has happened")));
    CHECK(problems.contains(
        QStringLiteral("notes: holds a control character (U+001b at character 10)")));
}

TEST_CASE("Folding a name for search takes time in proportion to its length", "[input][search]")
{
    // A million accented letters: folded in one pass (a quadratic fold took minutes), and to
    // the same key as the short name repeated.
    const QString longName = QString(1'000'000, QChar(0x00E9));
    const QString folded = storage::foldName(longName);
    CHECK(folded.size() == 1'000'000);
    CHECK(folded == QString(1'000'000, QLatin1Char('e')));
    // Decomposed in runs as a whole string is: the marks after a Tibetan vowel sign, which
    // decomposes into marks itself, still take their canonical order across it.
    const QString tibetan =
        QString(64, QLatin1Char('a')) + QChar(0x302E) + QChar(0x0F73) + QChar(0x1715);
    CHECK(storage::foldName(tibetan) ==
          QString(64, QLatin1Char('a')) + QChar(0x1715) + QChar(0x302E));
}
