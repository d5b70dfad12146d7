// SPDX-License-Identifier: MIT
// The flags every list shows beside a woman (her circumstances, an interpreter, a teenage
// parent, a loss), read for many women at once; and records entered in error, which every list
// leaves out while her own record still opens.
#include "TestSupport.h"

#include "care/Scheduling.h"
#include "care/Women.h"
#include "demo/DemoData.h"
#include "demo/DemoTeams.h"
#include "domain/RecordFlags.h"
#include "storage/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WomanRepository.h"
#include "util/Clock.h"

#include <QSet>
#include <QSqlQuery>

using namespace bb;

namespace {

struct Fixture
{
    test::ScratchDir scratch;
    FixedClock clock{QDateTime(test::kToday, QTime(9, 0))};
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("f.sqlite")), &error);
    care::Women women() const { return care::Women(*db, clock); }

    void run(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.prepare(statement));
        for (const QVariant &value : values)
            q.addBindValue(value);
        INFO(statement.toStdString());
        REQUIRE(q.exec());
    }
    /// Her pregnancy ended in a loss on `day`, as recording a loss leaves it.
    void lose(qint64 pregnancyId, const QString &kind, const QDate &day) const
    {
        run(QStringLiteral("INSERT INTO pregnancy_loss (pregnancy_id, kind, loss_date, "
                           "recorded_by, recorded_at) VALUES (?, ?, ?, 'Test Midwife', ?)"),
            {pregnancyId, kind, day.toString(Qt::ISODate), QStringLiteral("2026-12-01T09:00:00")});
        run(QStringLiteral("UPDATE pregnancy SET status = 'loss' WHERE id = ?"), {pregnancyId});
    }
};

Booking bookedAt(const QString &nhsNumber, const QString &given, const QDate &born)
{
    Booking b = test::lowRiskBooking(); // booked 12-Oct-2026
    b.woman.nhsNumber = nhsNumber;
    b.woman.givenName = given;
    b.woman.dateOfBirth = born;
    return b;
}

} // namespace

TEST_CASE("Flags: her loss, interpreter, age and circumstances in one line, most pressing first",
          "[flags]")
{
    RecordFlags flags;
    CHECK(flags.isEmpty());
    CHECK(flagText(flags, FlagStyle::List).isEmpty());
    flags.social = {QStringLiteral("asylum_seeker"), QStringLiteral("no_fixed_abode")};
    flags.interpreterNeeded = true;
    flags.language = QStringLiteral("pl");
    flags.loss = LossKind::Stillbirth;
    flags.lossDate = QDate(2026, 11, 20);
    CHECK(flagText(flags, FlagStyle::List) ==
          QStringLiteral("Loss: stillbirth \u00B7 Interpreter (Polish) \u00B7 Asylum seeker "
                         "\u00B7 No fixed abode"));
    CHECK(flagText(flags, FlagStyle::Header) ==
          QStringLiteral("Loss: stillbirth on 20-Nov-2026 \u00B7 Interpreter needed (Polish) "
                         "\u00B7 Asylum seeker \u00B7 No fixed abode"));
    flags.enteredInError = true;
    flags.teenageParent = true;
    flags.temporaryNumber = true; // shown where her number is, not among the words
    CHECK(flagLabels(flags, FlagStyle::List) ==
          QStringList{QStringLiteral("Entered in error"), QStringLiteral("Loss: stillbirth"),
                      QStringLiteral("Interpreter (Polish)"), QStringLiteral("Teenage parent"),
                      QStringLiteral("Asylum seeker"), QStringLiteral("No fixed abode")});
    CHECK(flags.flagCount() == 7);
}

