// SPDX-License-Identifier: MIT
#include "storage/PregnancyRepository.h"

#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/Seals.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/WomanRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectPregnancy = R"(
    SELECT id, woman_id, booking_date, lmp, scan_date, scan_crl_mm, fetuses, previous_births,
           previous_losses, previous_caesareans, years_since_last_pregnancy, conception, status,
           conception_asked
      FROM pregnancy)";

// The EDD is derived from the dates on every save and kept beside them only so that search
// results can show gestation without recomputing dating for every row.
constexpr auto kInsertPregnancy = R"(
    INSERT INTO pregnancy (woman_id, booking_date, lmp, scan_date, scan_crl_mm, edd, edd_method,
                           fetuses, previous_births, previous_losses, previous_caesareans,
                           years_since_last_pregnancy, conception, status, conception_asked,
                           created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";

constexpr auto kUpdatePregnancy = R"(
    UPDATE pregnancy SET woman_id = ?, booking_date = ?, lmp = ?, scan_date = ?,
                         scan_crl_mm = ?, edd = ?, edd_method = ?, fetuses = ?,
                         previous_births = ?, previous_losses = ?, previous_caesareans = ?,
                         years_since_last_pregnancy = ?, conception = ?, status = ?,
                         conception_asked = ?, updated_at = ?, row_version = row_version + 1
     WHERE id = ?)";

constexpr auto kSelectAssessment = R"(
    SELECT height_cm, weight_kg, co_ppm, smoking, low_mood, little_interest, gad2_score,
           place_of_birth, smoking_asked
      FROM booking WHERE pregnancy_id = ?)";

constexpr auto kUpsertAssessment = R"(
    INSERT INTO booking (pregnancy_id, height_cm, weight_kg, co_ppm, smoking, low_mood,
                         little_interest, gad2_score, place_of_birth, smoking_asked, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (pregnancy_id) DO UPDATE SET
        height_cm = excluded.height_cm, weight_kg = excluded.weight_kg,
        co_ppm = excluded.co_ppm, smoking = excluded.smoking, low_mood = excluded.low_mood,
        little_interest = excluded.little_interest, gad2_score = excluded.gad2_score,
        place_of_birth = excluded.place_of_birth, smoking_asked = excluded.smoking_asked,
        updated_at = excluded.updated_at)";

constexpr auto kSelectConditions =
    "SELECT code FROM booking_condition WHERE pregnancy_id = ? ORDER BY code";
constexpr auto kDeleteConditions = "DELETE FROM booking_condition WHERE pregnancy_id = ?";
constexpr auto kInsertCondition =
    "INSERT INTO booking_condition (pregnancy_id, code) VALUES (?, ?)";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

template <typename T> QVariant optionalOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template <typename T> std::optional<T> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

/// A stored code read back; an unknown one means the row cannot be read, and says which.
template <typename T>
bool decode(const std::optional<T> &value, const char *column, const QVariant &stored, T *out,
            QStringList *unreadable)
{
    if (value) {
        *out = *value;
        return true;
    }
    *unreadable << QStringLiteral("%1 '%2'").arg(QLatin1String(column), stored.toString());
    return false;
}

/// Rows that cannot be read are reported, never shown as a default value.
QList<Pregnancy> fail(QString *error, qint64 womanId, const QStringList &unreadable)
{
    if (error)
        *error = QStringLiteral("the pregnancy record of woman %1 cannot be read: unknown %2")
                     .arg(womanId)
                     .arg(unreadable.join(QStringLiteral(", ")));
    return {};
}

Pregnancy pregnancyFrom(const QSqlQuery &q, QStringList *unreadable)
{
    Pregnancy p;
    p.id = q.value(0).toLongLong();
    p.womanId = q.value(1).toLongLong();
    p.bookingDate = dateFrom(q.value(2));
    p.lmp = dateFrom(q.value(3));
    if (!q.value(4).isNull())
        p.datingScan = DatingScan{dateFrom(q.value(4)), q.value(5).toDouble()};
    p.fetuses = q.value(6).toInt();
    p.previousBirths = q.value(7).toInt();
    p.previousLosses = q.value(8).toInt();
    p.previousCaesareans = q.value(9).toInt();
    p.yearsSinceLastPregnancy = optionalFrom<int>(q.value(10));
    decode(codes::conceptionFromCode(q.value(11).toString()), "conception", q.value(11),
           &p.conception, unreadable);
    if (!q.value(13).toBool())
        p.conception = Conception::NotAsked;
    decode(codes::pregnancyStatusFromCode(q.value(12).toString()), "status", q.value(12), &p.status,
           unreadable);
    return p;
}

} // namespace

