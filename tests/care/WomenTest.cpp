// SPDX-License-Identifier: MIT
// Registering a woman with no NHS number yet (a temporary identifier, replaced everywhere once
// her number is known) and the question asked before registering a woman twice.
#include "TestSupport.h"

#include "care/Drafts.h"
#include "care/Women.h"
#include "clinical/NhsNumber.h"
#include "storage/CarePlanRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace bb;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(test::kToday, QTime(9, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("w.sqlite")), &error);
    care::Women women() const { return care::Women(*db, clock); }
};

Woman newcomer(const QString &given, const QString &family, const QDate &born)
{
    Woman w;
    w.givenName = given;
    w.familyName = family;
    w.dateOfBirth = born;
    w.postcode = QStringLiteral("LE2 0QA");
    return w;
}

} // namespace

TEST_CASE("Identifiers: a temporary identifier is TMP and seven digits, never an NHS number",
          "[women][nhs]")
{
    using namespace clinical;
    CHECK(nhs::temporaryIdentifier(1) == QStringLiteral("TMP0000001"));
    CHECK(nhs::temporaryIdentifier(42) == QStringLiteral("TMP0000042"));
    CHECK(nhs::temporaryIdentifier(0).isEmpty());
    CHECK(nhs::temporaryIdentifier(10000000).isEmpty());
    CHECK(nhs::isTemporary(QStringLiteral("TMP0000001")));
    CHECK_FALSE(nhs::isTemporary(QStringLiteral("TMP000001")));
    CHECK_FALSE(nhs::isTemporary(QStringLiteral("9434765919")));
    CHECK(nhs::temporarySequence(QStringLiteral("TMP0000042")) == 42);
    CHECK(nhs::temporarySequence(QStringLiteral("9434765919")) == 0);
    // Typed as people type it, it is read as it is stored, and never passes as an NHS number.
    CHECK(nhs::normalise(QStringLiteral("tmp 000 0001")) == QStringLiteral("TMP0000001"));
    CHECK_FALSE(nhs::isValid(QStringLiteral("TMP0000001")));
    CHECK(nhs::problem(QStringLiteral("TMP0000001")).contains(QStringLiteral("temporary")));
    CHECK(nhs::identifierProblem(QStringLiteral("TMP0000001")).isEmpty());
    CHECK(nhs::identifierProblem(QStringLiteral("943 476 5919")).isEmpty());
    CHECK_FALSE(nhs::identifierProblem(QStringLiteral("9434765918")).isEmpty());
    // Shown marked wherever it appears; an NHS number as before.
    CHECK(nhs::format(QStringLiteral("TMP0000001")) == QStringLiteral("TMP0000001"));
    CHECK(nhs::labelled(QStringLiteral("TMP0000001")) ==
          QStringLiteral("TMP0000001 (temporary: no NHS number yet)"));
    CHECK(nhs::listed(QStringLiteral("TMP0000001")) == QStringLiteral("TMP0000001 (temp)"));
    CHECK(nhs::labelled(QStringLiteral("9434765919")) == QStringLiteral("NHS number 943 476 5919"));
    CHECK(nhs::listed(QStringLiteral("9434765919")) == QStringLiteral("943 476 5919"));
}

