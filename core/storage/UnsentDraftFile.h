// SPDX-License-Identifier: MIT
#pragma once

#include "storage/DraftRepository.h"

#include <QList>
#include <QString>

#include <memory>

namespace bb::storage {

/// Drafts typed while the team server could not be reached, kept on this computer in a SQLite
/// file of their own (readable by this account only) until the server answers again. Each is
/// kept under the server's address, so one file serves any server and two never mix.
class UnsentDraftFile
{
public:
    struct Unsent
    {
        QString form;
        QString recordKey;
        Draft draft;
    };

    /// Opens `path`, creating it (and its folder) when missing; null with `error` when it
    /// cannot, or when it is not such a file.
    static std::unique_ptr<UnsentDraftFile> open(const QString &path, QString *error);
    ~UnsentDraftFile();
    UnsentDraftFile(const UnsentDraftFile &) = delete;
    UnsentDraftFile &operator=(const UnsentDraftFile &) = delete;

    QString path() const { return m_path; }

    bool put(const QString &server, const QString &form, const QString &recordKey,
             const Draft &draft, QString *error = nullptr) const;
    std::optional<Draft> get(const QString &server, const QString &form,
                             const QString &recordKey) const;
    bool remove(const QString &server, const QString &form, const QString &recordKey,
                QString *error = nullptr) const;
    /// Every draft kept for `server`, oldest first.
    QList<Unsent> all(const QString &server) const;

private:
    UnsentDraftFile(QString path, QString connectionName);
    QSqlDatabase connection() const;

    QString m_path;
    QString m_connectionName;
};

} // namespace bb::storage
