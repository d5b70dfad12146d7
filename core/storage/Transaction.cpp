// SPDX-License-Identifier: MIT
#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/Dialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace bb::storage {
namespace {

// How many transactions are open on each connection. A connection belongs to one thread, but
// connections of several threads share this table.
QMutex depthMutex;
QHash<QString, int> openDepth;

int enter(const QString &connection)
{
    const QMutexLocker lock(&depthMutex);
    return openDepth[connection]++;
}

void leave(const QString &connection)
{
    const QMutexLocker lock(&depthMutex);
    if (--openDepth[connection] <= 0)
        openDepth.remove(connection);
}

QString savepoint(int depth)
{
    return QStringLiteral("bb_%1").arg(depth);
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_depth = enter(m_db.connectionName());
    if (m_depth == 0) {
        m_error = Database::writeRefusalFor(m_db.connectionName());
        if (m_error.isEmpty())
            m_active = begin();
    } else {
        m_active = run(QStringLiteral("SAVEPOINT %1").arg(savepoint(m_depth)));
    }
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("could not start a write");
        leave(m_db.connectionName());
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        // Undo this savepoint's work and drop it; the enclosing transaction goes on.
        run(QStringLiteral("ROLLBACK TO %1").arg(savepoint(m_depth)));
        run(QStringLiteral("RELEASE %1").arg(savepoint(m_depth)));
    }
    leave(m_db.connectionName());
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool saved = m_depth == 0 ? run(QStringLiteral("COMMIT"))
                                    : run(QStringLiteral("RELEASE %1").arg(savepoint(m_depth)));
    if (!saved)
        return false; // still active: the destructor rolls back
    m_active = false;
    leave(m_db.connectionName());
    return true;
}

bool Transaction::begin()
{
    const QStringList statements = dialect::beginWrite(dialectOf(m_db));
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!run(statements.at(i))) {
            if (i > 0) { // begun, but its lock not taken: end it, leaving nothing open
                QSqlQuery rollback(m_db);
                rollback.exec(QStringLiteral("ROLLBACK"));
            }
            return false;
        }
    }
    return true;
}

bool Transaction::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    // Another writer past the busy timeout: say who else is writing, not "locked".
    const Dialect dialect = dialectOf(m_db);
    const QString code = query.lastError().nativeErrorCode();
    if (dialect::isBusy(dialect, code))
        m_error = Database::busyMessageFor(m_db.connectionName());
    else if (dialect::isUnreachable(dialect, code))
        m_error = QStringLiteral("the team server is not answering");
    else
        m_error = QStringLiteral("could not save: %1").arg(query.lastError().text());
    return false;
}

} // namespace bb::storage
