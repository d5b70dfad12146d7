// SPDX-License-Identifier: MIT
#include "care/Drafts.h"

#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/UnsentDraftFile.h"
#include "util/Clock.h"

namespace bb::care {

Drafts::Drafts(const storage::Database &database, const Clock &clock, const QString &unsentFile)
    : m_database(database), m_clock(clock)
{
    if (database.isServer() && !unsentFile.isEmpty())
        m_unsent = storage::UnsentDraftFile::open(unsentFile, &m_unsentProblem);
}

Drafts::~Drafts() = default;

Drafts::Kept Drafts::put(const QString &form, const QString &recordKey, const QJsonObject &payload,
                         QString *error) const
{
    const storage::DraftRepository repository(m_database);
    const QDateTime now = m_clock.now();
    auto keptInDatabase = [&] {
        if (m_unsent) // an older one kept here while the server was away is superseded
            m_unsent->remove(m_database.path(), form, recordKey);
        return Kept::InDatabase;
    };
    if (!m_serverAway) {
        if (repository.put(form, recordKey, payload, now, error))
            return keptInDatabase();
        if (!m_unsent)
            return Kept::Nowhere;
        // The connection may only have been lost: serverAnswers() makes a new one when it can.
        if (m_database.serverAnswers()) {
            return repository.put(form, recordKey, payload, now, error) ? keptInDatabase()
                                                                        : Kept::Nowhere;
        }
        m_serverAway = true;
    }
    return m_unsent->put(m_database.path(), form, recordKey, {payload, now}, error)
               ? Kept::OnThisComputer
               : Kept::Nowhere;
}

std::optional<Drafts::Draft> Drafts::get(const QString &form, const QString &recordKey) const
{
    if (m_unsent) {
        if (const auto waiting = m_unsent->get(m_database.path(), form, recordKey))
            return Draft{waiting->payload, waiting->savedAt};
    }
    if (m_serverAway)
        return std::nullopt;
    const auto stored = storage::DraftRepository(m_database).get(form, recordKey);
    if (!stored)
        return std::nullopt;
    return Draft{stored->payload, stored->savedAt};
}

bool Drafts::remove(const QString &form, const QString &recordKey, QString *error) const
{
    if (m_unsent)
        m_unsent->remove(m_database.path(), form, recordKey, error);
    if (m_serverAway)
        return true; // gone from here; one the server kept from before is offered once it answers
    return storage::DraftRepository(m_database).remove(form, recordKey, error);
}

int Drafts::unsentCount() const
{
    return m_unsent ? int(m_unsent->all(m_database.path()).size()) : 0;
}

int Drafts::sendUnsent(QString *error) const
{
    if (!m_unsent)
        return 0;
    const storage::DraftRepository repository(m_database);
    const auto waiting = m_unsent->all(m_database.path());
    int sent = 0;
    for (const auto &unsent : waiting) {
        // Stamped when it was typed, not when it was sent.
        if (!repository.put(unsent.form, unsent.recordKey, unsent.draft.payload,
                            unsent.draft.savedAt, error) ||
            !m_unsent->remove(m_database.path(), unsent.form, unsent.recordKey, error))
            break;
        ++sent;
    }
    m_serverAway = sent < waiting.size();
    return sent;
}

} // namespace bb::care
