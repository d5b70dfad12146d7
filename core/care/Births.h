// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "clinical/BirthRules.h"
#include "domain/Actor.h"
#include "domain/Birth.h"
#include "domain/Team.h"

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

/// A birth as recorded, with what recording it did and what the rules say after it.
struct BirthRecord
{
    Birth birth;
    std::optional<Gestation> gestation; ///< at birth, from her dating
    QString recordedBy;
    QDateTime recordedAt;
    /// RCOG GTG 37a after the birth; none when her booking cannot be dated or read for it.
    std::optional<clinical::PostnatalVteAssessment> vte;
    QList<clinical::BloodSpotDue> bloodSpot; ///< per baby born alive, in birth order
};

/// What saving a birth changed besides the birth itself.
struct BirthSaved
{
    BirthRecord record;
    QList<Appointment> cancelled; ///< antenatal appointments still to come, cancelled: "birth"
    QList<Appointment> planned;   ///< the postnatal contacts booked
    QStringList notPlanned;       ///< contacts nobody in her team could take, and why
};

/// The birth and what follows from it.
class Births
{
public:
    Births(const storage::Database &database, const Clock &clock);

    /// Records the birth of a booked pregnancy in one transaction: the birth with who attended
    /// and each baby; the pregnancy becomes delivered; her booked antenatal appointments on or
    /// after the birth date are cancelled with the reason "birth"; and the postnatal contacts
    /// (clinical::postnatalContactPlan) are booked with her named midwife, or another midwife
    /// of her team, or one who attended, whoever is at work that day. Problems with the birth
    /// are field errors (paths as in clinical::birthProblems(), and `clinicians` for a person
    /// who is not on the staff); a pregnancy already delivered or lost is refused.
    Outcome<BirthSaved> record(Birth birth, const Actor &actor) const;

    /// The birth of a pregnancy, with the rules' view of it; none when not recorded yet.
    Outcome<std::optional<BirthRecord>> birthOf(qint64 pregnancyId) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
