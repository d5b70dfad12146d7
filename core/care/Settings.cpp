// SPDX-License-Identifier: MIT
#include "care/Settings.h"

#include "care/Writes.h"
#include "documents/PrintSettings.h"
#include "domain/PhoneNumber.h"
#include "storage/SettingsRepository.h"
#include "util/Clock.h"

namespace bb::care {

Settings::Settings(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Outcome<PrintSettings> Settings::printSettings() const
{
    QString error;
    const auto stored = storage::SettingsRepository(m_database).stored(&error);
    if (!error.isEmpty())
        return Failure{
            QStringLiteral("the settings for printed plans cannot be read: %1").arg(error)};
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
        errors.append({QStringLiteral("settings.trust_name"), QStringLiteral("is required")});
    if (settings.assessmentLinePhone.trimmed().isEmpty()) {
        errors.append({QStringLiteral("settings.assessment_line_phone"),
                       QStringLiteral("is required: every printed plan gives this number")});
    } else if (const QString problem = ukPhoneNumberProblem(settings.assessmentLinePhone);
               !problem.isEmpty()) {
        errors.append({QStringLiteral("settings.assessment_line_phone"), problem});
    }
    const QStringList kinds = documents::serviceKinds();
    for (qsizetype i = 0; i < settings.services.size(); ++i) {
        const ServiceContact &s = settings.services.at(i);
        const QString path = QStringLiteral("settings.services[%1].").arg(i);
        if (s.name.trimmed().isEmpty())
            errors.append({path + QStringLiteral("name"), QStringLiteral("is required")});
        // A service may be reached another way (its address says how); a number must be one.
        if (!s.phone.trimmed().isEmpty()) {
            if (const QString problem = ukPhoneNumberProblem(s.phone); !problem.isEmpty())
                errors.append({path + QStringLiteral("phone"), problem});
        }
        if (!kinds.contains(s.kind)) {
            errors.append({path + QStringLiteral("kind"),
                           QStringLiteral("unknown kind '%1' (one of: %2)")
                               .arg(s.kind, kinds.join(QStringLiteral(", ")))});
        }
    }
    return errors;
}

Outcome<Done> Settings::save(const PrintSettings &settings, const Actor &actor) const
{
    if (const auto refused = unknownActor(actor))
        return *refused;
    if (const FieldErrors errors = validate(settings); !errors.isEmpty())
        return errors;
    QString error;
    if (!storage::SettingsRepository(m_database).save(settings, m_clock.now(), &error))
        return Failure{error};
    return Done{};
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

} // namespace bb::care
