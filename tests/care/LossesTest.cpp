// SPDX-License-Identifier: MIT
// A pregnancy loss in one transaction (care::Losses): her appointments from the loss on are
// cancelled with the reason, the pregnancy's status says so, the bereavement midwife, her GP and
// her health visitor are referrals on the lists, and nothing routine is made for the pregnancy
// again. After a stillbirth postnatal care continues. A record entered in error is hidden and kept.
#include "care/LossFixture.h"

#include "domain/Codes.h"

using namespace bb;

namespace {

// Booked 12-Oct-2026, LMP 10-Aug-2026: 16+0 on 30-Nov-2026, the day before the clock's.
const QDate kLossDay(2026, 11, 30);

PregnancyLoss miscarriageOf(const Booking &her)
{
    return {her.pregnancy.id, LossKind::Miscarriage, kLossDay, QStringLiteral("Seen at EPAU")};
}

QStringList codesOf(const QList<Referral> &referrals)
{
    QStringList codes;
    for (const Referral &r : referrals)
        codes << r.code;
    return codes;
}

} // namespace

TEST_CASE("A miscarriage cancels what was still to come, makes the bereavement referrals and "
          "ends routine care for the pregnancy, all in one transaction",
          "[loss][care]")
{
    Booking booking = test::bookingWithDetails();
    booking.woman.social = {QStringLiteral("asylum_seeker"),
                            QStringLiteral("safeguarding_concern")};
    test::LossClinic c(booking);
    const care::Clinic clinic = c.clinic();
    const Actor actor = test::testMidwife();
    const Appointment before = c.appointmentOn(kLossDay.addDays(-3));
    const Appointment next = c.appointmentOn(QDate(2026, 12, 10));
    const Appointment later = c.appointmentOn(QDate(2027, 1, 14));
    // Her plan suggested referrals: routine ones end with the pregnancy, safeguarding stays.
    const auto planned = clinic.referrals.forPregnancy(c.her.pregnancy.id, true);
    REQUIRE(planned);
    CHECK(codesOf(planned.value()) == QStringList{QStringLiteral("referral_asylum_refugee_team"),
                                                  QStringLiteral("referral_safeguarding")});

    const auto done = clinic.losses.record(miscarriageOf(c.her), actor);
    INFO(done.message().toStdString());
    REQUIRE(done);
    // From the loss date on, cancelled with the reason; the one before stays as it was.
    REQUIRE(done->cancelled.size() == 2);
    for (const Appointment &a : done->cancelled) {
        CHECK(a.status == AppointmentStatus::Cancelled);
        CHECK(a.reason == QStringLiteral("pregnancy loss"));
        CHECK((a.id == next.id || a.id == later.id));
    }
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM appointment WHERE id = %1 AND status = "
                                 "'booked'")
                      .arg(before.id)) == 1);
    // The flag every list reads.
    const auto pregnancies = clinic.women.pregnancies(c.her.woman.id);
    REQUIRE(pregnancies);
    CHECK(pregnancies->front().status == PregnancyStatus::Loss);
    const auto loss = clinic.losses.lossOf(c.her.pregnancy.id);
    REQUIRE(loss.value());
    CHECK(loss.value()->loss.kind == LossKind::Miscarriage);
    CHECK(loss.value()->recordedBy == actor.displayName);

    CHECK(codesOf(done->referrals) == QStringList{QStringLiteral("referral_bereavement"),
                                                  QStringLiteral("inform_gp"),
                                                  QStringLiteral("inform_health_visitor")});
    for (const Referral &r : done->referrals) {
        CHECK(r.source == ReferralSource::Loss);
        CHECK(r.status == ReferralStatus::Suggested);
        CHECK(r.createdOn == test::kToday);
    }
    CHECK(codesOf(done->notNeeded) == QStringList{QStringLiteral("referral_asylum_refugee_team")});
    const auto queue = clinic.referrals.queue(QStringLiteral("bereavement"), test::testMidwife());
    REQUIRE(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->front().afterLoss);
    CHECK(queue->front().nhsNumber == c.her.woman.nhsNumber);
    CHECK(done->postnatal.isEmpty()); // no birth: nothing postnatal
    const auto timeline = clinic.timeline.of(c.her.pregnancy.id);
    REQUIRE(timeline);
    REQUIRE_FALSE(timeline->isEmpty());
    CHECK(timeline->front().kind == care::TimelineKind::Loss);
    CHECK(timeline->front().title == QStringLiteral("Miscarriage"));
    CHECK(timeline->front().detail.startsWith(QStringLiteral("Seen at EPAU")));

    // Nothing routine for the pregnancy again: no plan version, no antenatal contact after it.
    const auto plan = clinic.carePlans.latest(c.her.pregnancy.id);
    REQUIRE(plan.value());
    StoredCarePlan next2 = *plan.value();
    const auto refused = clinic.carePlans.saveVersion(next2, actor);
    CHECK(refused.fieldErrors().value(0).path == QStringLiteral("pregnancy"));
    AntenatalContact contact;
    contact.pregnancyId = c.her.pregnancy.id;
    contact.date = test::kToday;
    contact.clinicianId = c.midwife.id;
    contact.attended = true;
    CHECK(clinic.contacts.record(contact, actor).fieldErrors().value(0).path ==
          QStringLiteral("date"));
    // Recorded once.
    CHECK(clinic.losses.record(miscarriageOf(c.her), actor).fieldErrors().value(0).path ==
          QStringLiteral("pregnancy"));
}

