// SPDX-License-Identifier: MIT
// Booking a pregnancy as one care::Bookings operation: one open pregnancy at a time.
#include "TestSupport.h"

#include "care/Bookings.h"
#include "care/Women.h"
#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/PregnancyRepository.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlQuery>

#include <chrono>
#include <future>
#include <thread>

using namespace bb;

namespace {
struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("b.sqlite")), &error);
};
} // namespace

TEST_CASE("A second pregnancy is refused while her earlier one is still open", "[care][booking]")
{
    Fixture f;
    REQUIRE(f.db);
    const storage::Database *db = f.db.get();
    const Clock &clock = f.clock;
    QString &error = f.error;
    Booking first = test::lowRiskBooking();
    REQUIRE(test::book(*db, clock, first, &error));

    // The same woman, a new pregnancy (no pregnancy id), booked while the first is open.
    Booking second = first;
    second.pregnancy = Pregnancy{};
    second.pregnancy.bookingDate = QDate(2026, 11, 30);
    second.pregnancy.lmp = QDate(2026, 10, 5);
    const care::Bookings bookings(*db, clock);
    const auto refused = bookings.save(second, test::testMidwife());
    REQUIRE(refused.invalid());
    REQUIRE(refused.fieldErrors().size() == 1);
    CHECK(refused.fieldErrors().front().path == QStringLiteral("pregnancy.booking_date"));
    CHECK(refused.fieldErrors().front().message.contains(QStringLiteral("still open")));
    CHECK(care::Women(*db, clock).pregnancies(first.woman.id).value().size() == 1);

    // Once the first is closed (her baby was born), the next pregnancy can be booked.
    QSqlQuery close(db->connection());
    REQUIRE(close.exec(QStringLiteral("UPDATE pregnancy SET status = 'delivered'")));
    const auto booked = bookings.save(second, test::testMidwife());
    INFO(booked.message().toStdString());
    REQUIRE(booked);
    CHECK(care::Women(*db, clock).pregnancies(first.woman.id).value().size() == 2);
}

TEST_CASE("Smoking and conception not asked are kept as not asked", "[care][booking][not-asked]")
{
    Fixture f;
    REQUIRE(f.db);
    const storage::Database *db = f.db.get();
    const Clock &clock = f.clock;
    QString &error = f.error;
    Booking booking = test::lowRiskBooking();
    booking.assessment.smoking = Smoking::NotAsked;
    booking.pregnancy.conception = Conception::NotAsked;
    REQUIRE(test::book(*db, clock, booking, &error));
    const care::Women women(*db, clock);
    Booking read = *women.booking(booking.pregnancy.id).value();
    CHECK(read.assessment.smoking == Smoking::NotAsked);
    CHECK(read.pregnancy.conception == Conception::NotAsked);

    // Asked later: the answers replace "not asked".
    read.assessment.smoking = Smoking::Ex;
    read.pregnancy.conception = Conception::Assisted;
    REQUIRE(care::Bookings(*db, clock).save(read, test::testMidwife()));
    read = *women.booking(booking.pregnancy.id).value();
    CHECK(read.assessment.smoking == Smoking::Ex);
    CHECK(read.pregnancy.conception == Conception::Assisted);
}

