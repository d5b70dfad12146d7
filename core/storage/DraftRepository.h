// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace bb::storage {

class Database;

struct Draft
{
    QJsonObject payload;
    QDateTime savedAt;
};

/// What was typed into a form and not yet saved, one draft per form and record. Written as the
/// midwife types, so a crash or a closed window loses nothing.
class DraftRepository
{
public:
    explicit DraftRepository(const Database &database);

    /// Keeps `payload` as the form's draft for the record, stamped `at`.
    bool put(const QString &form, const QString &recordKey, const QJsonObject &payload,
             const QDateTime &at, QString *error = nullptr) const;
    std::optional<Draft> get(const QString &form, const QString &recordKey) const;
    bool remove(const QString &form, const QString &recordKey, QString *error = nullptr) const;
    /// Wherever a draft holds `from` as a whole text value, it holds `to` instead (her
    /// identifier changed): one statement over every draft. For values JSON writes as they
    /// are (no quotes, backslashes or control characters), such as identifiers.
    bool replaceValue(const QString &from, const QString &to, QString *error = nullptr) const;

private:
    const Database &m_database;
};

} // namespace bb::storage
