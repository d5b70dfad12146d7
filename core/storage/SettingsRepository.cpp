// SPDX-License-Identifier: MIT
#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace bb::storage {
namespace {

// The keys of the `setting` table.
constexpr auto kVersionKey = "version";
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

SettingsRepository::SettingsRepository(const Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

QSqlDatabase SettingsRepository::db() const
{
    return m_database.connection();
}

documents::PrintSettings SettingsRepository::load() const
{
    documents::PrintSettings settings = documents::demoPrintSettings();
    QSqlQuery q(db());
    if (!execute(db(), sql(kSelectSettings), {}, nullptr, &q))
        return settings;
    bool saved = false;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name == key(kVersionKey))
            saved = true;
        else if (name == key(kTrustNameKey))
            settings.trustName = q.value(1).toString();
        else if (name == key(kAssessmentLineKey))
            settings.assessmentLinePhone = q.value(1).toString();
    }
    if (!saved)
        return settings;
    settings.services.clear();
    QSqlQuery d(db());
    if (!execute(db(), sql(kSelectDirectory), {}, nullptr, &d))
        return documents::demoPrintSettings();
    while (d.next()) {
        settings.services.append({d.value(0).toString(), d.value(1).toString(),
                                  d.value(2).toString(), d.value(3).toString()});
    }
    return settings;
}

bool SettingsRepository::hasStoredSettings() const
{
    QSqlQuery q(db());
    return execute(db(), sql(kSelectVersion), {key(kVersionKey)}, nullptr, &q) && q.next();
}

FieldErrors SettingsRepository::validate(const documents::PrintSettings &settings)
{
    FieldErrors errors;
    // Every printed plan tells her whom to call; a plan without the number must not print.
    if (settings.trustName.trimmed().isEmpty())
        errors.append({QStringLiteral("settings.trust_name"), QStringLiteral("is required")});
    if (settings.assessmentLinePhone.trimmed().isEmpty()) {
        errors.append({QStringLiteral("settings.assessment_line_phone"),
                       QStringLiteral("is required: every printed plan gives this number")});
    }
    const QStringList kinds = documents::serviceKinds();
    for (qsizetype i = 0; i < settings.services.size(); ++i) {
        const documents::ServiceContact &s = settings.services.at(i);
        const QString path = QStringLiteral("settings.services[%1].").arg(i);
        if (s.name.trimmed().isEmpty())
            errors.append({path + QStringLiteral("name"), QStringLiteral("is required")});
        if (!kinds.contains(s.kind)) {
            errors.append({path + QStringLiteral("kind"),
                           QStringLiteral("unknown kind '%1' (one of: %2)")
                               .arg(s.kind, kinds.join(QStringLiteral(", ")))});
        }
    }
    return errors;
}

bool SettingsRepository::save(const documents::PrintSettings &settings, QString *error) const
{
    const FieldErrors errors = validate(settings);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError &e : errors)
            lines << e.toString();
        fail(error, lines.join(QLatin1Char('\n')));
        return false;
    }
    Transaction transaction(db());
    if (!transaction.isActive()) {
        fail(error, transaction.error());
        return false;
    }
    if (!write(settings, error))
        return false;
    if (!transaction.commit()) {
        fail(error, transaction.error());
        return false;
    }
    return true;
}

bool SettingsRepository::seedDefaultsIfEmpty(QString *error) const
{
    // Read first, so that the usual start writes nothing (and waits for no integrity check),
    // then checked again inside the write, so two first starts cannot both seed.
    if (hasStoredSettings())
        return true;
    Transaction transaction(db());
    if (!transaction.isActive()) {
        fail(error, transaction.error());
        return false;
    }
    if (hasStoredSettings())
        return true; // nothing written; the guard rolls back the empty transaction
    if (!write(documents::demoPrintSettings(), error))
        return false;
    if (!transaction.commit()) {
        fail(error, transaction.error());
        return false;
    }
    return true;
}

bool SettingsRepository::write(const documents::PrintSettings &settings, QString *error) const
{
    const QString now = m_clock.now().toString(Qt::ISODate);
    const QList<std::pair<const char *, QString>> values{
        {kVersionKey, QString::number(kSettingsVersion)},
        {kTrustNameKey, settings.trustName},
        {kAssessmentLineKey, settings.assessmentLinePhone}};
    for (const auto &[name, value] : values) {
        if (!execute(db(), sql(kUpsertSetting), {key(name), text(value), now}, error))
            return false;
    }
    if (!execute(db(), sql(kDeleteDirectory), {}, error))
        return false;
    for (const documents::ServiceContact &s : settings.services) {
        if (!execute(db(), sql(kInsertService), {s.name, s.kind, text(s.address), text(s.phone)},
                     error))
            return false;
    }
    return true;
}

} // namespace bb::storage