PregnancyRepository::PregnancyRepository(const Database &database) : m_database(database) {}

QSqlDatabase PregnancyRepository::db() const
{
    return m_database.connection();
}

QList<Pregnancy> PregnancyRepository::forWoman(qint64 womanId, QString *error) const
{
    QList<Pregnancy> list;
    QSqlQuery q(db());
    if (!execute(db(),
                 sql(kSelectPregnancy) + QStringLiteral(" WHERE woman_id = ? ORDER BY id DESC"),
                 {womanId}, error, &q))
        return list;
    QStringList unreadable;
    while (q.next())
        list << pregnancyFrom(q, &unreadable);
    if (!unreadable.isEmpty())
        return fail(error, womanId, unreadable);
    return list;
}

QList<qint64> PregnancyRepository::enteredInError(qint64 womanId, QString *error) const
{
    QList<qint64> ids;
    QSqlQuery q(db());
    if (!execute(db(),
                 QStringLiteral("SELECT id FROM pregnancy WHERE woman_id = ? AND in_error = 1"),
                 {womanId}, error, &q))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 PregnancyRepository::womanOf(qint64 pregnancyId, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT woman_id FROM pregnancy WHERE id = ?"), {pregnancyId},
                 error, &q) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<Booking> PregnancyRepository::booking(qint64 pregnancyId, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectPregnancy) + QStringLiteral(" WHERE id = ?"), {pregnancyId},
                 error, &q) ||
        !q.next())
        return std::nullopt;
    QStringList unreadable;
    Booking booking;
    booking.pregnancy = pregnancyFrom(q, &unreadable);
    const auto woman = WomanRepository(m_database).byId(booking.pregnancy.womanId);
    if (!woman) {
        if (error)
            *error = QStringLiteral("pregnancy %1 has no woman %2")
                         .arg(pregnancyId)
                         .arg(booking.pregnancy.womanId);
        return std::nullopt;
    }
    booking.woman = *woman;

    QSqlQuery a(db());
    if (!execute(db(), sql(kSelectAssessment), {pregnancyId}, error, &a))
        return std::nullopt;
    if (a.next()) {
        BookingAssessment &assessment = booking.assessment;
        assessment.measurements.heightCm = optionalFrom<double>(a.value(0));
        assessment.measurements.weightKg = optionalFrom<double>(a.value(1));
        assessment.measurements.coPpm = optionalFrom<double>(a.value(2));
        decode(codes::smokingFromCode(a.value(3).toString()), "smoking", a.value(3),
               &assessment.smoking, &unreadable);
        assessment.mentalHealth.lowMood = a.value(4).toBool();
        assessment.mentalHealth.littleInterest = a.value(5).toBool();
        assessment.mentalHealth.gad2Score = a.value(6).toInt();
        decode(codes::placeOfBirthFromCode(a.value(7).toString()), "place_of_birth", a.value(7),
               &assessment.preferredPlaceOfBirth, &unreadable);
        if (!a.value(8).toBool())
            assessment.smoking = Smoking::NotAsked;
    }
    QSqlQuery c(db());
    if (!execute(db(), sql(kSelectConditions), {pregnancyId}, error, &c))
        return std::nullopt;
    while (c.next())
        booking.assessment.conditions << c.value(0).toString();
    if (!readDetails(pregnancyId, booking.details, &unreadable, error))
        return std::nullopt;
    if (!unreadable.isEmpty()) {
        fail(error, booking.woman.id, unreadable);
        return std::nullopt;
    }
    return booking;
}

std::optional<Booking> PregnancyRepository::latestBooking(qint64 womanId, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT max(id) FROM pregnancy WHERE woman_id = ?"),
                 {womanId}, error, &q) ||
        !q.next() || q.value(0).isNull())
        return std::nullopt;
    return booking(q.value(0).toLongLong(), error);
}

