// SPDX-License-Identifier: MIT
#include "storage/ReferralRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kColumns = R"(
    SELECT r.id, r.pregnancy_id, r.code, r.team, r.source, r.status, r.restricted, r.created_on,
           r.sent_on, r.updated_on, r.updated_by, r.note)";
constexpr auto kInsert = R"(
    INSERT INTO referral (pregnancy_id, code, team, source, status, restricted, created_on,
                          sent_on, updated_on, updated_by, note)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (pregnancy_id, code) DO NOTHING)";
constexpr auto kUpdate = R"(
    UPDATE referral SET status = ?, sent_on = ?, updated_on = ?, updated_by = ?, note = ?
     WHERE id = ?)";
constexpr auto kInsertChange = R"(
    INSERT INTO referral_change (referral_id, status, changed_on, changed_by, changed_at, note)
    VALUES (?, ?, ?, ?, ?, ?))";
constexpr auto kHistory = R"(
    SELECT status, changed_on, changed_by, changed_at, note FROM referral_change
     WHERE referral_id = ? ORDER BY id)";
// Open referrals first by age; a loss is read with the woman, since a bereaved woman is
// flagged wherever she is listed.
constexpr auto kQueue = R"(,
           w.id, w.nhs_number, w.family_name, w.given_name, p.status = 'loss'
      FROM referral r
      JOIN pregnancy p ON p.id = r.pregnancy_id
      JOIN woman w ON w.id = p.woman_id
     WHERE (? = '' OR r.team = ?) AND (? = 1 OR r.restricted = 0)
       AND (r.status NOT IN ('seen', 'declined', 'not_needed') OR r.updated_on >= ?)
       AND w.in_error = 0 AND p.in_error = 0
     ORDER BY r.status <> 'suggested', r.created_on, r.id)";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// The referral in the first twelve columns of `q`; nothing with `error` when a code is unknown.
std::optional<Referral> readReferral(const QSqlQuery &q, QString *error)
{
    Referral r;
    r.id = q.value(0).toLongLong();
    r.pregnancyId = q.value(1).toLongLong();
    r.code = q.value(2).toString();
    r.team = q.value(3).toString();
    const auto source = codes::referralSourceFromCode(q.value(4).toString());
    const auto status = codes::referralStatusFromCode(q.value(5).toString());
    if (!source || !status) {
        if (error)
            *error = QStringLiteral("referral %1 has an unknown source or status").arg(r.id);
        return std::nullopt;
    }
    r.source = *source;
    r.status = *status;
    r.restricted = q.value(6).toBool();
    r.createdOn = dateOf(q.value(7));
    r.sentOn = dateOf(q.value(8));
    r.updatedOn = dateOf(q.value(9));
    r.updatedBy = q.value(10).toString();
    r.note = q.value(11).toString();
    return r;
}

} // namespace

ReferralRepository::ReferralRepository(const Database &database) : m_database(database) {}

QSqlDatabase ReferralRepository::db() const
{
    return m_database.connection();
}

qint64 ReferralRepository::insertIfNew(const Referral &r, const QDateTime &at, QString *error) const
{
    qint64 id = -1;
    runWrite(db(), error, [&] {
        if (!insertRow(db(), sql(kInsert),
                       {r.pregnancyId, r.code, r.team, codes::toCode(r.source),
                        codes::toCode(r.status), r.restricted ? 1 : 0,
                        r.createdOn.toString(Qt::ISODate), dateValue(r.sentOn),
                        r.updatedOn.toString(Qt::ISODate), text(r.updatedBy), text(r.note)},
                       &id, error))
            return false;
        if (id == 0)
            return true; // already suggested: ON CONFLICT did nothing
        return execute(db(), sql(kInsertChange),
                       {id, codes::toCode(r.status), r.updatedOn.toString(Qt::ISODate),
                        text(r.updatedBy), at.toString(Qt::ISODate), text(r.note)},
                       error);
    });
    return id;
}

std::optional<Referral> ReferralRepository::byId(qint64 id, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kColumns) + QStringLiteral(" FROM referral r WHERE r.id = ?"), {id},
                 error, &q) ||
        !q.next())
        return std::nullopt;
    return readReferral(q, error);
}

QList<Referral> ReferralRepository::forPregnancy(qint64 pregnancyId, QString *error) const
{
    QList<Referral> referrals;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(db(),
                 sql(kColumns) +
                     QStringLiteral(" FROM referral r WHERE r.pregnancy_id = ? ORDER BY r.id"),
                 {pregnancyId}, error, &q))
        return referrals;
    while (q.next()) {
        const auto r = readReferral(q, error);
        if (!r)
            return {};
        referrals << *r;
    }
    return referrals;
}

bool ReferralRepository::update(const Referral &r, const QDateTime &at, QString *error) const
{
    return runWrite(db(), error, [&] {
        return execute(db(), sql(kUpdate),
                       {codes::toCode(r.status), dateValue(r.sentOn),
                        r.updatedOn.toString(Qt::ISODate), text(r.updatedBy), text(r.note), r.id},
                       error) &&
               execute(db(), sql(kInsertChange),
                       {r.id, codes::toCode(r.status), r.updatedOn.toString(Qt::ISODate),
                        text(r.updatedBy), at.toString(Qt::ISODate), text(r.note)},
                       error);
    });
}

QList<ReferralChange> ReferralRepository::history(qint64 referralId, QString *error) const
{
    QList<ReferralChange> changes;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(db(), sql(kHistory), {referralId}, error, &q))
        return changes;
    while (q.next()) {
        const auto status = codes::referralStatusFromCode(q.value(0).toString());
        if (!status) {
            if (error)
                *error =
                    QStringLiteral("referral %1 has a change of unknown status").arg(referralId);
            return {};
        }
        changes << ReferralChange{*status, dateOf(q.value(1)), q.value(2).toString(),
                                  QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                                  q.value(4).toString()};
    }
    return changes;
}

QList<ReferralListing> ReferralRepository::queue(const QString &team, bool withRestricted,
                                                 const QDate &closedSince, QString *error) const
{
    QList<ReferralListing> listings;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(
            db(), sql(kColumns) + sql(kQueue),
            {text(team), text(team), withRestricted ? 1 : 0, closedSince.toString(Qt::ISODate)},
            error, &q))
        return listings;
    while (q.next()) {
        const auto r = readReferral(q, error);
        if (!r)
            return {};
        ReferralListing listing;
        listing.referral = *r;
        listing.womanId = q.value(12).toLongLong();
        listing.nhsNumber = q.value(13).toString();
        listing.womanName =
            QStringLiteral("%1, %2").arg(q.value(14).toString().toUpper(), q.value(15).toString());
        listing.afterLoss = q.value(16).toBool();
        listings << listing;
    }
    return listings;
}

bool ReferralRepository::afterLoss(qint64 pregnancyId, QString *error) const
{
    QSqlQuery q(db());
    return execute(db(), QStringLiteral("SELECT status = 'loss' FROM pregnancy WHERE id = ?"),
                   {pregnancyId}, error, &q) &&
           q.next() && q.value(0).toBool();
}

} // namespace bb::storage
