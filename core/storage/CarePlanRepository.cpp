// SPDX-License-Identifier: MIT
#include "storage/CarePlanRepository.h"

#include "domain/Codes.h"
#include "storage/CarePlanEncoding.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Seals.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectVersions = R"(
    SELECT id, pregnancy_id, version, encoding, plan_json, booking_json, chosen_place_of_birth,
           what_matters, birth_preferences, saved_by, saved_at,
           (SELECT woman_id FROM pregnancy WHERE id = pregnancy_id)
      FROM care_plan_version WHERE pregnancy_id = ? ORDER BY version)";
constexpr auto kSelectLatest = R"(
    SELECT id, pregnancy_id, version, encoding, plan_json, booking_json, chosen_place_of_birth,
           what_matters, birth_preferences, saved_by, saved_at,
           (SELECT woman_id FROM pregnancy WHERE id = pregnancy_id)
      FROM care_plan_version WHERE pregnancy_id = ? ORDER BY version DESC LIMIT 1)";
constexpr auto kSelectDecisions = R"(
    SELECT code, status, reason FROM care_plan_decision
     WHERE care_plan_version_id = ? ORDER BY %1)";
constexpr auto kBookedChoosing = R"(
    SELECT v.pregnancy_id
      FROM care_plan_version v
      JOIN pregnancy p ON p.id = v.pregnancy_id
     WHERE p.status = 'booked' AND v.chosen_place_of_birth = ?
       AND v.version = (SELECT max(version) FROM care_plan_version
                         WHERE pregnancy_id = v.pregnancy_id)
     ORDER BY v.pregnancy_id)";
// Both encodings hold the booking as JSON, her identifier a text value in double quotes.
constexpr auto kReplaceNhsNumber = R"(
    UPDATE care_plan_version SET booking_json = replace(booking_json, ?, ?)
     WHERE pregnancy_id IN (SELECT id FROM pregnancy WHERE woman_id = ?) AND booking_json LIKE ?)";
constexpr auto kNextVersion =
    "SELECT coalesce(max(version), 0) + 1 FROM care_plan_version WHERE pregnancy_id = ?";
constexpr auto kInsertVersion = R"(
    INSERT INTO care_plan_version (pregnancy_id, version, encoding, plan_json, booking_json,
                                   chosen_place_of_birth, what_matters, birth_preferences,
                                   saved_by, saved_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kInsertDecision = R"(
    INSERT INTO care_plan_decision (care_plan_version_id, code, status, reason)
    VALUES (?, ?, ?, ?))";
// Both read through the partial index on `encoding = 0`, so they cost nothing once every row
// has been rewritten.
constexpr auto kAnyInPublicFormats = "SELECT 1 FROM care_plan_version WHERE encoding = 0 LIMIT 1";
constexpr auto kInPublicFormats = R"(
    SELECT id, pregnancy_id, version, plan_json, booking_json
      FROM care_plan_version WHERE encoding = 0 ORDER BY id)";
constexpr auto kRewrite = R"(
    UPDATE care_plan_version SET encoding = ?, plan_json = ?, booking_json = ?
     WHERE id = ? AND encoding = 0)";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// One care_plan_version row of kSelectVersions or kSelectLatest, without its decisions.
