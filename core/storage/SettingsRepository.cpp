// SPDX-License-Identifier: MIT
#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace bb::storage {
namespace {

// The keys of the `setting` table.
constexpr auto kVersionKey = "version";
constexpr auto kBankHolidaysKey = "bank_holidays";
constexpr auto kTrustNameKey = "trust_name";
constexpr auto kAssessmentLineKey = "assessment_line_phone";

constexpr auto kSelectSettings = "SELECT key, value FROM setting";
constexpr auto kSelectVersion = "SELECT value FROM setting WHERE key = ?";
// Standard upsert: SQLite and PostgreSQL both read it.
constexpr auto kUpsertSetting = R"(
    INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at)";
constexpr auto kSelectDirectory =
    "SELECT name, kind, address, phone FROM service_directory ORDER BY id";
constexpr auto kDeleteDirectory = "DELETE FROM service_directory";
constexpr auto kInsertService = R"(
    INSERT INTO service_directory (name, kind, address, phone) VALUES (?, ?, ?, ?))";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}
QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

SettingsRepository::SettingsRepository(const Database &database) : m_database(database) {}

QSqlDatabase SettingsRepository::db() const
{
    return m_database.connection();
}

bool SettingsRepository::hasStoredSettings(QString *error) const
{
    QSqlQuery q(db());
    return execute(db(), sql(kSelectVersion), {key(kVersionKey)}, error, &q) && q.next();
}

std::optional<PrintSettings> SettingsRepository::stored(QString *error) const
{
    fail(error, QString());
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectSettings), {}, error, &q))
        return std::nullopt;
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    if (!values.contains(key(kVersionKey)))
        return std::nullopt;
    const int version = values.value(key(kVersionKey)).toInt();
    if (version != kSettingsVersion) {
        fail(error, QStringLiteral("the settings were saved in layout %1, which this version "
                                   "cannot read")
                        .arg(values.value(key(kVersionKey))));
        return std::nullopt;
    }
    for (const char *required : {kTrustNameKey, kAssessmentLineKey}) {
        if (!values.contains(key(required))) {
            fail(error, QStringLiteral("the stored settings have no %1").arg(key(required)));
            return std::nullopt;
        }
    }
    PrintSettings settings;
    settings.trustName = values.value(key(kTrustNameKey));
    settings.assessmentLinePhone = values.value(key(kAssessmentLineKey));
    QSqlQuery d(db());
    if (!execute(db(), sql(kSelectDirectory), {}, error, &d))
        return std::nullopt;
    while (d.next()) {
        settings.services.append({d.value(0).toString(), d.value(1).toString(),
                                  d.value(2).toString(), d.value(3).toString()});
    }
    return settings;
}

bool SettingsRepository::save(const PrintSettings &settings, const QDateTime &at,
                              QString *error) const
{
    Transaction transaction(db());
    if (!transaction.isActive()) {
        fail(error, transaction.error());
        return false;
    }
    if (!write(settings, at, error))
        return false;
    if (!transaction.commit()) {
        fail(error, transaction.error());
        return false;
    }
    return true;
}

bool SettingsRepository::write(const PrintSettings &settings, const QDateTime &at,
                               QString *error) const
{
    const QString stamp = at.toString(Qt::ISODate);
    const QList<std::pair<const char *, QString>> values{
        {kVersionKey, QString::number(kSettingsVersion)},
        {kTrustNameKey, settings.trustName},
        {kAssessmentLineKey, settings.assessmentLinePhone}};
    for (const auto &[name, value] : values) {
        if (!execute(db(), sql(kUpsertSetting), {key(name), text(value), stamp}, error))
            return false;
    }
    if (!execute(db(), sql(kDeleteDirectory), {}, error))
        return false;
    for (const ServiceContact &s : settings.services) {
        if (!execute(db(), sql(kInsertService), {s.name, s.kind, text(s.address), text(s.phone)},
                     error))
            return false;
    }
    return true;
}

std::optional<QString> SettingsRepository::value(const QString &key, QString *error) const
{
    QSqlQuery q(db());
    if (!execute(db(), QString::fromUtf8(kSelectVersion), {key}, error, &q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool SettingsRepository::setValue(const QString &key, const QString &value, const QDateTime &at,
                                  QString *error) const
{
    return execute(db(),
                   QStringLiteral("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                  "updated_at = excluded.updated_at"),
                   {key, text(value), at.toString(Qt::ISODate)}, error);
}

QList<QDate> SettingsRepository::bankHolidays(QString *error) const
{
    const auto stored = value(QString::fromLatin1(kBankHolidaysKey), error);
    if (!stored)
        return {};
    QList<QDate> days;
    for (const QString &text : stored->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!day.isValid()) {
            if (error)
                *error = QStringLiteral("the bank holidays setting holds '%1', which is not a "
                                        "date (YYYY-MM-DD): correct it in Settings")
                             .arg(text.trimmed());
            return {};
        }
        days << day;
    }
    return days;
}

bool SettingsRepository::saveBankHolidays(const QList<QDate> &days, const QDateTime &at,
                                          QString *error) const
{
    QList<QDate> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList texts;
    for (const QDate &day : sorted)
        texts << day.toString(Qt::ISODate);
    return setValue(QString::fromLatin1(kBankHolidaysKey), texts.join(QLatin1Char(',')), at, error);
}

} // namespace bb::storage
