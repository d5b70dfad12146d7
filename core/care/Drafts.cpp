// SPDX-License-Identifier: MIT
#include "care/Drafts.h"

#include "storage/DraftRepository.h"

namespace bb::care {

Drafts::Drafts(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

bool Drafts::put(const QString &form, const QString &recordKey, const QJsonObject &payload,
                 QString *error) const
{
    return storage::DraftRepository(m_database, m_clock).put(form, recordKey, payload, error);
}

std::optional<Drafts::Draft> Drafts::get(const QString &form, const QString &recordKey) const
{
    const auto stored = storage::DraftRepository(m_database, m_clock).get(form, recordKey);
    if (!stored)
        return std::nullopt;
    return Draft{stored->payload, stored->savedAt};
}

bool Drafts::remove(const QString &form, const QString &recordKey, QString *error) const
{
    return storage::DraftRepository(m_database, m_clock).remove(form, recordKey, error);
}

} // namespace bb::care
