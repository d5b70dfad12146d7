// SPDX-License-Identifier: MIT
#include "storage/LossRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectLoss = R"(
    SELECT kind, loss_date, notes, recorded_by, recorded_at
      FROM pregnancy_loss WHERE pregnancy_id = ?)";
constexpr auto kInsertLoss = R"(
    INSERT INTO pregnancy_loss (pregnancy_id, kind, loss_date, notes, recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?))";
constexpr auto kInsertInError = R"(
    INSERT INTO entered_in_error (woman_id, pregnancy_id, reason, recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?))";
constexpr auto kWomanInError = "UPDATE woman SET in_error = 1, updated_at = ? WHERE id = ?";
constexpr auto kPregnancyInError = R"(
    UPDATE pregnancy SET in_error = 1, updated_at = ? WHERE id = ? AND woman_id = ?)";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

LossRepository::LossRepository(const Database &database) : m_database(database) {}

QSqlDatabase LossRepository::db() const
{
    return m_database.connection();
}

std::optional<RecordedLoss> LossRepository::forPregnancy(qint64 pregnancyId, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectLoss), {pregnancyId}, error, &q) || !q.next())
        return std::nullopt;
    const auto kind = codes::lossKindFromCode(q.value(0).toString());
    if (!kind) {
        if (error)
            *error = QStringLiteral("the loss of pregnancy %1 has an unknown kind '%2'")
                         .arg(pregnancyId)
                         .arg(q.value(0).toString());
        return std::nullopt;
    }
    RecordedLoss stored;
    stored.loss.pregnancyId = pregnancyId;
    stored.loss.kind = *kind;
    stored.loss.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    stored.loss.notes = q.value(2).toString();
    stored.recordedBy = q.value(3).toString();
    stored.recordedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return stored;
}

bool LossRepository::insert(const RecordedLoss &stored, QString *error) const
{
    const PregnancyLoss &l = stored.loss;
    return runWrite(db(), error, [&] {
        return execute(db(), sql(kInsertLoss),
                       {l.pregnancyId, codes::toCode(l.kind), l.date.toString(Qt::ISODate),
                        text(l.notes), text(stored.recordedBy),
                        stored.recordedAt.toString(Qt::ISODate)},
                       error);
    });
}

bool LossRepository::markEnteredInError(qint64 womanId, qint64 pregnancyId, const QString &reason,
                                        const QString &by, const QDateTime &at,
                                        QString *error) const
{
    const QString stamp = at.toString(Qt::ISODate);
    return runWrite(db(), error, [&] {
        const bool marked =
            pregnancyId == 0
                ? execute(db(), sql(kWomanInError), {stamp, womanId}, error)
                : execute(db(), sql(kPregnancyInError), {stamp, pregnancyId, womanId}, error);
        return marked && execute(db(), sql(kInsertInError),
                                 {womanId, pregnancyId == 0 ? QVariant() : QVariant(pregnancyId),
                                  text(reason), text(by), stamp},
                                 error);
    });
}

} // namespace bb::storage
