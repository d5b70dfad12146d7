// SPDX-License-Identifier: MIT
#include "storage/BirthRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectBirth = R"(
    SELECT id, pregnancy_id, birth_date, birth_time, planned_setting, setting,
           setting_change_reason, onset, mode, mid_cavity_or_rotational, labour_over_24_hours,
           blood_loss_ml, transfused, perineum, recorded_by, recorded_at
      FROM birth WHERE pregnancy_id = ?)";
constexpr auto kInsertBirth = R"(
    INSERT INTO birth (pregnancy_id, birth_date, birth_time, planned_setting, setting,
                       setting_change_reason, onset, mode, mid_cavity_or_rotational,
                       labour_over_24_hours, blood_loss_ml, transfused, perineum, recorded_by,
                       recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kSelectAttendants =
    "SELECT staff_id FROM birth_attendant WHERE birth_id = ? ORDER BY staff_id";
constexpr auto kInsertAttendant = "INSERT INTO birth_attendant (birth_id, staff_id) VALUES (?, ?)";
constexpr auto kSelectBabies = R"(
    SELECT id, birth_order, sex, weight_g, outcome, apgar_1, apgar_5, apgar_10, resuscitation,
           first_feed, skin_to_skin, vitamin_k, nhs_number
      FROM baby WHERE birth_id = ? ORDER BY birth_order)";
constexpr auto kInsertBaby = R"(
    INSERT INTO baby (birth_id, birth_order, sex, weight_g, outcome, apgar_1, apgar_5, apgar_10,
                      resuscitation, first_feed, skin_to_skin, vitamin_k, nhs_number)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kSetBabyNhsNumber = "UPDATE baby SET nhs_number = ? WHERE id = ?";

constexpr auto kBirthsBetween = R"(
    SELECT b.pregnancy_id, w.nhs_number, w.given_name, w.family_name, p.edd, b.birth_date,
           (SELECT %1 FROM birth_attendant WHERE birth_id = b.id)
      FROM birth b
      JOIN pregnancy p ON p.id = b.pregnancy_id
      JOIN woman w ON w.id = p.woman_id
     WHERE b.birth_date BETWEEN ? AND ? AND w.in_error = 0 AND p.in_error = 0
     ORDER BY w.nhs_number, p.id)";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> intFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

/// A stored code read back; an unknown one is named in `unreadable`, never shown as a default.
template <typename T, typename FromCode>
void decode(FromCode fromCode, const char *column, const QVariant &stored, T *out,
            QStringList &unreadable)
{
    if (const std::optional<T> value = fromCode(stored.toString()))
        *out = *value;
    else
        unreadable << QStringLiteral("%1 '%2'").arg(QLatin1String(column), stored.toString());
}

Baby babyFrom(const QSqlQuery &q, QStringList &unreadable)
{
    Baby baby;
    baby.id = q.value(0).toLongLong();
    baby.order = q.value(1).toInt();
    decode<BabySex>(codes::babySexFromCode, "sex", q.value(2), &baby.sex, unreadable);
    baby.weightGrams = q.value(3).toInt();
    decode<BabyOutcome>(codes::babyOutcomeFromCode, "outcome", q.value(4), &baby.outcome,
                        unreadable);
    baby.apgar1 = intFrom(q.value(5));
    baby.apgar5 = intFrom(q.value(6));
    baby.apgar10 = intFrom(q.value(7));
    baby.resuscitation = q.value(8).toBool();
    decode<FirstFeed>(codes::firstFeedFromCode, "first_feed", q.value(9), &baby.firstFeed,
                      unreadable);
    baby.skinToSkinFirstHour = q.value(10).toBool();
    decode<VitaminK>(codes::vitaminKFromCode, "vitamin_k", q.value(11), &baby.vitaminK, unreadable);
    baby.nhsNumber = q.value(12).toString();
    return baby;
}

} // namespace

BirthRepository::BirthRepository(const Database &database) : m_database(database) {}

QSqlDatabase BirthRepository::db() const
{
    return m_database.connection();
}

