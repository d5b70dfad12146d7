// SPDX-License-Identifier: MIT
#pragma once

#include "domain/FieldError.h"

#include <QByteArray>

namespace bb::interop {

/// What a JSON reader would pass over silently in a document that parses: bytes that are not
/// UTF-8, a key given twice in one object (Qt keeps the last; another reader may keep the
/// first, so the two would not read the same booking), and a `\u` escape of half a surrogate
/// pair (which Qt's reader joins with the character after it). Each with the path of where it
/// is (`woman.given_name`). One pass over the text; call it only on a document that parses.
FieldErrors strictJsonProblems(const QByteArray &json);

} // namespace bb::interop
