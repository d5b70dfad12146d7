// SPDX-License-Identifier: MIT
#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QStringList>
#include <QUrl>

namespace bb::storage {
namespace {

const QStringList kSchemes = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};

// libpq parameters passed on to the server connection as they are. `password` is not among
// them on purpose; anything else unknown is refused rather than silently dropped.
const QStringList kPassedOn = {QStringLiteral("sslmode"),
                               QStringLiteral("sslrootcert"),
                               QStringLiteral("sslcert"),
                               QStringLiteral("sslkey"),
                               QStringLiteral("sslcrl"),
                               QStringLiteral("connect_timeout"),
                               QStringLiteral("application_name"),
                               QStringLiteral("passfile"),
                               QStringLiteral("target_session_attrs")};

// TLS modes that never fall back to a connection in the clear.
const QStringList kEncrypted = {QStringLiteral("require"), QStringLiteral("verify-ca"),
                                QStringLiteral("verify-full")};

QString passwordRefusal()
{
    return QStringLiteral("the server address holds a password, which would be seen in the list "
                          "of running programs and in the shell's history; take it out and put "
                          "it in the password file (~/.pgpass) instead, or type it when asked");
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

bool DatabaseLocation::looksLikeServer(const QString &text)
{
    for (const QString &scheme : kSchemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool DatabaseLocation::isLocalServer() const
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
           host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

QString DatabaseLocation::display() const
{
    if (!isServer())
        return QDir::toNativeSeparators(file);
    QString where = host.startsWith(QLatin1Char('/')) ? QStringLiteral("socket in %1").arg(host)
                                                      : QStringLiteral("%1:%2").arg(host).arg(port);
    return QStringLiteral("%1 on the server (%2%3)")
        .arg(database, user.isEmpty() ? QString() : user + QStringLiteral(" at "), where);
}

QString DatabaseLocation::connectOptions() const
{
    QStringList options;
    for (const auto &[key, value] : parameters)
        options << QStringLiteral("%1=%2").arg(key, value);
    return options.join(QLatin1Char(';'));
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    auto refuse = [&](const QString &why) -> std::optional<DatabaseLocation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    DatabaseLocation location;
    if (!looksLikeServer(text)) {
        if (text.isEmpty())
            return refuse(QStringLiteral("no database was given"));
        location.file = text;
        return location;
    }
    QString rest = text.mid(text.indexOf(QStringLiteral("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash >= 0 ? rest.left(slash) : rest;
    location.database = decoded(slash >= 0 ? rest.mid(slash + 1) : QString());
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            return refuse(passwordRefusal());
        }
        location.user = decoded(userInfo);
    }
    if (authority.contains(QLatin1Char(',')))
        return refuse(QStringLiteral("the server address names more than one host; give one"));
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [::1]:5432
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(QStringLiteral("the server address has a '[' without its ']'"));
        location.host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = authority.mid(close + 2);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        location.host = decoded(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }
    if (!query.isEmpty()) {
        for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            const QString key = decoded(pair.left(equals));
            const QString value = equals >= 0 ? decoded(pair.mid(equals + 1)) : QString();
            if (key == QLatin1String("password")) {
                return refuse(passwordRefusal());
            }
            if (key == QLatin1String("host"))
                location.host = value;
            else if (key == QLatin1String("port"))
                portText = value;
            else if (key == QLatin1String("dbname"))
                location.database = value;
            else if (key == QLatin1String("user"))
                location.user = value;
            else if (kPassedOn.contains(key))
                location.parameters.append({key, value});
            else
                return refuse(QStringLiteral("the server address has the parameter '%1', which "
                                             "this app does not pass on")
                                  .arg(key));
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        location.port = portText.toInt(&ok);
        if (!ok || location.port < 1 || location.port > 65535)
            return refuse(
                QStringLiteral("the server's port '%1' is not a port number").arg(portText));
    }
    if (location.database.isEmpty())
        return refuse(QStringLiteral("the server address names no database: end it with "
                                     "/DATABASE, as in postgresql://host/bbclinic"));
    if (location.host.isEmpty())
        return refuse(QStringLiteral("the server address names no host or socket folder"));
    // Patient records cross a network only encrypted.
    auto mode = std::find_if(location.parameters.begin(), location.parameters.end(),
                             [](const auto &p) { return p.first == QLatin1String("sslmode"); });
    if (!location.isLocalServer()) {
        if (mode == location.parameters.end())
            location.parameters.prepend({QStringLiteral("sslmode"), QStringLiteral("verify-full")});
        else if (!kEncrypted.contains(mode->second))
            return refuse(QStringLiteral("sslmode=%1 could send patient records across the "
                                         "network unencrypted; a server on another computer is "
                                         "reached with sslmode=verify-full (or verify-ca, require)")
                              .arg(mode->second));
    }
    return location;
}

} // namespace bb::storage
