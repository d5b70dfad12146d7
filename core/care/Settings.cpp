// SPDX-License-Identifier: MIT
#include "care/Settings.h"

#include "care/Audited.h"
#include "care/Writes.h"
#include "documents/PrintSettings.h"
#include "domain/PhoneNumber.h"
#include "storage/BereavementSupportRepository.h"
#include "storage/SettingsRepository.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <QCoreApplication>

namespace bb::care {
namespace {

/// The words this shows go through Qt's translation system (translations/).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

} // namespace

namespace {

// A web address as printed for her to type: no spaces, and a dot between a name and its ending
// (`www.sands.org.uk`, `https://www.tommys.org/loss`).
bool looksLikeWebsite(const QString &text)
{
    QString host = text;
    host.remove(QRegularExpression(QStringLiteral("^https?://"),
                                   QRegularExpression::CaseInsensitiveOption));
    host = host.section(QLatin1Char('/'), 0, 0);
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*"
                       "[A-Za-z0-9])?)+$"));
    return !text.contains(QLatin1Char(' ')) && hostName.match(host).hasMatch();
}

// The settings as the audit keeps them, old and new, so a changed setting can be put back.
QJsonObject printJson(const PrintSettings &p)
{
    QJsonArray services;
    for (const ServiceContact &s : p.services)
        services.append(
            QStringList{s.kind, s.name, s.address, s.phone}.join(QStringLiteral(" | ")));
    return {{QStringLiteral("trust_name"), p.trustName},
            {QStringLiteral("assessment_line_phone"), p.assessmentLinePhone},
            {QStringLiteral("services"), services}};
}

QJsonObject supportJson(const QList<BereavementSupport> &list)
{
    QJsonArray entries;
    for (const BereavementSupport &s : list)
        entries.append(
            QStringList{s.name, s.offers, s.phone, s.website}.join(QStringLiteral(" | ")));
    return {{QStringLiteral("bereavement_support"), entries}};
}

QJsonObject holidaysJson(const QList<QDate> &dates)
{
    QJsonArray days;
    for (const QDate &d : dates)
        days.append(d.toString(Qt::ISODate));
    return {{QStringLiteral("bank_holidays"), days}};
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

BereavementSupport trimmed(BereavementSupport s)
{
    s.name = s.name.trimmed();
    s.offers = s.offers.trimmed();
    s.phone = s.phone.trimmed();
    s.website = s.website.trimmed();
    return s;
}

} // namespace

Settings::Settings(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<PrintSettings> Settings::printSettings() const
{
    QString error;
    const auto stored = storage::SettingsRepository(m_database).stored(&error);
    if (!error.isEmpty())
        return Failure{Words::tr("the settings for printed plans cannot be read: %1").arg(error)};
    return stored.value_or(documents::demoPrintSettings());
}

bool Settings::hasStoredSettings() const
{
    return storage::SettingsRepository(m_database).hasStoredSettings();
}

FieldErrors Settings::validate(const PrintSettings &settings)
{
    FieldErrors errors;
    // Every printed plan tells her whom to call; a plan without the number must not print.
    if (settings.trustName.trimmed().isEmpty())
        errors.append({QStringLiteral("settings.trust_name"), Words::tr("is required")});
    if (settings.assessmentLinePhone.trimmed().isEmpty()) {
        errors.append({QStringLiteral("settings.assessment_line_phone"),
                       Words::tr("is required: every printed plan gives this number")});
    } else if (const QString problem = ukPhoneNumberProblem(settings.assessmentLinePhone);
               !problem.isEmpty()) {
        errors.append({QStringLiteral("settings.assessment_line_phone"), problem});
    }
    const QStringList kinds = documents::serviceKinds();
    for (qsizetype i = 0; i < settings.services.size(); ++i) {
        const ServiceContact &s = settings.services.at(i);
        const QString path = QStringLiteral("settings.services[%1].").arg(i);
        if (s.name.trimmed().isEmpty())
            errors.append({path + QStringLiteral("name"), Words::tr("is required")});
        // A service may be reached another way (its address says how); a number must be one.
        if (!s.phone.trimmed().isEmpty()) {
            if (const QString problem = ukPhoneNumberProblem(s.phone); !problem.isEmpty())
                errors.append({path + QStringLiteral("phone"), problem});
        }
        if (!kinds.contains(s.kind)) {
            errors.append({path + QStringLiteral("kind"),
                           Words::tr("unknown kind '%1' (one of: %2)")
                               .arg(s.kind, kinds.join(QStringLiteral(", ")))});
        }
    }
    return errors;
}

Outcome<Done> Settings::save(const PrintSettings &settings, const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    AuditEntry audit{AuditEventKind::Change, 0, QStringLiteral("settings for printed documents")};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::ChangeSettings, audit))
        return *refused;
    if (const FieldErrors errors = validate(settings); !errors.isEmpty())
        return errors;
    const auto before = printSettings();
    return inOneTransaction(m_database, [&]() -> Outcome<Done> {
        QString error;
        if (!storage::SettingsRepository(m_database).save(settings, m_clock.now(), &error))
            return Failure{error};
        audit.changes =
            changedFields(before ? printJson(before.value()) : QJsonObject(), printJson(settings));
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return Done{};
    });
}

