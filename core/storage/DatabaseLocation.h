// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace bb::storage {

/// Where a clinic's records are: a SQLite file on this computer (the default), or a database on
/// the team's PostgreSQL server, written as a libpq URI:
///
///     postgresql://[user@]host[:port]/database[?param=value&...]
///
/// The host may be a folder holding the server's socket (percent-encoded, `%2Fvar%2Frun%2F...`,
/// or given as `?host=/var/run/...`). A password is never part of it: it would be seen in the
/// process list and the shell's history. libpq's password file (~/.pgpass) or a prompt gives it.
/// A server on another computer is reached over TLS only; `sslmode` defaults to `verify-full`.
struct DatabaseLocation
{
    QString file; ///< the SQLite file; empty for a server

    QString host; ///< a host name or address, or a socket folder (starting with '/')
    int port = 5432;
    QString database;
    QString user; ///< empty: libpq's default, the login name
    /// libpq connection parameters other than the above, in the order given (sslmode, …).
    QList<QPair<QString, QString>> parameters;

    bool isServer() const { return file.isEmpty(); }
    /// Whether the server is on this computer (a socket, or a loopback address), where TLS
    /// adds nothing.
    bool isLocalServer() const;
    /// A server's address without any secret, for messages and titles; a file's path.
    QString display() const;
    /// Qt's QPSQL connect options ("sslmode=verify-full;application_name=…").
    QString connectOptions() const;

    /// A file path or a `postgresql://` URI. Null with `error` for a URI that holds a
    /// password, names a parameter this app does not pass on, or would reach a remote server
    /// without TLS.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    static bool looksLikeServer(const QString &text);
};

} // namespace bb::storage
