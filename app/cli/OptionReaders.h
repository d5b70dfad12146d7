// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Arguments.h"
#include "domain/AntenatalContact.h"
#include "domain/Observations.h"

#include <QJsonArray>
#include <QTextStream>

#include <QStringList>

#include <optional>

namespace bb::cli {

// Readers of the options that several commands share; each records a line naming the option
// when its value cannot be read, and gives none (or the fallback).

/// The rules' actions as `--format json` prints them: code, source and reasons.
QJsonArray actionsJson(const QList<ContactAction> &actions);
/// The same as lines of text, each starting with `indent`.
void writeActions(QTextStream &out, const QList<ContactAction> &actions, const QString &indent);

/// `--bp SYS/DIA` in mmHg.
std::optional<BloodPressure> bpOption(Arguments &arguments);
/// `--name X`, a finite number; `what` says in words what it measures.
std::optional<double> numberOption(Arguments &arguments, const char *name, const char *what);
/// `--name N`, a whole number; a fraction or anything else is refused, never rounded.
std::optional<int> wholeOption(Arguments &arguments, const char *name, const char *what);
/// `--name yes|no`.
std::optional<bool> yesNoOption(Arguments &arguments, const char *name);

/// `--name CODE` read by `fromCode`; `allowed` are the codes the option accepts.
template <typename Enum, typename FromCode>
Enum codeOption(Arguments &arguments, const char *name, FromCode fromCode,
                const QStringList &allowed, Enum fallback)
{
    if (!arguments.has(name))
        return fallback;
    const QString code = arguments.value(name);
    const auto value = fromCode(code);
    if (!value || !allowed.contains(code)) {
        arguments.fail(QStringLiteral("--%1: '%2' is not one of: %3")
                           .arg(QLatin1String(name), code, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return *value;
}

} // namespace bb::cli
