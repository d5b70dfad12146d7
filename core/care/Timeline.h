// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Gestation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

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
    PlanVersion,
    Birth,
    PostnatalContact,
    BabyMove,
    Discharge,
    Loss
};

/// One thing that happened in her pregnancy, as the timeline lists it.
struct TimelineEntry
{
    QDate date;
    Gestation gestation; ///< at `date`; for what happened after the birth, see `dayAfterBirth`
    TimelineKind kind = TimelineKind::Contact;
    QString title;  ///< "Antenatal contact with Priya Mistry"
    QString detail; ///< what was found or decided, in a line
    qint64 id = 0;  ///< the contact's or the plan version's id; the pregnancy's for the booking
    /// Days after the birth (the day of birth being day 0) for what happened after it.
    std::optional<int> dayAfterBirth;

    /// `38+4` before the birth, `Day 5` after it.
    QString when() const;
};

/// Her pregnancy on one timeline: the booking, every antenatal contact, every result, every
/// version of her care plan, the birth, her postnatal contacts, where her babies were cared for,
/// her discharge and a loss; newest first (on one day: a loss, the discharge, baby moves,
/// postnatal contacts, the birth, plan versions, results, contacts, then the booking).
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
