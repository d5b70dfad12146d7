// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bb::storage {

/// One unit of work on a connection: all of it is saved, or none. The outermost transaction on a
/// connection takes the one write lock at once, as dialect::beginWrite() says (on a file,
/// `BEGIN IMMEDIATE`: Qt's transaction() sends a deferred BEGIN, which fails at once when another
/// connection holds the lock instead of waiting for the busy timeout); one opened while another is
/// active on the same connection is a savepoint inside it, so a repository's write is atomic on its
/// own and part of the use case that called it. Rolls back on destruction unless committed.
///
/// Nothing is written while the file's integrity is in doubt: the first transaction waits for
/// the background check of an unclean file, and is refused if the check failed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    /// Saves the work (or, for a savepoint, folds it into the enclosing transaction).
    bool commit();

private:
    bool begin();
    bool run(const QString &statement);

    QSqlDatabase m_db;
    int m_depth = 0; ///< 0 for the outermost transaction on the connection
    bool m_active = false;
    QString m_error;
};

} // namespace bb::storage
