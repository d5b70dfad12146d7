// SPDX-License-Identifier: MIT
#include "SearchBench.h"

#include "Stopwatch.h"

#include "storage/Database.h"
#include "storage/SearchQuery.h"
#include "storage/WomanRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <functional>

namespace bb::bench {
namespace {

constexpr int kPage = 50; // what the search panel shows
constexpr double kNameTargetMs = 5;

struct Kind
{
    const char *name;
    std::function<QString(const Woman &)> typed;
    double targetMs;
};

QString spacedNhsNumber(const QString &n)
{
    return n.left(3) + QLatin1Char(' ') + n.mid(3, 3) + QLatin1Char(' ') + n.mid(6);
}

const QList<Kind> &kinds()
{
    static const QList<Kind> list{
        {"name prefix (3 letters of family name)",
         [](const Woman &w) { return w.familyName.left(3); }, kNameTargetMs},
        {"name prefix (given + family start)",
         [](const Woman &w) { return w.givenName + QLatin1Char(' ') + w.familyName.left(2); },
         kNameTargetMs},
        {"NHS number prefix (6 digits)", [](const Woman &w) { return w.nhsNumber.left(6); }, 20},
        {"NHS number (whole, 3-3-4)", [](const Woman &w) { return spacedNhsNumber(w.nhsNumber); },
         20},
        {"date of birth (dd/mm/yyyy)",
         [](const Woman &w) { return w.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")); }, 20},
        {"postcode prefix (outward code)",
         [](const Woman &w) { return w.postcode.section(QLatin1Char(' '), 0, 0); }, 20},
    };
    return list;
}

// The best plain queries found for the same first page: each way a name can match is an index
// range scan in display order that stops at the page, and only the page is joined to her
// latest pregnancy. One statement per shape, so placeholders are bound in order.
constexpr auto kPageColumns = R"(
SELECT w.id, w.nhs_number, w.given_name, w.family_name, w.date_of_birth, w.postcode, p.edd,
       p.status
  FROM page JOIN woman w ON w.id = page.id
  LEFT JOIN pregnancy p ON p.id = (SELECT max(id) FROM pregnancy WHERE woman_id = w.id)
 ORDER BY page.family_key, page.given_key, page.id)";

constexpr auto kOneWord = R"(
WITH page AS (
  SELECT id, family_key, given_key FROM (
    SELECT id, family_key, given_key FROM woman WHERE family_key >= ? AND family_key < ?
     ORDER BY family_key, given_key, id LIMIT 50) AS by_family
  UNION
  SELECT id, family_key, given_key FROM (
    SELECT id, family_key, given_key FROM woman WHERE given_key >= ? AND given_key < ?
     ORDER BY family_key, given_key, id LIMIT 50) AS by_given
  ORDER BY family_key, given_key, id LIMIT 50))";

constexpr auto kTwoWords = R"(
WITH page AS (
  SELECT id, family_key, given_key FROM (
    SELECT id, family_key, given_key FROM woman WHERE family_key >= ? AND family_key < ?
     ORDER BY family_key, given_key, id LIMIT 50) AS by_family
  UNION
  SELECT id, family_key, given_key FROM (
    SELECT id, family_key, given_key FROM woman WHERE given_key >= ? AND given_key < ?
     ORDER BY family_key, given_key, id LIMIT 50) AS by_given
  UNION
  SELECT id, family_key, given_key FROM (
    SELECT id, family_key, given_key FROM woman
     WHERE given_key >= ? AND given_key < ? AND family_key >= ? AND family_key < ?
     ORDER BY family_key, given_key, id LIMIT 50) AS given_then_family
  UNION
  SELECT id, family_key, given_key FROM (
    SELECT id, family_key, given_key FROM woman
     WHERE family_key >= ? AND family_key < ? AND given_key >= ? AND given_key < ?
     ORDER BY family_key, given_key, id LIMIT 50) AS family_then_given
  ORDER BY family_key, given_key, id LIMIT 50))";

constexpr auto kNhsPrefix = R"(
WITH page AS (
  SELECT id, family_key, given_key FROM woman WHERE nhs_number >= ? AND nhs_number < ?
   ORDER BY family_key, given_key, id LIMIT 50))";

struct Raw
{
    const char *name;
    const char *sql;
    std::function<QString(const Woman &)> typed;
    double targetMs;
};

QStringList rangeValues(const QString &prefix)
{
    return {prefix, storage::prefixUpperBound(prefix)};
}

/// The values the raw statement for `query` binds, in placeholder order.
QStringList rawValues(const storage::SearchQuery &query)
{
    if (query.kind == storage::SearchQuery::Kind::NhsNumberPrefix)
        return rangeValues(query.prefix);
    const QString whole = query.words.join(QLatin1Char(' '));
    QStringList values = rangeValues(whole) + rangeValues(whole);
    if (query.words.size() > 1) {
        const auto first = rangeValues(query.words.front());
        const auto rest = rangeValues(QStringList(query.words.mid(1)).join(QLatin1Char(' ')));
        values << first << rest << first << rest;
    }
    return values;
}

QList<qint64> ids(const QList<WomanSummary> &page)
{
    QList<qint64> list;
    for (const auto &row : page)
        list << row.id;
    return list;
}

} // namespace

void benchSearch(const storage::Database &database, const QList<Woman> &sample, int runs)
{
    const storage::WomanRepository women(database);
    std::printf("Search as she types, through the repository (what the app runs):\n");
    QHash<QString, double> repositoryP95;
    for (const Kind &kind : kinds()) {
        Samples samples;
        for (int i = 0; i < runs; ++i) {
            const auto query = storage::SearchQuery::parse(kind.typed(sample[i % sample.size()]));
            samples.time([&] { (void)women.search(query, kPage); });
        }
        samples.print(kind.name, kind.targetMs);
        repositoryP95.insert(QString::fromUtf8(kind.name), samples.percentile(0.95));
    }

    std::printf(
        "\nThe same first page straight on the database (best plain query, prepared once, rows "
        "read, no objects):\n");
    const QList<Raw> raws{
        {"name prefix (3 letters of family name)", kOneWord, kinds()[0].typed, kNameTargetMs},
        {"name prefix (given + family start)", kTwoWords, kinds()[1].typed, kNameTargetMs},
        {"NHS number prefix (6 digits)", kNhsPrefix, kinds()[2].typed, 20},
    };
    for (const Raw &raw : raws) {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QString::fromUtf8(raw.sql) + QString::fromUtf8(kPageColumns))) {
            std::printf("  %s: %s\n", raw.name, qPrintable(q.lastError().text()));
            continue;
        }
        Samples samples;
        int differing = 0;
        for (int i = 0; i < runs; ++i) {
            const auto query = storage::SearchQuery::parse(raw.typed(sample[i % sample.size()]));
            const QStringList values = rawValues(query);
            QList<qint64> page;
            samples.time([&] {
                for (int v = 0; v < values.size(); ++v)
                    q.bindValue(v, values[v]);
                q.exec();
                while (q.next())
                    page << q.value(0).toLongLong();
            });
            if (page != ids(women.search(query, kPage)))
                ++differing;
        }
        samples.print(raw.name, raw.targetMs);
        const double ratio =
            repositoryP95.value(QString::fromUtf8(raw.name)) / samples.percentile(0.95);
        std::printf("  %-50s repository p95 / raw p95 = %.2f (target <= 2) %s%s\n", "", ratio,
                    ratio <= 2 ? "ok" : "OVER",
                    differing ? qPrintable(QStringLiteral("; %1 pages DIFFER").arg(differing))
                              : "; same pages");
    }
}

} // namespace bb::bench
