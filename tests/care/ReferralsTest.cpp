// SPDX-License-Identifier: MIT
// Referrals as work (care::Referrals): every referral her plan suggests is an item for its team,
// moved on with who and when; one not sent within two working days is late, England's bank
// holidays not counted; safeguarding referrals are seen in the safeguarding queue only.
#include "care/LossFixture.h"

#include "storage/SettingsRepository.h"

using namespace bb;

namespace {

Booking smokerAsylumSeeker()
{
    Booking b = test::bookingWithDetails();
    b.woman.social = {QStringLiteral("asylum_seeker"), QStringLiteral("domestic_abuse")};
    b.assessment.smoking = Smoking::Current;
    return b;
}

const Referral *withCode(const QList<Referral> &referrals, const char *code)
{
    for (const Referral &r : referrals) {
        if (r.code == QLatin1String(code))
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Each referral her plan recommends is an item for its team, made once",
          "[referrals][care]")
{
    test::LossClinic c(smokerAsylumSeeker());
    const care::Clinic clinic = c.clinic();
    const auto all = clinic.referrals.forPregnancy(c.her.pregnancy.id, true);
    REQUIRE(all);
    const Referral *smoking = withCode(all.value(), "referral_stop_smoking");
    REQUIRE(smoking != nullptr);
    CHECK(smoking->team == QStringLiteral("stop_smoking"));
    CHECK(smoking->source == ReferralSource::Plan);
    CHECK(smoking->status == ReferralStatus::Suggested);
    CHECK(smoking->createdOn == c.her.pregnancy.bookingDate);
    CHECK(withCode(all.value(), "referral_asylum_refugee_team") != nullptr);
    const Referral *safeguarding = withCode(all.value(), "referral_safeguarding");
    REQUIRE(safeguarding != nullptr);
    CHECK(safeguarding->restricted);
    // A screen that does not work with safeguarding does not see it.
    CHECK(withCode(clinic.referrals.forPregnancy(c.her.pregnancy.id, false).value(),
                   "referral_safeguarding") == nullptr);

    // A new version of the same plan makes nothing twice; one she declines is recorded so.
    auto plan = clinic.carePlans.latest(c.her.pregnancy.id).value().value();
    plan.decisions = {{QStringLiteral("referral_stop_smoking"), DecisionStatus::Declined,
                       QStringLiteral("Wants to try on her own first")}};
    REQUIRE(clinic.carePlans.saveVersion(plan, test::testMidwife()));
    const auto after = clinic.referrals.forPregnancy(c.her.pregnancy.id, true).value();
    CHECK(after.size() == all->size());
    CHECK(withCode(after, "referral_stop_smoking")->status == ReferralStatus::Declined);
    CHECK(withCode(after, "referral_stop_smoking")->note ==
          QStringLiteral("Wants to try on her own first"));
}

TEST_CASE("A referral moves on with who and when, and its history keeps every step",
          "[referrals][care]")
{
    test::LossClinic c(smokerAsylumSeeker());
    const care::Clinic clinic = c.clinic();
    const Referral smoking = *withCode(
        clinic.referrals.forPregnancy(c.her.pregnancy.id, true).value(), "referral_stop_smoking");
    Actor lead = Actor::named(QStringLiteral("Jo Lead"));
    const auto sent =
        clinic.referrals.setStatus(smoking.id, ReferralStatus::Sent, QString(), test::kToday, lead);
    REQUIRE(sent);
    CHECK(sent->sentOn == test::kToday);
    CHECK(sent->updatedBy == QStringLiteral("Jo Lead"));
    REQUIRE(clinic.referrals.setStatus(smoking.id, ReferralStatus::Seen, QString(), test::kToday,
                                       test::testMidwife()));
    // Refused: the same status, a decline with no reason, a day after today or before it was made.
    CHECK(
        clinic.referrals.setStatus(smoking.id, ReferralStatus::Seen, QString(), test::kToday, lead)
            .fieldErrors()
            .value(0)
            .path == QStringLiteral("status"));
    CHECK(clinic.referrals
              .setStatus(smoking.id, ReferralStatus::Declined, QStringLiteral(" "), test::kToday,
                         lead)
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("note"));
    CHECK(clinic.referrals
              .setStatus(smoking.id, ReferralStatus::Accepted, QString(), test::kToday.addDays(1),
                         lead)
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("date"));
    CHECK(clinic.referrals
              .setStatus(smoking.id, ReferralStatus::Accepted, QString(),
                         smoking.createdOn.addDays(-1), lead)
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("date"));
    CHECK(clinic.referrals
              .setStatus(smoking.id, ReferralStatus::Sent, QString(), test::kToday, Actor{})
              .failed());
    const auto history = clinic.referrals.history(smoking.id);
    REQUIRE(history);
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).status == ReferralStatus::Suggested);
    CHECK(history->at(1).status == ReferralStatus::Sent);
    CHECK(history->at(1).by == QStringLiteral("Jo Lead"));
    CHECK(history->at(2).status == ReferralStatus::Seen);
    CHECK(history->at(2).by == test::testMidwife().displayName);
}

