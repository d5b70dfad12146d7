// SPDX-License-Identifier: MIT
#pragma once

#include "access/SealedFiles.h"
#include "care/Outcome.h"
#include "domain/Actor.h"
#include "domain/Loss.h"
#include "domain/PrintSettings.h"

#include <QDate>
#include <QList>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// Everything the settings window edits, saved together.
struct SettingsChange
{
    PrintSettings print;
    QList<BereavementSupport> bereavementSupport; ///< in the order printed
    QList<QDate> bankHolidays;
};

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

    /// The organisations a bereaved woman's signposting sheet lists, in the order printed; a
    /// failure when the list cannot be read.
    Outcome<QList<BereavementSupport>> bereavementSupport() const;
    /// Problems that stop `list` being saved, by field path (`bereavement_support[2].name`):
    /// every organisation needs a name, and a phone number or website she can use.
    static FieldErrors validateBereavementSupport(const QList<BereavementSupport> &list);
    /// Replaces the whole list, in its order, with what is typed (trimmed); returns the list
    /// as saved. An invalid list changes nothing.
    Outcome<QList<BereavementSupport>> saveBereavementSupport(const QList<BereavementSupport> &list,
                                                              const Actor &actor) const;

    /// England's bank holidays as the trust keeps them, in date order; a failure when they
    /// cannot be read or a stored one is not a date.
    Outcome<QList<QDate>> bankHolidays() const;
    /// Problems that stop `dates` being saved, by field path (`bank_holidays[3]`): a date that
    /// is not one, or a Saturday or Sunday (a bank holiday at a weekend moves to a weekday).
    static FieldErrors validateBankHolidays(const QList<QDate> &dates);
    /// Replaces the bank holidays; returns them as saved (in date order, once each).
    Outcome<QList<QDate>> saveBankHolidays(const QList<QDate> &dates, const Actor &actor) const;

    /// Minutes of no keyboard or mouse before the screen locks (the setting
    /// `lock_after_minutes`, 5 unless the trust set another); 5 when it cannot be read.
    int lockAfterMinutes() const;
    /// How many hours may pass since the last good backup before the app warns
    /// (`backup_warn_after_hours`, 24 unless the trust set another); 24 when it cannot be read.
    int backupWarnAfterHours() const;
    /// How many hours after the last good backup the app takes the next by itself
    /// (`backup_every_hours`, 24 unless the trust set another).
    int backupEveryHours() const;
    /// How many of the newest backups are kept in the backups folder; older ones are removed
    /// when a new one has been made (`backup_keep`, 14 unless the trust set another).
    int backupKeep() const;
    /// What backups are encrypted to, when the trust has set a backup passphrase (`backup_key`:
    /// the public half of the key pair its passphrase gives, with the salt and cost; nothing
    /// that decrypts); none otherwise. A failure when it is set but damaged, so that no backup is
    /// then quietly made unencrypted.
    Outcome<std::optional<access::BackupKey>> backupKey() const;
    /// Sets the passphrase backups are encrypted with from now on (administrators), or with an
    /// empty passphrase stops encrypting them. The passphrase is needed to restore them, and
    /// neither it nor anything that decrypts is kept. Audited.
    Outcome<Done> setBackupPassphrase(const QString &passphrase, const Actor &actor) const;

    /// Saves the settings for printed documents, the bereavement support list and the bank
    /// holidays in one transaction, or, with every problem of the three by its path, nothing.
    Outcome<Done> saveAll(const SettingsChange &change, const Actor &actor) const;

private:
    /// A whole-number setting, or `fallback` when it is not set, not a number or outside
    /// `lowest`..`highest`.
    int wholeSetting(const char *key, int fallback, int lowest, int highest) const;
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
