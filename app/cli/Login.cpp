// SPDX-License-Identifier: MIT
#include "cli/Login.h"

#include <QFile>
#include <QSysInfo>

#include <cstdio>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace bb::cli {
namespace {

// Reads one line from the terminal with echo off, so the password is not shown or left in the
// scroll-back. Nothing when there is no terminal (a script must set BBCLINIC_PASSWORD).
std::optional<QString> askOnTerminal(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    termios saved{};
    const bool isTerminal = tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    const QByteArray question = prompt.toLocal8Bit();
    (void)::write(tty, question.constData(), static_cast<size_t>(question.size()));
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        line += c;
    (void)::write(tty, "\n", 1);
    if (isTerminal)
        tcsetattr(tty, TCSAFLUSH, &saved);
    ::close(tty);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromLocal8Bit(line);
}

} // namespace

QString workstation()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("(unnamed computer)") : name;
}

std::optional<QString> passwordFrom(const char *variable, const QString &prompt, QString *why)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (auto typed = askOnTerminal(prompt))
        return typed;
    *why = QStringLiteral("%1 is not set and there is no terminal to ask for the password on")
               .arg(QLatin1String(variable));
    return std::nullopt;
}

std::optional<QString> newPasswordFrom(const char *variable, const QString &prompt,
                                       const QString &option, QTextStream &err)
{
    QString why;
    const auto typed = passwordFrom(variable, prompt, &why);
    if (!typed) {
        err << option << ": " << why << Qt::endl;
        return std::nullopt;
    }
    if (!qEnvironmentVariableIsSet(variable)) {
        const auto again = passwordFrom(variable, QStringLiteral("The same again: "), &why);
        if (!again || *again != *typed) {
            err << option << ": the two passwords typed differ; nothing was changed" << Qt::endl;
            return std::nullopt;
        }
    }
    return typed;
}

std::optional<Actor> logIn(const care::Clinic &clinic, const Arguments &arguments, QTextStream &err)
{
    const QString username = arguments.has(kWhoOption)
                                 ? arguments.value(kWhoOption).trimmed()
                                 : qEnvironmentVariable("BBCLINIC_USER").trimmed();
    if (username.isEmpty()) {
        const auto anyone = clinic.users.anyone();
        err << "--as: who is running this is needed: --as USER, or BBCLINIC_USER"
            << (anyone && !anyone.value()
                    ? " (this database has no users yet: bbclinic-cli init --db FILE --admin "
                      "USER makes its first administrator)"
                    : "")
            << Qt::endl;
        return std::nullopt;
    }
    QString why;
    const auto password =
        passwordFrom("BBCLINIC_PASSWORD", QStringLiteral("Password for %1: ").arg(username), &why);
    if (!password) {
        err << "--as: " << why << Qt::endl;
        return std::nullopt;
    }
    const auto loggedIn = clinic.users.logIn(username, *password, workstation());
    if (!loggedIn) {
        err << "--as: " << username << ": " << loggedIn.message() << Qt::endl;
        return std::nullopt;
    }
    // A reset password is only for the first login after it: say so every time until changed.
    if (const auto reset = clinic.users.mustChangePassword(loggedIn.value());
        reset && reset.value())
        err << "--as: " << username
            << ": an administrator reset this password; choose your own with "
               "bbclinic-cli user password"
            << Qt::endl;
    return loggedIn.value();
}

} // namespace bb::cli
