// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb {
class Clock;
}

namespace bb::cli {

/// `users --db F [--format csv|text]`: everyone who can log in, for administrators.
int runUsers(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

/// `user add|change|disable|enable|reset --db F --username U [--name NAME] [--role R]
/// [--staff ID]`: what an administrator does to a user. A new password (add, reset) comes from
/// BBCLINIC_NEW_PASSWORD or is asked for twice on the terminal; `user password --db F` changes
/// the caller's own.
int runUser(const QStringList &args, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace bb::cli
