// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Gestation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// What one entry of her pregnancy's timeline is.
enum class TimelineKind
{
    Booking,
    Contact,
    Result,
    PlanVersion
};

/// One thing that happened in her pregnancy, as the timeline lists it.
struct TimelineEntry
{
    QDate date;
    Gestation gestation; ///< at `date`
    TimelineKind kind = TimelineKind::Contact;
    QString title;  ///< "Antenatal contact with Priya Mistry"
    QString detail; ///< what was found or decided, in a line
    qint64 id = 0;  ///< the contact's or the plan version's id; the pregnancy's for the booking
};

/// Her pregnancy on one timeline: the booking, every antenatal contact, every result and every
/// version of her care plan, newest first (on one day: plan versions, results, contacts, then the
/// booking).
class Timeline
{
public:
    Timeline(const storage::Database &database, const Clock &clock);

    Outcome<QList<TimelineEntry>> of(qint64 pregnancyId) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