TEST_CASE("Flags show a safeguarding concern and disclosed domestic abuse only to staff who "
          "see safeguarding",
          "[care][flags][access]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking booking =
        bookedAt(QStringLiteral("9434765919"), QStringLiteral("Asha"), QDate(1994, 7, 9));
    booking.woman.social = {QStringLiteral("domestic_abuse"), QStringLiteral("refugee"),
                            QStringLiteral("safeguarding_concern")};
    REQUIRE(test::book(*f.db, f.clock, booking, &f.error));
    const qint64 id = booking.woman.id;
    const auto socialSeenBy = [&](UserRole role) {
        return f.women()
            .flagsOf({id}, Actor::named(QStringLiteral("someone"), role))
            .value()
            .value(id)
            .social;
    };
    const QStringList all = {QStringLiteral("domestic_abuse"), QStringLiteral("refugee"),
                             QStringLiteral("safeguarding_concern")};
    CHECK(socialSeenBy(UserRole::Midwife) == all);
    CHECK(socialSeenBy(UserRole::TeamLead) == all);
    CHECK(socialSeenBy(UserRole::HealthVisitor) == all);
    CHECK(socialSeenBy(UserRole::SupportWorker) == QStringList{QStringLiteral("refugee")});
    const auto found = f.women().search(
        QStringLiteral("Asha"), 5, Actor::named(QStringLiteral("msw"), UserRole::SupportWorker));
    REQUIRE(found.women.size() == 1);
    CHECK(found.flags.value(id).social == QStringList{QStringLiteral("refugee")});
}

TEST_CASE("Flags of many women are read at once: circumstances, interpreter, loss, identifier",
          "[flags]")
{
    Fixture f;
    REQUIRE(f.db);
    Booking bereaved =
        bookedAt(QStringLiteral("9434765919"), QStringLiteral("Asha"), QDate(1994, 7, 9));
    bereaved.woman.interpreterNeeded = true;
    bereaved.woman.preferredLanguage = QStringLiteral("pl");
    bereaved.woman.social = {QStringLiteral("asylum_seeker"),
                             QStringLiteral("learning_disability")};
    REQUIRE(test::book(*f.db, f.clock, bereaved, &f.error));
    f.lose(bereaved.pregnancy.id, QStringLiteral("stillbirth"), QDate(2026, 11, 20));
    Booking plain =
        bookedAt(QStringLiteral("4010232137"), QStringLiteral("Beth"), QDate(1990, 1, 1));
    REQUIRE(test::book(*f.db, f.clock, plain, &f.error));
    const auto temporary = f.women().registerWithoutNhsNumber(
        bookedAt(QString(), QStringLiteral("Amina"), QDate(1996, 3, 3)).woman, test::testMidwife());
    REQUIRE(temporary);

    const auto read = f.women().flagsOf({bereaved.woman.id, plain.woman.id, temporary->id, 999999},
                                        test::testMidwife());
    REQUIRE(read);
    const QHash<qint64, RecordFlags> &flags = read.value();
    CHECK(flags.size() == 3); // no flags for a woman who does not exist
    const RecordFlags &hers = flags.value(bereaved.woman.id);
    CHECK(hers.loss == LossKind::Stillbirth);
    CHECK(hers.lossDate == QDate(2026, 11, 20));
    CHECK(hers.interpreterNeeded);
    CHECK(hers.social ==
          QStringList{QStringLiteral("asylum_seeker"), QStringLiteral("learning_disability")});
    CHECK(flagText(hers, FlagStyle::List) ==
          QStringLiteral("Loss: stillbirth \u00B7 Interpreter (Polish) \u00B7 Asylum seeker "
                         "\u00B7 Learning disability"));
    CHECK(flags.value(plain.woman.id).isEmpty());
    CHECK(flags.value(temporary->id).temporaryNumber);
    CHECK_FALSE(flags.value(bereaved.woman.id).temporaryNumber);

    // Her next pregnancy is her latest: the loss of the one before is not flagged on it.
    Booking next = bereaved;
    next.pregnancy = Pregnancy{};
    next.pregnancy.bookingDate = QDate(2026, 11, 30);
    next.pregnancy.lmp = QDate(2026, 10, 20);
    REQUIRE(test::book(*f.db, f.clock, next, &f.error));
    CHECK_FALSE(f.women()
                    .flagsOf({bereaved.woman.id}, test::testMidwife())
                    .value()
                    .value(bereaved.woman.id)
                    .loss);
    // Unless that next pregnancy was entered in error.
    f.run(QStringLiteral("UPDATE pregnancy SET in_error = 1 WHERE id = ?"), {next.pregnancy.id});
    CHECK(f.women()
              .flagsOf({bereaved.woman.id}, test::testMidwife())
              .value()
              .value(bereaved.woman.id)
              .loss == LossKind::Stillbirth);
}

