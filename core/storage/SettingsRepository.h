// SPDX-License-Identifier: MIT
#pragma once

#include "domain/PrintSettings.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

/// All SQL for the settings printed documents draw on: the trust's name, the maternity
/// assessment line and the directory of local services.
class SettingsRepository
{
public:
    /// The layout of the stored keys; bumped when a key's meaning changes, so stored() can
    /// convert.
    static constexpr int kSettingsVersion = 1;

    explicit SettingsRepository(const Database &database);

    /// Whether settings have been saved in this database.
    bool hasStoredSettings(QString *error = nullptr) const;
    /// The saved settings; nothing, with `error` left empty, when none have been saved. A
    /// stored key missing or of a later layout is an error, never a default.
    std::optional<PrintSettings> stored(QString *error) const;
    /// Stores `settings` stamped `at`, replacing the whole directory: all of it or nothing
    /// (a savepoint inside a caller's transaction).
    bool save(const PrintSettings &settings, const QDateTime &at, QString *error) const;

    /// England's bank holidays as the trust keeps them (they are not working days when a
    /// referral must be sent within two); empty when none are kept. A malformed stored date
    /// is an error, never skipped.
    QList<QDate> bankHolidays(QString *error) const;
    /// Stores the bank holidays, sorted, stamped `at`.
    bool saveBankHolidays(const QList<QDate> &days, const QDateTime &at, QString *error) const;

    /// One setting's stored text (a key the app keeps for itself, not a printed setting);
    /// nothing when the key is not stored.
    std::optional<QString> value(const QString &key, QString *error) const;
    /// Stores one setting's text, stamped `at`.
    bool setValue(const QString &key, const QString &value, const QDateTime &at,
                  QString *error) const;

private:
    QSqlDatabase db() const;
    bool write(const PrintSettings &settings, const QDateTime &at, QString *error) const;

    const Database &m_database;
};

} // namespace bb::storage