TEST_CASE("Every detail of the booking is saved and read back as it was typed",
          "[care][booking][storage]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking typed = test::bookingWithDetails();
    REQUIRE(test::book(*f.db, f.clock, typed, &f.error));
    const auto back = storage::PregnancyRepository(*f.db).booking(typed.pregnancy.id, &f.error);
    INFO(f.error.toStdString());
    REQUIRE(back);
    CHECK(back->woman == typed.woman);
    CHECK(back->pregnancy == typed.pregnancy);
    CHECK(back->assessment == typed.assessment);
    CHECK(back->details == typed.details);

    // Every code of every choice is accepted by the schema and read back the same.
    const auto pick = [](const QStringList &list, int i) { return list.at(i % list.size()); };
    for (int i = 0; i < 7; ++i) {
        Booking b = *back;
        BookingDetails &d = b.details;
        d.urineProtein = *codes::dipstickFromCode(pick(codes::dipstickCodes(), i));
        d.urineGlucose = *codes::dipstickFromCode(pick(codes::dipstickCodes(), i + 1));
        d.bloodGroup = *codes::bloodGroupFromCode(pick(codes::bloodGroupCodes(), i));
        d.rhesus = *codes::rhesusFromCode(pick(codes::rhesusCodes(), i));
        for (ScreeningTest test : codes::screeningTests())
            d.setScreeningChoice(test, *codes::screeningChoiceFromCode(
                                           pick(codes::screeningChoiceCodes(), i + int(test))));
        d.fgm = *codes::fgmEnquiryFromCode(pick(codes::fgmEnquiryCodes(), i));
        d.abuseEnquiry = *codes::abuseEnquiryFromCode(pick(codes::abuseEnquiryCodes(), i));
        const PregnancyOutcome outcome =
            *codes::pregnancyOutcomeFromCode(pick(codes::pregnancyOutcomeCodes(), i));
        PreviousPregnancy earlier;
        earlier.year = 2020;
        earlier.outcome = outcome;
        if (earlier.isBirth())
            earlier.mode = *codes::modeOfBirthFromCode(pick(codes::modeOfBirthCodes(), i));
        d.previousPregnancies = {earlier};
        b.assessment.conditions.clear();
        b.woman.social.clear();
        INFO(codes::toCode(outcome).toStdString());
        const auto saved = care::Bookings(*f.db, f.clock).save(b, test::testMidwife());
        INFO(saved.message().toStdString());
        REQUIRE(saved);
        const auto again = storage::PregnancyRepository(*f.db).booking(b.pregnancy.id);
        REQUIRE(again);
        CHECK(again->details == saved.value().details);
    }
}

TEST_CASE("A booking received without the booking's details keeps those stored, and one with "
          "them replaces them",
          "[care][booking][storage]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking stored = test::bookingWithDetails();
    REQUIRE(test::book(*f.db, f.clock, stored, &f.error));
    const care::Bookings bookings(*f.db, f.clock);

    // As an older export, or another system, would send it: no details, no next of kin.
    Booking plain = test::lowRiskBooking();
    plain.pregnancy.previousBirths = 1;
    plain.pregnancy.previousLosses = 1;
    plain.pregnancy.previousCaesareans = 1;
    plain.assessment.measurements.weightKg = 61;
    const auto received = bookings.receive(plain, test::testMidwife());
    INFO(received.message().toStdString());
    REQUIRE(received);
    auto back = storage::PregnancyRepository(*f.db).booking(stored.pregnancy.id);
    REQUIRE(back);
    CHECK(back->assessment.measurements.weightKg == 61);
    CHECK(back->details == stored.details);
    CHECK(back->woman.nextOfKin == stored.woman.nextOfKin);
    CHECK(back->woman.occupation == stored.woman.occupation);

    Booking withDetails = plain;
    withDetails.details.rhesus = Rhesus::Positive;
    REQUIRE(bookings.receive(withDetails, test::testMidwife()));
    back = storage::PregnancyRepository(*f.db).booking(stored.pregnancy.id);
    REQUIRE(back);
    CHECK(back->details.rhesus == Rhesus::Positive);
    CHECK(back->details.previousPregnancies.isEmpty());
}

TEST_CASE("A booking received while another process is storing the same new woman updates hers, "
          "and never stores her twice",
          "[care][booking][concurrency]")
{
    test::ScratchDir scratch;
    const QString path = test::databaseAt(scratch, QStringLiteral("clinic.sqlite"));
    const FixedClock clock(QDateTime(test::kToday, QTime(9, 0)));
    QString error;
    auto first = storage::Database::open(path, &error);
    REQUIRE(first);

    // The second process, open already, receives the same booking on a connection of its own
    // once the first is part-way through storing her.
    std::promise<void> opened;
    std::promise<void> go;
    std::optional<care::Outcome<Booking>> second;
    std::thread other([&] {
        QString openError;
        auto own = storage::Database::open(path, &openError);
        opened.set_value();
        go.get_future().wait();
        if (!own) {
            second = care::Outcome<Booking>::failure(openError);
            return;
        }
        const FixedClock sameDay(QDateTime(test::kToday, QTime(9, 0)));
        second = care::Bookings(*own, sameDay).receive(test::lowRiskBooking(), test::testMidwife());
    });
    opened.get_future().wait();
    // The first's transaction holds the write lock with her stored but not yet committed.
    auto holding = std::make_unique<storage::Transaction>(first->connection());
    REQUIRE(holding->isActive());
    Booking asha = test::lowRiskBooking();
    REQUIRE(care::Bookings(*first, clock).receive(asha, test::testMidwife()).ok());
    go.set_value();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(holding->commit());
    holding.reset();
    other.join();

    REQUIRE(second);
    INFO(second->message().toStdString());
    CHECK(second->ok());
    QSqlQuery q(first->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM woman), "
                                  "(SELECT count(*) FROM pregnancy)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toInt() == 1);
}

