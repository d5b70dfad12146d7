// SPDX-License-Identifier: MIT
#include "storage/BabyCareRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kInsertMove = R"(
    INSERT INTO baby_care (baby_id, from_date, location, unit, reason, recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?))";

// The move in force for baby b on a day: the latest from that day or before, then the last
// recorded (two moves on one day: the later one stands).
constexpr auto kAwayFromHome = R"(
    SELECT p.id, w.id, w.given_name, w.family_name, w.nhs_number,
           (SELECT al.team_id FROM allocation al WHERE al.pregnancy_id = p.id
             ORDER BY al.recorded_on DESC, al.id DESC LIMIT 1),
           b.id, b.birth_order, b.sex, b.weight_g, b.nhs_number, bi.birth_date,
           c.id, c.from_date, c.location, c.unit, c.reason
      FROM baby b
      JOIN birth bi ON bi.id = b.birth_id
      JOIN pregnancy p ON p.id = bi.pregnancy_id
      JOIN woman w ON w.id = p.woman_id
      JOIN baby_care c
        ON c.id = (SELECT c2.id FROM baby_care c2 WHERE c2.baby_id = b.id AND c2.from_date <= ?
                    ORDER BY c2.from_date DESC, c2.id DESC LIMIT 1)
     WHERE b.outcome = 'live_birth' AND c.location <> 'with_mother'
       AND w.in_error = 0 AND p.in_error = 0
       AND (? = 0 OR (SELECT al.team_id FROM allocation al WHERE al.pregnancy_id = p.id
                       ORDER BY al.recorded_on DESC, al.id DESC LIMIT 1) = ?)
     ORDER BY c.from_date, w.family_name, w.given_name, b.birth_order)";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

BabyCareMove moveFrom(const QSqlQuery &q, int first, QStringList &unreadable)
{
    BabyCareMove move;
    move.id = q.value(first).toLongLong();
    move.from = QDate::fromString(q.value(first + 1).toString(), Qt::ISODate);
    const QString location = q.value(first + 2).toString();
    if (const auto read = codes::babyCareLocationFromCode(location))
        move.location = *read;
    else
        unreadable << QStringLiteral("location '%1'").arg(location);
    move.unit = q.value(first + 3).toString();
    move.reason = q.value(first + 4).toString();
    return move;
}

} // namespace

BabyCareRepository::BabyCareRepository(const Database &database) : m_database(database) {}

QSqlDatabase BabyCareRepository::db() const
{
    return m_database.connection();
}

QList<BabyCareMove> BabyCareRepository::movesOf(const QList<qint64> &babyIds, QString *error) const
{
    QList<BabyCareMove> moves;
    QStringList unreadable;
    for (const qint64 babyId : babyIds) {
        QSqlQuery q(db());
        if (!execute(db(),
                     sql("SELECT id, from_date, location, unit, reason FROM baby_care "
                         "WHERE baby_id = ? ORDER BY from_date, id"),
                     {babyId}, error, &q))
            return {};
        while (q.next()) {
            BabyCareMove move = moveFrom(q, 0, unreadable);
            move.babyId = babyId;
            moves << move;
        }
    }
    if (!unreadable.isEmpty()) {
        if (error)
            *error = QStringLiteral("where a baby is cared for cannot be read: unknown %1")
                         .arg(unreadable.join(QStringLiteral(", ")));
        return {};
    }
    return moves;
}

bool BabyCareRepository::insert(BabyCareMove &move, const QString &recordedBy,
                                const QDateTime &recordedAt, QString *error) const
{
    const bool ok = runWrite(db(), error, [&] {
        return insertRow(db(), sql(kInsertMove),
                         {move.babyId, move.from.toString(Qt::ISODate),
                          codes::toCode(move.location), text(move.unit), text(move.reason),
                          text(recordedBy), recordedAt.toString(Qt::ISODate)},
                         &move.id, error);
    });
    return ok;
}

QList<BabyAway> BabyCareRepository::awayFromHome(const QDate &day, qint64 teamId,
                                                 QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kAwayFromHome), {day.toString(Qt::ISODate), teamId, teamId}, error, &q))
        return {};
    QList<BabyAway> list;
    QStringList unreadable;
    while (q.next()) {
        BabyAway away;
        away.pregnancyId = q.value(0).toLongLong();
        away.womanId = q.value(1).toLongLong();
        away.motherName = q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString();
        away.motherNhsNumber = q.value(4).toString();
        away.teamId = q.value(5).toLongLong();
        away.baby.id = q.value(6).toLongLong();
        away.baby.order = q.value(7).toInt();
        if (const auto sex = codes::babySexFromCode(q.value(8).toString()))
            away.baby.sex = *sex;
        away.baby.weightGrams = q.value(9).toInt();
        away.baby.nhsNumber = q.value(10).toString();
        away.born = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        away.move = moveFrom(q, 12, unreadable);
        away.move.babyId = away.baby.id;
        list << away;
    }
    if (!unreadable.isEmpty()) {
        if (error)
            *error = QStringLiteral("where a baby is cared for cannot be read: unknown %1")
                         .arg(unreadable.join(QStringLiteral(", ")));
        return {};
    }
    return list;
}

} // namespace bb::storage
