// SPDX-License-Identifier: MIT
#pragma once

#include "documents/PrintSettings.h"
#include "domain/FieldError.h"

#include <QSqlDatabase>

namespace bb {
class Clock;
}

namespace bb::storage {

class Database;

/// All SQL for the settings printed documents draw on: the trust's name, the maternity
/// assessment line and the directory of local services. Until a clinic saves its own, the
/// demonstration values (documents::demoPrintSettings()) stand in.
class SettingsRepository
{
public:
    /// The layout of the stored keys; bumped when a key's meaning changes, so load() can convert.
    static constexpr int kSettingsVersion = 1;

    SettingsRepository(const Database &database, const Clock &clock);

    /// The stored settings. A value never stored is the demonstration one; once settings have
    /// been saved the stored directory is used as it is, even when empty, so another trust's
    /// printout never falls back to Leicester's services.
    documents::PrintSettings load() const;

    /// Whether settings have been saved in this database (by save() or seedDefaultsIfEmpty()).
    bool hasStoredSettings() const;

    /// Problems that stop `settings` being saved, by field path (`settings.services[2].kind`).
    static FieldErrors validate(const documents::PrintSettings &settings);

    /// Stores `settings` in one transaction, replacing the whole directory. On failure (invalid
    /// settings, one line per problem in `error`, or a database error) nothing changes.
    bool save(const documents::PrintSettings &settings, QString *error) const;

    /// Stores the demonstration settings when none have been saved yet, so that the file shows
    /// and the settings page edits what is printed. Does nothing otherwise. One transaction.
    bool seedDefaultsIfEmpty(QString *error) const;

private:
    QSqlDatabase db() const;
    bool write(const documents::PrintSettings &settings, QString *error) const;

    const Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::storage