std::optional<StoredBirth> BirthRepository::forPregnancy(qint64 pregnancyId, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectBirth), {pregnancyId}, error, &q) || !q.next())
        return std::nullopt;
    QStringList unreadable;
    StoredBirth stored;
    Birth &b = stored.birth;
    b.id = q.value(0).toLongLong();
    b.pregnancyId = q.value(1).toLongLong();
    b.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    b.time = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
    decode<BirthSetting>(codes::birthSettingFromCode, "planned_setting", q.value(4),
                         &b.plannedSetting, unreadable);
    decode<BirthSetting>(codes::birthSettingFromCode, "setting", q.value(5), &b.setting,
                         unreadable);
    b.settingChangeReason = q.value(6).toString();
    decode<LabourOnset>(codes::labourOnsetFromCode, "onset", q.value(7), &b.onset, unreadable);
    decode<BirthMode>(codes::birthModeFromCode, "mode", q.value(8), &b.mode, unreadable);
    b.midCavityOrRotational = q.value(9).toBool();
    b.labourOver24Hours = q.value(10).toBool();
    b.bloodLossMl = q.value(11).toInt();
    b.transfused = q.value(12).toBool();
    decode<Perineum>(codes::perineumFromCode, "perineum", q.value(13), &b.perineum, unreadable);
    stored.recordedBy = q.value(14).toString();
    stored.recordedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODate);

    QSqlQuery a(db());
    if (!execute(db(), sql(kSelectAttendants), {b.id}, error, &a))
        return std::nullopt;
    while (a.next())
        b.attendants << a.value(0).toLongLong();
    QSqlQuery babies(db());
    if (!execute(db(), sql(kSelectBabies), {b.id}, error, &babies))
        return std::nullopt;
    while (babies.next())
        b.babies << babyFrom(babies, unreadable);
    if (!unreadable.isEmpty()) {
        if (error)
            *error = QStringLiteral("the birth of pregnancy %1 cannot be read: unknown %2")
                         .arg(pregnancyId)
                         .arg(unreadable.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return stored;
}

QList<BirthAttendance> BirthRepository::birthsBetween(const QDate &from, const QDate &to,
                                                      QString *error) const
{
    QList<BirthAttendance> list;
    QSqlQuery q(db());
    const QString select = sql(kBirthsBetween)
                               .arg(dialect::joinedText(dialectOf(db()), QStringLiteral("staff_id"),
                                                        QStringLiteral(",")));
    if (!execute(db(), select, {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, error, &q))
        return list;
    while (q.next()) {
        BirthAttendance b;
        b.pregnancyId = q.value(0).toLongLong();
        b.nhsNumber = q.value(1).toString();
        b.name = q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString();
        b.edd = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        b.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        for (const QString &id : q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            b.attendants << id.toLongLong();
        list << b;
    }
    return list;
}

bool BirthRepository::insert(StoredBirth &stored, QString *error) const
{
    StoredBirth written = stored;
    const bool ok = runWrite(db(), error, [&] {
        Birth &b = written.birth;
        if (!insertRow(
                db(), sql(kInsertBirth),
                {b.pregnancyId, b.date.toString(Qt::ISODate),
                 b.time.isValid() ? QVariant(b.time.toString(QStringLiteral("HH:mm"))) : QVariant(),
                 codes::toCode(b.plannedSetting), codes::toCode(b.setting),
                 text(b.settingChangeReason), codes::toCode(b.onset), codes::toCode(b.mode),
                 b.midCavityOrRotational ? 1 : 0, b.labourOver24Hours ? 1 : 0, b.bloodLossMl,
                 b.transfused ? 1 : 0, codes::toCode(b.perineum), text(written.recordedBy),
                 written.recordedAt.toString(Qt::ISODate)},
                &b.id, error))
            return false;
        for (const qint64 staffId : b.attendants) {
            if (!execute(db(), sql(kInsertAttendant), {b.id, staffId}, error))
                return false;
        }
        for (Baby &baby : b.babies) {
            if (!insertRow(db(), sql(kInsertBaby),
                           {b.id, baby.order, codes::toCode(baby.sex), baby.weightGrams,
                            codes::toCode(baby.outcome), optionalInt(baby.apgar1),
                            optionalInt(baby.apgar5), optionalInt(baby.apgar10),
                            baby.resuscitation ? 1 : 0, codes::toCode(baby.firstFeed),
                            baby.skinToSkinFirstHour ? 1 : 0, codes::toCode(baby.vitaminK),
                            text(baby.nhsNumber)},
                           &baby.id, error))
                return false;
        }
        return true;
    });
    if (ok)
        stored = written;
    return ok;
}

bool BirthRepository::setBabyNhsNumber(qint64 babyId, const QString &nhsNumber,
                                       QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSetBabyNhsNumber), {text(nhsNumber), babyId}, error, &q))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("baby %1 is not recorded").arg(babyId);
        return false;
    }
    return true;
}

} // namespace bb::storage
