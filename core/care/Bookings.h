// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Booking.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// Booking a woman: her demographics, the pregnancy's dates and history and the booking
/// assessment, saved together with the first version of her care plan.
class Bookings
{
public:
    Bookings(const storage::Database &database, const Clock &clock);

    /// Completes the booking with what its earlier pregnancies and answers imply
    /// (clinical::withDerivedHistory) and validates it against today's date; then, in one
    /// transaction, saves her, the pregnancy (new when its id is 0) and the assessment, and makes
    /// version 1 of her care plan when the pregnancy has none (later changes to a booking do not
    /// change a plan she was given: the care-plan page shows what the rules would now change).
    /// Returns the booking with the ids it was given.
    ///
    /// `readAtVersion` is the bookingVersion() of the pregnancy when the form read it. When a
    /// colleague has saved the booking since (on the team server, or in another window), the
    /// save is refused as a conflict (Outcome::conflicted()) and nothing is written: the form
    /// shows her version and the colleague's side by side. Empty for a new pregnancy, or for a
    /// save that means to replace whatever is stored (an import).
    Outcome<Booking> save(const Booking &booking, const Actor &actor,
                          std::optional<int> readAtVersion = std::nullopt) const;

    /// A number that grows with every save of the booking of `pregnancyId` or of her details,
    /// for a form to pass back to save(); a failure when there is no such pregnancy.
    Outcome<int> bookingVersion(qint64 pregnancyId) const;

    /// A booking that arrives from elsewhere (the booking format): the woman is found by her NHS
    /// number, and a booking for her open pregnancy replaces that pregnancy's booking, except
    /// that a document with none of the booking's details, or no next of kin or occupation,
    /// keeps those stored; otherwise it starts a new pregnancy. Then as save().
    Outcome<Booking> receive(Booking booking, const Actor &actor) const;

    /// Many bookings (generated or demonstration data): every one is validated first, then all
    /// are stored in one transaction, or none. Error paths are prefixed `bookings[i].`.
    Outcome<QList<Booking>> saveAll(const QList<Booking> &bookings, const Actor &actor) const;

private:
    /// receive() inside its transaction.
    Outcome<Booking> receiveHeld(Booking booking, const Actor &actor) const;
    Outcome<Booking> write(Booking booking, const Actor &actor, const QDateTime &at) const;

    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
