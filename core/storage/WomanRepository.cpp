// SPDX-License-Identifier: MIT
#include "storage/WomanRepository.h"

#include "storage/Database.h"
#include "storage/Seals.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectWoman = R"(
    SELECT id, nhs_number, given_name, family_name, date_of_birth, address, postcode, phone,
           gp_practice, ethnic_category, preferred_language, interpreter_needed, occupation,
           next_of_kin_name, next_of_kin_relationship, next_of_kin_phone
      FROM woman)";

constexpr auto kInsertWoman = R"(
    INSERT INTO woman (nhs_number, given_name, family_name, date_of_birth, address, postcode,
                       phone, gp_practice, ethnic_category, preferred_language,
                       interpreter_needed, occupation, next_of_kin_name,
                       next_of_kin_relationship, next_of_kin_phone, given_key, family_key,
                       postcode_key, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";

constexpr auto kUpdateWoman = R"(
    UPDATE woman SET nhs_number = ?, given_name = ?, family_name = ?, date_of_birth = ?,
                     address = ?, postcode = ?, phone = ?, gp_practice = ?, ethnic_category = ?,
                     preferred_language = ?, interpreter_needed = ?, occupation = ?,
                     next_of_kin_name = ?, next_of_kin_relationship = ?, next_of_kin_phone = ?,
                     given_key = ?, family_key = ?, postcode_key = ?, updated_at = ?,
                     row_version = row_version + 1
     WHERE id = ?)";

constexpr auto kSelectSocial = "SELECT code FROM woman_social WHERE woman_id = ? ORDER BY code";
constexpr auto kDeleteSocial = "DELETE FROM woman_social WHERE woman_id = ?";
constexpr auto kInsertSocial = "INSERT INTO woman_social (woman_id, code) VALUES (?, ?)";

// Search reads a page in two steps. First the page itself: each way the text can match is an
// index range scan in the order results are shown (the *_then_* name indexes, the postcode
// index), stopping at the page size, and the branches' pages are merged; so a three-letter
// prefix reads about one page per branch, not every match. Then only the women on the page
// are joined to their latest pregnancy (through pregnancy_by_woman, one lookup each).
// The page's columns are its order's, all in the index scanned; each branch reads the table
// only to leave out women entered in error, one row lookup per woman on the page.
constexpr auto kNameOrder = "family_key, given_key, id";
constexpr auto kPostcodeOrder = "postcode_key, family_key, given_key, id";
constexpr auto kPageRows = R"(
    SELECT w.id, w.nhs_number, w.given_name, w.family_name, w.date_of_birth, w.postcode,
           p.edd, p.status
      FROM page
      JOIN woman w ON w.id = page.id
      LEFT JOIN pregnancy p
        ON p.id = (SELECT max(id) FROM pregnancy WHERE woman_id = w.id AND in_error = 0)
     ORDER BY )";

constexpr auto kInCare = R"(
    SELECT w.id, p.id, w.nhs_number, w.given_name, w.family_name, w.postcode, p.booking_date,
           p.edd
      FROM pregnancy p
      JOIN woman w ON w.id = p.woman_id
     WHERE p.status = 'booked' AND p.in_error = 0 AND w.in_error = 0
     ORDER BY w.nhs_number, p.id)";

constexpr auto kLargestStartingWith =
    "SELECT max(nhs_number) FROM woman WHERE nhs_number >= ? AND nhs_number < ?";
constexpr auto kSetNhsNumber = "UPDATE woman SET nhs_number = ?, updated_at = ?, "
                               "row_version = row_version + 1 WHERE id = ?";
constexpr auto kWithNameAndBirth = R"(
    SELECT id FROM woman
     WHERE family_key = ? AND given_key = ? AND date_of_birth = ? AND in_error = 0 AND id <> ?
     ORDER BY id)";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

Woman womanFrom(const QSqlQuery &q)
{
    Woman w;
    w.id = q.value(0).toLongLong();
    w.nhsNumber = q.value(1).toString();
    w.givenName = q.value(2).toString();
    w.familyName = q.value(3).toString();
    w.dateOfBirth = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    w.address = q.value(5).toString();
    w.postcode = q.value(6).toString();
    w.phone = q.value(7).toString();
    w.gpPractice = q.value(8).toString();
    w.ethnicCategory = q.value(9).toString();
    w.preferredLanguage = q.value(10).toString();
    w.interpreterNeeded = q.value(11).toBool();
    w.occupation = q.value(12).toString();
    w.nextOfKin = {q.value(13).toString(), q.value(14).toString(), q.value(15).toString()};
    return w;
}

} // namespace

WomanRepository::WomanRepository(const Database &database) : m_database(database) {}

QSqlDatabase WomanRepository::db() const
{
    return m_database.connection();
}

