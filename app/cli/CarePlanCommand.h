// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bb::cli {

/// `bbclinic-cli careplan --booking FILE|- [--format json|html|pdf] [--out FILE]`.
/// `args` are the arguments after the word `careplan`. Returns the exit code: 0 with the plan,
/// 2 on invalid input or arguments (nothing on `out`, no file written, one line per problem on
/// `err` starting with the field path), 1 when the plan cannot be written.
int runCarePlanCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace bb::cli
