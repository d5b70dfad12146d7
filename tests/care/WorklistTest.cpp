// SPDX-License-Identifier: MIT
// A midwife's day (care::Worklists): her contacts due and not recorded, and what the women whose
// named midwife she is need of her: results, referrals to send, 41 weeks, home births from 37+0,
// blood spot samples. A woman after a loss is on no routine list.
#include "care/LossFixture.h"

using namespace bb;

namespace {

// lowRiskBooking: LMP 10-Aug-2026, EDD 17-May-2027.
const QDate kEdd(2027, 5, 17);

Booking homeBirthSmoker()
{
    Booking b = test::lowRiskBooking();
    b.assessment.smoking = Smoking::Current;
    b.assessment.preferredPlaceOfBirth = PlaceOfBirth::Home;
    return b;
}

QList<qint64> womenOn(const QList<WorklistItem> &items)
{
    QList<qint64> ids;
    for (const WorklistItem &item : items)
        ids << item.womanId;
    return ids;
}

} // namespace

TEST_CASE("A midwife's day lists her contacts due and those with nothing recorded, results to "
          "act on and referrals to send",
          "[worklist][care]")
{
    test::LossClinic c(homeBirthSmoker());
    const QDate day(2026, 12, 10);
    const Appointment earlier = c.appointmentOn(QDate(2026, 12, 3));
    const Appointment today = c.appointmentOn(day);
    c.clock.set(QDateTime(day, QTime(8, 0)));
    const care::Clinic clinic = c.clinic();
    TestResult fbc;
    fbc.pregnancyId = c.her.pregnancy.id;
    fbc.kind = QStringLiteral("fbc");
    fbc.date = QDate(2026, 12, 8);
    fbc.value = QStringLiteral("Hb 98 g/L");
    fbc.needsAction = true;
    REQUIRE(clinic.results.record(fbc, test::testMidwife()));

    const auto list = clinic.worklists.forClinician(c.midwife.id, day);
    INFO(list.message().toStdString());
    REQUIRE(list);
    REQUIRE(list->due.size() == 1);
    CHECK(list->due.front().appointmentId == today.id);
    CHECK(list->due.front().nhsNumber == c.her.woman.nhsNumber);
    CHECK(list->due.front().what.startsWith(QStringLiteral("Antenatal contact 09:30")));
    REQUIRE(list->overdue.size() == 1);
    CHECK(list->overdue.front().appointmentId == earlier.id);
    CHECK(list->overdue.front().late);
    REQUIRE(list->results.size() == 1);
    CHECK(list->results.front().what.contains(QStringLiteral("Hb 98 g/L")));
    // Suggested at booking on 12-Oct-2026: long past its two working days.
    REQUIRE_FALSE(list->referrals.isEmpty());
    CHECK(list->referrals.front().late);
    CHECK(list->referrals.front().what.contains(QStringLiteral("stop smoking")));
    // Another midwife's day holds none of it.
    const auto other = clinic.worklists.forClinician(c.midwife.id + 1, day);
    if (other) {
        CHECK(other->due.isEmpty());
        CHECK(other->results.isEmpty());
    }
    CHECK(clinic.worklists.forClinician(999999, day).fieldErrors().value(0).path ==
          QStringLiteral("clinician"));
}

TEST_CASE("Women at 40+0 are listed as reaching 41 weeks, and home births from 37+0",
          "[worklist][care]")
{
    test::LossClinic c(homeBirthSmoker());
    const care::Clinic clinic = c.clinic();
    const qint64 her = c.her.woman.id;
    CHECK_FALSE(
        womenOn(clinic.worklists.forClinician(c.midwife.id, kEdd.addDays(-22))->homeBirthsNear)
            .contains(her));
    const auto at37 = clinic.worklists.forClinician(c.midwife.id, kEdd.addDays(-21));
    REQUIRE(at37);
    CHECK(womenOn(at37->homeBirthsNear).contains(her));
    CHECK(at37->homeBirthsNear.front().what.contains(QStringLiteral("37+0")));
    CHECK_FALSE(womenOn(at37->near41Weeks).contains(her));

    const auto at40 = clinic.worklists.forClinician(c.midwife.id, kEdd);
    REQUIRE(at40);
    REQUIRE(womenOn(at40->near41Weeks).contains(her));
    CHECK(at40->near41Weeks.front().what.contains(QStringLiteral("41+0 on 24 May 2027")));
    CHECK_FALSE(at40->near41Weeks.front().late);
    CHECK(clinic.worklists.forClinician(c.midwife.id, kEdd.addDays(9))->near41Weeks.front().late);
    CHECK(clinic.worklists.forClinician(c.midwife.id, kEdd.addDays(-1))->near41Weeks.isEmpty());
}