TEST_CASE("Teenage parent: under 20 at the booking of her latest pregnancy, or today without one "
          "(NICE CG110, young women aged under 20)",
          "[flags][teenage]")
{
    Fixture f; // today 01-Dec-2026; the bookings are on 12-Oct-2026
    REQUIRE(f.db);
    // 19 at booking, 20 by today: a young parent for this pregnancy.
    Booking nineteen =
        bookedAt(QStringLiteral("9434765919"), QStringLiteral("Chloe"), QDate(2006, 11, 15));
    REQUIRE(test::book(*f.db, f.clock, nineteen, &f.error));
    // 20 on the day she booked.
    Booking twenty =
        bookedAt(QStringLiteral("4010232137"), QStringLiteral("Dana"), QDate(2006, 10, 12));
    REQUIRE(test::book(*f.db, f.clock, twenty, &f.error));
    // Not booked yet: her age today, 19 until her birthday on 02-Dec-2026.
    const auto unbooked = f.women().registerWithoutNhsNumber(
        bookedAt(QString(), QStringLiteral("Ella"), QDate(2007, 12, 2)).woman, test::testMidwife());
    REQUIRE(unbooked);
    const auto turnedTwenty = f.women().registerWithoutNhsNumber(
        bookedAt(QString(), QStringLiteral("Fern"), QDate(2006, 12, 1)).woman, test::testMidwife());
    REQUIRE(turnedTwenty);

    const auto flags = f.women().flagsOf(
        {nineteen.woman.id, twenty.woman.id, unbooked->id, turnedTwenty->id}, test::testMidwife());
    REQUIRE(flags);
    CHECK(flags.value().value(nineteen.woman.id).teenageParent);
    CHECK_FALSE(flags.value().value(twenty.woman.id).teenageParent);
    CHECK(flags.value().value(unbooked->id).teenageParent);
    CHECK_FALSE(flags.value().value(turnedTwenty->id).teenageParent);
    CHECK(flagText(flags.value().value(nineteen.woman.id), FlagStyle::List) ==
          QStringLiteral("Teenage parent"));
}

TEST_CASE("Flags of a thousand women and more come back whole", "[flags]")
{
    Fixture f;
    REQUIRE(f.db);
    QList<qint64> ids;
    {
        storage::Transaction all(f.db->connection());
        REQUIRE(all.isActive());
        for (int i = 0; i < 1203; ++i) {
            Woman w = bookedAt(QString(), QStringLiteral("Woman"), QDate(1990, 1, 1)).woman;
            w.familyName = QStringLiteral("Number%1").arg(i);
            if (i % 7 == 0)
                w.social = {QStringLiteral("refugee")};
            const auto saved = f.women().registerWithoutNhsNumber(w, test::testMidwife());
            REQUIRE(saved);
            ids << saved->id;
        }
        REQUIRE(all.commit());
    }
    const auto flags = f.women().flagsOf(ids, test::testMidwife());
    REQUIRE(flags);
    REQUIRE(flags.value().size() == ids.size());
    int refugees = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const RecordFlags &one = flags.value().value(ids[i]);
        CHECK(one.temporaryNumber);
        if (one.social.contains(QStringLiteral("refugee")))
            ++refugees;
    }
    CHECK(refugees == 172); // 0, 7, ..., 1197
}