TEST_CASE("A booking saved from an older version than a colleague's save is refused as a "
          "conflict and writes nothing, and is saved once made from theirs",
          "[care][booking][conflict]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking her = test::lowRiskBooking();
    REQUIRE(test::book(*f.db, f.clock, her, &f.error));
    const care::Bookings bookings(*f.db, f.clock);
    const int opened = bookings.bookingVersion(her.pregnancy.id).value();

    // Two midwives open her booking; the first saves a new phone number.
    Booking colleague = her;
    colleague.woman.phone = QStringLiteral("0116 496 0999");
    const auto first = bookings.save(colleague, test::testMidwife(), opened);
    INFO(first.message().toStdString());
    REQUIRE(first);
    const int afterFirst = bookings.bookingVersion(her.pregnancy.id).value();
    CHECK(afterFirst > opened);

    // The second, from the version she opened, is told, and nothing of hers is written.
    Booking mine = her;
    mine.assessment.measurements.weightKg = 71;
    const auto refused = bookings.save(mine, test::testMidwife(), opened);
    CHECK(refused.conflicted());
    CHECK(refused.message().contains(QLatin1String("a colleague saved her booking")));
    const auto stored = care::Women(*f.db, f.clock).booking(her.pregnancy.id).value();
    REQUIRE(stored);
    CHECK(stored->woman.phone == QStringLiteral("0116 496 0999"));
    CHECK(stored->assessment.measurements.weightKg == her.assessment.measurements.weightKg);
    CHECK(bookings.bookingVersion(her.pregnancy.id).value() == afterFirst);

    // Having seen both, she saves hers made from the colleague's version.
    const auto saved = bookings.save(mine, test::testMidwife(), afterFirst);
    REQUIRE(saved);
    CHECK(bookings.bookingVersion(her.pregnancy.id).value() > afterFirst);
    // An import replaces what is stored without a version to compare.
    CHECK(bookings.save(mine, test::testMidwife()));
}

TEST_CASE("Her details saved from her registration by a colleague make a booking saved from "
          "before them a conflict, and a registration saved from before a booking one too",
          "[care][booking][conflict]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking her = test::lowRiskBooking();
    REQUIRE(test::book(*f.db, f.clock, her, &f.error));
    const care::Bookings bookings(*f.db, f.clock);
    const care::Women women(*f.db, f.clock);
    const int bookingOpened = bookings.bookingVersion(her.pregnancy.id).value();
    const int registrationOpened = women.version(her.woman.id).value();

    // A colleague changes her phone number on her registration page.
    Woman changed = her.woman;
    changed.phone = QStringLiteral("0116 496 0999");
    REQUIRE(women.save(changed, test::testMidwife(), registrationOpened));
    CHECK(women.version(her.woman.id).value() == registrationOpened + 1);

    // A booking typed from before it carries her old number: refused, nothing written.
    Booking mine = her;
    mine.assessment.measurements.weightKg = 71;
    CHECK(bookings.save(mine, test::testMidwife(), bookingOpened).conflicted());
    // And her registration saved again from before the colleague's: refused too.
    Woman stale = her.woman;
    stale.occupation = QStringLiteral("Teacher");
    const auto refused = women.save(stale, test::testMidwife(), registrationOpened);
    CHECK(refused.conflicted());
    CHECK(refused.message().contains(QLatin1String("a colleague saved her details")));
    const auto stored = women.byId(her.woman.id);
    REQUIRE(stored);
    CHECK(stored->phone == QStringLiteral("0116 496 0999"));
    CHECK(stored->occupation == her.woman.occupation);
    // A booking saved moves her details' version on as well: it carries them.
    const int beforeBooking = women.version(her.woman.id).value();
    REQUIRE(bookings.save(mine, test::testMidwife(),
                          bookings.bookingVersion(her.pregnancy.id).value()));
    CHECK(women.version(her.woman.id).value() > beforeBooking);
    CHECK(women.save(stale, test::testMidwife(), beforeBooking).conflicted());
}
