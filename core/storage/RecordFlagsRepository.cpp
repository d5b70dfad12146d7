// SPDX-License-Identifier: MIT
#include "storage/RecordFlagsRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace bb::storage {
namespace {

// Bound values per statement: well inside every SQLite build's limit on parameters.
constexpr qsizetype kIdsPerQuery = 500;

// Her latest pregnancy is the newest not entered in error (one seek in pregnancy_by_woman),
// and its loss, if it ended in one.
constexpr auto kFacts = R"(
    SELECT w.id, w.nhs_number, w.date_of_birth, w.interpreter_needed, w.preferred_language,
           w.in_error, p.booking_date, l.kind, l.loss_date
      FROM woman w
      LEFT JOIN pregnancy p
        ON p.id = (SELECT max(p2.id) FROM pregnancy p2 WHERE p2.woman_id = w.id AND p2.in_error = 0)
      LEFT JOIN pregnancy_loss l ON l.pregnancy_id = p.id
     WHERE w.id IN (%1))";
constexpr auto kSocial = "SELECT woman_id, code FROM woman_social WHERE woman_id IN (%1) "
                         "ORDER BY woman_id, code";

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

RecordFlagsRepository::RecordFlagsRepository(const Database &database) : m_database(database) {}

QSqlDatabase RecordFlagsRepository::db() const
{
    return m_database.connection();
}

QList<FlagFacts> RecordFlagsRepository::factsOf(const QList<qint64> &womanIds, QString *error) const
{
    QList<FlagFacts> facts;
    for (qsizetype start = 0; start < womanIds.size(); start += kIdsPerQuery) {
        const QList<qint64> chunk = womanIds.mid(start, kIdsPerQuery);
        QVariantList values;
        values.reserve(chunk.size());
        for (const qint64 id : chunk)
            values << id;
        const QString marks = placeholders(chunk.size());
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!execute(db(), QString::fromUtf8(kFacts).arg(marks), values, error, &q))
            return {};
        QHash<qint64, qsizetype> row; // where each woman of this chunk is in `facts`
        while (q.next()) {
            FlagFacts f;
            f.womanId = q.value(0).toLongLong();
            f.nhsNumber = q.value(1).toString();
            f.dateOfBirth = dateOf(q.value(2));
            f.interpreterNeeded = q.value(3).toBool();
            f.preferredLanguage = q.value(4).toString();
            f.inError = q.value(5).toBool();
            f.latestBookingDate = dateOf(q.value(6));
            f.lossKind = q.value(7).toString();
            f.lossDate = dateOf(q.value(8));
            row.insert(f.womanId, facts.size());
            facts << f;
        }
        QSqlQuery social(db());
        social.setForwardOnly(true);
        if (!execute(db(), QString::fromUtf8(kSocial).arg(marks), values, error, &social))
            return {};
        while (social.next()) {
            const auto at = row.constFind(social.value(0).toLongLong());
            if (at != row.cend())
                facts[*at].social << social.value(1).toString();
        }
    }
    return facts;
}

} // namespace bb::storage