TEST_CASE("A loss that does not fit her record is refused and changes nothing", "[loss][care]")
{
    test::LossClinic c;
    const care::Clinic clinic = c.clinic();
    c.appointmentOn(QDate(2026, 12, 10));
    PregnancyLoss stillbirth = miscarriageOf(c.her);
    stillbirth.kind = LossKind::Stillbirth; // at 16+0
    CHECK(clinic.losses.record(stillbirth, test::testMidwife()).fieldErrors().value(0).path ==
          QStringLiteral("kind"));
    PregnancyLoss tomorrow = miscarriageOf(c.her);
    tomorrow.date = test::kToday.addDays(1);
    CHECK(clinic.losses.record(tomorrow, test::testMidwife()).fieldErrors().value(0).path ==
          QStringLiteral("date"));
    CHECK(clinic.losses.record(miscarriageOf(c.her), Actor{}).failed());
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM pregnancy_loss")) == 0);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM appointment WHERE status = 'cancelled'")) ==
          0);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM referral WHERE source = 'loss'")) == 0);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM pregnancy WHERE status = 'loss'")) == 0);
}

TEST_CASE("After a stillbirth postnatal care continues, with anti-D for a rhesus negative woman "
          "and the perinatal mortality review",
          "[loss][care]")
{
    test::LossClinic c;            // rhesus D negative at booking
    const QDate born(2027, 4, 20); // 36+1
    c.clock.set(QDateTime(born, QTime(18, 0)));
    const care::Clinic clinic = c.clinic();
    Birth b;
    b.pregnancyId = c.her.pregnancy.id;
    b.date = born;
    b.plannedSetting = BirthSetting::ObstetricUnit;
    b.setting = BirthSetting::ObstetricUnit;
    b.onset = LabourOnset::Induced;
    b.mode = BirthMode::SpontaneousVaginal;
    b.perineum = Perineum::Intact;
    b.bloodLossMl = 300;
    b.attendants = {c.midwife.id};
    Baby baby;
    baby.outcome = BabyOutcome::Stillbirth;
    baby.weightGrams = 2400;
    b.babies << baby;
    const auto birth = clinic.births.record(b, test::testMidwife());
    INFO(birth.message().toStdString());
    REQUIRE(birth);
    const int postnatalBooked =
        c.count(QStringLiteral("SELECT count(*) FROM appointment WHERE kind = 'postnatal_contact' "
                               "AND status = 'booked'"));
    REQUIRE(postnatalBooked > 0);

    const auto done = clinic.losses.record(
        {c.her.pregnancy.id, LossKind::Stillbirth, born, QString()}, test::testMidwife());
    INFO(done.message().toStdString());
    REQUIRE(done);
    CHECK(done->cancelled.isEmpty());
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM appointment WHERE kind = "
                                 "'postnatal_contact' AND status = 'booked'")) == postnatalBooked);
    CHECK(codesOf(done->referrals).contains(QStringLiteral("perinatal_mortality_review")));
    QStringList postnatal;
    for (const ContactAction &a : done->postnatal)
        postnatal << a.code;
    CHECK(postnatal == QStringList{QStringLiteral("lactation_suppression_advice"),
                                   QStringLiteral("anti_d_after_stillbirth")});
    CHECK(clinic.losses.postnatalAfterLoss(c.her.pregnancy.id).value() == done->postnatal);
}

