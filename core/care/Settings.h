// SPDX-License-Identifier: MIT
#pragma once

#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/PrintSettings.h"

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// The settings printed documents draw on. Until a clinic saves its own, the demonstration
/// values (documents::demoPrintSettings()) stand in; once saved, the stored directory is used
/// as it is, even when empty, so another trust's printout never falls back to Leicester's.
class Settings
{
public:
    Settings(const storage::Database &database, const Clock &clock);

    /// The settings in force: the saved ones, or the demonstration ones. A failure when what
    /// was saved cannot be read.
    Outcome<PrintSettings> printSettings() const;
    bool hasStoredSettings() const;

    /// Problems that stop `settings` being saved, by field path (`settings.services[2].kind`).
    static FieldErrors validate(const PrintSettings &settings);
    /// Replaces the settings, directory and all, in one transaction; invalid settings change
    /// nothing.
    Outcome<Done> save(const PrintSettings &settings, const Actor &actor) const;
    /// Stores the demonstration settings when none are saved, so the file says what it prints
    /// with. Reads first, so the usual start writes nothing (and waits for no integrity check),
    /// and checks again inside the write, so two first starts cannot both seed.
    Outcome<Done> seedDefaultsIfEmpty() const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