Outcome<Done> Settings::seedDefaultsIfEmpty() const
{
    const storage::SettingsRepository repository(m_database);
    if (repository.hasStoredSettings())
        return Done{};
    return inOneTransaction(m_database, [&]() -> Outcome<Done> {
        QString error;
        if (repository.hasStoredSettings(&error))
            return Done{}; // another start seeded first; nothing is written
        if (!error.isEmpty())
            return Failure{error};
        if (!repository.save(documents::demoPrintSettings(), m_clock.now(), &error))
            return Failure{error};
        return Done{};
    });
}

Outcome<QList<BereavementSupport>> Settings::bereavementSupport() const
{
    QString error;
    const auto list = storage::BereavementSupportRepository(m_database).list(&error);
    if (!list)
        return Failure{Words::tr("the bereavement support list cannot be read: %1").arg(error)};
    return *list;
}

FieldErrors Settings::validateBereavementSupport(const QList<BereavementSupport> &list)
{
    FieldErrors errors;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const BereavementSupport s = trimmed(list.at(i));
        const QString path = QStringLiteral("bereavement_support[%1].").arg(i);
        if (s.name.isEmpty())
            errors.append({path + QStringLiteral("name"), Words::tr("is required")});
        if (!s.phone.isEmpty()) {
            if (const QString problem = ukPhoneNumberProblem(s.phone); !problem.isEmpty())
                errors.append({path + QStringLiteral("phone"), problem});
        }
        if (!s.website.isEmpty() && !looksLikeWebsite(s.website)) {
            errors.append({path + QStringLiteral("website"),
                           Words::tr("must be a web address, such as www.sands.org.uk")});
        }
        // The sheet is for her to reach them: a name alone gives her no way to.
        if (s.phone.isEmpty() && s.website.isEmpty()) {
            errors.append({path + QStringLiteral("phone"),
                           Words::tr("give a phone number or a website, so she can reach "
                                     "them")});
        }
    }
    return errors;
}

Outcome<QList<BereavementSupport>>
Settings::saveBereavementSupport(const QList<BereavementSupport> &list, const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    AuditEntry audit{AuditEventKind::Change, 0, QStringLiteral("bereavement support list")};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::ChangeSettings, audit))
        return *refused;
    if (const FieldErrors errors = validateBereavementSupport(list); !errors.isEmpty())
        return errors;
    const auto before = bereavementSupport();
    QList<BereavementSupport> typed;
    for (const BereavementSupport &s : list)
        typed << trimmed(s);
    const storage::BereavementSupportRepository repository(m_database);
    return inOneTransaction(m_database, [&]() -> Outcome<QList<BereavementSupport>> {
        QString error;
        if (!repository.replace(typed, &error))
            return Failure{error};
        const auto saved = repository.list(&error);
        if (!saved)
            return Failure{error};
        audit.changes = changedFields(before ? supportJson(before.value()) : QJsonObject(),
                                      supportJson(*saved));
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return *saved;
    });
}

Outcome<QList<QDate>> Settings::bankHolidays() const
{
    QString error;
    const QList<QDate> dates = storage::SettingsRepository(m_database).bankHolidays(&error);
    if (!error.isEmpty())
        return Failure{Words::tr("the bank holidays cannot be read: %1").arg(error)};
    return dates;
}

FieldErrors Settings::validateBankHolidays(const QList<QDate> &dates)
{
    FieldErrors errors;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate &date = dates.at(i);
        const QString path = QStringLiteral("bank_holidays[%1]").arg(i);
        if (!date.isValid()) {
            errors.append({path, Words::tr("is not a date (YYYY-MM-DD)")});
        } else if (date.dayOfWeek() >= Qt::Saturday) {
            errors.append({path, Words::tr("%1 is a %2: a bank holiday falling at a "
                                           "weekend is moved to a weekday; give that day")
                                     .arg(date.toString(Qt::ISODate),
                                          date.dayOfWeek() == Qt::Saturday ? Words::tr("Saturday")
                                                                           : Words::tr("Sunday"))});
        }
    }
    return errors;
}

Outcome<QList<QDate>> Settings::saveBankHolidays(const QList<QDate> &dates,
                                                 const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    AuditEntry audit{AuditEventKind::Change, 0, QStringLiteral("bank holidays")};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::ChangeSettings, audit))
        return *refused;
    if (const FieldErrors errors = validateBankHolidays(dates); !errors.isEmpty())
        return errors;
    const auto before = bankHolidays();
    const storage::SettingsRepository repository(m_database);
    return inOneTransaction(m_database, [&]() -> Outcome<QList<QDate>> {
        QString error;
        if (!repository.saveBankHolidays(dates, m_clock.now(), &error))
            return Failure{error};
        const QList<QDate> saved = repository.bankHolidays(&error);
        if (!error.isEmpty())
            return Failure{error};
        audit.changes = changedFields(before ? holidaysJson(before.value()) : QJsonObject(),
                                      holidaysJson(saved));
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return saved;
    });
}

