// SPDX-License-Identifier: MIT
#include "storage/CarePlanRepository.h"

#include "clinical/AntenatalSchedule.h"
#include "domain/Codes.h"
#include "interop/BookingJson.h"
#include "interop/CarePlanJson.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectVersions = R"(
    SELECT id, pregnancy_id, version, plan_json, booking_json, chosen_place_of_birth,
           what_matters, birth_preferences, saved_by, saved_at,
           (SELECT woman_id FROM pregnancy WHERE id = pregnancy_id)
      FROM care_plan_version WHERE pregnancy_id = ? ORDER BY version)";
constexpr auto kSelectDecisions = R"(
    SELECT code, accepted, reason FROM care_plan_decision
     WHERE care_plan_version_id = ? ORDER BY rowid)";
constexpr auto kBookedChoosing = R"(
    SELECT v.pregnancy_id
      FROM care_plan_version v
      JOIN pregnancy p ON p.id = v.pregnancy_id
     WHERE p.status = 'booked' AND v.chosen_place_of_birth = ?
       AND v.version = (SELECT max(version) FROM care_plan_version
                         WHERE pregnancy_id = v.pregnancy_id)
     ORDER BY v.pregnancy_id)";
constexpr auto kNextVersion =
    "SELECT coalesce(max(version), 0) + 1 FROM care_plan_version WHERE pregnancy_id = ?";
constexpr auto kInsertVersion = R"(
    INSERT INTO care_plan_version (pregnancy_id, version, plan_json, booking_json,
                                   chosen_place_of_birth, what_matters, birth_preferences,
                                   saved_by, saved_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kInsertDecision = R"(
    INSERT INTO care_plan_decision (care_plan_version_id, code, accepted, reason)
    VALUES (?, ?, ?, ?))";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

// What is checked and discussed at each contact is NICE NG201's schedule for that week: the same
// for every woman, and most of a plan's text. It is stored once, in the rules, not in every
// version of every plan (the file stays small enough to check quickly on every open), and put
// back when a version is read.
CarePlan withoutScheduleText(CarePlan plan)
{
    for (PlannedContact &contact : plan.contacts) {
        contact.checks.clear();
        contact.discussed.clear();
    }
    return plan;
}

void restoreScheduleText(CarePlan &plan, const QDate &bookingDate)
{
    const auto full = clinical::plannedContacts(plan.edd, bookingDate, plan.nulliparous);
    for (PlannedContact &contact : plan.contacts) {
        for (const PlannedContact &rule : full) {
            if (rule.week == contact.week) {
                contact.checks = rule.checks;
                contact.discussed = rule.discussed;
            }
        }
    }
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

CarePlanRepository::CarePlanRepository(const Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

QSqlDatabase CarePlanRepository::db() const
{
    return m_database.connection();
}

QList<StoredCarePlan> CarePlanRepository::versions(qint64 pregnancyId) const
{
    QList<StoredCarePlan> list;
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectVersions), {pregnancyId}, nullptr, &q))
        return list;
    while (q.next()) {
        StoredCarePlan stored;
        stored.id = q.value(0).toLongLong();
        stored.pregnancyId = q.value(1).toLongLong();
        stored.version = q.value(2).toInt();
        stored.plan = interop::carePlanFromJson(objectFrom(q.value(3))).plan.value_or(CarePlan{});
        const auto booking = interop::parseBooking(q.value(4).toString().toUtf8());
        stored.basedOn = booking.booking.value_or(Booking{});
        restoreScheduleText(stored.plan, stored.basedOn.pregnancy.bookingDate);
        // The booking format carries no row ids; they are the pregnancy's own.
        stored.basedOn.pregnancy.id = stored.pregnancyId;
        stored.basedOn.pregnancy.womanId = q.value(10).toLongLong();
        stored.basedOn.woman.id = stored.basedOn.pregnancy.womanId;
        stored.chosenPlaceOfBirth =
            codes::placeOfBirthFromCode(q.value(5).toString()).value_or(PlaceOfBirth::Undecided);
        stored.whatMatters = q.value(6).toString();
        stored.birthPreferences = q.value(7).toString();
        stored.savedBy = q.value(8).toString();
        stored.savedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        list << stored;
    }
    for (StoredCarePlan &stored : list) {
        QSqlQuery d(db());
        if (!execute(db(), sql(kSelectDecisions), {stored.id}, nullptr, &d))
            continue;
        while (d.next())
            stored.decisions.append(
                {d.value(0).toString(), d.value(1).toBool(), d.value(2).toString()});
    }
    return list;
}

std::optional<StoredCarePlan> CarePlanRepository::latest(qint64 pregnancyId) const
{
    const auto all = versions(pregnancyId);
    if (all.isEmpty())
        return std::nullopt;
    return all.back();
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

bool CarePlanRepository::saveNewVersion(StoredCarePlan &plan, const QString &savedBy,
                                        QString *error) const
{
    Transaction transaction(db());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    StoredCarePlan written = plan;
    if (!write(written, savedBy, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    plan = written;
    return true;
}

bool CarePlanRepository::write(StoredCarePlan &plan, const QString &savedBy, QString *error) const
{
    for (const CarePlanDecision &decision : plan.decisions) {
        if (!decision.accepted && decision.reason.trimmed().isEmpty()) {
            if (error)
                *error = QStringLiteral("declining %1 needs a reason").arg(decision.code);
            return false;
        }
    }
    QSqlQuery next(db());
    if (!execute(db(), sql(kNextVersion), {plan.pregnancyId}, error, &next) || !next.next())
        return false;
    plan.version = next.value(0).toInt();
    plan.savedBy = savedBy;
    plan.savedAt = m_clock.now();
    plan.plan.chosenPlaceOfBirth = plan.chosenPlaceOfBirth;
    QSqlQuery insert(db());
    if (!execute(db(), sql(kInsertVersion),
                 {plan.pregnancyId, plan.version,
                  compact(interop::carePlanToJson(plan.basedOn, withoutScheduleText(plan.plan))),
                  compact(interop::bookingToJson(plan.basedOn)),
                  codes::toCode(plan.chosenPlaceOfBirth), text(plan.whatMatters),
                  text(plan.birthPreferences), text(savedBy), plan.savedAt.toString(Qt::ISODate)},
                 error, &insert))
        return false;
    plan.id = insert.lastInsertId().toLongLong();
    for (const CarePlanDecision &decision : plan.decisions) {
        if (!execute(db(), sql(kInsertDecision),
                     {plan.id, decision.code, decision.accepted ? 1 : 0, text(decision.reason)},
                     error))
            return false;
    }
    return true;
}

} // namespace bb::storage
