// SPDX-License-Identifier: MIT
#include "care/Drafts.h"

#include "storage/DraftRepository.h"
#include "util/Clock.h"

namespace bb::care {

Drafts::Drafts(const storage::Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

bool Drafts::put(const QString &form, const QString &recordKey, const QJsonObject &payload,
                 QString *error) const
{
    return storage::DraftRepository(m_database).put(form, recordKey, payload, m_clock.now(), error);
}

std::optional<Drafts::Draft> Drafts::get(const QString &form, const QString &recordKey) const
{
    const auto stored = storage::DraftRepository(m_database).get(form, recordKey);
    if (!stored)
        return std::nullopt;
    return Draft{stored->payload, stored->savedAt};
}

bool Drafts::remove(const QString &form, const QString &recordKey, QString *error) const
{
    return storage::DraftRepository(m_database).remove(form, recordKey, error);
}

} // namespace bb::care
