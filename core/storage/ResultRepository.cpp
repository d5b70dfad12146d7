// SPDX-License-Identifier: MIT
#include "storage/ResultRepository.h"

#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/TeamRows.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

using namespace rows;

constexpr auto kSelect = R"(
    SELECT id, pregnancy_id, kind, result_date, value, needs_action, action_taken, acted_on,
           acted_by, recorded_by, recorded_at
      FROM test_result)";
constexpr auto kOrder = " ORDER BY result_date, id";
constexpr auto kInsert = R"(
    INSERT INTO test_result (pregnancy_id, kind, result_date, value, needs_action, action_taken,
                             acted_on, acted_by, recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr auto kUpdate = R"(
    UPDATE test_result SET pregnancy_id = ?, kind = ?, result_date = ?, value = ?,
                           needs_action = ?, action_taken = ?, acted_on = ?, acted_by = ?,
                           recorded_by = ?, recorded_at = ?
     WHERE id = ?)";

TestResult resultFrom(const QSqlQuery &q)
{
    TestResult r;
    r.id = q.value(0).toLongLong();
    r.pregnancyId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.date = dateFrom(q.value(3));
    r.value = q.value(4).toString();
    r.needsAction = q.value(5).toInt() == 1;
    r.actionTaken = q.value(6).toString();
    r.actedOn = dateFrom(q.value(7));
    r.actedBy = q.value(8).toString();
    r.recordedBy = q.value(9).toString();
    r.recordedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    return r;
}

} // namespace

ResultRepository::ResultRepository(const Database &database) : m_database(database) {}

QSqlDatabase ResultRepository::db() const
{
    return m_database.connection();
}

QList<TestResult> ResultRepository::resultsWhere(const char *condition, const QVariantList &values,
                                                 QString *error) const
{
    QList<TestResult> list;
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelect) + sql(condition) + sql(kOrder), values, error, &q))
        return list;
    while (q.next())
        list << resultFrom(q);
    return list;
}

std::optional<TestResult> ResultRepository::byId(qint64 id, QString *error) const
{
    const QList<TestResult> found = resultsWhere(" WHERE id = ?", {id}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

QList<TestResult> ResultRepository::forPregnancy(qint64 pregnancyId, QString *error) const
{
    return resultsWhere(" WHERE pregnancy_id = ?", {pregnancyId}, error);
}

bool ResultRepository::save(TestResult &result, QString *error) const
{
    TestResult written = result;
    const bool ok = runWrite(db(), error, [&] {
        return upsert(db(), written.id, kInsert, kUpdate,
                      {written.pregnancyId, written.kind, isoDate(written.date), written.value,
                       written.needsAction ? 1 : 0, text(written.actionTaken),
                       written.actedOn.isValid() ? QVariant(isoDate(written.actedOn)) : QVariant(),
                       text(written.actedBy), text(written.recordedBy),
                       written.recordedAt.toString(Qt::ISODateWithMs)},
                      QStringLiteral("result"), error);
    });
    if (ok)
        result = written;
    return ok;
}

} // namespace bb::storage
