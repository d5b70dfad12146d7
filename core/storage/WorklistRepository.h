// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Worklist.h"

#include <QSqlDatabase>

namespace bb::storage {

class Database;

/// The SQL behind a midwife's day: each list read in one query on the indexes of her
/// appointments (appointment_by_clinician) and of her caseload (allocation_by_midwife). Items
/// carry codes and stored values; care/ puts them into words. Women and pregnancies entered in
/// error are never read.
class WorklistRepository
{
public:
    explicit WorklistRepository(const Database &database);

    /// Her appointments still booked on `day` (code: kind; detail: `HH:MM|venue`).
    QList<WorklistItem> contactsOn(qint64 clinicianId, const QDate &day,
                                   QString *error = nullptr) const;
    /// Her appointments on days from `since` to before `day` still booked: nothing recorded.
    QList<WorklistItem> contactsNotRecorded(qint64 clinicianId, const QDate &since,
                                            const QDate &day, QString *error = nullptr) const;
    /// Results of her caseload that need action, not yet acted on (code: kind; detail: value).
    QList<WorklistItem> resultsNeedingAction(qint64 clinicianId, QString *error = nullptr) const;
    /// Referrals of her caseload still suggested, restricted ones left out (code: referral code;
    /// detail: team code; date: the day it was made).
    QList<WorklistItem> referralsToSend(qint64 clinicianId, QString *error = nullptr) const;
    /// Her caseload's pregnancies in care with an EDD on or before `latestEdd` (date: the EDD).
    QList<WorklistItem> dueBy(qint64 clinicianId, const QDate &latestEdd,
                              QString *error = nullptr) const;
    /// As dueBy(), only those whose chosen place of birth (in her latest plan) is home.
    QList<WorklistItem> homeBirthsDueBy(qint64 clinicianId, const QDate &latestEdd,
                                        QString *error = nullptr) const;
    /// Babies born alive to her caseload between `bornFrom` and `bornTo` with no blood spot
    /// sample recorded at a contact on or after `takenFrom` days after the birth (date: born;
    /// code: `baby:N` with the birth order; detail: gestation at birth in days).
    QList<WorklistItem> bloodSpotsNotTaken(qint64 clinicianId, const QDate &bornFrom,
                                           const QDate &bornTo, int takenFrom,
                                           QString *error = nullptr) const;

private:
    QList<WorklistItem> read(const char *query, const QVariantList &values, QString *error) const;
    QSqlDatabase db() const;

    const Database &m_database;
};

} // namespace bb::storage
