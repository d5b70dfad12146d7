// SPDX-License-Identifier: MIT
#include "demo/DemoLosses.h"

#include "care/Clinic.h"
#include "clinical/Dating.h"
#include "storage/Database.h"
#include "util/Clock.h"

namespace bb::demo {
namespace {

const Gestation kLossBefore = Gestation::fromWeeks(20);

bool failed(const QString &message, QString *error)
{
    if (error)
        *error = message;
    return false;
}

// The booked woman earliest in pregnancy who was booked a week or more ago; 0 when none is.
qint64 earliestInPregnancy(const QList<Booking> &bookings, const QDate &today)
{
    qint64 chosen = 0;
    Gestation earliest = kLossBefore;
    for (const Booking &b : bookings) {
        const auto dating = clinical::estimateDueDate(b.pregnancy);
        if (!dating || b.pregnancy.bookingDate > today.addDays(-7))
            continue;
        const Gestation now = clinical::gestationOn(dating->edd, today.addDays(-3));
        if (now < earliest) {
            earliest = now;
            chosen = b.pregnancy.id;
        }
    }
    return chosen;
}

} // namespace

bool storeDemoLosses(const storage::Database &database, const Clock &clock,
                     const QList<Booking> &bookings, QString *error)
{
    // The demonstration is made by no person: its changes say so.
    const Actor demo = Actor::named(QStringLiteral("demo"), UserRole::TeamLead);
    const care::Clinic clinic(database, clock);
    const QDate today = clock.today();
    const qint64 lost = earliestInPregnancy(bookings, today);
    if (lost != 0) {
        const auto done = clinic.losses.record(
            {lost, LossKind::Miscarriage, today.addDays(-3),
             QStringLiteral("Seen at the early pregnancy unit; partner with her.")},
            demo);
        if (!done)
            return failed(done.message(), error);
        for (const Referral &r : done->referrals) {
            if (r.code != QLatin1String("referral_bereavement"))
                continue;
            if (const auto sent =
                    clinic.referrals.setStatus(r.id, ReferralStatus::Sent, QString(), today, demo);
                !sent)
                return failed(sent.message(), error);
        }
    }
    // Two referrals of other women moved on, so the queues show more than one status.
    const auto queue = clinic.referrals.queue(QString(), demo);
    if (!queue)
        return failed(queue.message(), error);
    int moved = 0;
    for (const ReferralListing &l : queue.value()) {
        if (l.afterLoss || l.referral.status != ReferralStatus::Suggested || moved == 2)
            continue;
        const auto sent =
            clinic.referrals.setStatus(l.referral.id, ReferralStatus::Sent, QString(), today, demo);
        if (!sent)
            return failed(sent.message(), error);
        if (moved == 1) {
            const auto accepted = clinic.referrals.setStatus(
                l.referral.id, ReferralStatus::Accepted, QString(), today, demo);
            if (!accepted)
                return failed(accepted.message(), error);
        }
        ++moved;
    }
    return true;
}

} // namespace bb::demo
