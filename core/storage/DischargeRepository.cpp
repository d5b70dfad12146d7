// SPDX-License-Identifier: MIT
#include "storage/DischargeRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectDischarge = R"(
    SELECT discharge_date, health_visitor, handover_notes, feedback_given, recorded_by,
           recorded_at
      FROM discharge WHERE pregnancy_id = ?)";
constexpr auto kInsertDischarge = R"(
    INSERT INTO discharge (pregnancy_id, discharge_date, health_visitor, handover_notes,
                           feedback_given, recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?))";
constexpr auto kInsertFeedback =
    "INSERT INTO feedback (team_id, given_on, answer, comment) VALUES (?, ?, ?, ?)";
constexpr auto kSelectFeedback = R"(
    SELECT given_on, answer, comment FROM feedback
     WHERE team_id IS ? AND given_on BETWEEN ? AND ?
     ORDER BY given_on, id)";

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
    d.feedbackGiven = q.value(3).toBool();
    stored.recordedBy = q.value(4).toString();
    stored.recordedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return stored;
}

bool DischargeRepository::insert(const RecordedDischarge &stored, QString *error) const
{
    const Discharge &d = stored.discharge;
    return runWrite(db(), error, [&] {
        return execute(db(), sql(kInsertDischarge),
                       {d.pregnancyId, d.date.toString(Qt::ISODate), text(d.healthVisitor),
                        text(d.handoverNotes), d.feedbackGiven ? 1 : 0, text(stored.recordedBy),
                        stored.recordedAt.toString(Qt::ISODate)},
                       error);
    });
}

bool DischargeRepository::insertFeedback(const FeedbackEntry &entry, QString *error) const
{
    return runWrite(db(), error, [&] {
        return execute(db(), sql(kInsertFeedback),
                       {teamValue(entry.teamId), entry.givenOn.toString(Qt::ISODate),
                        codes::toCode(entry.feedback.answer), text(entry.feedback.comment)},
                       error);
    });
}

QList<FeedbackEntry> DischargeRepository::feedback(qint64 teamId, const QDate &from,
                                                   const QDate &to, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectFeedback),
                 {teamValue(teamId), from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, error,
                 &q))
        return {};
    QList<FeedbackEntry> list;
    while (q.next()) {
        FeedbackEntry entry;
        entry.teamId = teamId;
        entry.givenOn = QDate::fromString(q.value(0).toString(), Qt::ISODate);
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
