// SPDX-License-Identifier: MIT
#include "storage/OpenMarker.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace bb::storage {
namespace {

bool hasMarkerTable(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND "
                                     "name = 'open_marker'")) &&
           query.next();
}

/// A process that may still have the file open. Where that cannot be told (another machine,
/// a system without kill(pid, 0)), it is taken as gone, so the file is checked once too often
/// rather than once too rarely.
bool stillRunning(const QString &host, qint64 pid)
{
    if (host != QSysInfo::machineHostName())
        return false;
#ifdef Q_OS_UNIX
    if (pid == QCoreApplication::applicationPid())
        return true; // another connection of this process
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return pid == QCoreApplication::applicationPid();
#endif
}

} // namespace

bool OpenMarker::leftByEarlierProcess(const QSqlDatabase &db, QString *error)
{
    if (!hasMarkerTable(db))
        return false;
    QSqlQuery query(db);
    if (!execute(db, QStringLiteral("SELECT host, pid FROM open_marker"), {}, error, &query))
        return true; // unreadable: treat as unclean, so the full check decides
    while (query.next()) {
        if (!stillRunning(query.value(0).toString(), query.value(1).toLongLong()))
            return true;
    }
    return false;
}

bool OpenMarker::place(const QSqlDatabase &db, QString *error)
{
    if (!hasMarkerTable(db))
        return true;
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery rows(db);
    if (!execute(db, QStringLiteral("SELECT id, host, pid FROM open_marker"), {}, error, &rows))
        return false;
    QStringList gone;
    while (rows.next()) {
        if (!stillRunning(rows.value(1).toString(), rows.value(2).toLongLong()))
            gone << rows.value(0).toString();
    }
    for (const QString &id : gone) {
        if (!execute(db, QStringLiteral("DELETE FROM open_marker WHERE id = ?"), {id}, error))
            return false;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!execute(db, QStringLiteral("INSERT INTO open_marker (id, host, pid) VALUES (?, ?, ?)"),
                 {id, QSysInfo::machineHostName(), QCoreApplication::applicationPid()}, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    m_id = id;
    return true;
}

void OpenMarker::remove(const QSqlDatabase &db)
{
    if (m_id.isEmpty() || !db.isOpen())
        return;
    QString ignored; // a marker that cannot be removed only costs the next open a full check
    execute(db, QStringLiteral("DELETE FROM open_marker WHERE id = ?"), {m_id}, &ignored);
    m_id.clear();
}

QStringList OpenMarker::othersInWords(const QSqlDatabase &db) const
{
    QStringList others;
    if (!hasMarkerTable(db))
        return others;
    QSqlQuery rows(db);
    if (!execute(db, QStringLiteral("SELECT id, host, pid FROM open_marker ORDER BY rowid"), {},
                 nullptr, &rows))
        return others;
    while (rows.next()) {
        if (rows.value(0).toString() == m_id)
            continue;
        const QString host = rows.value(1).toString();
        const qint64 pid = rows.value(2).toLongLong();
        if (host != QSysInfo::machineHostName()) {
            others << QStringLiteral("process %1 on %2").arg(pid).arg(host);
            continue;
        }
        // Its program's name, where the system tells it.
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        const QString program = comm.open(QIODevice::ReadOnly)
                                    ? QString::fromUtf8(comm.readAll()).trimmed()
                                    : QString();
        others << (program.isEmpty()
                       ? QStringLiteral("process %1 on this computer").arg(pid)
                       : QStringLiteral("process %1 (%2) on this computer").arg(pid).arg(program));
    }
    return others;
}

} // namespace bb::storage
