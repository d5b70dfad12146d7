// SPDX-License-Identifier: MIT
// Her history across pregnancies: a new pregnancy starts with her demographics only, and what
// became of her earlier pregnancies here is offered as earlier-pregnancy rows for the midwife
// to confirm, one line each on her record.
#include "TestSupport.h"

#include "care/Clinic.h"
#include "clinical/EarlierPregnancies.h"
#include "clinical/ObstetricHistory.h"
#include "demo/DemoTeams.h"
#include "storage/Database.h"
#include "storage/LossRepository.h"
#include "storage/PregnancyRepository.h"
#include "util/Clock.h"

#include <QSqlQuery>

using namespace bb;

namespace {

// Her first pregnancy: booked 12-Oct-2026 with LMP 10-Aug-2026, EDD 17-May-2027; born at 39+0.
const QDate kBirthDay(2027, 5, 10);
// Her second: LMP 04-Oct-2027, booked at 8+0, miscarried at 9+1.
const QDate kSecondLmp(2027, 10, 4);
const QDate kSecondBooked(2027, 11, 29);
const QDate kMiscarriage(2027, 12, 7);

struct HistoryClinic
{
    test::ScratchDir scratch;
    QString error;
    std::unique_ptr<storage::Database> db =
        storage::Database::open(test::databaseAt(scratch, QStringLiteral("h.sqlite")), &error);
    Booking first = test::bookingWithDetails();
    qint64 midwifeId = 0;

    HistoryClinic()
    {
        REQUIRE(db);
        FixedClock bookingDay(first.pregnancy.bookingDate);
        REQUIRE(test::book(*db, bookingDay, first, &error));
        REQUIRE(demo::storeDemoTeams(*db, bookingDay, {first}, &error));
        for (const Staff &s : on(bookingDay).staffing.staff()) {
            if (s.isMidwife() && midwifeId == 0)
                midwifeId = s.id;
        }
        REQUIRE(midwifeId != 0);
    }

    care::Clinic on(const Clock &clock) const { return care::Clinic(*db, clock); }

    Birth birth(BirthMode mode, QList<int> grams) const
    {
        Birth b;
        b.pregnancyId = first.pregnancy.id;
        b.date = kBirthDay;
        b.time = QTime(9, 10);
        b.mode = mode;
        b.perineum = mode == BirthMode::Instrumental ? Perineum::Episiotomy : Perineum::Intact;
        b.bloodLossMl = 400;
        b.attendants = {midwifeId};
        for (int g : grams) {
            Baby baby;
            baby.order = int(b.babies.size()) + 1;
            baby.weightGrams = g;
            baby.apgar1 = 9;
            baby.apgar5 = 10;
            b.babies << baby;
        }
        return b;
    }

    void recordBirth(const Birth &b) const
    {
        FixedClock day(QDateTime(kBirthDay, QTime(12, 0)));
        const auto saved = on(day).births.record(b, test::testMidwife());
        INFO(saved.message().toStdString());
        REQUIRE(saved);
    }

    /// Books her second pregnancy with its dates only, and records its miscarriage.
    qint64 secondEndingInMiscarriage() const
    {
        FixedClock booked(kSecondBooked);
        const care::Clinic clinic = on(booked);
        Booking second = care::Women::newPregnancy(*clinic.women.byId(first.woman.id));
        second.pregnancy.bookingDate = kSecondBooked;
        second.pregnancy.lmp = kSecondLmp;
        const auto saved = clinic.bookings.save(second, test::testMidwife());
        INFO(saved.message().toStdString());
        REQUIRE(saved);
        const qint64 id = saved->pregnancy.id;
        QString why;
        RecordedLoss loss{{id, LossKind::Miscarriage, kMiscarriage, {}},
                          test::testMidwife().id,
                          QDateTime(kMiscarriage, QTime(15, 0))};
        REQUIRE(storage::LossRepository(*db).insert(loss, &why));
        REQUIRE(storage::PregnancyRepository(*db).setStatus(id, PregnancyStatus::Loss,
                                                            loss.recordedAt, &why));
        return id;
    }

