// SPDX-License-Identifier: MIT
#pragma once

#include "care/Clinic.h"
#include "cli/Arguments.h"
#include "domain/Actor.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace bb::cli {

// The command line acts as a person, as the window does: nothing is written anonymously. Who is
// `--as USER`, else the environment variable BBCLINIC_USER; the password is BBCLINIC_PASSWORD,
// else asked for on the terminal without echo. Never an argument: the process list shows those
// to every user of the machine.

/// The name of the computer, as the audit trail records it.
QString workstation();

/// A password from the environment variable `variable`, else asked on the terminal with
/// `prompt`; nothing (and why, in `why`) when neither is possible.
std::optional<QString> passwordFrom(const char *variable, const QString &prompt, QString *why);

/// A new password from `variable`, else typed twice on the terminal (the two must agree); on
/// refusal writes `option: why` and returns nothing.
std::optional<QString> newPasswordFrom(const char *variable, const QString &prompt,
                                       const QString &option, QTextStream &err);

/// Logs in the person the arguments and environment name; on refusal writes `--as: why` and
/// returns nothing.
std::optional<Actor> logIn(const care::Clinic &clinic, const Arguments &arguments,
                           QTextStream &err);

} // namespace bb::cli
