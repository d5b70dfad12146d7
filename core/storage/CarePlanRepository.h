// SPDX-License-Identifier: MIT
#pragma once

#include "domain/StoredCarePlan.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// A care-plan version still held in the public formats it was saved in before schema 10, as
/// its columns hold it: for core/care to read with those formats and rewrite.
struct CarePlanInPublicFormats
{
    qint64 id = 0;
    qint64 pregnancyId = 0;
    int version = 0;
    QString planJson;    ///< `bbclinic-careplan/1`
    QString bookingJson; ///< `bbclinic-booking/1`
};

/// All SQL for care-plan versions. Saving never changes an earlier version: it adds the next.
/// The plan and the booking it was made from are kept in storage's own encoding
/// (storage/CarePlanEncoding.h); what is stored is what the caller gives, who and when
/// included.
class CarePlanRepository
{
public:
    explicit CarePlanRepository(const Database &database);

    /// Every version of her plan for one pregnancy, oldest first. None when a row cannot be
    /// read (or the query fails), with `error` naming the version and what is wrong: a row that
    /// cannot be read is never passed off as an empty plan.
    std::optional<QList<StoredCarePlan>> versions(qint64 pregnancyId, QString *error) const;
    /// Her latest version; none when she has none. When it cannot be read, none and `error`
    /// says why; `error` is cleared otherwise.
    std::optional<StoredCarePlan> latest(qint64 pregnancyId, QString *error) const;
    bool hasPlan(qint64 pregnancyId) const;
    /// The booked pregnancies whose latest version chooses `place` as her place of birth, by
    /// pregnancy id. One query that reads no plan, however many women are in care.
    QList<qint64> bookedChoosing(PlaceOfBirth place) const;

    /// Stores `plan` as the next version, with its `savedBy` and `savedAt` (a version saved by
    /// nobody, or at no time, is refused); sets its id and version. One transaction (a
    /// savepoint inside a caller's).
    bool saveNewVersion(StoredCarePlan &plan, QString *error) const;

    /// Whether any version is still held in the public formats (an index lookup).
    bool anyInPublicFormats(QString *error) const;
    /// Every version still held in the public formats, by id.
    std::optional<QList<CarePlanInPublicFormats>> inPublicFormats(QString *error) const;
    /// Rewrites one version held in the public formats in storage's encoding, as read by the
    /// caller; nothing else in the row changes. Fails for a row that is not in the public
    /// formats.
    bool rewriteInEncoding(qint64 id, const CarePlan &plan, const Booking &basedOn,
                           QString *error) const;
    /// In every version of her pregnancies, the booking it was made from names her by `to`
    /// where it named her by `from` (her temporary identifier replaced by her NHS number);
    /// nothing else in the rows changes. One statement (a savepoint inside a caller's).
    bool replaceNhsNumber(qint64 womanId, const QString &from, const QString &to,
                          QString *error) const;

private:
    QSqlDatabase db() const;
    std::optional<QList<StoredCarePlan>> read(const char *select, qint64 pregnancyId,
                                              QString *error) const;
    bool write(StoredCarePlan &plan, QString *error) const;

    const Database &m_database;
};

} // namespace bb::storage