std::optional<StoredCarePlan> versionFrom(const QSqlQuery &q, QString *error)
{
    StoredCarePlan stored;
    stored.id = q.value(0).toLongLong();
    stored.pregnancyId = q.value(1).toLongLong();
    stored.version = q.value(2).toInt();
    const int encoding = q.value(3).toInt();
    const QString row = QStringLiteral("version %1 of the care plan of pregnancy %2")
                            .arg(stored.version)
                            .arg(stored.pregnancyId);
    if (encoding == encoding::kPublicFormats) {
        fail(error, QStringLiteral("%1 is still in the public formats it was saved in before "
                                   "schema 10: opening the file for writing rewrites it")
                        .arg(row));
        return std::nullopt;
    }
    if (encoding < encoding::kFirst || encoding > encoding::kCurrent) {
        fail(error, QStringLiteral("%1 is in encoding %2, which this build does not know")
                        .arg(row)
                        .arg(encoding));
        return std::nullopt;
    }
    QStringList problems;
    QString problem;
    if (const auto plan = encoding::decodePlan(q.value(4).toString(), &problem, encoding))
        stored.plan = *plan;
    else
        problems << problem;
    if (const auto booking = encoding::decodeBooking(q.value(5).toString(), &problem))
        stored.basedOn = *booking;
    else
        problems << problem;
    const QString place = q.value(6).toString();
    if (const auto chosen = codes::placeOfBirthFromCode(place))
        stored.chosenPlaceOfBirth = *chosen;
    else
        problems << QStringLiteral("chosen_place_of_birth: unknown code '%1'").arg(place);
    stored.whatMatters = q.value(7).toString();
    stored.birthPreferences = q.value(8).toString();
    stored.savedBy = q.value(9).toString();
    stored.savedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    if (!stored.savedAt.isValid())
        problems
            << QStringLiteral("saved_at: '%1' is not a date and time").arg(q.value(10).toString());
    if (!problems.isEmpty()) {
        fail(error,
             QStringLiteral("%1 cannot be read: %2").arg(row, problems.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    // The encoding carries no row ids; they are the pregnancy's own.
    stored.basedOn.pregnancy.id = stored.pregnancyId;
    stored.basedOn.pregnancy.womanId = q.value(11).toLongLong();
    stored.basedOn.woman.id = stored.basedOn.pregnancy.womanId;
    return stored;
}

} // namespace

CarePlanRepository::CarePlanRepository(const Database &database) : m_database(database) {}

QSqlDatabase CarePlanRepository::db() const
{
    return m_database.connection();
}

std::optional<QList<StoredCarePlan>>
CarePlanRepository::read(const char *select, qint64 pregnancyId, QString *error) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(db(), sql(select), {pregnancyId}, error, &q))
        return std::nullopt;
    QList<StoredCarePlan> list;
    while (q.next()) {
        auto stored = versionFrom(q, error);
        if (!stored)
            return std::nullopt;
        list << *stored;
    }
    for (StoredCarePlan &stored : list) {
        QSqlQuery d(db());
        d.setForwardOnly(true);
        if (!execute(db(), sql(kSelectDecisions).arg(dialect::insertionOrder(dialectOf(db()))),
                     {stored.id}, error, &d))
            return std::nullopt;
        while (d.next()) {
            const std::optional<DecisionStatus> status =
                decisionStatusFromCode(d.value(1).toString());
            if (!status) {
                if (error)
                    *error = QStringLiteral("care_plan_decision of version %1: unknown status '%2'")
                                 .arg(stored.id)
                                 .arg(d.value(1).toString());
                return std::nullopt;
            }
            stored.decisions.append({d.value(0).toString(), *status, d.value(2).toString()});
        }
    }
    return list;
}

std::optional<QList<StoredCarePlan>> CarePlanRepository::versions(qint64 pregnancyId,
                                                                  QString *error) const
{
    return read(kSelectVersions, pregnancyId, error);
}

std::optional<StoredCarePlan> CarePlanRepository::latest(qint64 pregnancyId, QString *error) const
{
    if (error)
        error->clear();
    const auto last = read(kSelectLatest, pregnancyId, error);
    if (!last || last->isEmpty())
        return std::nullopt;
    return last->front();
}

bool CarePlanRepository::hasPlan(qint64 pregnancyId) const
{
    QSqlQuery q(db());
    return execute(db(),
                   QStringLiteral("SELECT 1 FROM care_plan_version WHERE pregnancy_id = ? LIMIT 1"),
                   {pregnancyId}, nullptr, &q) &&
           q.next();
}

