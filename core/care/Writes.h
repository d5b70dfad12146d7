// SPDX-License-Identifier: MIT
#pragma once
// Internal to care/: what every write shares. Not part of the use cases' API.

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace bb::care {

/// The name a change is stored with: the actor's display name, or her id when she has none.
inline QString recordedName(const Actor &actor)
{
    const QString name = actor.displayName.trimmed();
    return name.isEmpty() ? actor.id.trimmed() : name;
}

/// Every change records who made it, so a write by nobody in particular is refused before it
/// starts.
inline std::optional<Failure> unknownActor(const Actor &actor)
{
    if (actor.isKnown() && !recordedName(actor).isEmpty())
        return std::nullopt;
    return Failure{QStringLiteral("nothing was saved: who is making the change is not known")};
}

/// Runs `work` (returning an Outcome) in one transaction: all its writes are kept when it
/// returns a value, and none of them otherwise.
template <typename Work>
auto inOneTransaction(const storage::Database &database, Work work) -> decltype(work())
{
    storage::Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Failure{transaction.error()};
    auto outcome = work();
    if (outcome.ok() && !transaction.commit())
        return Failure{transaction.error()};
    return outcome;
}

} // namespace bb::care