TEST_CASE("A referral not sent within two working days is late, and a bank holiday is not a "
          "working day",
          "[referrals][care]")
{
    // Booked on Thursday 24 December 2026: Friday 25th and Monday 28th are bank holidays (the
    // migration's list), so the referrals are to be sent by Wednesday 30th.
    Booking b = smokerAsylumSeeker();
    b.pregnancy.bookingDate = QDate(2026, 12, 24);
    b.pregnancy.lmp = QDate(2026, 10, 22);
    test::LossClinic c(b);
    c.clock.set(QDateTime(QDate(2026, 12, 30), QTime(17, 0)));
    auto queue = c.clinic().referrals.queue(QStringLiteral("stop_smoking"), test::testMidwife());
    REQUIRE(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->front().sendBy == QDate(2026, 12, 30));
    CHECK_FALSE(queue->front().lateToSend);
    c.clock.set(QDateTime(QDate(2026, 12, 31), QTime(9, 0)));
    queue = c.clinic().referrals.queue(QStringLiteral("stop_smoking"), test::testMidwife());
    CHECK(queue->front().lateToSend);

    // Without the bank holidays it would have been due on Monday 28th.
    INFO(c.error.toStdString());
    REQUIRE(storage::SettingsRepository(*c.db).saveBankHolidays({}, c.clock.now(), &c.error));
    c.clock.set(QDateTime(QDate(2026, 12, 29), QTime(9, 0)));
    queue = c.clinic().referrals.queue(QStringLiteral("stop_smoking"), test::testMidwife());
    CHECK(queue->front().sendBy == QDate(2026, 12, 28));
    CHECK(queue->front().lateToSend);

    // Once sent it is not late, whenever that was.
    REQUIRE(c.clinic().referrals.setStatus(queue->front().referral.id, ReferralStatus::Sent,
                                           QString(), QDate(2026, 12, 29), test::testMidwife()));
    CHECK_FALSE(c.clinic()
                    .referrals.queue(QStringLiteral("stop_smoking"), test::testMidwife())
                    ->front()
                    .lateToSend);
}

TEST_CASE("Safeguarding referrals are in the safeguarding queue only", "[referrals][care]")
{
    test::LossClinic c(smokerAsylumSeeker());
    const care::Clinic clinic = c.clinic();
    const auto everyone = clinic.referrals.queue(QString(), test::testMidwife());
    REQUIRE(everyone);
    for (const ReferralListing &l : everyone.value())
        CHECK(l.referral.team != QStringLiteral("safeguarding"));
    const auto safeguarding =
        clinic.referrals.queue(QStringLiteral("safeguarding"), test::testMidwife());
    REQUIRE(safeguarding);
    REQUIRE(safeguarding->size() == 1);
    CHECK(safeguarding->front().referral.restricted);
    CHECK(clinic.referrals.queue(QStringLiteral("no_such_team"), test::testMidwife())
              .fieldErrors()
              .value(0)
              .path == QStringLiteral("team"));
}

TEST_CASE("Her circumstances bring the referral of their team: a learning disability, no fixed "
          "abode",
          "[referrals][care]")
{
    test::LossClinic c(test::lowRiskBooking());
    const care::Clinic clinic = c.clinic();
    CHECK(withCode(clinic.referrals.forPregnancy(c.her.pregnancy.id, true).value(),
                   "referral_learning_disability_team") == nullptr);
    // Her circumstances are recorded with her booking.
    Booking booking = c.her;
    booking.woman.social = {QStringLiteral("learning_disability"),
                            QStringLiteral("no_fixed_abode")};
    const auto saved = clinic.bookings.save(booking, test::testMidwife());
    INFO(saved.message().toStdString());
    REQUIRE(saved);
    const auto referrals = clinic.referrals.forPregnancy(c.her.pregnancy.id, true).value();
    const Referral *learning = withCode(referrals, "referral_learning_disability_team");
    REQUIRE(learning != nullptr);
    CHECK(learning->team == QStringLiteral("learning_disability"));
    CHECK(learning->source == ReferralSource::Circumstances);
    const Referral *housing = withCode(referrals, "referral_housing");
    REQUIRE(housing != nullptr);
    CHECK(housing->team == QStringLiteral("housing"));
    // Saving her again makes nothing twice.
    REQUIRE(clinic.bookings.save(saved.value(), test::testMidwife()));
    CHECK(clinic.referrals.forPregnancy(c.her.pregnancy.id, true)->size() == referrals.size());
}
