// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/AntenatalContact.h"
#include "domain/Loss.h"
#include "domain/Referral.h"
#include "domain/Team.h"

#include <QList>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// What recording a loss did.
struct LossRecorded
{
    RecordedLoss loss;
    QList<Appointment> cancelled;   ///< appointments from the loss date on, cancelled
    QList<Referral> referrals;      ///< made by the loss
    QList<Referral> notNeeded;      ///< routine referrals not sent, no longer needed
    QList<ContactAction> postnatal; ///< what postnatal care adds after a stillbirth or NND
    /// Whether her birth is recorded: a stillbirth recorded first has its birth still to record,
    /// which books her postnatal contacts.
    bool birthRecorded = false;
};

/// When a pregnancy ends in a loss, and records that should never have been made.
class Losses
{
public:
    Losses(const storage::Database &database, const Clock &clock);

    /// Records the loss (clinical::lossProblems checks it against her dating and birth) in one
    /// transaction: the pregnancy's status becomes `loss`; every appointment still booked from
    /// the loss date on is cancelled with the reason "pregnancy loss" (postnatal contacts
    /// continue after a stillbirth or neonatal death); routine referrals not yet sent are no
    /// longer needed (those to perinatal mental health and safeguarding stay); and the referrals
    /// to the bereavement midwife, her GP and her health visitor (and, after a stillbirth or
    /// neonatal death, the perinatal mortality review) are made. Nothing routine is made for the
    /// pregnancy again.
    Outcome<LossRecorded> record(PregnancyLoss loss, const Actor &actor) const;

    /// The loss of a pregnancy, if one is recorded.
    Outcome<std::optional<RecordedLoss>> lossOf(qint64 pregnancyId) const;
    /// What postnatal care adds after the pregnancy's loss (nothing without one), from her
    /// results and booking as they are now.
    Outcome<QList<ContactAction>> postnatalAfterLoss(qint64 pregnancyId) const;

    /// Marks her whole record (pregnancyId 0) or one of her pregnancies as entered in error,
    /// saying why: hidden from every list and kept for the record. Her appointments still booked
    /// are cancelled with the reason "entered in error". The appointments cancelled.
    Outcome<QList<Appointment>> enterInError(qint64 womanId, qint64 pregnancyId,
                                             const QString &reason, const Actor &actor) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