std::optional<int> WomanRepository::version(qint64 id, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT row_version FROM woman WHERE id = ?"), {id}, error,
                 &q) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

std::optional<Woman> WomanRepository::byId(qint64 id) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectWoman) + QStringLiteral(" WHERE id = ?"), {id}, nullptr, &q) ||
        !q.next())
        return std::nullopt;
    Woman woman = womanFrom(q);
    QSqlQuery social(db());
    if (execute(db(), sql(kSelectSocial), {woman.id}, nullptr, &social)) {
        while (social.next())
            woman.social << social.value(0).toString();
    }
    return woman;
}

std::optional<Woman> WomanRepository::byNhsNumber(const QString &nhsNumber) const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT id FROM woman WHERE nhs_number = ?"), {nhsNumber},
                 nullptr, &q) ||
        !q.next())
        return std::nullopt;
    // The row the index points at must be hers: a damaged index is not followed to another.
    auto woman = byId(q.value(0).toLongLong());
    if (woman && woman->nhsNumber != nhsNumber)
        return std::nullopt;
    return woman;
}

int WomanRepository::count() const
{
    QSqlQuery q(db());
    if (!execute(db(), QStringLiteral("SELECT count(*) FROM woman"), {}, nullptr, &q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString WomanRepository::largestNhsNumberStartingWith(const QString &prefix, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kLargestStartingWith), {text(prefix), prefixUpperBound(prefix)}, error,
                 &q) ||
        !q.next())
        return {};
    return q.value(0).toString();
}

