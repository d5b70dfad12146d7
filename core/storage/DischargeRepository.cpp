// SPDX-License-Identifier: MIT
#include "storage/DischargeRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectDischarge = R"(
    SELECT discharge_date, health_visitor, handover_notes, recorded_by, recorded_at
      FROM discharge WHERE pregnancy_id = ?)";
constexpr auto kInsertDischarge = R"(
    INSERT INTO discharge (pregnancy_id, discharge_date, health_visitor, handover_notes,
                           recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?))";
constexpr auto kInsertFeedback =
    "INSERT INTO feedback (team_id, month, answer, comment) VALUES (?, ?, ?, ?)";
// Within a month in the order of the words, not of the rows: the order answers were stored in
// follows the order women were discharged in.
constexpr auto kSelectFeedback = R"(
    SELECT month, answer, comment FROM feedback
     WHERE team_id = ? AND month BETWEEN ? AND ?
     ORDER BY month, comment, answer)";

QString monthOf(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

QVariant teamValue(qint64 teamId)
{
    return teamId == 0 ? QVariant() : QVariant(teamId);
}

} // namespace

DischargeRepository::DischargeRepository(const Database &database) : m_database(database) {}

QSqlDatabase DischargeRepository::db() const
{
    return m_database.connection();
}

std::optional<RecordedDischarge> DischargeRepository::forPregnancy(qint64 pregnancyId,
                                                                   QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectDischarge), {pregnancyId}, error, &q) || !q.next())
        return std::nullopt;
    RecordedDischarge stored;
    Discharge &d = stored.discharge;
    d.pregnancyId = pregnancyId;
    d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    d.healthVisitor = q.value(1).toString();
    d.handoverNotes = q.value(2).toString();
    stored.recordedBy = q.value(3).toString();
    stored.recordedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return stored;
}

bool DischargeRepository::insert(const RecordedDischarge &stored, QString *error) const
{
    const Discharge &d = stored.discharge;
    return runWrite(db(), error, [&] {
        return execute(db(), sql(kInsertDischarge),
                       {d.pregnancyId, d.date.toString(Qt::ISODate), text(d.healthVisitor),
                        text(d.handoverNotes), text(stored.recordedBy),
                        stored.recordedAt.toString(Qt::ISODate)},
                       error);
    });
}

bool DischargeRepository::insertFeedback(const FeedbackEntry &entry, QString *error) const
{
    return runWrite(db(), error, [&] {
        return execute(db(), sql(kInsertFeedback),
                       {teamValue(entry.teamId), monthOf(entry.givenOn),
                        codes::toCode(entry.feedback.answer), text(entry.feedback.comment)},
                       error);
    });
}

QList<FeedbackEntry> DischargeRepository::feedback(qint64 teamId, const QDate &from,
                                                   const QDate &to, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectFeedback), {teamId, monthOf(from), monthOf(to)}, error, &q))
        return {};
    QList<FeedbackEntry> list;
    while (q.next()) {
        FeedbackEntry entry;
        entry.teamId = teamId;
        entry.givenOn = QDate::fromString(q.value(0).toString(), QStringLiteral("yyyy-MM"));
        const QString answer = q.value(1).toString();
        const auto read = codes::feedbackAnswerFromCode(answer);
        if (!read) {
            if (error)
                *error =
                    QStringLiteral("an answer cannot be read: unknown answer '%1'").arg(answer);
            return {};
        }
        entry.feedback.answer = *read;
        entry.feedback.comment = q.value(2).toString();
        list << entry;
    }
    return list;
}

} // namespace bb::storage
