// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/PostnatalContact.h"

#include <QDateTime>
#include <QList>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// A postnatal contact with the rules' actions and who recorded it.
struct PostnatalReview
{
    PostnatalContact contact;
    QList<ContactAction> actions;
    QString recordedBy;
    QDateTime recordedAt;
};

/// Her care after the birth: postnatal contacts by the midwife, the maternity support worker or
/// the health visitor, each judged by the rules of "At and after the birth".
class Postnatal
{
public:
    Postnatal(const storage::Database &database, const Clock &clock);

    /// Records the contact in one transaction with its appointment: her booked postnatal
    /// appointment on that day is marked attended (or did not attend), or one is recorded as it
    /// happened. Refused, as field errors, before the birth is recorded, or with what
    /// clinical::postnatalProblems() finds.
    Outcome<PostnatalReview> record(PostnatalContact contact, const Actor &actor) const;

    /// Her postnatal contacts, oldest first, each with the actions saved with it.
    Outcome<QList<PostnatalReview>> contactsOf(qint64 pregnancyId) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