TEST_CASE("A woman with no NHS number yet is given the next temporary identifier",
          "[women][temporary]")
{
    Fixture f;
    REQUIRE(f.db);
    const auto women = f.women();
    const auto first = women.registerWithoutNhsNumber(
        newcomer(QStringLiteral("Amina"), QStringLiteral("Yusuf"), QDate(1998, 2, 3)),
        test::testMidwife());
    INFO(first.message().toStdString());
    REQUIRE(first);
    CHECK(first->id > 0);
    CHECK(first->nhsNumber == QStringLiteral("TMP0000001"));
    const auto second = women.registerWithoutNhsNumber(
        newcomer(QStringLiteral("Fatima"), QStringLiteral("Hassan"), QDate(2001, 6, 30)),
        test::testMidwife());
    REQUIRE(second);
    CHECK(second->nhsNumber == QStringLiteral("TMP0000002"));
    CHECK(women.byNhsNumber(QStringLiteral("TMP0000002"))->givenName == QStringLiteral("Fatima"));

    // The next is one more than the largest held, whatever came before it.
    QSqlQuery jump(f.db->connection());
    REQUIRE(jump.exec(QStringLiteral(
        "UPDATE woman SET nhs_number = 'TMP0000041' WHERE nhs_number = 'TMP0000002'")));
    const auto third = women.registerWithoutNhsNumber(
        newcomer(QStringLiteral("Nadia"), QStringLiteral("Karimi"), QDate(1995, 1, 12)),
        test::testMidwife());
    REQUIRE(third);
    CHECK(third->nhsNumber == QStringLiteral("TMP0000042"));

    // Her other details are checked as anyone's; nothing is saved when they are wrong.
    Woman nameless = newcomer(QString(), QStringLiteral("Karimi"), QDate(1995, 1, 12));
    const auto refused = women.registerWithoutNhsNumber(nameless, test::testMidwife());
    REQUIRE(refused.invalid());
    CHECK(refused.fieldErrors().front().path == QStringLiteral("woman.given_name"));
    CHECK(women.count() == 3);
}

TEST_CASE("A temporary identifier is given by the app, never typed or taken on",
          "[women][temporary]")
{
    Fixture f;
    REQUIRE(f.db);
    const auto women = f.women();
    Woman typed = newcomer(QStringLiteral("Amina"), QStringLiteral("Yusuf"), QDate(1998, 2, 3));
    typed.nhsNumber = QStringLiteral("TMP0000007");
    const auto refused = women.save(typed, test::testMidwife());
    REQUIRE(refused.invalid());
    CHECK(refused.fieldErrors().front().path == QStringLiteral("woman.nhs_number"));
    CHECK(refused.fieldErrors().front().message.contains(QStringLiteral("only to a woman")));

    // A woman with an NHS number keeps it.
    Woman known = typed;
    known.nhsNumber = QStringLiteral("9434765919");
    const auto saved = women.save(known, test::testMidwife());
    REQUIRE(saved);
    Woman changed = saved.value();
    changed.nhsNumber = QStringLiteral("TMP0000001");
    CHECK(women.save(changed, test::testMidwife()).invalid());
    CHECK(women.byId(saved->id)->nhsNumber == QStringLiteral("9434765919"));
    const auto notTemporary =
        women.replaceTemporaryNumber(saved->id, QStringLiteral("4010232137"), test::testMidwife());
    REQUIRE(notTemporary.invalid());
    CHECK(notTemporary.fieldErrors().front().message.contains(QStringLiteral("already")));

    // A saved woman is not given one afterwards.
    CHECK(women.problems(saved.value(), care::NhsNumberKnown::NotYet).front().path ==
          QStringLiteral("woman.nhs_number"));
}

