// SPDX-License-Identifier: MIT
#include "storage/BereavementSupportRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StaffRepository.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

constexpr auto kSelectList = R"(
    SELECT id, name, offers, phone, website, losses
      FROM bereavement_support ORDER BY position, id)";
constexpr auto kDeleteList = "DELETE FROM bereavement_support";
constexpr auto kInsertOrganisation = R"(
    INSERT INTO bereavement_support (id, position, name, offers, phone, website, losses)
    VALUES (?, ?, ?, ?, ?, ?, ?))";
constexpr auto kInsertNewOrganisation = R"(
    INSERT INTO bereavement_support (position, name, offers, phone, website, losses)
    VALUES (?, ?, ?, ?, ?, ?))";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

// `losses` is the kinds' codes, comma separated; empty for every loss.
QString lossesColumn(const QList<LossKind> &losses)
{
    QStringList codes;
    for (const LossKind kind : losses)
        codes << codes::toCode(kind);
    return codes.join(QLatin1Char(','));
}

std::optional<QList<LossKind>> lossesFrom(const QString &column, QString *unknown)
{
    QList<LossKind> losses;
    for (const QString &part : column.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto kind = codes::lossKindFromCode(part.trimmed());
        if (!kind) {
            *unknown = part.trimmed();
            return std::nullopt;
        }
        if (!losses.contains(*kind))
            losses << *kind;
    }
    return losses;
}

} // namespace

BereavementSupportRepository::BereavementSupportRepository(const Database &database)
    : m_database(database)
{
}

QSqlDatabase BereavementSupportRepository::db() const
{
    return m_database.connection();
}

std::optional<QList<BereavementSupport>> BereavementSupportRepository::list(QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectList), {}, error, &q))
        return std::nullopt;
    QList<BereavementSupport> list;
    while (q.next()) {
        BereavementSupport s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.offers = q.value(2).toString();
        s.phone = q.value(3).toString();
        s.website = q.value(4).toString();
        QString unknown;
        const auto losses = lossesFrom(q.value(5).toString(), &unknown);
        if (!losses) {
            if (error)
                *error = QStringLiteral("the bereavement support '%1' is for an unknown kind of "
                                        "loss '%2'")
                             .arg(s.name, unknown);
            return std::nullopt;
        }
        s.losses = *losses;
        list << s;
    }
    return list;
}

bool BereavementSupportRepository::replace(const QList<BereavementSupport> &list,
                                           QString *error) const
{
    return runWrite(db(), error, [&] {
        if (!execute(db(), sql(kDeleteList), {}, error))
            return false;
        // Those with an id first: one given an id now takes the next free one, which a row
        // later in the list may already have (an identity column on the server takes the
        // next of its sequence, above every id it ever gave).
        for (const bool withId : {true, false}) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                const BereavementSupport &s = list.at(i);
                if ((s.id > 0) != withId)
                    continue;
                QVariantList values{qint64(i + 1), text(s.name),    text(s.offers),
                                    text(s.phone), text(s.website), text(lossesColumn(s.losses))};
                if (withId)
                    values.prepend(s.id);
                if (!execute(db(), sql(withId ? kInsertOrganisation : kInsertNewOrganisation),
                             values, error))
                    return false;
            }
        }
        return true;
    });
}

} // namespace bb::storage
