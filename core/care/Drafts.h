// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace bb {
class Clock;
}

namespace bb::storage {
class Database;
class UnsentDraftFile;
} // namespace bb::storage

namespace bb::care {

/// What was typed into a form and not yet saved, one draft per form and record, kept as the
/// midwife types so a crash or a closed window loses nothing.
///
/// On a team server, a draft that cannot reach the server is kept in a file on this computer
/// instead (given when the clinic is made), offered back from there, and sent to the server once
/// it answers again (sendUnsent()).
class Drafts
{
public:
    struct Draft
    {
        QJsonObject payload;
        QDateTime savedAt;
    };
    /// Where put() kept a draft.
    enum class Kept
    {
        Nowhere,       ///< neither the database nor this computer could keep it
        InDatabase,    ///< in the clinic's database (the file, or the team server)
        OnThisComputer ///< the team server did not answer: in the file of unsent drafts
    };

    /// `unsentFile` is where drafts wait for a team server that does not answer; unused with a
    /// file database, and with none given a draft the server cannot take is not kept.
    Drafts(const storage::Database &database, const Clock &clock, const QString &unsentFile = {});
    ~Drafts();

    /// Keeps `payload` as the draft of `form` for `recordKey`, stamped with the clock's time.
    Kept put(const QString &form, const QString &recordKey, const QJsonObject &payload,
             QString *error = nullptr) const;
    /// The draft of `form` for `recordKey`; one waiting on this computer is the newer.
    std::optional<Draft> get(const QString &form, const QString &recordKey) const;
    bool remove(const QString &form, const QString &recordKey, QString *error = nullptr) const;

    /// How many drafts wait on this computer for the team server.
    int unsentCount() const;
    /// Sends the drafts waiting on this computer to the team server, each removed from here
    /// once the server has it; how many were sent. Those the server does not take stay. Call
    /// it once the server answers again (Clinic::serverAnswers()): until then, drafts go
    /// straight to this computer.
    int sendUnsent(QString *error = nullptr) const;
    /// Why drafts cannot be kept on this computer (the file given cannot be opened); empty when
    /// they can, or when none is needed.
    QString unsentFileProblem() const { return m_unsentProblem; }

private:
    const storage::Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<storage::UnsentDraftFile> m_unsent;
    QString m_unsentProblem;
    /// Set when the server did not answer a draft: until drafts are sent again, the next ones
    /// go straight to this computer rather than wait for a server that is away each time.
    mutable bool m_serverAway = false;
};

} // namespace bb::care