TEST_CASE("Her NHS number replaces the temporary identifier on every record of hers",
          "[women][temporary]")
{
    Fixture f;
    REQUIRE(f.db);
    const auto women = f.women();
    Booking booking = test::lowRiskBooking();
    const auto registered = women.registerWithoutNhsNumber(booking.woman, test::testMidwife());
    REQUIRE(registered);
    const QString temporary = registered->nhsNumber;
    REQUIRE(temporary == QStringLiteral("TMP0000001"));
    // Booked and given a care plan under the temporary identifier, with a draft typed for her.
    booking.woman = registered.value();
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    const care::Drafts drafts(*f.db, f.clock);
    const QString key = QStringLiteral("woman:%1").arg(registered->id);
    REQUIRE(drafts.put(QStringLiteral("registration"), key,
                       {{QStringLiteral("nhsNumber"), temporary},
                        {QStringLiteral("phone"), QStringLiteral("07700 900123")}}) ==
            care::Drafts::Kept::InDatabase);

    const auto replaced = women.replaceTemporaryNumber(
        registered->id, QStringLiteral("943 476 5919"), test::testMidwife());
    INFO(replaced.message().toStdString());
    REQUIRE(replaced);
    CHECK(replaced->nhsNumber == QStringLiteral("9434765919"));
    CHECK(replaced->id == registered->id);

    CHECK_FALSE(women.byNhsNumber(temporary));
    const auto her = women.byNhsNumber(QStringLiteral("9434765919"));
    REQUIRE(her);
    CHECK(her->id == registered->id);
    CHECK(her->givenName == QStringLiteral("Asha"));
    // Her pregnancy, her care plan's versions and her draft follow her.
    const auto pregnancies = women.pregnancies(her->id);
    REQUIRE(pregnancies.ok());
    REQUIRE(pregnancies.value().size() == 1);
    const auto versions =
        storage::CarePlanRepository(*f.db).versions(booking.pregnancy.id, &f.error);
    REQUIRE(versions);
    REQUIRE_FALSE(versions->isEmpty());
    for (const StoredCarePlan &version : *versions)
        CHECK(version.basedOn.woman.nhsNumber == QStringLiteral("9434765919"));
    const auto draft = drafts.get(QStringLiteral("registration"), key);
    REQUIRE(draft);
    CHECK(draft->payload.value(QStringLiteral("nhsNumber")).toString() ==
          QStringLiteral("9434765919"));
    CHECK(draft->payload.value(QStringLiteral("phone")).toString() ==
          QStringLiteral("07700 900123"));
    // Searching her number finds her; her old identifier finds no one.
    CHECK(women.search(QStringLiteral("943 476 5919"), 10, test::testMidwife()).women.size() == 1);
    CHECK(women.search(temporary, 10, test::testMidwife()).women.isEmpty());
}

TEST_CASE("A temporary identifier is not replaced by a wrong number or another woman's",
          "[women][temporary]")
{
    Fixture f;
    REQUIRE(f.db);
    const auto women = f.women();
    Woman other = newcomer(QStringLiteral("Grace"), QStringLiteral("Obi"), QDate(1990, 5, 5));
    other.nhsNumber = QStringLiteral("4010232137");
    REQUIRE(women.save(other, test::testMidwife()));
    const auto registered = women.registerWithoutNhsNumber(
        newcomer(QStringLiteral("Amina"), QStringLiteral("Yusuf"), QDate(1998, 2, 3)),
        test::testMidwife());
    REQUIRE(registered);

    const auto wrong = women.replaceTemporaryNumber(registered->id, QStringLiteral("943 476 5918"),
                                                    test::testMidwife());
    REQUIRE(wrong.invalid());
    CHECK(wrong.fieldErrors().front().path == QStringLiteral("woman.nhs_number"));
    CHECK(wrong.fieldErrors().front().message == QStringLiteral("check digit does not match"));

    const auto taken = women.replaceTemporaryNumber(registered->id, QStringLiteral("401 023 2137"),
                                                    test::testMidwife());
    REQUIRE(taken.invalid());
    CHECK(taken.fieldErrors().front().message.contains(QStringLiteral("Grace Obi")));

    const auto anotherTemporary = women.replaceTemporaryNumber(
        registered->id, QStringLiteral("TMP0000009"), test::testMidwife());
    REQUIRE(anotherTemporary.invalid());

    CHECK(women.byId(registered->id)->nhsNumber == QStringLiteral("TMP0000001"));
    CHECK(women.replaceTemporaryNumber(registered->id, QStringLiteral("9434765919"), Actor{})
              .failed());
    CHECK(women.byId(registered->id)->nhsNumber == QStringLiteral("TMP0000001"));
}