bool WomanRepository::setNhsNumber(qint64 womanId, const QString &nhsNumber, const QDateTime &at,
                                   QString *error) const
{
    Transaction transaction(db());
    QSqlQuery q(db());
    if (!transaction.isActive() ||
        !execute(db(), sql(kSetNhsNumber), {nhsNumber, at.toString(Qt::ISODate), womanId}, error,
                 &q)) {
        if (error && error->isEmpty())
            *error = transaction.error();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no woman with id %1").arg(womanId);
        return false;
    }
    if (!Seals(m_database).sealRow(SealedTable::Woman, womanId, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

QList<Woman> WomanRepository::withNameAndBirth(const QString &familyKey, const QString &givenKey,
                                               const QDate &dateOfBirth, qint64 exceptId,
                                               QString *error) const
{
    QList<Woman> women;
    QList<qint64> ids;
    QSqlQuery q(db());
    if (!execute(db(), sql(kWithNameAndBirth),
                 {text(familyKey), text(givenKey), dateOfBirth.toString(Qt::ISODate), exceptId},
                 error, &q))
        return women;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (const qint64 id : std::as_const(ids)) {
        if (auto woman = byId(id))
            women << *woman;
    }
    return women;
}

bool WomanRepository::save(Woman &woman, const QDateTime &at, QString *error) const
{
    Transaction transaction(db());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    const qint64 idBefore = woman.id;
    if (!write(woman, at, error) || !transaction.commit()) {
        if (error && error->isEmpty())
            *error = transaction.error();
        woman.id = idBefore;
        return false;
    }
    return true;
}

bool WomanRepository::write(Woman &woman, const QDateTime &at, QString *error) const
{
    QVariantList values{woman.nhsNumber,
                        text(woman.givenName),
                        text(woman.familyName),
                        woman.dateOfBirth.toString(Qt::ISODate),
                        text(woman.address),
                        text(woman.postcode),
                        text(woman.phone),
                        text(woman.gpPractice),
                        text(woman.ethnicCategory),
                        text(woman.preferredLanguage),
                        woman.interpreterNeeded ? 1 : 0,
                        text(woman.occupation),
                        text(woman.nextOfKin.name),
                        text(woman.nextOfKin.relationship),
                        text(woman.nextOfKin.phone),
                        text(foldName(woman.givenName)),
                        text(foldName(woman.familyName)),
                        text(foldPostcode(woman.postcode)),
                        at.toString(Qt::ISODate)};
    QSqlQuery q(db());
    if (woman.id == 0) {
        if (!insertRow(db(), sql(kInsertWoman), values, &woman.id, error))
            return false;
    } else {
        values << woman.id;
        if (!execute(db(), sql(kUpdateWoman), values, error, &q))
            return false;
    }
    if (!execute(db(), sql(kDeleteSocial), {woman.id}, error))
        return false;
    for (const QString &code : woman.social) {
        if (!execute(db(), sql(kInsertSocial), {woman.id, code}, error))
            return false;
    }
    // Sealed with her circumstances, which her seal covers too.
    return Seals(m_database).sealRow(SealedTable::Woman, woman.id, error);
}

QList<WomanSummary> WomanRepository::search(const SearchQuery &query, int limit) const
{
    // One condition per way the text can match; each becomes its own page-sized scan.
    QStringList branches;
    QVariantList values;
    auto range = [&](const char *column, const QString &prefix) {
        values << text(prefix) << prefixUpperBound(prefix);
        return QStringLiteral("%1 >= ? AND %1 < ?").arg(QLatin1String(column));
    };
    switch (query.kind) {
    case SearchQuery::Kind::Empty:
        return {};
    case SearchQuery::Kind::Everyone:
        branches << QStringLiteral("1 = 1"); // the first page of the family-name index
        break;
    case SearchQuery::Kind::NhsNumberPrefix:
        branches << range("nhs_number", query.prefix);
        break;
    case SearchQuery::Kind::DateOfBirth:
        if (!query.date.isValid())
            return {};
        branches << QStringLiteral("date_of_birth = ?");
        values << query.date.toString(Qt::ISODate);
        break;
    case SearchQuery::Kind::PostcodePrefix:
        branches << range("postcode_key", query.prefix);
        break;
    case SearchQuery::Kind::Name: {
        // "Asha Pat", "Patel As", "Nur Al Hu" (family name of two words) and
        // "Mary Jane" (given name of two words) all find her. Values are bound in the order
        // their placeholders appear.
        // With her date of birth too, each way is read among the few women born that day.
        const auto born = [&] {
            if (!query.date.isValid())
                return QString();
            values << query.date.toString(Qt::ISODate);
            return QStringLiteral("date_of_birth = ? AND ");
        };
        const QString whole = query.words.join(QLatin1Char(' '));
        if (whole.isEmpty()) {
            branches << born() + QStringLiteral("1 = 1");
            break;
        }
        QString family = born();
        branches << family + range("family_key", whole);
        QString given = born();
        branches << given + range("given_key", whole);
        if (query.words.size() > 1) {
            const QString first = query.words.front();
            const QString rest = QStringList(query.words.mid(1)).join(QLatin1Char(' '));
            QString givenThenFamily = born();
            givenThenFamily += range("given_key", first);
            givenThenFamily += QStringLiteral(" AND ") + range("family_key", rest);
            branches << givenThenFamily;
            QString familyThenGiven = born();
            familyThenGiven += range("family_key", first);
            familyThenGiven += QStringLiteral(" AND ") + range("given_key", rest);
            branches << familyThenGiven;
        }
    } break;
    }
    const QLatin1String order(query.kind == SearchQuery::Kind::PostcodePrefix ? kPostcodeOrder
                                                                              : kNameOrder);
    QStringList pages;
    for (int i = 0; i < branches.size(); ++i) {
        // A subquery for each, as a compound SELECT takes ORDER BY and LIMIT only at its end.
        pages << QStringLiteral("SELECT %1 FROM (SELECT %1 FROM woman WHERE %2 AND in_error = 0 "
                                "ORDER BY %3 LIMIT ?) AS branch%4")
                     .arg(order, branches[i], order)
                     .arg(i);
    }
    // Each branch's limit follows its own condition's values, so they are bound in turn.
    QVariantList ordered;
    qsizetype next = 0;
    for (const QString &branch : std::as_const(branches)) {
        const qsizetype count = branch.count(QLatin1Char('?'));
        ordered << values.mid(next, count) << limit;
        next += count;
    }
    ordered << limit;
    QString page = pages.join(QStringLiteral(" UNION "));
    page += QStringLiteral(" ORDER BY %1 LIMIT ?").arg(order);
    QString statement = QStringLiteral("WITH page AS (%1)").arg(page) + sql(kPageRows);
    for (const QString &column : QString(order).split(QStringLiteral(", ")))
        statement += QStringLiteral("page.") + column + QStringLiteral(", ");
    statement.chop(2);

    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<WomanSummary> results;
    if (!execute(db(), statement, ordered, nullptr, &q))
        return results;
    while (q.next()) {
        results.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate),
             q.value(5).toString(), QDate::fromString(q.value(6).toString(), Qt::ISODate),
             q.value(7).toString()});
    }
    return results;
}

QList<WomanInCare> WomanRepository::inCare() const
{
    QList<WomanInCare> list;
    QSqlQuery q(db());
    if (!execute(db(), sql(kInCare), {}, nullptr, &q))
        return list;
    while (q.next()) {
        WomanInCare w;
        w.womanId = q.value(0).toLongLong();
        w.pregnancyId = q.value(1).toLongLong();
        w.nhsNumber = q.value(2).toString();
        w.name = q.value(3).toString() + QLatin1Char(' ') + q.value(4).toString();
        w.postcode = q.value(5).toString();
        w.bookingDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        w.edd = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        list << w;
    }
    return list;
}

} // namespace bb::storage