TEST_CASE("A pregnancy entered in error is hidden from the lists and kept, with who and why",
          "[loss][care]")
{
    test::LossClinic c;
    const care::Clinic clinic = c.clinic();
    c.appointmentOn(QDate(2026, 12, 10));
    CHECK(clinic.losses
              .enterInError(c.her.woman.id, c.her.pregnancy.id, QString(), test::testMidwife())
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("reason"));
    CHECK(clinic.losses
              .enterInError(c.her.woman.id, c.her.pregnancy.id + 99, QStringLiteral("Booked twice"),
                            test::testMidwife())
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("pregnancy"));
    const auto done = clinic.losses.enterInError(
        c.her.woman.id, c.her.pregnancy.id, QStringLiteral("Booked twice"), test::testMidwife());
    INFO(done.message().toStdString());
    REQUIRE(done);
    REQUIRE(done->size() == 1);
    CHECK(done->front().reason == QStringLiteral("entered in error"));
    CHECK(c.count(QStringLiteral("SELECT in_error FROM pregnancy WHERE id = %1")
                      .arg(c.her.pregnancy.id)) == 1);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM entered_in_error WHERE reason = 'Booked "
                                 "twice' AND recorded_by <> ''")) == 1);
    // Kept: her record still reads it.
    CHECK(clinic.women.booking(c.her.pregnancy.id).value());
    const auto day = clinic.worklists.forClinician(c.midwife.id, QDate(2026, 12, 10));
    REQUIRE(day);
    CHECK(day->due.isEmpty());
}

TEST_CASE("A stillbirth recorded as her loss first has its birth recorded the same day, which "
          "books her postnatal care, and stays a loss",
          "[loss][care]")
{
    test::LossClinic c;
    const QDate born(2027, 4, 20); // 36+1
    c.clock.set(QDateTime(born, QTime(18, 0)));
    const care::Clinic clinic = c.clinic();
    const auto done = clinic.losses.record(
        {c.her.pregnancy.id, LossKind::Stillbirth, born, QString()}, test::testMidwife());
    INFO(done.message().toStdString());
    REQUIRE(done);
    CHECK_FALSE(done->birthRecorded);

    Birth b;
    b.pregnancyId = c.her.pregnancy.id;
    b.date = born.addDays(-1);
    b.plannedSetting = BirthSetting::ObstetricUnit;
    b.setting = BirthSetting::ObstetricUnit;
    b.mode = BirthMode::SpontaneousVaginal;
    b.perineum = Perineum::Intact;
    b.bloodLossMl = 300;
    b.attendants = {c.midwife.id};
    Baby baby;
    baby.outcome = BabyOutcome::Stillbirth;
    baby.weightGrams = 2400;
    b.babies << baby;
    CHECK(clinic.births.record(b, test::testMidwife()).fieldErrors().value(0).path ==
          QStringLiteral("date"));
    b.date = born;
    const auto birth = clinic.births.record(b, test::testMidwife());
    INFO(birth.message().toStdString());
    REQUIRE(birth);
    CHECK_FALSE(birth->planned.isEmpty());
    CHECK(clinic.women.pregnancies(c.her.woman.id)->front().status == PregnancyStatus::Loss);
    // Only once.
    CHECK(clinic.births.record(b, test::testMidwife()).fieldErrors().value(0).path ==
          QStringLiteral("pregnancy"));
}