TEST_CASE("A baby is listed for the blood spot sample from day 5 until it is taken",
          "[worklist][care]")
{
    test::LossClinic c;
    const QDate born(2027, 5, 10);
    c.clock.set(QDateTime(born, QTime(20, 0)));
    Birth b;
    b.pregnancyId = c.her.pregnancy.id;
    b.date = born;
    b.plannedSetting = BirthSetting::Home;
    b.setting = BirthSetting::Home;
    b.mode = BirthMode::SpontaneousVaginal;
    b.perineum = Perineum::Intact;
    b.bloodLossMl = 250;
    b.attendants = {c.midwife.id};
    Baby baby;
    baby.weightGrams = 3300;
    baby.apgar1 = 9;
    baby.apgar5 = 10;
    b.babies << baby;
    const auto recordedBirth = c.clinic().births.record(b, test::testMidwife());
    INFO(recordedBirth.message().toStdString());
    REQUIRE(recordedBirth);

    CHECK(
        c.clinic().worklists.forClinician(c.midwife.id, born.addDays(4))->bloodSpotsDue.isEmpty());
    const auto day5 = c.clinic().worklists.forClinician(c.midwife.id, born.addDays(5));
    REQUIRE(day5);
    REQUIRE(day5->bloodSpotsDue.size() == 1);
    CHECK(day5->bloodSpotsDue.front().what.startsWith(QStringLiteral("Baby 1: blood spot")));
    CHECK_FALSE(day5->bloodSpotsDue.front().late);
    CHECK(c.clinic()
              .worklists.forClinician(c.midwife.id, born.addDays(9))
              ->bloodSpotsDue.front()
              .late);

    c.clock.set(QDateTime(born.addDays(5), QTime(12, 0)));
    const auto birth = c.clinic().births.birthOf(c.her.pregnancy.id).value().value();
    PostnatalContact visit;
    visit.pregnancyId = c.her.pregnancy.id;
    visit.date = born.addDays(5);
    visit.clinicianId = c.midwife.id;
    visit.attended = true;
    BabyCheck check;
    check.babyId = birth.birth.babies.front().id;
    check.bloodSpotTaken = true;
    visit.babies << check;
    const auto recorded = c.clinic().postnatal.record(visit, test::testMidwife());
    INFO(recorded.message().toStdString());
    REQUIRE(recorded);
    CHECK(
        c.clinic().worklists.forClinician(c.midwife.id, born.addDays(6))->bloodSpotsDue.isEmpty());
}

TEST_CASE("After a loss she is on no routine list but her bereavement referrals are, flagged",
          "[worklist][care][loss]")
{
    test::LossClinic c(homeBirthSmoker());
    const QDate day(2026, 12, 10);
    c.appointmentOn(day);
    c.clock.set(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    REQUIRE(c.clinic().losses.record(
        {c.her.pregnancy.id, LossKind::Miscarriage, QDate(2026, 11, 30), QString()},
        test::testMidwife()));
    const auto list = c.clinic().worklists.forClinician(c.midwife.id, day);
    REQUIRE(list);
    CHECK(list->due.isEmpty());
    CHECK(list->overdue.isEmpty());
    CHECK(c.clinic().worklists.forClinician(c.midwife.id, kEdd.addDays(2))->near41Weeks.isEmpty());
    CHECK(c.clinic()
              .worklists.forClinician(c.midwife.id, kEdd.addDays(-20))
              ->homeBirthsNear.isEmpty());
    QStringList referrals;
    for (const WorklistItem &item : list->referrals) {
        CHECK(item.afterLoss);
        referrals << item.code;
    }
    // Stop smoking was routine and is no longer needed; the loss's own are there.
    CHECK(referrals == QStringList{QStringLiteral("referral_bereavement"),
                                   QStringLiteral("inform_gp"),
                                   QStringLiteral("inform_health_visitor")});
}