    int referralsOf(qint64 pregnancyId) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM referral WHERE pregnancy_id = ?"));
        q.addBindValue(pregnancyId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace

TEST_CASE("A second pregnancy's booking starts with nothing from the first but her "
          "demographics: no earlier-pregnancy rows, conditions, measurements, plan, "
          "appointments or referrals",
          "[earlier-outcomes][care]")
{
    HistoryClinic c;
    c.recordBirth(c.birth(BirthMode::SpontaneousVaginal, {3420}));
    // Her first pregnancy has a referral of its own.
    QSqlQuery refer(c.db->connection());
    REQUIRE(refer.exec(
        QStringLiteral(
            "INSERT INTO referral (pregnancy_id, code, team, source, created_on, updated_on, "
            "updated_by) VALUES (%1, 'referral_diabetes', 'diabetes', 'plan', '2026-10-12', "
            "'2026-10-12', 'Test Midwife')")
            .arg(c.first.pregnancy.id)));

    FixedClock booked(kSecondBooked);
    const care::Clinic clinic = c.on(booked);
    const auto her = clinic.women.byId(c.first.woman.id);
    REQUIRE(her);
    const Booking start = care::Women::newPregnancy(*her);
    CHECK(start.woman == *her);
    CHECK(start.woman.nextOfKin == c.first.woman.nextOfKin); // her demographics come along
    CHECK(start.pregnancy == Pregnancy{});
    CHECK(start.assessment == BookingAssessment{});
    CHECK(start.details == BookingDetails{});

    // What the midwife types: this pregnancy's dates, nothing else.
    Booking second = start;
    second.pregnancy.bookingDate = kSecondBooked;
    second.pregnancy.lmp = kSecondLmp;
    const auto saved = clinic.bookings.save(second, test::testMidwife());
    INFO(saved.message().toStdString());
    REQUIRE(saved);
    const qint64 id = saved->pregnancy.id;
    REQUIRE(id != c.first.pregnancy.id);

    const auto back = clinic.women.booking(id);
    REQUIRE(back);
    REQUIRE(back.value());
    const Booking &b = *back.value();
    CHECK(b.details.previousPregnancies.isEmpty());
    CHECK(b.details == BookingDetails{});
    CHECK(b.assessment.conditions.isEmpty());
    CHECK(b.assessment.measurements == Measurements{});
    CHECK(b.pregnancy.previousBirths == 0);
    CHECK(b.pregnancy.previousCaesareans == 0);

    // Its plan is its own first version, made from this booking alone.
    const auto plans = clinic.carePlans.versions(id);
    REQUIRE(plans);
    REQUIRE(plans->size() == 1);
    CHECK(plans->front().version == 1);
    CHECK(plans->front().basedOn.assessment.conditions.isEmpty());
    CHECK(plans->front().basedOn.details.previousPregnancies.isEmpty());
    CHECK(plans->front().decisions.size() == plans->front().plan.recommendations.size());

    // The first pregnancy's appointments and referral stay with it.
    CHECK_FALSE(clinic.scheduling.appointmentsOf(c.first.pregnancy.id).isEmpty());
    CHECK(clinic.scheduling.appointmentsOf(id).isEmpty());
    CHECK(c.referralsOf(c.first.pregnancy.id) == 1);
    CHECK(c.referralsOf(id) == 0);
}

TEST_CASE("Her earlier pregnancies recorded here are offered oldest first: a birth as its "
          "outcome, completed weeks by her dating, mode, weight and year, and a miscarriage with "
          "the weeks on the day of the loss",
          "[earlier-outcomes][care]")
{
    HistoryClinic c;
    c.recordBirth(c.birth(BirthMode::Instrumental, {3420}));
    const qint64 second = c.secondEndingInMiscarriage();

    FixedClock later(QDate(2028, 3, 6));
    const care::Clinic clinic = c.on(later);
    const auto offered = clinic.women.earlierOutcomes(c.first.woman.id);
    INFO(offered.message().toStdString());
    REQUIRE(offered);
    REQUIRE(offered->size() == 2);

    const PreviousPregnancy &born = offered->at(0);
    CHECK(born.year == 2027);
    CHECK(born.outcome == PregnancyOutcome::LiveBirth);
    CHECK(born.gestationWeeks == 39);
    CHECK(born.mode == ModeOfBirth::AssistedVaginal); // forceps or ventouse
    CHECK(born.babyWeightGrams == 3420);
    CHECK(born.complications.isEmpty()); // the midwife's judgement, never guessed
    CHECK(born.notes.isEmpty());

    const PreviousPregnancy &lost = offered->at(1);
    CHECK(lost.year == 2027);
    CHECK(lost.outcome == PregnancyOutcome::Miscarriage);
    CHECK(lost.gestationWeeks == 9);
    CHECK(lost.mode == ModeOfBirth::NotKnown);
    CHECK_FALSE(lost.babyWeightGrams);

    // Her record: newest first, one line each.
    const auto history = clinic.women.history(c.first.woman.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).pregnancy.id == second);
    CHECK(history->at(0).outcome == QStringLiteral("Miscarriage 07-Dec-2027 at 9+1"));
    CHECK(history->at(1).outcome == QStringLiteral("Born 10-May-2027, 39+0, live birth"));

    // The rows pass the booking's own checks of an earlier pregnancy.
    Booking third = care::Women::newPregnancy(*clinic.women.byId(c.first.woman.id));
    third.pregnancy.bookingDate = later.today();
    third.pregnancy.lmp = QDate(2028, 1, 10);
    third.details.previousPregnancies = offered.value();
    const auto saved = clinic.bookings.save(third, test::testMidwife());
    INFO(saved.message().toStdString());
    REQUIRE(saved);
    CHECK(saved->pregnancy.previousBirths == 1);
    CHECK(saved->pregnancy.previousLosses == 1);
    const auto now = clinic.women.history(c.first.woman.id);
    REQUIRE(now);
    CHECK(now->front().outcome == QStringLiteral("In care, EDD 16-Oct-2028"));
    CHECK_FALSE(now->front().asEarlier);
}

TEST_CASE("A pregnancy entered in error is never offered as an earlier pregnancy, and her "
          "record says it was entered in error",
          "[earlier-outcomes][care]")
{
    HistoryClinic c;
    c.recordBirth(c.birth(BirthMode::SpontaneousVaginal, {3420}));
    const qint64 second = c.secondEndingInMiscarriage();
    QString why;
    REQUIRE(storage::LossRepository(*c.db).markEnteredInError(
        c.first.woman.id, second, QStringLiteral("another woman's miscarriage"),
        test::testMidwife().id, QDateTime(QDate(2027, 12, 8), QTime(9, 0)), &why));

    FixedClock later(QDate(2028, 3, 6));
    const care::Clinic clinic = c.on(later);
    const auto offered = clinic.women.earlierOutcomes(c.first.woman.id);
    REQUIRE(offered);
    REQUIRE(offered->size() == 1);
    CHECK(offered->front().outcome == PregnancyOutcome::LiveBirth);

    const auto history = clinic.women.history(c.first.woman.id);
    REQUIRE(history);
    const auto wrong =
        std::find_if(history->cbegin(), history->cend(),
                     [&](const PregnancyHistory &h) { return h.pregnancy.id == second; });
    if (wrong != history->cend()) { // a list may also leave it out altogether
        CHECK(wrong->enteredInError);
        CHECK(wrong->outcome == QStringLiteral("Entered in error (booked 29-Nov-2027)"));
        CHECK_FALSE(wrong->asEarlier);
    }
}

// ---- the rules alone ----

namespace {

Pregnancy datedPregnancy()
{
    Pregnancy p;
    p.id = 7;
    p.bookingDate = QDate(2026, 10, 12);
    p.lmp = QDate(2026, 8, 10); // EDD 17-May-2027
    p.status = PregnancyStatus::Delivered;
    return p;
}

Birth bornOn(const QDate &day, QList<BabyOutcome> outcomes, QList<int> grams)
{
    Birth b;
    b.date = day;
    b.mode = BirthMode::EmergencyCaesarean;
    for (int i = 0; i < outcomes.size(); ++i) {
        Baby baby;
        baby.order = i + 1;
        baby.outcome = outcomes.at(i);
        baby.weightGrams = grams.at(i);
        b.babies << baby;
    }
    return b;
}

} // namespace

TEST_CASE("Twins are one earlier pregnancy, as parity counts pregnancies carried to 24 weeks: "
          "the gravest outcome, the heaviest baby (NICE NG3: a baby of 4.5 kg or more) and each "
          "baby in the notes",
          "[earlier-outcomes]")
{
    const Birth twins =
        bornOn(QDate(2027, 4, 26), {BabyOutcome::LiveBirth, BabyOutcome::Stillbirth}, {2450, 2100});
    const PregnancyHistory h = clinical::historyOf(datedPregnancy(), twins, std::nullopt, false);
    REQUIRE(h.asEarlier);
    CHECK(h.asEarlier->outcome == PregnancyOutcome::Stillbirth);
    CHECK(h.asEarlier->gestationWeeks == 37);
    CHECK(h.asEarlier->mode == ModeOfBirth::EmergencyCaesarean);
    CHECK(h.asEarlier->babyWeightGrams == 2450);
    CHECK(h.asEarlier->notes ==
          QStringLiteral("Twins: baby 1 live birth 2450 g, baby 2 stillbirth 2100 g"));
    CHECK(h.outcome == QStringLiteral("Born 26-Apr-2027, 37+0, twins: 1 live birth, 1 stillbirth"));
    CHECK(clinical::countsOf({*h.asEarlier}) == clinical::HistoryCounts{1, 0, 1}); // one birth

    const Birth big =
        bornOn(QDate(2027, 5, 14), {BabyOutcome::LiveBirth, BabyOutcome::LiveBirth}, {4520, 3900});
    const PregnancyHistory h2 = clinical::historyOf(datedPregnancy(), big, std::nullopt, false);
    REQUIRE(h2.asEarlier);
    CHECK(h2.asEarlier->babyWeightGrams == 4520);
    CHECK(h2.outcome == QStringLiteral("Born 14-May-2027, 39+4, twins: 2 live births"));
}

TEST_CASE("A baby born alive who died in the first 28 days is a neonatal death, and the day she "
          "died says nothing of the weeks she was born at",
          "[earlier-outcomes]")
{
    const Birth born = bornOn(QDate(2027, 5, 10), {BabyOutcome::LiveBirth}, {3100});
    const PregnancyLoss died{7, LossKind::NeonatalDeath, QDate(2027, 5, 13), {}};
    const PregnancyHistory h = clinical::historyOf(datedPregnancy(), born, died, false);
    REQUIRE(h.asEarlier);
    CHECK(h.asEarlier->outcome == PregnancyOutcome::NeonatalDeath);
    CHECK(h.asEarlier->gestationWeeks == 39);
    CHECK(h.asEarlier->babyWeightGrams == 3100);
    CHECK(h.outcome ==
          QStringLiteral("Born 10-May-2027, 39+0, live birth; neonatal death 13-May-2027"));

    // Recorded as a loss alone: no weeks are made up.
    const PregnancyHistory alone = clinical::historyOf(datedPregnancy(), std::nullopt, died, false);
    REQUIRE(alone.asEarlier);
    CHECK(alone.asEarlier->outcome == PregnancyOutcome::NeonatalDeath);
    CHECK_FALSE(alone.asEarlier->gestationWeeks);
    CHECK(alone.outcome == QStringLiteral("Neonatal death 13-May-2027"));
}

TEST_CASE("Stillbirth (Definition) Act 1992: a baby born without signs of life after 24 weeks "
          "is a stillbirth, a birth and not a loss, however it was recorded",
          "[earlier-outcomes]")
{
    const PregnancyLoss lost{7, LossKind::Stillbirth, QDate(2027, 3, 1), {}};
    const PregnancyHistory alone = clinical::historyOf(datedPregnancy(), std::nullopt, lost, false);
    REQUIRE(alone.asEarlier);
    CHECK(alone.asEarlier->outcome == PregnancyOutcome::Stillbirth);
    CHECK(alone.asEarlier->gestationWeeks == 29);
    CHECK(alone.asEarlier->isBirth());
    CHECK(alone.outcome == QStringLiteral("Stillbirth 01-Mar-2027 at 29+0"));

    const Birth born = bornOn(QDate(2027, 3, 1), {BabyOutcome::Stillbirth}, {1200});
    const PregnancyHistory both = clinical::historyOf(datedPregnancy(), born, lost, false);
    REQUIRE(both.asEarlier);
    CHECK(both.asEarlier->outcome == PregnancyOutcome::Stillbirth);
    CHECK(both.outcome == QStringLiteral("Born 01-Mar-2027, 29+0, stillbirth"));
}

TEST_CASE("An ectopic pregnancy or a termination is offered with its kind, and an undated "
          "pregnancy with no weeks, and a pregnancy in care or entered in error offers nothing",
          "[earlier-outcomes]")
{
    Pregnancy undated = datedPregnancy();
    undated.lmp = QDate();
    const PregnancyLoss ectopic{7, LossKind::Ectopic, QDate(2026, 10, 1), {}};
    const PregnancyHistory e = clinical::historyOf(undated, std::nullopt, ectopic, false);
    REQUIRE(e.asEarlier);
    CHECK(e.asEarlier->outcome == PregnancyOutcome::Ectopic);
    CHECK_FALSE(e.asEarlier->gestationWeeks);
    CHECK(e.outcome == QStringLiteral("Ectopic pregnancy 01-Oct-2026"));

    const PregnancyLoss ended{7, LossKind::Termination, QDate(2026, 11, 2), {}};
    const PregnancyHistory t = clinical::historyOf(datedPregnancy(), std::nullopt, ended, false);
    REQUIRE(t.asEarlier);
    CHECK(t.asEarlier->outcome == PregnancyOutcome::Termination);
    CHECK(t.asEarlier->gestationWeeks == 12);

    Pregnancy inCare = datedPregnancy();
    inCare.status = PregnancyStatus::Booked;
    const PregnancyHistory now = clinical::historyOf(inCare, std::nullopt, std::nullopt, false);
    CHECK_FALSE(now.asEarlier);
    CHECK(now.outcome == QStringLiteral("In care, EDD 17-May-2027"));

    const PregnancyHistory wrong = clinical::historyOf(
        datedPregnancy(), bornOn(QDate(2027, 5, 10), {BabyOutcome::LiveBirth}, {3300}),
        std::nullopt, true);
    CHECK_FALSE(wrong.asEarlier);
    CHECK(wrong.outcome == QStringLiteral("Entered in error (booked 12-Oct-2026)"));
}

TEST_CASE("An offered row already among her rows, by year and outcome, is not offered again, and "
          "each of her rows stands for one",
          "[earlier-outcomes]")
{
    PreviousPregnancy born2025;
    born2025.year = 2025;
    born2025.outcome = PregnancyOutcome::LiveBirth;
    PreviousPregnancy lost2025 = born2025;
    lost2025.outcome = PregnancyOutcome::Miscarriage;
    PreviousPregnancy born2027 = born2025;
    born2027.year = 2027;

    PreviousPregnancy typed = born2025; // told by her, with her own words
    typed.notes = QStringLiteral("At the General");
    CHECK(clinical::notYetListed({born2025, lost2025, born2027}, {typed}) ==
          QList<PreviousPregnancy>{lost2025, born2027});
    CHECK(clinical::notYetListed({born2025, born2025}, {typed}) ==
          QList<PreviousPregnancy>{born2025});
    CHECK(clinical::notYetListed({born2025}, {}) == QList<PreviousPregnancy>{born2025});
    CHECK(clinical::notYetListed({}, {typed}).isEmpty());
}
