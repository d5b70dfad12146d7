// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Booking.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// The due date the rules derived from a pregnancy's dates, stored beside them so that search
/// results can show gestation without dating every row. Empty when it could not be dated.
struct DueDateColumns
{
    QDate edd;
    QString method; ///< the dating method's code (`crl`, `lmp`)
};

/// All SQL for a pregnancy, its booking assessment and the booking's details (one aggregate). A
/// booking is saved together with her demographics in one transaction, so a failed save changes
/// nothing.
class PregnancyRepository
{
public:
    explicit PregnancyRepository(const Database &database);

    /// Her pregnancies, newest first. Empty with `error` set when a row cannot be read.
    QList<Pregnancy> forWoman(qint64 womanId, QString *error = nullptr) const;
    /// The ids of her pregnancies entered in error. Empty with `error` set when they cannot be
    /// read.
    QList<qint64> enteredInError(qint64 womanId, QString *error = nullptr) const;

    /// The woman whose pregnancy it is; 0 when there is no such pregnancy.
    qint64 womanOf(qint64 pregnancyId, QString *error = nullptr) const;

    /// The booking document of one pregnancy: her, the pregnancy and its assessment. Empty when
    /// there is no such pregnancy; empty with `error` set when its rows cannot be read.
    std::optional<Booking> booking(qint64 pregnancyId, QString *error = nullptr) const;

    /// The booking of her latest pregnancy, if she has one (`error` as for booking()).
    std::optional<Booking> latestBooking(qint64 womanId, QString *error = nullptr) const;

    /// A number that grows with every save of the pregnancy's booking or of her details (from
    /// 2); empty when there is no such pregnancy, or with `error` when it cannot be read.
    std::optional<int> bookingVersion(qint64 pregnancyId, QString *error = nullptr) const;

    /// Saves her, the pregnancy (inserted when its id is 0) and the assessment, stamped `at`, in
    /// one transaction (a savepoint inside a caller's); sets the ids it created. On failure nothing
    /// is stored and ids are as before.
    bool saveBooking(Booking &booking, const DueDateColumns &due, const QDateTime &at,
                     QString *error) const;

    /// Sets the pregnancy's status (delivered, loss), stamped `at`; false with `error` when
    /// there is no such pregnancy.
    bool setStatus(qint64 pregnancyId, PregnancyStatus status, const QDateTime &at,
                   QString *error) const;

    int count() const;

private:
    QSqlDatabase db() const;
    bool writePregnancy(Pregnancy &pregnancy, const DueDateColumns &due, const QDateTime &at,
                        QString *error) const;
    bool writeAssessment(qint64 pregnancyId, const BookingAssessment &assessment,
                         const QDateTime &at, QString *error) const;
    // BookingDetailRows.cpp
    bool readDetails(qint64 pregnancyId, BookingDetails &details, QStringList *unreadable,
                     QString *error) const;
    bool writeDetails(qint64 pregnancyId, const BookingDetails &details, const QDateTime &at,
                      QString *error) const;

    const Database &m_database;
};

} // namespace bb::storage