bool PregnancyRepository::setStatus(qint64 pregnancyId, PregnancyStatus status, const QDateTime &at,
                                    QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(),
                 QStringLiteral("UPDATE pregnancy SET status = ?, updated_at = ? WHERE id = ?"),
                 {codes::toCode(status), at.toString(Qt::ISODate), pregnancyId}, error, &q))
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    if (error)
        *error = QStringLiteral("no pregnancy with id %1").arg(pregnancyId);
    return false;
}

int PregnancyRepository::count() const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT count(*) FROM pregnancy"), {}, nullptr, &q) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

bool PregnancyRepository::saveBooking(Booking &booking, const DueDateColumns &due,
                                      const QDateTime &at, QString *error) const
{
    Transaction transaction(db());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    // Written into a copy so that, on failure, the caller's booking keeps its old ids.
    Booking written = booking;
    if (!WomanRepository(m_database).save(written.woman, at, error))
        return false;
    written.pregnancy.womanId = written.woman.id;
    if (!writePregnancy(written.pregnancy, due, at, error) ||
        !writeAssessment(written.pregnancy.id, written.assessment, at, error) ||
        !writeDetails(written.pregnancy.id, written.details, at, error))
        return false; // the transaction rolls back
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    booking = written;
    return true;
}

bool PregnancyRepository::writePregnancy(Pregnancy &p, const DueDateColumns &due,
                                         const QDateTime &at, QString *error) const
{
    const QString now = at.toString(Qt::ISODate);
    QVariantList values{
        p.womanId, dateOrNull(p.bookingDate), dateOrNull(p.lmp),
        p.datingScan ? dateOrNull(p.datingScan->date) : QVariant(),
        p.datingScan ? QVariant(p.datingScan->crlMm) : QVariant(), dateOrNull(due.edd),
        due.method.isEmpty() ? QVariant() : QVariant(due.method), p.fetuses, p.previousBirths,
        p.previousLosses, p.previousCaesareans, optionalOrNull(p.yearsSinceLastPregnancy),
        // The column keeps its CHECK; "not asked" is the flag beside it.
        codes::toCode(p.conception == Conception::NotAsked ? Conception::Spontaneous
                                                           : p.conception),
        codes::toCode(p.status), p.conception == Conception::NotAsked ? 0 : 1};
    if (p.id == 0) {
        values << now << now;
        if (!insertRow(db(), sql(kInsertPregnancy), values, &p.id, error))
            return false;
    } else {
        values << now << p.id;
        if (!execute(db(), sql(kUpdatePregnancy), values, error))
            return false;
    }
    return Seals(m_database).sealRow(SealedTable::Pregnancy, p.id, error);
}

std::optional<int> PregnancyRepository::bookingVersion(qint64 pregnancyId, QString *error) const
{
    QSqlQuery q(db());
    // Hers and her pregnancy's: a booking carries her details, which her registration saves
    // too. Every save adds one to either, so the sum moves with each.
    if (!execute(db(),
                 QStringLiteral("SELECT p.row_version + w.row_version FROM pregnancy p "
                                "JOIN woman w ON w.id = p.woman_id WHERE p.id = ?"),
                 {pregnancyId}, error, &q) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

bool PregnancyRepository::writeAssessment(qint64 pregnancyId, const BookingAssessment &a,
                                          const QDateTime &at, QString *error) const
{
    const QVariantList values{
        pregnancyId,
        optionalOrNull(a.measurements.heightCm),
        optionalOrNull(a.measurements.weightKg),
        optionalOrNull(a.measurements.coPpm),
        codes::toCode(a.smoking == Smoking::NotAsked ? Smoking::Never : a.smoking),
        a.mentalHealth.lowMood ? 1 : 0,
        a.mentalHealth.littleInterest ? 1 : 0,
        a.mentalHealth.gad2Score,
        codes::toCode(a.preferredPlaceOfBirth),
        a.smoking == Smoking::NotAsked ? 0 : 1,
        at.toString(Qt::ISODate)};
    // The booking row's id is its pregnancy's.
    if (!execute(db(), sql(kUpsertAssessment), values, error) ||
        !execute(db(), sql(kDeleteConditions), {pregnancyId}, error))
        return false;
    for (const QString &code : a.conditions) {
        if (!execute(db(), sql(kInsertCondition), {pregnancyId, code}, error))
            return false;
    }
    // The booking row's id is its pregnancy's; its seal covers her conditions too.
    return Seals(m_database).sealRow(SealedTable::Booking, pregnancyId, error);
}

} // namespace bb::storage