TEST_CASE("A woman or pregnancy entered in error is left out of every list and kept",
          "[flags][in-error]")
{
    Fixture f;
    REQUIRE(f.db);
    const QDate monday(2026, 12, 7);
    QList<Booking> bookings = demo::demoBookings(test::kToday);
    REQUIRE(test::bookAll(*f.db, f.clock, bookings, &f.error));
    REQUIRE(demo::storeDemoTeams(*f.db, f.clock, bookings, &f.error));
    const care::Scheduling scheduling(*f.db, f.clock);
    REQUIRE(scheduling.runSchedule({monday, 4, {}}, test::testTeamLead()));
    const auto total = [&] {
        int women = 0;
        const auto counts = scheduling.caseloadCounts();
        REQUIRE(counts);
        for (const CaseloadCount &c : counts.value())
            women += c.women;
        return women;
    };
    const int before = total();
    const auto bookedIn = [&](qint64 pregnancyId) {
        for (const AppointmentListing &a :
             scheduling.appointmentsBetween(monday, monday.addDays(27)))
            if (a.appointment.pregnancyId == pregnancyId)
                return true;
        return false;
    };

    // One whole woman entered in error, and another's pregnancy (she stays, without it). Each
    // with appointments booked, so the lists have something to leave out.
    const Booking *wrongWoman = nullptr;
    const Booking *wrongPregnancy = nullptr;
    for (const Booking &b : bookings) {
        if (!bookedIn(b.pregnancy.id))
            continue;
        if (!wrongWoman)
            wrongWoman = &b;
        else if (!wrongPregnancy && b.woman.familyName != wrongWoman->woman.familyName)
            wrongPregnancy = &b;
    }
    REQUIRE(wrongWoman);
    REQUIRE(wrongPregnancy);
    f.run(QStringLiteral("UPDATE woman SET in_error = 1 WHERE id = ?"), {wrongWoman->woman.id});
    f.run(QStringLiteral("UPDATE pregnancy SET in_error = 1 WHERE id = ?"),
          {wrongPregnancy->pregnancy.id});

    const auto women = f.women();
    const auto found = [&](const QString &typed, qint64 womanId) {
        for (const WomanSummary &w : women.search(typed, 500, test::testMidwife()).women)
            if (w.id == womanId)
                return true;
        return false;
    };
    // Search: by name, by number, and the list of everyone.
    CHECK_FALSE(found(wrongWoman->woman.familyName, wrongWoman->woman.id));
    CHECK_FALSE(found(wrongWoman->woman.nhsNumber, wrongWoman->woman.id));
    CHECK_FALSE(found(QString(), wrongWoman->woman.id));
    // The other woman is still found, with no pregnancy now to show.
    CHECK(found(wrongPregnancy->woman.nhsNumber, wrongPregnancy->woman.id));
    const WomanSummary stays =
        women.search(wrongPregnancy->woman.nhsNumber, 5, test::testMidwife()).women.front();
    CHECK_FALSE(stays.edd.isValid());

    // Caseloads and women in care.
    CHECK(total() == before - 2);
    const auto counts = scheduling.caseloadCounts();
    REQUIRE(counts);
    for (const CaseloadCount &c : counts.value()) {
        const auto page = scheduling.caseload(c.teamId, c.midwifeId, 0, 1000);
        REQUIRE(page);
        for (const CaseloadWoman &w : page.value()) {
            CHECK(w.woman.womanId != wrongWoman->woman.id);
            CHECK(w.woman.pregnancyId != wrongPregnancy->pregnancy.id);
        }
    }
    for (const WomanInCare &w : storage::WomanRepository(*f.db).inCare()) {
        CHECK(w.womanId != wrongWoman->woman.id);
        CHECK(w.pregnancyId != wrongPregnancy->pregnancy.id);
    }
    // The week's appointments; the diary still holds their time until they are cancelled.
    CHECK_FALSE(bookedIn(wrongWoman->pregnancy.id));
    CHECK_FALSE(bookedIn(wrongPregnancy->pregnancy.id));
    bool held = false;
    for (const AppointmentListing &a :
         storage::AppointmentRepository(*f.db).diaryBetween(monday, monday.addDays(27)))
        held = held || a.appointment.pregnancyId == wrongWoman->pregnancy.id;
    CHECK(held);

    // Kept: her record opens directly, flagged.
    const auto kept = women.byId(wrongWoman->woman.id);
    REQUIRE(kept);
    const auto flags = women.flagsOf({wrongWoman->woman.id}, test::testMidwife());
    REQUIRE(flags);
    CHECK(flags.value().value(wrongWoman->woman.id).enteredInError);
    CHECK(flagText(flags.value().value(wrongWoman->woman.id), FlagStyle::List)
              .startsWith(QStringLiteral("Entered in error")));
}
