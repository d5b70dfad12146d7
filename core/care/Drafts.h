// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
}

namespace bb::care {

/// What was typed into a form and not yet saved, one draft per form and record, kept as the
/// midwife types so a crash or a closed window loses nothing.
class Drafts
{
public:
    struct Draft
    {
        QJsonObject payload;
        QDateTime savedAt;
    };

    Drafts(const storage::Database &database, const Clock &clock);

    /// Keeps `payload` as the draft of `form` for `recordKey`, stamped with the clock's time.
    bool put(const QString &form, const QString &recordKey, const QJsonObject &payload,
             QString *error = nullptr) const;
    std::optional<Draft> get(const QString &form, const QString &recordKey) const;
    bool remove(const QString &form, const QString &recordKey, QString *error = nullptr) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace bb::care