int Settings::lockAfterMinutes() const
{
    // A day at most: a screen that never locks would leave her records open to whoever passes.
    return wholeSetting("lock_after_minutes", 5, 1, 24 * 60);
}

int Settings::wholeSetting(const char *key, int fallback, int lowest, int highest) const
{
    QString error;
    const auto stored =
        storage::SettingsRepository(m_database).value(QString::fromLatin1(key), &error);
    bool ok = false;
    const int value = stored.value_or(QString()).toInt(&ok);
    return ok && value >= lowest && value <= highest ? value : fallback;
}

int Settings::backupWarnAfterHours() const
{
    return wholeSetting("backup_warn_after_hours", 24, 1, 24 * 31); // backups are daily
}

int Settings::backupEveryHours() const
{
    return wholeSetting("backup_every_hours", 24, 1, 24 * 7);
}

Outcome<std::optional<access::BackupKey>> Settings::backupKey() const
{
    QString error;
    const auto stored =
        storage::SettingsRepository(m_database).value(QStringLiteral("backup_key"), &error);
    if (!error.isEmpty())
        return Failure{error};
    const QString text = stored.value_or(QString());
    if (text.isEmpty())
        return std::optional<access::BackupKey>();
    const QStringList parts = text.split(QLatin1Char(':'));
    const access::BackupKey key{parts.value(0).toLatin1().isEmpty()
                                    ? QByteArray()
                                    : QByteArray::fromBase64(parts.value(0).toLatin1()),
                                QByteArray::fromBase64(parts.value(3).toLatin1()),
                                parts.value(1).toULongLong(), parts.value(2).toULongLong()};
    if (parts.size() != 4 || !key.isWhole())
        return Failure{Words::tr("the backup key in the settings is damaged, so no backup "
                                 "is made: set the backup passphrase again")};
    return std::optional(key);
}

Outcome<Done> Settings::setBackupPassphrase(const QString &passphrase, const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    const AuditEntry audit{AuditEventKind::Change, 0,
                           passphrase.isEmpty() ? QStringLiteral("backups no longer encrypted")
                                                : QStringLiteral("backup passphrase set")};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::ChangeSettings, audit))
        return *refused;
    QString stored;
    if (!passphrase.isEmpty()) {
        QString why;
        const auto key = access::deriveBackupKey(passphrase, &why);
        if (!key)
            return FieldErrors{{QStringLiteral("backup_passphrase"), why}};
        stored = QStringLiteral("%1:%2:%3:%4")
                     .arg(QString::fromLatin1(key->salt.toBase64()))
                     .arg(key->opsLimit)
                     .arg(key->memLimit)
                     .arg(QString::fromLatin1(key->publicKey.toBase64()));
    }
    return inOneTransaction(m_database, [&]() -> Outcome<Done> {
        QString error;
        if (!storage::SettingsRepository(m_database)
                 .setValue(QStringLiteral("backup_key"), stored, m_clock.now(), &error))
            return Failure{error};
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return Done{};
    });
}

int Settings::backupKeep() const
{
    // Two weeks of daily backups; never fewer than two, so a bad copy is never the only one.
    return wholeSetting("backup_keep", 14, 2, 1000);
}

Outcome<Done> Settings::saveAll(const SettingsChange &change, const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    AuditEntry audit{AuditEventKind::Change, 0, QStringLiteral("settings")};
    if (auto refused =
            refusedUnless(m_database, m_clock, actor, access::Permission::ChangeSettings, audit))
        return *refused;
    FieldErrors errors = validate(change.print);
    errors << validateBereavementSupport(change.bereavementSupport)
           << validateBankHolidays(change.bankHolidays);
    if (!errors.isEmpty())
        return errors;
    QList<BereavementSupport> support;
    for (const BereavementSupport &s : change.bereavementSupport)
        support << trimmed(s);
    const auto print = printSettings();
    const auto bereavement = bereavementSupport();
    const auto holidays = bankHolidays();
    const QJsonObject before =
        merged(merged(print ? printJson(print.value()) : QJsonObject(),
                      bereavement ? supportJson(bereavement.value()) : QJsonObject()),
               holidays ? holidaysJson(holidays.value()) : QJsonObject());
    return inOneTransaction(m_database, [&]() -> Outcome<Done> {
        QString error;
        const QDateTime now = m_clock.now();
        if (!storage::SettingsRepository(m_database).save(change.print, now, &error) ||
            !storage::BereavementSupportRepository(m_database).replace(support, &error) ||
            !storage::SettingsRepository(m_database)
                 .saveBankHolidays(change.bankHolidays, now, &error))
            return Failure{error};
        audit.changes =
            changedFields(before, merged(merged(printJson(change.print), supportJson(support)),
                                         holidaysJson(change.bankHolidays)));
        if (auto failure = appendAudit(m_database, m_clock, actor, audit))
            return *failure;
        return Done{};
    });
}

} // namespace bb::care
