// SPDX-License-Identifier: MIT
#include "storage/ContactRepository.h"

#include "storage/ActionsColumn.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/StaffRepository.h"
#include "storage/TeamRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace bb::storage {
namespace {

using namespace rows;

constexpr auto kSelect = R"(
    SELECT id, pregnancy_id, appointment_id, contact_date, clinician_id, venue, attended,
           bp_systolic, bp_diastolic, urine_protein, urine_glucose, sfh_cm, fetal_heart_heard,
           movements, presentation, co_ppm, whooley_low_mood, whooley_little_interest,
           gad2_score, induction, notes, plan_until_next, actions, recorded_by, recorded_at,
           (SELECT %1 FROM contact_condition WHERE contact_id = c.id)
      FROM antenatal_contact c)";
constexpr auto kOrder = " ORDER BY contact_date, id";
constexpr auto kInsert = R"(
    INSERT INTO antenatal_contact (pregnancy_id, appointment_id, contact_date, clinician_id,
        venue, attended, bp_systolic, bp_diastolic, urine_protein, urine_glucose, sfh_cm,
        fetal_heart_heard, movements, presentation, co_ppm, whooley_low_mood,
        whooley_little_interest, gad2_score, induction, notes, plan_until_next, actions,
        recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kUpdate = R"(
    UPDATE antenatal_contact SET pregnancy_id = ?, appointment_id = ?, contact_date = ?,
        clinician_id = ?, venue = ?, attended = ?, bp_systolic = ?, bp_diastolic = ?,
        urine_protein = ?, urine_glucose = ?, sfh_cm = ?, fetal_heart_heard = ?, movements = ?,
        presentation = ?, co_ppm = ?, whooley_low_mood = ?, whooley_little_interest = ?,
        gad2_score = ?, induction = ?, notes = ?, plan_until_next = ?, actions = ?,
        recorded_by = ?, recorded_at = ?
     WHERE id = ?)";
constexpr auto kDeleteConditions = "DELETE FROM contact_condition WHERE contact_id = ?";
constexpr auto kInsertCondition = "INSERT INTO contact_condition (contact_id, code) VALUES (?, ?)";
constexpr auto kForAppointment = "SELECT id FROM antenatal_contact WHERE appointment_id = ?";

template <typename T> QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

StoredContact contactFrom(const QSqlQuery &q)
{
    StoredContact s;
    AntenatalContact &c = s.contact;
    c.id = q.value(0).toLongLong();
    c.pregnancyId = q.value(1).toLongLong();
    c.appointmentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    c.date = dateFrom(q.value(3));
    c.clinicianId = q.value(4).toLongLong();
    c.venue = q.value(5).toString();
    c.attended = q.value(6).toInt() == 1;
    if (!q.value(7).isNull())
        c.bloodPressure = BloodPressure{q.value(7).toInt(), q.value(8).toInt()};
    c.urineProtein = codes::dipstickFromCode(q.value(9).toString()).value_or(Dipstick::NotTested);
    c.urineGlucose = codes::dipstickFromCode(q.value(10).toString()).value_or(Dipstick::NotTested);
    if (!q.value(11).isNull())
        c.sfhCm = q.value(11).toDouble();
    if (!q.value(12).isNull())
        c.fetalHeartHeard = q.value(12).toInt() == 1;
    c.movements =
        codes::movementsFromCode(q.value(13).toString()).value_or(Movements::NotDiscussed);
    c.presentation =
        codes::presentationFromCode(q.value(14).toString()).value_or(Presentation::NotRecorded);
    if (!q.value(15).isNull())
        c.coPpm = q.value(15).toDouble();
    if (!q.value(18).isNull())
        c.mentalHealth = MentalHealthAnswers{q.value(16).toInt() == 1, q.value(17).toInt() == 1,
                                             q.value(18).toInt()};
    c.induction =
        codes::inductionFromCode(q.value(19).toString()).value_or(InductionDecision::NotOffered);
    c.notes = q.value(20).toString();
    c.planUntilNext = q.value(21).toString();
    s.actions = actionsFromColumn(q.value(22).toString());
    s.recordedBy = q.value(23).toString();
    s.recordedAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    c.conditions = q.value(25).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.conditions.sort();
    return s;
}

QVariantList valuesOf(const StoredContact &s)
{
    const AntenatalContact &c = s.contact;
    const auto &mh = c.mentalHealth;
    return {c.pregnancyId,
            c.appointmentId > 0 ? QVariant(c.appointmentId) : QVariant(),
            isoDate(c.date),
            c.clinicianId,
            text(c.venue),
            c.attended ? 1 : 0,
            c.bloodPressure ? QVariant(c.bloodPressure->systolic) : QVariant(),
            c.bloodPressure ? QVariant(c.bloodPressure->diastolic) : QVariant(),
            codes::toCode(c.urineProtein),
            codes::toCode(c.urineGlucose),
            orNull(c.sfhCm),
            c.fetalHeartHeard ? QVariant(*c.fetalHeartHeard ? 1 : 0) : QVariant(),
            codes::toCode(c.movements),
            codes::toCode(c.presentation),
            orNull(c.coPpm),
            mh ? QVariant(mh->lowMood ? 1 : 0) : QVariant(),
            mh ? QVariant(mh->littleInterest ? 1 : 0) : QVariant(),
            mh ? QVariant(mh->gad2Score) : QVariant(),
            codes::toCode(c.induction),
            text(c.notes),
            text(c.planUntilNext),
            actionsColumn(s.actions),
            text(s.recordedBy),
            s.recordedAt.toString(Qt::ISODateWithMs)};
}

} // namespace

ContactRepository::ContactRepository(const Database &database) : m_database(database) {}

QSqlDatabase ContactRepository::db() const
{
    return m_database.connection();
}

QList<StoredContact> ContactRepository::contactsWhere(const char *condition,
                                                      const QVariantList &values,
                                                      QString *error) const
{
    QList<StoredContact> list;
    QSqlQuery q(db());
    const QString select = sql(kSelect).arg(
        dialect::joinedText(dialectOf(db()), QStringLiteral("code"), QStringLiteral(" ")));
    if (!execute(db(), select + sql(condition) + sql(kOrder), values, error, &q))
        return list;
    while (q.next())
        list << contactFrom(q);
    return list;
}

std::optional<StoredContact> ContactRepository::byId(qint64 id, QString *error) const
{
    const QList<StoredContact> found = contactsWhere(" WHERE c.id = ?", {id}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

QList<StoredContact> ContactRepository::forPregnancy(qint64 pregnancyId, QString *error) const
{
    return contactsWhere(" WHERE c.pregnancy_id = ?", {pregnancyId}, error);
}

std::optional<qint64> ContactRepository::forAppointment(qint64 appointmentId, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kForAppointment), {appointmentId}, error, &q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool ContactRepository::save(StoredContact &stored, QString *error) const
{
    StoredContact written = stored;
    const bool ok = runWrite(db(), error, [&] {
        qint64 &id = written.contact.id;
        if (!upsert(db(), id, kInsert, kUpdate, valuesOf(written), QStringLiteral("contact"),
                    error))
            return false;
        if (!execute(db(), sql(kDeleteConditions), {id}, error))
            return false;
        for (const QString &code : written.contact.conditions) {
            if (!execute(db(), sql(kInsertCondition), {id, code}, error))
                return false;
        }
        return true;
    });
    if (ok)
        stored = written;
    return ok;
}

} // namespace bb::storage