TEST_CASE("Searching for a temporary identifier finds her", "[women][temporary][search]")
{
    Fixture f;
    REQUIRE(f.db);
    const auto women = f.women();
    const auto registered = women.registerWithoutNhsNumber(
        newcomer(QStringLiteral("Amina"), QStringLiteral("Yusuf"), QDate(1998, 2, 3)),
        test::testMidwife());
    REQUIRE(registered);
    for (const char *typed : {"TMP0000001", "tmp0000001", "TMP 000 0001", "TMP00"}) {
        INFO(typed);
        const auto found = women.search(QString::fromLatin1(typed), 10, test::testMidwife());
        REQUIRE(found.women.size() == 1);
        CHECK(found.women.front().id == registered->id);
        CHECK(found.flags.value(registered->id).temporaryNumber);
    }
    CHECK(women.search(QStringLiteral("TMP0000002"), 10, test::testMidwife()).women.isEmpty());
}

TEST_CASE("Women with her names and date of birth are found before she is registered again",
          "[women][duplicates]")
{
    Fixture f;
    REQUIRE(f.db);
    const auto women = f.women();
    Woman first =
        newcomer(QStringLiteral("Aisling"), QStringLiteral("O'Connor"), QDate(1992, 4, 1));
    first.nhsNumber = QStringLiteral("9434765919");
    const auto saved = women.save(first, test::testMidwife());
    REQUIRE(saved);

    // Her names as search compares them: case, accents and apostrophes aside.
    const Woman typed =
        newcomer(QStringLiteral("AISLING"), QStringLiteral("OConnor"), QDate(1992, 4, 1));
    const auto same = women.sameNameAndBirth(typed);
    REQUIRE(same.ok());
    REQUIRE(same.value().size() == 1);
    CHECK(same.value().front().nhsNumber == QStringLiteral("9434765919"));

    CHECK(women
              .sameNameAndBirth(newcomer(QStringLiteral("Aisling"), QStringLiteral("O'Connor"),
                                         QDate(1992, 4, 2)))
              .value()
              .isEmpty());
    CHECK(women
              .sameNameAndBirth(
                  newcomer(QStringLiteral("Aine"), QStringLiteral("O'Connor"), QDate(1992, 4, 1)))
              .value()
              .isEmpty());
    // She is not a duplicate of herself, and nobody is one without a name and a birthday.
    CHECK(women.sameNameAndBirth(saved.value()).value().isEmpty());
    CHECK(women.sameNameAndBirth(newcomer(QString(), QString(), QDate())).value().isEmpty());
    // A record entered in error is no one to be asked about.
    QSqlQuery error(f.db->connection());
    REQUIRE(error.exec(QStringLiteral("UPDATE woman SET in_error = 1")));
    CHECK(women.sameNameAndBirth(typed).value().isEmpty());
}

TEST_CASE("A temporary identifier replaced by her NHS number is never given to another woman",
          "[women][temporary]")
{
    Fixture f;
    REQUIRE(f.db);
    const auto women = f.women();
    const auto first = women.registerWithoutNhsNumber(
        newcomer(QStringLiteral("Amina"), QStringLiteral("Yusuf"), QDate(1998, 2, 3)),
        test::testMidwife());
    REQUIRE(first);
    CHECK(first->nhsNumber == QStringLiteral("TMP0000001"));
    REQUIRE(women.replaceTemporaryNumber(first->id, QStringLiteral("943 476 5870"),
                                         test::testMidwife()));
    // No temporary identifier is held now, and still the next is not TMP0000001: it may be on a
    // sample label or a paper note that means Amina.
    const auto second = women.registerWithoutNhsNumber(
        newcomer(QStringLiteral("Fatima"), QStringLiteral("Hassan"), QDate(2001, 6, 30)),
        test::testMidwife());
    REQUIRE(second);
    CHECK(second->nhsNumber == QStringLiteral("TMP0000002"));
}