QList<qint64> CarePlanRepository::bookedChoosing(PlaceOfBirth place) const
{
    QList<qint64> ids;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(db(), sql(kBookedChoosing), {codes::toCode(place)}, nullptr, &q))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool CarePlanRepository::replaceNhsNumber(qint64 womanId, const QString &from, const QString &to,
                                          QString *error) const
{
    const auto quoted = [](const QString &value) {
        return QLatin1Char('"') + value + QLatin1Char('"');
    };
    // Her versions are sealed again once changed: never over one that is not what was saved.
    const QString herVersions =
        QStringLiteral("pregnancy_id IN (SELECT id FROM pregnancy WHERE woman_id = ?)");
    const auto damaged =
        Seals(m_database).damaged(SealedTable::CarePlanVersion, herVersions, {womanId}, error);
    if (!damaged)
        return false;
    if (!damaged->isEmpty())
        return fail(error, QStringLiteral("version %1 of her care plan is not what was saved, so "
                                          "her number was not changed in it")
                               .arg(damaged->front().which.toInt()));
    Transaction transaction(db());
    if (!transaction.isActive())
        return fail(error, transaction.error());
    if (!execute(
            db(), sql(kReplaceNhsNumber),
            {quoted(from), quoted(to), womanId, QLatin1Char('%') + quoted(from) + QLatin1Char('%')},
            error) ||
        !Seals(m_database).seal(SealedTable::CarePlanVersion, herVersions, {womanId}, error))
        return false;
    if (!transaction.commit())
        return fail(error, transaction.error());
    return true;
}

bool CarePlanRepository::saveNewVersion(StoredCarePlan &plan, QString *error) const
{
    if (plan.savedBy.trimmed().isEmpty())
        return fail(error, QStringLiteral("a care-plan version must name who saved it"));
    if (!plan.savedAt.isValid())
        return fail(error, QStringLiteral("a care-plan version must say when it was saved"));
    Transaction transaction(db());
    if (!transaction.isActive())
        return fail(error, transaction.error());
    StoredCarePlan written = plan;
    if (!write(written, error))
        return false;
    if (!transaction.commit())
        return fail(error, transaction.error());
    plan = written;
    return true;
}

bool CarePlanRepository::write(StoredCarePlan &plan, QString *error) const
{
    QSqlQuery next(db());
    if (!execute(db(), sql(kNextVersion), {plan.pregnancyId}, error, &next) || !next.next())
        return false;
    plan.version = next.value(0).toInt();
    if (!insertRow(db(), sql(kInsertVersion),
                   {plan.pregnancyId, plan.version, encoding::kCurrent,
                    encoding::encodePlan(plan.plan), encoding::encodeBooking(plan.basedOn),
                    codes::toCode(plan.chosenPlaceOfBirth), text(plan.whatMatters),
                    text(plan.birthPreferences), text(plan.savedBy),
                    plan.savedAt.toString(Qt::ISODate)},
                   &plan.id, error))
        return false;
    if (!Seals(m_database).sealRow(SealedTable::CarePlanVersion, plan.id, error))
        return false;
    for (const CarePlanDecision &decision : plan.decisions) {
        if (!execute(db(), sql(kInsertDecision),
                     {plan.id, decision.code, toCode(decision.status), text(decision.reason)},
                     error))
            return false;
    }
    return true;
}

bool CarePlanRepository::anyInPublicFormats(QString *error) const
{
    QSqlQuery q(db());
    return execute(db(), sql(kAnyInPublicFormats), {}, error, &q) && q.next();
}

std::optional<QList<CarePlanInPublicFormats>>
CarePlanRepository::inPublicFormats(QString *error) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!execute(db(), sql(kInPublicFormats), {}, error, &q))
        return std::nullopt;
    QList<CarePlanInPublicFormats> rows;
    while (q.next()) {
        rows << CarePlanInPublicFormats{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                        q.value(2).toInt(), q.value(3).toString(),
                                        q.value(4).toString()};
    }
    return rows;
}

bool CarePlanRepository::rewriteInEncoding(qint64 id, const CarePlan &plan, const Booking &basedOn,
                                           QString *error) const
{
    QSqlQuery update(db());
    if (!execute(
            db(), sql(kRewrite),
            {encoding::kCurrent, encoding::encodePlan(plan), encoding::encodeBooking(basedOn), id},
            error, &update))
        return false;
    if (update.numRowsAffected() != 1)
        return fail(error,
                    QStringLiteral("care-plan version id %1 is not in the public formats").arg(id));
    return Seals(m_database).sealRow(SealedTable::CarePlanVersion, id, error);
}

} // namespace bb::storage
